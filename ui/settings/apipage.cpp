#include "settings/apipage.h"

#include "settings/listenaddress.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace es::ui {

ApiPage::ApiPage(QWidget *parent)
    : SettingsPage(tr("Local API"), false, parent), m_listen(new QLineEdit(this)),
      m_tokenFile(new QLineEdit(this))
{
    m_listen->setObjectName(QStringLiteral("apiListenEdit"));
    m_listen->setPlaceholderText(QStringLiteral("127.0.0.1:8080"));
    m_tokenFile->setObjectName(QStringLiteral("apiTokenEdit"));
    m_tokenFile->setPlaceholderText(tr("none (loopback only)"));
    m_tokenFile->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Token file"), m_tokenFile->text());
        if (!f.isEmpty())
            m_tokenFile->setText(QDir::toNativeSeparators(f));
    });
    auto *tokenRow = new QWidget(this);
    auto *tokenBox = new QHBoxLayout(tokenRow);
    tokenBox->setContentsMargins(0, 0, 0, 0);
    tokenBox->addWidget(m_tokenFile, 1);
    tokenBox->addWidget(browse);

    QFormLayout *form = makeForm();
    addRow(form, tr("&Listen on:"), m_listen,
           tr("Address and port, such as 127.0.0.1:8080 or [::1]:8080; port 0 picks a "
              "free one. Another address than loopback needs a token file."));
    addRow(form, tr("&Token file:"), tokenRow,
           tr("A file only you can read (chmod 600) holding the bearer token that "
              "clients send. Used the next time the server starts."),
           m_tokenFile);
    for (QLineEdit *e : {m_listen, m_tokenFile})
        connect(e, &QLineEdit::textChanged, this, &SettingsPage::changed);
}

void ApiPage::load(const SettingsValues &values)
{
    m_listen->setText(values.app.apiListen);
    m_tokenFile->setText(QDir::toNativeSeparators(values.app.apiTokenFile));
}

void ApiPage::store(SettingsValues &values) const
{
    values.app.apiListen = m_listen->text().trimmed();
    values.app.apiTokenFile = QDir::fromNativeSeparators(m_tokenFile->text().trimmed());
}

QStringList ApiPage::problems() const
{
    const QString text = m_listen->text().trimmed();
    if (text.isEmpty())
        return {};
    QHostAddress address;
    quint16 port = 0;
    if (!parseListenAddress(text, address, port))
        return {tr("\"%1\" is not an address to listen on. Write ADDRESS:PORT, such as 127.0.0.1:8080 or "
                   "[::1]:8080.")
                    .arg(text)};
    if (!address.isLoopback() && m_tokenFile->text().trimmed().isEmpty())
        return {tr("Listening on %1 lets other computers in: choose a token file, or listen on 127.0.0.1.")
                    .arg(text)};
    return {};
}

} // namespace es::ui
