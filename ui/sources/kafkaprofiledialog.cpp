#include "sources/kafkaprofiledialog.h"

#include "common/problemfooter.h"
#include "formats/formatspec.h"
#include "settings/preferences.h"
#include "sources/keychain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <algorithm>

namespace es::ui {

namespace {

QColor warningColor(const QWidget *w)
{
    return w->palette().color(QPalette::Window).lightness() < 128 ? QColor(0xe3, 0xb3, 0x41)
                                                                  : QColor(0x8a, 0x5a, 0x00);
}

void setTextColor(QLabel *label, const QColor &color)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
}

void resetTextColor(QLabel *label)
{
    label->setPalette(QPalette());
    label->setAttribute(Qt::WA_SetPalette, false);
}

QStringList extraLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            lines << t;
    }
    return lines;
}

} // namespace

KafkaProfileDialog::KafkaProfileDialog(QWidget *parent) : QDialog(parent), m_keychain(new Keychain(this))
{
    setWindowTitle(tr("Kafka Connections"));
    setObjectName(QStringLiteral("KafkaProfileDialog"));
    setSizeGripEnabled(true);

    for (KafkaProfile &p : loadKafkaProfiles()) {
        Entry e;
        e.profile = std::move(p);
        if (e.profile.rememberPassword)
            e.storedKey = e.profile.keychainKey();
        m_entries.push_back(std::move(e));
    }

    buildUi();

    connect(m_keychain, &Keychain::readDone, this,
            [this](const QString &key, const QString &pw, const QString &error) {
                if (!error.isEmpty()) {
                    showKeychainWarning(error);
                    return;
                }
                if (pw.isEmpty())
                    return;
                for (Entry &e : m_entries) {
                    if (e.storedKey == key && e.password.isEmpty()) {
                        e.password = pw;
                        e.writtenKey = key;
                        e.writtenPassword = pw;
                        if (&e == current())
                            m_password->setText(pw);
                    }
                }
            });
    connect(m_keychain, &Keychain::writeDone, this, [this](const QString &, const QString &error) {
        if (!error.isEmpty())
            showKeychainWarning(error);
    });
    connect(&m_test, &QFutureWatcher<TestResult>::finished, this, &KafkaProfileDialog::testFinished);

    for (const Entry &e : m_entries)
        m_list->addItem(e.profile.name);
    if (m_entries.empty()) {
        addProfile();
    } else {
        // The default connection (Settings → Kafka) first, else the first one.
        const auto preferred = std::find_if(m_entries.begin(), m_entries.end(), [](const Entry &e) {
            return e.profile.name == prefs::defaultKafkaProfile.get();
        });
        m_list->setCurrentRow(preferred == m_entries.end() ? 0 : int(preferred - m_entries.begin()));
    }
}

KafkaProfileDialog::~KafkaProfileDialog() = default;

KafkaProfileDialog::Entry *KafkaProfileDialog::current()
{
    const int row = m_list ? m_list->currentRow() : -1;
    return row >= 0 && row < int(m_entries.size()) ? &m_entries[size_t(row)] : nullptr;
}

const KafkaProfileDialog::Entry *KafkaProfileDialog::current() const
{
    const int row = m_list ? m_list->currentRow() : -1;
    return row >= 0 && row < int(m_entries.size()) ? &m_entries[size_t(row)] : nullptr;
}

KafkaProfile KafkaProfileDialog::selectedProfile() const
{
    const Entry *e = current();
    return e ? e->profile : KafkaProfile();
}

QString KafkaProfileDialog::password() const
{
    return current() ? m_password->text() : QString();
}

bool KafkaProfileDialog::selectProfile(const QString &name)
{
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].profile.name == name) {
            m_list->setCurrentRow(int(i));
            return true;
        }
    }
    return false;
}

QString KafkaProfileDialog::uniqueName(const QString &base) const
{
    auto taken = [this](const QString &n) {
        return std::any_of(m_entries.begin(), m_entries.end(), [&](const Entry &e) {
            return e.profile.name.compare(n, Qt::CaseInsensitive) == 0;
        });
    };
    if (!taken(base))
        return base;
    for (int i = 2;; ++i) {
        const QString n = QStringLiteral("%1 %2").arg(base).arg(i);
        if (!taken(n))
            return n;
    }
}

