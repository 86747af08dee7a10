#pragma once
// Manages the Kafka connection profiles: a list of profiles on the left, the
// selected one's settings on the right (cluster, authentication, TLS files,
// message format, start position, extra librdkafka properties). "Test
// Connection" lists the cluster's topics in the background and offers them
// as topics; "Connect" hands the profile and the typed password to the
// caller. Profiles are saved in the settings on Close and Connect; passwords
// only ever go to the system keychain, and only when the user asks for it.

#include "sources/kafkaprofile.h"

#include <QDateTimeEdit>
#include <QDialog>
#include <QFutureWatcher>
#include <QString>
#include <QStringList>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace es::ui {

class Keychain;

class KafkaProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KafkaProfileDialog(QWidget *parent = nullptr);
    ~KafkaProfileDialog() override;

    // The profile being edited (as shown in the editor).
    KafkaProfile selectedProfile() const;
    // The password typed for it; may be empty.
    QString password() const;
    // Selects the profile called name; false when there is none.
    bool selectProfile(const QString &name);
    // How long "Test Connection" waits for the cluster.
    void setTestTimeoutMs(int ms) { m_testTimeoutMs = ms; }

    void done(int result) override;

signals:
    void connectRequested(const es::ui::KafkaProfile &profile, const QString &password);

private:
    struct Entry
    {
        KafkaProfile profile;
        QString password;                    // typed or read from the keychain in this session
        QString storedKey;                   // keychain key the password may be stored under
        QString writtenKey, writtenPassword; // what was last sent to the keychain
        bool keychainAsked = false;
    };
    struct TestResult
    {
        QString error;
        std::vector<KafkaTopicInfo> topics;
    };

    void buildUi();
    void addProfile();
    void duplicateProfile();
    void removeProfile();
    void showProfile(int row);
    void storeEditor();
    void updateEnabled();
    void validate();
    // The first problem of the current profile, or "". forConnect also
    // requires a topic.
    QString problem(bool forConnect) const;
    QString brokersProblem() const;
    void startTest();
    void testFinished();
    void connectClicked();
    void browse(QLineEdit *edit, const QString &title);
    void requestPassword(int row);
    void storePassword(int row);
    void persist();
    void showKeychainWarning(const QString &error);
    QString uniqueName(const QString &base) const;
    QString formatValue() const;
    void setFormatValue(const QString &format);
    Entry *current();
    const Entry *current() const;

    std::vector<Entry> m_entries;
    QStringList m_removedKeys;
    QString m_keychainError; // the last failure of the keychain, "" when none
    Keychain *m_keychain = nullptr;
    bool m_loading = false;
    int m_testTimeoutMs = 10000;
    int m_testRow = -1;
    QFutureWatcher<TestResult> m_test;

    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr, *m_duplicate = nullptr, *m_remove = nullptr;
    QWidget *m_editor = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr, *m_brokers = nullptr, *m_group = nullptr, *m_username = nullptr,
              *m_password = nullptr, *m_caFile = nullptr, *m_certFile = nullptr, *m_keyFile = nullptr;
    QToolButton *m_caBrowse = nullptr, *m_certBrowse = nullptr, *m_keyBrowse = nullptr;
    QComboBox *m_topic = nullptr, *m_security = nullptr, *m_mechanism = nullptr, *m_format = nullptr,
              *m_start = nullptr;
    QDateTimeEdit *m_startTime = nullptr; // for the start "time"
    QCheckBox *m_remember = nullptr;
    QPlainTextEdit *m_extra = nullptr;
    QPushButton *m_testButton = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_testResult = nullptr;
    QListWidget *m_testTopics = nullptr;
    QLabel *m_validation = nullptr;
    QLabel *m_keychainWarning = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_connect = nullptr;
};

} // namespace es::ui
