#include "alerts/channelsdialog.h"

#include "alerts/alertdispatcher.h"
#include "common/problemfooter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

namespace es::ui {

namespace {

constexpr ChannelKind kKinds[] = {ChannelKind::Webhook, ChannelKind::Slack, ChannelKind::Email};
constexpr SmtpSecurity kSecurities[] = {SmtpSecurity::StartTls, SmtpSecurity::Tls, SmtpSecurity::None};

QStringList splitRecipients(const QString &text)
{
    QStringList out;
    for (QString part : text.split(QRegularExpression(QStringLiteral("[,;\\n]")), Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (!part.isEmpty())
            out << part;
    }
    return out;
}

void setColour(QLabel *label, bool good)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText,
               good ? label->parentWidget()->palette().color(QPalette::WindowText) : errorColor(label));
    label->setPalette(p);
}

} // namespace

ChannelsDialog::ChannelsDialog(const QList<NotificationChannel> &channels, AlertDispatcher *dispatcher,
                               QWidget *parent)
    : QDialog(parent), m_channels(channels), m_original(channels), m_dispatcher(dispatcher)
{
    setObjectName(QStringLiteral("channelsDialog"));
    setWindowTitle(tr("Notification Channels"));
    buildUi();
    refreshList();
    setCurrentRow(m_channels.isEmpty() ? -1 : 0);
    if (m_dispatcher)
        connect(m_dispatcher, &AlertDispatcher::attempted, this, &ChannelsDialog::onAttempted);
    resize(860, 560);
}

QPushButton *ChannelsDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ChannelsDialog::buildUi()
{
    auto *intro =
        new QLabel(tr("Alert notices appear on screen and go to every enabled channel below: fired, "
                      "reminders and resolved. Passwords are kept in the system keychain, never in "
                      "the workspace."),
                   this);
    intro->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("channelList"));
    m_list->setMinimumWidth(220);
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addChannelButton"));
    auto *addMenu = new QMenu(m_add);
    for (const ChannelKind k : kKinds)
        addMenu->addAction(NotificationChannels::kindTitle(k), this, [this, k] { addChannel(k); });
    m_add->setMenu(addMenu);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeChannelButton"));
    connect(m_remove, &QPushButton::clicked, this, &ChannelsDialog::removeCurrent);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_form = new QWidget(this);
    auto *general = new QFormLayout;
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(QStringLiteral("channelName"));
    m_kind = new QComboBox(m_form);
    m_kind->setObjectName(QStringLiteral("channelKind"));
    for (const ChannelKind k : kKinds)
        m_kind->addItem(NotificationChannels::kindTitle(k), int(k));
    m_enabled = new QCheckBox(tr("&Send notices to this channel"), m_form);
    m_enabled->setObjectName(QStringLiteral("channelEnabled"));
    general->addRow(tr("&Name:"), m_name);
    general->addRow(tr("&Kind:"), m_kind);
    general->addRow(QString(), m_enabled);

    m_general = general;
    buildWebhookRows(general);
    buildEmailRows(general);

    QFormLayout *delivery = general;
    m_timeout = new QSpinBox(m_form);
    m_timeout->setObjectName(QStringLiteral("channelTimeout"));
    m_timeout->setRange(1, NotificationChannels::kMaxTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_retries = new QSpinBox(m_form);
    m_retries->setObjectName(QStringLiteral("channelRetries"));
    m_retries->setRange(0, NotificationChannels::kMaxRetries);
    m_retries->setToolTip(tr("Further attempts after a failure that may pass (a timeout, a busy server), "
                             "waiting 1 s, 2 s, 4 s, … in between"));
    delivery->addRow(tr("&Timeout:"), m_timeout);
    delivery->addRow(tr("&Retries:"), m_retries);

    m_test = new QPushButton(tr("Send &Test"), m_form);
    m_test->setObjectName(QStringLiteral("sendTestButton"));
    m_test->setToolTip(tr("Send a made-up notice, marked as a test, to this channel now"));
    connect(m_test, &QPushButton::clicked, this, &ChannelsDialog::sendTest);
    m_testResult = new QLabel(m_form);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(general);
    formLayout->addLayout(testRow);
    formLayout->addStretch();

    m_empty = new QLabel(tr("No channels yet. Use Add to send alert notices to a webhook, a Slack-compatible "
                            "chat or a mailbox."),
                         this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    auto *right = new QVBoxLayout;
    right->addWidget(m_form);
    right->addWidget(m_empty, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("channelProblem"));
    m_problem->setWordWrap(true);
    setColour(m_problem, false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChannelsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChannelsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_loading)
            load(row);
    });
    const auto edited = [this] {
        if (!m_loading)
            store();
    };
    for (QLineEdit *e : {m_name, m_url, m_host, m_user, m_from, m_to})
        connect(e, &QLineEdit::textEdited, this, edited);
    connect(m_password, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_loading || m_row < 0)
            return;
        if (text.isEmpty())
            m_passwords.remove(m_channels[m_row].id);
        else
            m_passwords.insert(m_channels[m_row].id, text);
        validate();
    });
    for (QSpinBox *s : {m_port, m_timeout, m_retries})
        connect(s, &QSpinBox::valueChanged, this, edited);
    for (QComboBox *c : {m_kind, m_security})
        connect(c, &QComboBox::currentIndexChanged, this, edited);
    connect(m_enabled, &QCheckBox::toggled, this, edited);
}

