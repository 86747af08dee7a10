#include "settings/listenaddress.h"

#include <QUrl>

namespace es::ui {

bool parseListenAddress(const QString &text, QHostAddress &address, quint16 &port)
{
    bool isPort = false;
    const uint bare = text.toUInt(&isPort);
    if (isPort) {
        if (bare > 65535)
            return false;
        address = QHostAddress(QHostAddress::LocalHost);
        port = quint16(bare);
        return true;
    }
    const QUrl url(QStringLiteral("http://") + text);
    if (!url.isValid() || url.port() < 0 || !url.path().isEmpty() || !url.userInfo().isEmpty())
        return false;
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return false;
    port = quint16(url.port());
    return true;
}

} // namespace es::ui