void KafkaProfileDialog::addProfile()
{
    Entry e;
    e.profile.name = uniqueName(tr("New profile"));
    e.keychainAsked = true; // nothing stored for it yet
    m_entries.push_back(std::move(e));
    m_list->addItem(m_entries.back().profile.name);
    m_list->setCurrentRow(int(m_entries.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void KafkaProfileDialog::duplicateProfile()
{
    const Entry *source = current();
    if (!source)
        return;
    Entry e;
    e.profile = source->profile;
    // A copy of "prod (copy)" is "prod (copy) 2", not "prod (copy) (copy)".
    const QString pattern = tr("%1 (copy)");
    QString base = source->profile.name;
    const qsizetype arg = pattern.indexOf(QStringLiteral("%1"));
    const QRegularExpression copyOf(
        QStringLiteral("^") + QRegularExpression::escape(pattern.left(arg)) + QStringLiteral("(.*)") +
        QRegularExpression::escape(pattern.mid(arg + 2)) + QStringLiteral("(?: [0-9]+)?$"));
    if (const QRegularExpressionMatch m = copyOf.match(base); m.hasMatch() && !m.captured(1).isEmpty())
        base = m.captured(1);
    e.profile.name = uniqueName(pattern.arg(base));
    e.password = source->password;
    e.keychainAsked = true;
    m_entries.push_back(std::move(e));
    m_list->addItem(m_entries.back().profile.name);
    m_list->setCurrentRow(int(m_entries.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void KafkaProfileDialog::removeProfile()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= int(m_entries.size()))
        return;
    if (!m_entries[size_t(row)].storedKey.isEmpty())
        m_removedKeys << m_entries[size_t(row)].storedKey;
    m_entries.erase(m_entries.begin() + row);
    // The list would report the new current row while the item is still in
    // it, that is, off by one: show the neighbour once it is gone.
    {
        const QSignalBlocker block(m_list);
        delete m_list->takeItem(row);
        m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    }
    showProfile(m_list->currentRow());
}

void KafkaProfileDialog::showProfile(int row)
{
    const Entry *e = row >= 0 && row < int(m_entries.size()) ? &m_entries[size_t(row)] : nullptr;
    const KafkaProfile p = e ? e->profile : KafkaProfile();
    m_loading = true;
    m_name->setText(p.name);
    m_brokers->setText(p.brokers);
    m_topic->clear();
    m_topic->setEditText(p.topic);
    m_group->setText(p.group);
    m_security->setCurrentIndex(std::max(0, m_security->findData(int(p.security))));
    m_mechanism->setCurrentIndex(std::max(0, m_mechanism->findData(int(p.mechanism))));
    m_username->setText(p.username);
    m_password->setText(e ? e->password : QString());
    m_remember->setChecked(p.rememberPassword);
    m_caFile->setText(p.caFile);
    m_certFile->setText(p.certFile);
    m_keyFile->setText(p.keyFile);
    setFormatValue(p.format);
    m_start->setCurrentIndex(std::max(0, m_start->findData(p.start)));
    if (p.startMs > 0)
        m_startTime->setDateTime(QDateTime::fromMSecsSinceEpoch(p.startMs));
    m_startTime->setEnabled(p.start == QLatin1String("time"));
    m_extra->setPlainText(p.extra.join(u'\n'));
    m_loading = false;

    // The test result was about the previous profile's cluster.
    if (!m_test.isRunning()) {
        m_testResult->clear();
        m_testTopics->clear();
        m_testTopics->hide();
    }
    m_editor->setEnabled(e != nullptr);
    updateEnabled();
    validate();
    if (e)
        requestPassword(row);
}

void KafkaProfileDialog::storeEditor()
{
    Entry *e = current();
    if (m_loading || !e)
        return;
    KafkaProfile &p = e->profile;
    p.name = m_name->text().trimmed();
    p.brokers = m_brokers->text().trimmed();
    p.topic = m_topic->currentText().trimmed();
    p.group = m_group->text().trimmed();
    p.security = KafkaProfile::Security(m_security->currentData().toInt());
    p.mechanism = KafkaProfile::Mechanism(m_mechanism->currentData().toInt());
    p.username = m_username->text().trimmed();
    p.rememberPassword = m_remember->isChecked();
    p.caFile = m_caFile->text().trimmed();
    p.certFile = m_certFile->text().trimmed();
    p.keyFile = m_keyFile->text().trimmed();
    p.format = formatValue();
    p.start = m_start->currentData().toString();
    const bool atTime = p.start == QLatin1String("time");
    p.startMs = atTime ? m_startTime->dateTime().toMSecsSinceEpoch() : 0;
    m_startTime->setEnabled(atTime);
    p.extra = extraLines(m_extra->toPlainText());
    if (QListWidgetItem *item = m_list->currentItem()) {
        const QString text = p.name.isEmpty() ? tr("(unnamed)") : p.name;
        if (item->text() != text)
            item->setText(text);
    }
    updateEnabled();
    validate();
}

QString KafkaProfileDialog::formatValue() const
{
    const QString text = m_format->currentText().trimmed();
    const int i = m_format->findText(text);
    return i >= 0 ? m_format->itemData(i).toString() : text;
}

void KafkaProfileDialog::setFormatValue(const QString &format)
{
    const int i = m_format->findData(format);
    if (i >= 0)
        m_format->setCurrentIndex(i);
    else
        m_format->setEditText(format);
}

void KafkaProfileDialog::updateEnabled()
{
    const Entry *e = current();
    const auto security = KafkaProfile::Security(m_security->currentData().toInt());
    const bool sasl = KafkaProfile::isSasl(security), tls = KafkaProfile::isTls(security);
    for (QWidget *w : std::initializer_list<QWidget *>{m_mechanism, m_username, m_password, m_remember})
        w->setEnabled(sasl);
    for (QWidget *w : std::initializer_list<QWidget *>{m_caFile, m_caBrowse, m_certFile, m_certBrowse,
                                                       m_keyFile, m_keyBrowse})
        w->setEnabled(tls);
    m_password->setPlaceholderText(!sasl ? QString()
                                   : m_remember->isChecked()
                                       ? tr("Kept in the system keychain, never in the settings")
                                       : tr("Not stored: asked for at each connect"));
    // The keychain is only a concern of profiles that keep a password there.
    m_form->setRowVisible(m_keychainWarning, !m_keychainError.isEmpty() && sasl && m_remember->isChecked());
    m_duplicate->setEnabled(e != nullptr);
    m_remove->setEnabled(e != nullptr);
    const bool testable = e && brokersProblem().isEmpty() && parseKafkaExtra(e->profile.extra) == 0;
    m_testButton->setEnabled(testable && !m_test.isRunning());
}

QString KafkaProfileDialog::brokersProblem() const
{
    const QString text = m_brokers->text().trimmed();
    if (text.isEmpty())
        return tr("Enter the bootstrap servers as host:port, separated by commas.");
    // host:port, [IPv6]:port, optionally with a listener prefix (SSL://host:port).
    static const QRegularExpression re(
        QStringLiteral("^(?:[A-Za-z_]+://)?(?:\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9._-]+):([0-9]{1,5})$"));
    for (const QString &part : text.split(u',')) {
        const QString t = part.trimmed();
        const QRegularExpressionMatch m = re.match(t);
        const int port = m.hasMatch() ? m.captured(1).toInt() : 0;
        if (port < 1 || port > 65535) {
            if (t.isEmpty())
                return tr("The bootstrap servers contain an empty entry: remove the extra comma.");
            return tr("“%1” is not a server address: use host:port, for example kafka1:9092.").arg(t);
        }
    }
    return {};
}

QString KafkaProfileDialog::problem(bool forConnect) const
{
    const Entry *e = current();
    if (!e)
        return tr("Add a profile to connect.");
    const KafkaProfile &p = e->profile;
    if (p.name.isEmpty())
        return tr("Enter a name for the profile.");
    for (const Entry &other : m_entries) {
        if (&other != e && other.profile.name.compare(p.name, Qt::CaseInsensitive) == 0)
            return tr("Another profile is already called “%1”: choose a different name.").arg(p.name);
    }
    if (QString b = brokersProblem(); !b.isEmpty())
        return b;
    if (p.group.isEmpty())
        return tr("Enter a consumer group.");
    if (p.needsPassword() && p.username.isEmpty())
        return tr("Enter the user name for SASL authentication.");
    const QStringList lines = m_extra->toPlainText().split(u'\n');
    if (const int bad = parseKafkaExtra(lines); bad > 0)
        return tr("Line %1 of the extra properties is not key=value.").arg(bad);
    if (p.start == QLatin1String("time") && p.startMs > QDateTime::currentMSecsSinceEpoch())
        return tr("The start time is in the future: choose a time up to now, or start at Latest.");
    if (forConnect && p.topic.isEmpty())
        return tr("Enter a topic, or pick one after Test Connection.");
    return {};
}

void KafkaProfileDialog::validate()
{
    const QString p = problem(true);
    m_validation->setText(p);
    setTextColor(m_validation, warningColor(this));
    m_connect->setEnabled(p.isEmpty());
}

void KafkaProfileDialog::startTest()
{
    const Entry *e = current();
    if (!e || m_test.isRunning() || !brokersProblem().isEmpty() || parseKafkaExtra(e->profile.extra) != 0)
        return;
    const KafkaOptions o = e->profile.options(m_password->text());
    const int timeoutMs = m_testTimeoutMs;
    m_testRow = m_list->currentRow();
    m_testButton->setEnabled(false);
    m_busy->show();
    resetTextColor(m_testResult);
    m_testResult->setText(tr("Connecting to %1…").arg(o.brokers));
    m_testTopics->clear();
    m_testTopics->hide();
    m_test.setFuture(QtConcurrent::run([brokers = o.brokers, properties = o.properties, timeoutMs] {
        TestResult r;
        r.error = listKafkaTopics(brokers, properties, timeoutMs, r.topics);
        return r;
    }));
}

void KafkaProfileDialog::testFinished()
{
    const TestResult r = m_test.result();
    m_busy->hide();
    updateEnabled();
    if (!r.error.isEmpty()) {
        setTextColor(m_testResult, errorColor(this));
        m_testResult->setText(r.error);
        return;
    }
    resetTextColor(m_testResult);
    if (r.topics.empty()) {
        m_testResult->setText(tr("Connected. The cluster has no topics yet."));
        return;
    }
    m_testResult->setText(tr("Connected. The cluster has %n topic(s):", nullptr, int(r.topics.size())));
    for (const KafkaTopicInfo &t : r.topics) {
        auto *item = new QListWidgetItem(tr("%1 — %n partition(s)", nullptr, t.partitions).arg(t.name));
        item->setData(Qt::UserRole, t.name);
        item->setData(Qt::UserRole + 1, t.partitions);
        m_testTopics->addItem(item);
    }
    m_testTopics->show();
    // Offer the topics, unless another profile is shown by now.
    if (m_testRow == m_list->currentRow()) {
        const QString text = m_topic->currentText();
        m_loading = true;
        m_topic->clear();
        for (const KafkaTopicInfo &t : r.topics)
            m_topic->addItem(t.name);
        m_topic->setCurrentIndex(-1);
        m_topic->setEditText(text);
        m_loading = false;
        storeEditor();
    }
}

void KafkaProfileDialog::browse(QLineEdit *edit, const QString &title)
{
    const QString start = edit->text().isEmpty() ? QString() : QFileInfo(edit->text()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(
        this, title, start, tr("Certificates and keys (*.pem *.crt *.cer *.key);;All files (*)"));
    if (!file.isEmpty())
        edit->setText(file);
}

void KafkaProfileDialog::requestPassword(int row)
{
    if (row < 0 || row >= int(m_entries.size()))
        return;
    Entry &e = m_entries[size_t(row)];
    if (e.keychainAsked || !e.profile.needsPassword() || !e.profile.rememberPassword ||
        !e.password.isEmpty() || e.storedKey.isEmpty())
        return;
    e.keychainAsked = true;
    m_keychain->read(e.storedKey);
}

void KafkaProfileDialog::storePassword(int row)
{
    if (row < 0 || row >= int(m_entries.size()))
        return;
    Entry &e = m_entries[size_t(row)];
    const KafkaProfile &p = e.profile;
    if (!p.needsPassword() || !p.rememberPassword || e.password.isEmpty() || p.name.isEmpty())
        return;
    const QString key = p.keychainKey();
    if (key == e.writtenKey && e.password == e.writtenPassword)
        return;
    if (!e.storedKey.isEmpty() && e.storedKey != key)
        m_keychain->remove(e.storedKey); // renamed
    m_keychain->write(key, e.password);
    e.storedKey = key;
    e.writtenKey = key;
    e.writtenPassword = e.password;
}

void KafkaProfileDialog::persist()
{
    std::vector<KafkaProfile> profiles;
    for (const Entry &e : m_entries) {
        if (!e.profile.name.isEmpty())
            profiles.push_back(e.profile);
    }
    saveKafkaProfiles(profiles);

    for (const QString &key : std::as_const(m_removedKeys)) {
        // Unless a profile of the same name stores its password there now.
        if (std::none_of(m_entries.begin(), m_entries.end(),
                         [&](const Entry &e) { return e.storedKey == key; }))
            m_keychain->remove(key);
    }
    m_removedKeys.clear();
    for (size_t i = 0; i < m_entries.size(); ++i) {
        Entry &e = m_entries[i];
        if (e.profile.needsPassword() && e.profile.rememberPassword) {
            storePassword(int(i));
        } else if (!e.profile.rememberPassword && !e.storedKey.isEmpty()) {
            m_keychain->remove(e.storedKey);
            e.storedKey.clear();
            e.writtenKey.clear();
            e.writtenPassword.clear();
        }
    }
}

void KafkaProfileDialog::showKeychainWarning(const QString &error)
{
    m_keychainError = error;
    m_keychainWarning->setText(
        tr("%1 The password is not stored and will be asked for at each connect.").arg(error));
    setTextColor(m_keychainWarning, warningColor(this));
    updateEnabled();
}

void KafkaProfileDialog::connectClicked()
{
    if (!problem(true).isEmpty())
        return;
    accept();
}

void KafkaProfileDialog::done(int result)
{
    persist();
    if (result == QDialog::Accepted)
        emit connectRequested(selectedProfile(), password());
    QDialog::done(result);
}

} // namespace es::ui