void ChannelsDialog::buildWebhookRows(QFormLayout *form)
{
    QWidget *page = m_form;
    m_url = new QLineEdit(page);
    m_url->setObjectName(QStringLiteral("channelUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://hooks.example.com/…"));
    auto *hint = new QLabel(tr("Receives an HTTP POST for every notice: the JSON body described in the "
                               "documentation, or a {\"text\": …} message for Slack-compatible chats "
                               "(Slack, Mattermost, Rocket.Chat)."),
                            page);
    hint->setWordWrap(true);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(QString(), hint);
    m_webhookRows = {m_url, hint};
}

void ChannelsDialog::buildEmailRows(QFormLayout *form)
{
    QWidget *page = m_form;
    m_host = new QLineEdit(page);
    m_host->setObjectName(QStringLiteral("smtpHost"));
    m_host->setPlaceholderText(QStringLiteral("smtp.example.com"));
    m_security = new QComboBox(page);
    m_security->setObjectName(QStringLiteral("smtpSecurity"));
    m_security->addItem(tr("STARTTLS (required)"), int(SmtpSecurity::StartTls));
    m_security->addItem(tr("TLS from the start (SMTPS)"), int(SmtpSecurity::Tls));
    m_security->addItem(tr("None (unencrypted)"), int(SmtpSecurity::None));
    m_port = new QSpinBox(page);
    m_port->setObjectName(QStringLiteral("smtpPort"));
    m_port->setRange(0, 65535);
    m_user = new QLineEdit(page);
    m_user->setObjectName(QStringLiteral("smtpUser"));
    m_user->setPlaceholderText(tr("empty: no login"));
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("smtpPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordNote = new QLabel(page);
    m_passwordNote->setWordWrap(true);
    m_from = new QLineEdit(page);
    m_from->setObjectName(QStringLiteral("mailFrom"));
    m_from->setPlaceholderText(QStringLiteral("Eventscope <alerts@example.com>"));
    m_to = new QLineEdit(page);
    m_to->setObjectName(QStringLiteral("mailTo"));
    m_to->setPlaceholderText(tr("oncall@example.com, team@example.com"));
    form->addRow(tr("Mail &server:"), m_host);
    form->addRow(tr("&Security:"), m_security);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_passwordNote);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("T&o:"), m_to);
    m_emailRows = {m_host, m_security, m_port, m_user, m_password, m_passwordNote, m_from, m_to};
}

QString ChannelsDialog::listText(const NotificationChannel &c) const
{
    QString text = c.name.isEmpty() ? c.id : c.name;
    text += QStringLiteral(" — ") + NotificationChannels::kindTitle(c.kind);
    if (!c.enabled)
        text += QLatin1Char(' ') + tr("(off)");
    return text;
}

