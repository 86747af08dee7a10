#include "alerts/alerttray.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QWidget>
#include <algorithm>

namespace es::ui {

AlertTray::AlertTray(QWidget *window)
    : QObject(window), m_window(window), m_base(QIcon(QStringLiteral(":/icons/eventscope.svg"))),
      m_icon(m_base)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(m_icon, this);
    m_menu = new QMenu;
    m_menu->addAction(tr("&Show Eventscope"), this, &AlertTray::showWindowRequested);
    m_menu->addAction(tr("&Manage Alerts…"), this, &AlertTray::manageRequested);
    m_tray->setContextMenu(m_menu);
    m_tray->setToolTip(toolTip());
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit showWindowRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &AlertTray::showWindowRequested);
    m_tray->show();
}

AlertTray::~AlertTray()
{
    // The menu has no parent: a tray menu must not be a child of a window.
    delete m_menu;
}

void AlertTray::setFiringCount(int count)
{
    if (count == m_firing)
        return;
    const bool dotChanged = (count > 0) != (m_firing > 0);
    m_firing = count;
    if (dotChanged)
        m_icon = count > 0 ? badgeIcon(m_base) : m_base;
    if (m_tray) {
        if (dotChanged)
            m_tray->setIcon(m_icon);
        m_tray->setToolTip(toolTip());
    }
}

QString AlertTray::toolTip() const
{
    if (m_firing == 0)
        return tr("Eventscope — no alerts firing");
    // A count after a colon reads right for any number, in every language.
    return tr("Eventscope — firing alerts: %1").arg(m_firing);
}

bool AlertTray::windowInBackground() const
{
    return !m_window || !m_window->isVisible() || m_window->isMinimized() || !m_window->isActiveWindow();
}

bool AlertTray::notify(const QString &title, const QString &text, AlertSeverity severity)
{
    if (!m_tray)
        return false;
    const QSystemTrayIcon::MessageIcon icon = severity == AlertSeverity::Critical ? QSystemTrayIcon::Critical
                                              : severity == AlertSeverity::Warning
                                                  ? QSystemTrayIcon::Warning
                                                  : QSystemTrayIcon::Information;
    m_tray->showMessage(title, text, icon, 10'000);
    return true;
}

QIcon AlertTray::badgeIcon(const QIcon &base)
{
    QIcon out;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pm = base.pixmap(QSize(size, size));
        if (pm.isNull()) {
            pm = QPixmap(size, size);
            pm.fill(Qt::transparent);
        }
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal d = size * 0.45;
        const QRectF dot(size - d, 0, d, d);
        // A light ring keeps the dot apart from a dark icon or panel.
        p.setPen(QPen(Qt::white, std::max<qreal>(1.0, size / 16.0)));
        p.setBrush(QColor(0xe5, 0x39, 0x35));
        p.drawEllipse(dot.adjusted(0.5, 0.5, -0.5, -0.5));
        p.end();
        out.addPixmap(pm);
    }
    return out;
}

} // namespace es::ui