void ChannelsDialog::refreshList()
{
    m_loading = true;
    const int row = m_row;
    m_list->clear();
    for (const NotificationChannel &c : m_channels) {
        auto *item = new QListWidgetItem(listText(c), m_list);
        if (!NotificationChannels::validate(c).isEmpty())
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    m_list->setCurrentRow(row);
    m_loading = false;
}

int ChannelsDialog::currentRow() const
{
    return m_row;
}

void ChannelsDialog::setCurrentRow(int row)
{
    m_loading = true;
    m_list->setCurrentRow(row);
    m_loading = false;
    load(row);
}

void ChannelsDialog::load(int row)
{
    m_row = row >= 0 && row < m_channels.size() ? row : -1;
    m_form->setVisible(m_row >= 0);
    m_empty->setVisible(m_row < 0);
    m_remove->setEnabled(m_row >= 0);
    m_testResult->clear();
    if (m_row >= 0) {
        const NotificationChannel &c = m_channels[m_row];
        m_loading = true;
        m_name->setText(c.name);
        m_kind->setCurrentIndex(m_kind->findData(int(c.kind)));
        m_enabled->setChecked(c.enabled);
        m_url->setText(c.url.toString());
        m_host->setText(c.smtpHost);
        m_security->setCurrentIndex(m_security->findData(int(c.security)));
        m_port->setValue(c.smtpPort);
        m_user->setText(c.user);
        m_password->setText(m_passwords.value(c.id));
        m_from->setText(c.from);
        m_to->setText(c.to.join(QStringLiteral(", ")));
        m_timeout->setValue(c.timeoutSeconds);
        m_retries->setValue(c.retries);
        m_loading = false;
        m_test->setEnabled(m_testChannel.isEmpty());
    }
    validate();
}

void ChannelsDialog::store()
{
    if (m_row < 0)
        return;
    NotificationChannel &c = m_channels[m_row];
    c.name = m_name->text().trimmed();
    c.kind = ChannelKind(m_kind->currentData().toInt());
    c.enabled = m_enabled->isChecked();
    c.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    c.smtpHost = m_host->text().trimmed();
    c.security = SmtpSecurity(m_security->currentData().toInt());
    c.smtpPort = m_port->value();
    c.user = m_user->text().trimmed();
    c.from = m_from->text().trimmed();
    c.to = splitRecipients(m_to->text());
    c.timeoutSeconds = m_timeout->value();
    c.retries = m_retries->value();

    // A channel added in this dialog takes its id from its name; saved
    // ones keep theirs, which their delivery records use.
    const bool isNew = std::none_of(m_original.begin(), m_original.end(),
                                    [&](const NotificationChannel &o) { return o.id == c.id; });
    if (isNew && !c.name.isEmpty()) {
        QStringList taken;
        for (int i = 0; i < m_channels.size(); ++i) {
            if (i != m_row)
                taken << m_channels[i].id;
        }
        for (const NotificationChannel &o : m_original)
            taken << o.id;
        const QString id = NotificationChannels::uniqueId(c.name, taken);
        if (id != c.id) {
            if (m_passwords.contains(c.id))
                m_passwords.insert(id, m_passwords.take(c.id));
            if (m_testChannel == c.id)
                m_testChannel = id;
            c.id = id;
        }
    }
    if (QListWidgetItem *item = m_list->item(m_row))
        item->setText(listText(c));
    validate();
}

void ChannelsDialog::validate()
{
    if (m_row >= 0) {
        const NotificationChannel &c = m_channels[m_row];
        const bool email = c.kind == ChannelKind::Email;
        for (QWidget *w : m_webhookRows)
            m_general->setRowVisible(w, !email);
        for (QWidget *w : m_emailRows)
            m_general->setRowVisible(w, email);
        m_port->setSpecialValueText(tr("Usual (%1)").arg(NotificationChannel::usualSmtpPort(c.security)));
        m_password->setEnabled(!c.user.isEmpty());
        const bool typed = m_passwords.contains(c.id);
        const bool saved =
            std::any_of(m_original.begin(), m_original.end(),
                        [&](const NotificationChannel &o) { return o.id == c.id && !o.user.isEmpty(); });
        m_password->setPlaceholderText(saved ? tr("kept in the keychain; type to change") : QString());
        m_passwordNote->setText(c.user.isEmpty() ? tr("No login: the server must accept mail without one.")
                                : typed          ? tr("Kept in the system keychain when you press OK.")
                                : saved          ? tr("The saved password stays in the system keychain.")
                                                 : tr("Type the password of this user."));
    }
    QStringList problems;
    // The selected channel's problems first, then the others'.
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < m_channels.size(); ++i) {
            if ((pass == 0) != (i == m_row))
                continue;
            const NotificationChannel &c = m_channels[i];
            for (const QString &p : NotificationChannels::validate(c))
                problems << tr("%1: %2").arg(c.name.isEmpty() ? c.id : c.name, p);
        }
    }
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    okButton()->setEnabled(problems.isEmpty());
    for (int i = 0; i < m_channels.size(); ++i) {
        if (QListWidgetItem *item = m_list->item(i))
            item->setIcon(NotificationChannels::validate(m_channels[i]).isEmpty()
                              ? QIcon()
                              : style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
}

void ChannelsDialog::addChannel(ChannelKind kind)
{
    NotificationChannel c;
    c.kind = kind;
    c.name = NotificationChannels::kindTitle(kind);
    QStringList taken;
    for (const NotificationChannel &o : m_channels + m_original)
        taken << o.id;
    c.id = NotificationChannels::uniqueId(c.name, taken);
    m_channels << c;
    refreshList();
    setCurrentRow(int(m_channels.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void ChannelsDialog::removeCurrent()
{
    if (m_row < 0)
        return;
    m_passwords.remove(m_channels[m_row].id);
    m_channels.removeAt(m_row);
    const int next = std::min(m_row, int(m_channels.size()) - 1);
    m_row = -1;
    refreshList();
    setCurrentRow(next);
}

void ChannelsDialog::sendTest()
{
    store();
    if (m_row < 0 || !m_dispatcher)
        return;
    const NotificationChannel c = m_channels[m_row];
    const QStringList problems = NotificationChannels::validate(c);
    if (!problems.isEmpty()) {
        setColour(m_testResult, false);
        m_testResult->setText(tr("Fix the settings first: %1").arg(problems.join(QLatin1Char(' '))));
        return;
    }
    m_testChannel = c.id;
    m_test->setEnabled(false);
    setColour(m_testResult, true);
    m_testResult->setText(tr("Sending a test notice…"));
    std::optional<QString> password;
    if (m_passwords.contains(c.id))
        password = m_passwords.value(c.id);
    m_dispatcher->sendTest(c, password);
}

void ChannelsDialog::onAttempted(const DeliveryAttempt &a)
{
    if (!a.test || a.channelId != m_testChannel)
        return;
    const bool shown = m_row >= 0 && m_channels[m_row].id == a.channelId;
    if (a.final) {
        m_testChannel.clear();
        m_test->setEnabled(true);
    }
    if (!shown)
        return;
    setColour(m_testResult, a.ok || !a.final);
    if (a.ok)
        m_testResult->setText(tr("Delivered (attempt %1 of %2). Check that the test notice arrived.")
                                  .arg(a.attempt)
                                  .arg(a.attempts));
    else if (!a.final)
        m_testResult->setText(
            tr("Attempt %1 of %2 failed: %3").arg(a.attempt).arg(a.attempts).arg(a.message));
    else
        m_testResult->setText(tr("The test notice was not delivered: %1").arg(a.message));
}

void ChannelsDialog::accept()
{
    store();
    if (!okButton()->isEnabled())
        return;
    emit channelsAccepted(m_channels);
    if (m_dispatcher) {
        for (const NotificationChannel &c : m_channels) {
            if (m_passwords.contains(c.id) && !c.user.isEmpty() && c.kind == ChannelKind::Email)
                m_dispatcher->storePassword(c.id, c.name, m_passwords.value(c.id));
        }
        for (const NotificationChannel &o : m_original) {
            const bool kept =
                std::any_of(m_channels.begin(), m_channels.end(), [&](const NotificationChannel &c) {
                    return c.id == o.id && c.kind == ChannelKind::Email && !c.user.isEmpty();
                });
            if (!kept && o.kind == ChannelKind::Email && !o.user.isEmpty())
                m_dispatcher->removePassword(o.id);
        }
    }
    QDialog::accept();
}

} // namespace es::ui
