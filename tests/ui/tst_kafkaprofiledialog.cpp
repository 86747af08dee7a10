// Kafka connection profiles: the librdkafka properties of each security
// setting, settings round trips without the password, the dialog's
// validation, "Test Connection" against the embedded cluster and an
// unreachable port, "Connect", and the keychain (which may be missing).

#include "demo/kafkademo.h"
#include "sources/kafkaprofile.h"
#include "sources/kafkaprofiledialog.h"
#include "sources/keychain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace es::ui;

namespace {

QStringList flatten(const std::vector<std::pair<QString, QString>> &properties)
{
    QStringList out;
    for (const auto &[k, v] : properties)
        out << k + u'=' + v;
    return out;
}

KafkaProfile fullProfile(const QString &name)
{
    KafkaProfile p;
    p.name = name;
    p.brokers = QStringLiteral("kafka1:9092,kafka2:9093");
    p.topic = QStringLiteral("web-logs");
    p.group = QStringLiteral("analytics");
    p.security = KafkaProfile::Security::SaslSsl;
    p.mechanism = KafkaProfile::Mechanism::ScramSha512;
    p.username = QStringLiteral("alice");
    p.caFile = QStringLiteral("/etc/ssl/ca.pem");
    p.certFile = QStringLiteral("/etc/ssl/client.pem");
    p.keyFile = QStringLiteral("/etc/ssl/client.key");
    p.format = QStringLiteral("combined");
    p.start = QStringLiteral("latest");
    p.extra = {QStringLiteral("fetch.max.bytes=1048576"), QStringLiteral("client.id=eventscope-test")};
    p.rememberPassword = false;
    return p;
}

QByteArray settingsBytes()
{
    QSettings s;
    s.sync();
    QFile f(s.fileName());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

template<class T> T *child(const QObject &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}

} // namespace

class TestKafkaProfileDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EventscopeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_kafkaprofiledialog"));
    }

    void init()
    {
        QSettings s;
        s.clear();
        s.sync();
    }

    void cleanupTestCase()
    {
        QSettings s;
        s.clear();
        s.sync();
        QFile::remove(s.fileName());
    }

    void properties_data()
    {
        QTest::addColumn<int>("security");
        QTest::addColumn<int>("mechanism");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QStringList>("expected");

        using S = KafkaProfile::Security;
        using M = KafkaProfile::Mechanism;
        const QString ca = QStringLiteral("ssl.ca.location=/ca.pem");
        const QString cert = QStringLiteral("ssl.certificate.location=/cert.pem");
        const QString key = QStringLiteral("ssl.key.location=/key.pem");
        const QString user = QStringLiteral("sasl.username=alice");
        const QString pass = QStringLiteral("sasl.password=pw");
        QTest::newRow("plaintext") << int(S::Plaintext) << int(M::Plain) << QStringList()
                                   << QStringList{QStringLiteral("security.protocol=plaintext")};
        QTest::newRow("ssl") << int(S::Ssl) << int(M::Plain) << QStringList()
                             << QStringList{QStringLiteral("security.protocol=ssl"), ca, cert, key};
        QTest::newRow("sasl_plaintext plain")
            << int(S::SaslPlaintext) << int(M::Plain) << QStringList()
            << QStringList{QStringLiteral("security.protocol=sasl_plaintext"),
                           QStringLiteral("sasl.mechanism=PLAIN"), user, pass};
        QTest::newRow("sasl_plaintext scram-256")
            << int(S::SaslPlaintext) << int(M::ScramSha256) << QStringList()
            << QStringList{QStringLiteral("security.protocol=sasl_plaintext"),
                           QStringLiteral("sasl.mechanism=SCRAM-SHA-256"), user, pass};
        QTest::newRow("sasl_ssl scram-512") << int(S::SaslSsl) << int(M::ScramSha512) << QStringList()
                                            << QStringList{QStringLiteral("security.protocol=sasl_ssl"),
                                                           QStringLiteral("sasl.mechanism=SCRAM-SHA-512"),
                                                           user,
                                                           pass,
                                                           ca,
                                                           cert,
                                                           key};
        QTest::newRow("extra") << int(S::Plaintext) << int(M::Plain)
                               << QStringList{QStringLiteral("fetch.max.bytes = 1048576"),
                                              QStringLiteral("# a comment"), QStringLiteral("client.id=es=1")}
                               << QStringList{QStringLiteral("security.protocol=plaintext"),
                                              QStringLiteral("fetch.max.bytes=1048576"),
                                              QStringLiteral("client.id=es=1")};
        QTest::newRow("extra after sasl")
            << int(S::SaslPlaintext) << int(M::Plain) << QStringList{QStringLiteral("sasl.mechanism=GSSAPI")}
            << QStringList{QStringLiteral("security.protocol=sasl_plaintext"),
                           QStringLiteral("sasl.mechanism=PLAIN"), user, pass,
                           QStringLiteral("sasl.mechanism=GSSAPI")};
    }

    void properties()
    {
        QFETCH(int, security);
        QFETCH(int, mechanism);
        QFETCH(QStringList, extra);
        QFETCH(QStringList, expected);
        KafkaProfile p;
        p.security = KafkaProfile::Security(security);
        p.mechanism = KafkaProfile::Mechanism(mechanism);
        p.username = QStringLiteral("alice");
        p.caFile = QStringLiteral("/ca.pem");
        p.certFile = QStringLiteral("/cert.pem");
        p.keyFile = QStringLiteral("/key.pem");
        p.extra = extra;
        QCOMPARE(flatten(p.properties(QStringLiteral("pw"))), expected);
        QCOMPARE(p.needsPassword(), security == int(KafkaProfile::Security::SaslPlaintext) ||
                                        security == int(KafkaProfile::Security::SaslSsl));
    }

    void names()
    {
        QCOMPARE(securityName(KafkaProfile::Security::SaslSsl), QStringLiteral("SASL_SSL"));
        QCOMPARE(securityName(KafkaProfile::Security::Plaintext), QStringLiteral("PLAINTEXT"));
        QCOMPARE(mechanismName(KafkaProfile::Mechanism::ScramSha256), QStringLiteral("SCRAM-SHA-256"));
        KafkaProfile p;
        p.name = QStringLiteral("prod");
        QCOMPARE(p.keychainKey(), QStringLiteral("kafka/prod"));
    }

    void parseExtra()
    {
        std::vector<std::pair<QString, QString>> out;
        QCOMPARE(
            parseKafkaExtra(
                {QStringLiteral(" a = 1 "), QString(), QStringLiteral("#x"), QStringLiteral("b=")}, &out),
            0);
        QCOMPARE(flatten(out), (QStringList{QStringLiteral("a=1"), QStringLiteral("b=")}));
        QCOMPARE(parseKafkaExtra({QStringLiteral("a=1"), QStringLiteral("oops")}), 2);
        QCOMPARE(parseKafkaExtra({QStringLiteral("=1")}), 1);
        QCOMPARE(parseKafkaExtra({QStringLiteral("a b=1")}), 1);
    }

    void options()
    {
        KafkaProfile p = fullProfile(QStringLiteral("prod"));
        p.brokers = QStringLiteral(" kafka1:9092 , kafka2:9093 ");
        const es::KafkaOptions o = p.options(QStringLiteral("pw"));
        QCOMPARE(o.brokers, QStringLiteral("kafka1:9092,kafka2:9093"));
        QCOMPARE(o.topic, QStringLiteral("web-logs"));
        QCOMPARE(o.group, QStringLiteral("analytics"));
        QCOMPARE(o.format, QStringLiteral("combined"));
        QVERIFY(o.start == es::KafkaOptions::Start::Latest);
        QCOMPARE(flatten(o.properties), flatten(p.properties(QStringLiteral("pw"))));
        p.start = QStringLiteral("stored");
        QVERIFY(p.options({}).start == es::KafkaOptions::Start::Stored);
        p.start = QStringLiteral("earliest");
        QVERIFY(p.options({}).start == es::KafkaOptions::Start::Earliest);
    }

    void saveLoadRoundTrip()
    {
        QVERIFY(loadKafkaProfiles().empty());
        KafkaProfile a = fullProfile(QStringLiteral("prod"));
        KafkaProfile b;
        b.name = QStringLiteral("local");
        b.brokers = QStringLiteral("localhost:9092");
        b.extra = {QStringLiteral("client.id=x")};
        saveKafkaProfiles({a, b});
        std::vector<KafkaProfile> loaded = loadKafkaProfiles();
        QCOMPARE(loaded.size(), size_t(2));
        QVERIFY(loaded[0] == a);
        QVERIFY(loaded[1] == b);
        // Fewer profiles replace the list.
        saveKafkaProfiles({b});
        loaded = loadKafkaProfiles();
        QCOMPARE(loaded.size(), size_t(1));
        QVERIFY(loaded[0] == b);
        QVERIFY(!settingsBytes().contains("prod"));
    }

    void passwordNeverInSettings_data()
    {
        QTest::addColumn<bool>("remember");
        QTest::newRow("remember") << true;
        QTest::newRow("ask each time") << false;
    }

    void passwordNeverInSettings()
    {
        QFETCH(bool, remember);
        const QByteArray secret = "pw-Secret-4711";
        KafkaProfileDialog dialog;
        auto *keychain = dialog.findChild<Keychain *>();
        QVERIFY(keychain);
        QSignalSpy writes(keychain, &Keychain::writeDone);
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("secure"));
        child<QLineEdit>(dialog, "brokersEdit")->setText(QStringLiteral("kafka1:9093"));
        child<QComboBox>(dialog, "topicCombo")->setEditText(QStringLiteral("events"));
        auto *security = child<QComboBox>(dialog, "securityCombo");
        security->setCurrentIndex(security->findData(int(KafkaProfile::Security::SaslSsl)));
        child<QLineEdit>(dialog, "usernameEdit")->setText(QStringLiteral("alice"));
        child<QCheckBox>(dialog, "rememberCheck")->setChecked(remember);
        child<QLineEdit>(dialog, "passwordEdit")->setText(QString::fromLatin1(secret));
        QCOMPARE(dialog.password(), QString::fromLatin1(secret));
        child<QPushButton>(dialog, "closeButton")->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        if (remember) {
            // Stored in the keychain, or an error when there is none; either way answered.
            QTRY_COMPARE_WITH_TIMEOUT(writes.count(), 1, 15000);
            QCOMPARE(writes.at(0).at(0).toString(), QStringLiteral("kafka/secure"));
            if (!writes.at(0).at(1).toString().isEmpty())
                QTRY_VERIFY(!child<QLabel>(dialog, "keychainWarning")->isHidden());
        } else {
            QTest::qWait(200);
            QCOMPARE(writes.count(), 0);
        }
        const QByteArray bytes = settingsBytes();
        QVERIFY2(bytes.contains("secure"), bytes.constData());
        QVERIFY(bytes.contains("alice"));
        QVERIFY(!bytes.contains(secret));
        QVERIFY(!bytes.contains("password="));
        const std::vector<KafkaProfile> loaded = loadKafkaProfiles();
        QCOMPARE(loaded.size(), size_t(1));
        QCOMPARE(loaded[0].rememberPassword, remember);
        QVERIFY(loaded[0].security == KafkaProfile::Security::SaslSsl);
    }

    void validation()
    {
        KafkaProfileDialog dialog;
        auto *list = child<QListWidget>(dialog, "profileList");
        auto *name = child<QLineEdit>(dialog, "nameEdit");
        auto *brokers = child<QLineEdit>(dialog, "brokersEdit");
        auto *topic = child<QComboBox>(dialog, "topicCombo");
        auto *message = child<QLabel>(dialog, "validationMessage");
        auto *connectButton = child<QPushButton>(dialog, "connectButton");
        auto *testButton = child<QPushButton>(dialog, "testButton");
        QVERIFY(list && name && brokers && topic && message && connectButton && testButton);
        // No profiles yet: a new one is offered.
        QCOMPARE(list->count(), 1);
        QCOMPARE(name->text(), QStringLiteral("New profile"));
        QCOMPARE(message->text(),
                 QStringLiteral("Enter the bootstrap servers as host:port, separated by commas."));
        QVERIFY(!connectButton->isEnabled());
        QVERIFY(!testButton->isEnabled());

        name->clear();
        QCOMPARE(message->text(), QStringLiteral("Enter a name for the profile."));
        QCOMPARE(list->item(0)->text(), QStringLiteral("(unnamed)"));
        name->setText(QStringLiteral("Prod"));
        QCOMPARE(list->item(0)->text(), QStringLiteral("Prod"));

        brokers->setText(QStringLiteral("kafka1"));
        QCOMPARE(message->text(),
                 QStringLiteral("“kafka1” is not a server address: use host:port, for example kafka1:9092."));
        QVERIFY(!testButton->isEnabled());
        brokers->setText(QStringLiteral("kafka1:9092,kafka2:99999"));
        QCOMPARE(message->text(),
                 QStringLiteral(
                     "“kafka2:99999” is not a server address: use host:port, for example kafka1:9092."));
        brokers->setText(QStringLiteral("kafka1:9092,"));
        QCOMPARE(message->text(),
                 QStringLiteral("The bootstrap servers contain an empty entry: remove the extra comma."));
        brokers->setText(QStringLiteral("kafka1:9092, [::1]:9093, SSL://kafka3.example.com:9094"));
        QVERIFY(testButton->isEnabled());
        QCOMPARE(message->text(), QStringLiteral("Enter a topic, or pick one after Test Connection."));
        QVERIFY(!connectButton->isEnabled());
        topic->setEditText(QStringLiteral("events"));
        QCOMPARE(message->text(), QString());
        QVERIFY(connectButton->isEnabled());

        auto *security = child<QComboBox>(dialog, "securityCombo");
        auto *mechanism = child<QComboBox>(dialog, "mechanismCombo");
        auto *caFile = child<QLineEdit>(dialog, "caFileEdit");
        QVERIFY(!mechanism->isEnabled());
        QVERIFY(!caFile->isEnabled());
        security->setCurrentIndex(security->findData(int(KafkaProfile::Security::SaslPlaintext)));
        QVERIFY(mechanism->isEnabled());
        QVERIFY(!caFile->isEnabled());
        QCOMPARE(message->text(), QStringLiteral("Enter the user name for SASL authentication."));
        child<QLineEdit>(dialog, "usernameEdit")->setText(QStringLiteral("alice"));
        QVERIFY(connectButton->isEnabled());
        security->setCurrentIndex(security->findData(int(KafkaProfile::Security::Ssl)));
        QVERIFY(!mechanism->isEnabled());
        QVERIFY(caFile->isEnabled());

        auto *extra = child<QPlainTextEdit>(dialog, "extraEdit");
        extra->setPlainText(QStringLiteral("client.id=x\n\nnot a property"));
        QCOMPARE(message->text(), QStringLiteral("Line 3 of the extra properties is not key=value."));
        QVERIFY(!connectButton->isEnabled());
        extra->setPlainText(QStringLiteral("client.id=x\n"));
        QVERIFY(connectButton->isEnabled());

        child<QLineEdit>(dialog, "groupEdit")->clear();
        QCOMPARE(message->text(), QStringLiteral("Enter a consumer group."));
        child<QLineEdit>(dialog, "groupEdit")->setText(QStringLiteral("g"));

        // A second profile with the same name.
        child<QPushButton>(dialog, "addButton")->click();
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->currentRow(), 1);
        QCOMPARE(name->text(), QStringLiteral("New profile"));
        name->setText(QStringLiteral("prod"));
        QCOMPARE(message->text(),
                 QStringLiteral("Another profile is already called “prod”: choose a different name."));
        QVERIFY(!connectButton->isEnabled());
        name->setText(QStringLiteral("Staging"));
        QCOMPARE(message->text(),
                 QStringLiteral("Enter the bootstrap servers as host:port, separated by commas."));

        // Switching back shows the first profile as it was edited.
        list->setCurrentRow(0);
        QCOMPARE(name->text(), QStringLiteral("Prod"));
        QCOMPARE(topic->currentText(), QStringLiteral("events"));
        QCOMPARE(extra->toPlainText(), QStringLiteral("client.id=x"));
        QVERIFY(connectButton->isEnabled());
        QCOMPARE(dialog.selectedProfile().name, QStringLiteral("Prod"));
        QVERIFY(dialog.selectedProfile().security == KafkaProfile::Security::Ssl);
    }

    void duplicateAndRemove()
    {
        saveKafkaProfiles({fullProfile(QStringLiteral("prod"))});
        KafkaProfileDialog dialog;
        auto *list = child<QListWidget>(dialog, "profileList");
        QCOMPARE(list->count(), 1);
        QCOMPARE(dialog.selectedProfile(), fullProfile(QStringLiteral("prod")));
        child<QPushButton>(dialog, "duplicateButton")->click();
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->currentItem()->text(), QStringLiteral("prod (copy)"));
        KafkaProfile copy = fullProfile(QStringLiteral("prod (copy)"));
        QCOMPARE(dialog.selectedProfile(), copy);
        child<QPushButton>(dialog, "duplicateButton")->click();
        QCOMPARE(list->currentItem()->text(), QStringLiteral("prod (copy) 2"));
        child<QPushButton>(dialog, "removeButton")->click();
        QCOMPARE(list->count(), 2);
        QVERIFY(dialog.selectProfile(QStringLiteral("prod")));
        child<QPushButton>(dialog, "removeButton")->click();
        QCOMPARE(list->count(), 1);
        QCOMPARE(dialog.selectedProfile().name, QStringLiteral("prod (copy)"));
        QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("prod (copy)"));
        QCOMPARE(child<QLineEdit>(dialog, "brokersEdit")->text(), copy.brokers);
        dialog.reject();
        const std::vector<KafkaProfile> loaded = loadKafkaProfiles();
        QCOMPARE(loaded.size(), size_t(1));
        QCOMPARE(loaded[0], copy);
    }

    void testConnectionListsTopics()
    {
        es::demo::KafkaDemoCluster cluster;
        const QString error = cluster.start(1);
        if (!error.isEmpty())
            QSKIP(qPrintable(QStringLiteral("The embedded Kafka cluster did not start: ") + error));
        QCOMPARE(cluster.createTopic(QStringLiteral("events"), 3), QString());

        KafkaProfileDialog dialog;
        child<QLineEdit>(dialog, "brokersEdit")->setText(cluster.bootstraps());
        auto *testButton = child<QPushButton>(dialog, "testButton");
        auto *result = child<QLabel>(dialog, "testResult");
        auto *topics = child<QListWidget>(dialog, "testTopics");
        auto *topic = child<QComboBox>(dialog, "topicCombo");
        QVERIFY(testButton->isEnabled());
        QElapsedTimer clock;
        clock.start();
        testButton->click();
        // The GUI thread is not blocked while the cluster answers.
        QVERIFY(clock.elapsed() < 1000);
        QVERIFY(!testButton->isEnabled());
        QVERIFY(result->text().startsWith(QStringLiteral("Connecting to ")));
        QTRY_VERIFY_WITH_TIMEOUT(testButton->isEnabled(), 20000);
        QVERIFY2(result->text().startsWith(QStringLiteral("Connected.")), qPrintable(result->text()));
        QVERIFY(!topics->isHidden());
        const QList<QListWidgetItem *> found =
            topics->findItems(QStringLiteral("events — "), Qt::MatchStartsWith);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first()->text().startsWith(QStringLiteral("events — 3 partition")),
                 qPrintable(found.first()->text()));
        QCOMPARE(found.first()->data(Qt::UserRole).toString(), QStringLiteral("events"));
        QCOMPARE(found.first()->data(Qt::UserRole + 1).toInt(), 3);
        QVERIFY(topic->findText(QStringLiteral("events")) >= 0);
        QCOMPARE(topic->currentText(), QString()); // offered, not chosen
        // Picking one from the list fills the topic.
        emit topics->itemActivated(found.first());
        QCOMPARE(topic->currentText(), QStringLiteral("events"));
        QCOMPARE(dialog.selectedProfile().topic, QStringLiteral("events"));
    }

    void testConnectionError()
    {
        KafkaProfileDialog dialog;
        dialog.setTestTimeoutMs(2000);
        child<QLineEdit>(dialog, "brokersEdit")->setText(QStringLiteral("127.0.0.1:1"));
        auto *testButton = child<QPushButton>(dialog, "testButton");
        auto *result = child<QLabel>(dialog, "testResult");
        auto *topics = child<QListWidget>(dialog, "testTopics");
        testButton->click();
        QVERIFY(!testButton->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(testButton->isEnabled(), 20000);
        QVERIFY2(result->text().contains(QStringLiteral("127.0.0.1:1")), qPrintable(result->text()));
        QVERIFY(!result->text().startsWith(QStringLiteral("Connected")));
        // Shown in red.
        const QColor c = result->palette().color(QPalette::WindowText);
        QVERIFY2(c.red() > 150 && c.green() < 130, qPrintable(c.name()));
        QVERIFY(topics->isHidden());
        QCOMPARE(child<QComboBox>(dialog, "topicCombo")->count(), 0);
    }

    void connectEmitsProfile()
    {
        KafkaProfileDialog dialog;
        KafkaProfile expected = fullProfile(QStringLiteral("prod"));
        expected.rememberPassword = true;
        child<QLineEdit>(dialog, "nameEdit")->setText(expected.name);
        child<QLineEdit>(dialog, "brokersEdit")->setText(expected.brokers);
        child<QComboBox>(dialog, "topicCombo")->setEditText(expected.topic);
        child<QLineEdit>(dialog, "groupEdit")->setText(expected.group);
        auto *security = child<QComboBox>(dialog, "securityCombo");
        security->setCurrentIndex(security->findData(int(expected.security)));
        auto *mechanism = child<QComboBox>(dialog, "mechanismCombo");
        mechanism->setCurrentIndex(mechanism->findData(int(expected.mechanism)));
        child<QLineEdit>(dialog, "usernameEdit")->setText(expected.username);
        child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("pw"));
        child<QLineEdit>(dialog, "caFileEdit")->setText(expected.caFile);
        child<QLineEdit>(dialog, "certFileEdit")->setText(expected.certFile);
        child<QLineEdit>(dialog, "keyFileEdit")->setText(expected.keyFile);
        auto *format = child<QComboBox>(dialog, "formatCombo");
        QCOMPARE(format->currentText(), QStringLiteral("Detect"));
        format->setCurrentIndex(format->findData(expected.format));
        auto *start = child<QComboBox>(dialog, "startCombo");
        start->setCurrentIndex(start->findData(expected.start));
        child<QPlainTextEdit>(dialog, "extraEdit")->setPlainText(expected.extra.join(u'\n'));

        int emitted = 0;
        KafkaProfile got;
        QString gotPassword;
        connect(&dialog, &KafkaProfileDialog::connectRequested, this,
                [&](const KafkaProfile &p, const QString &pw) {
                    ++emitted;
                    got = p;
                    gotPassword = pw;
                });
        auto *connectButton = child<QPushButton>(dialog, "connectButton");
        QVERIFY(connectButton->isEnabled());
        QVERIFY(connectButton->isDefault());
        connectButton->click();
        QCOMPARE(emitted, 1);
        QCOMPARE(got, expected);
        QCOMPARE(gotPassword, QStringLiteral("pw"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(got.options(gotPassword).topic, QStringLiteral("web-logs"));
        const std::vector<KafkaProfile> loaded = loadKafkaProfiles();
        QCOMPARE(loaded.size(), size_t(1));
        QCOMPARE(loaded[0], expected);

        // A typed format that is not in the list is kept as typed.
        KafkaProfileDialog again;
        QCOMPARE(again.selectedProfile(), expected);
        child<QComboBox>(again, "formatCombo")->setEditText(QStringLiteral("w3c"));
        QCOMPARE(again.selectedProfile().format, QStringLiteral("w3c"));
        auto *againFormat = child<QComboBox>(again, "formatCombo");
        againFormat->setCurrentIndex(againFormat->findData(QStringLiteral("rollup")));
        QCOMPARE(again.selectedProfile().format, QStringLiteral("rollup"));
        QVERIFY(again.selectedProfile().options({}).format == QStringLiteral("rollup"));
        child<QComboBox>(again, "formatCombo")->setEditText(QStringLiteral("Detect"));
        QCOMPARE(again.selectedProfile().format, QString());
    }

    // Starting at a time: the first message at or after it, as the consumer's option.
    void startAtATime()
    {
        KafkaProfileDialog dialog;
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("since"));
        child<QLineEdit>(dialog, "brokersEdit")->setText(QStringLiteral("localhost:9092"));
        child<QComboBox>(dialog, "topicCombo")->setEditText(QStringLiteral("events"));
        auto *time = child<QDateTimeEdit>(dialog, "startTimeEdit");
        QVERIFY(!time->isEnabled()); // Earliest is the default
        auto *start = child<QComboBox>(dialog, "startCombo");
        start->setCurrentIndex(start->findData(QStringLiteral("time")));
        QVERIFY(time->isEnabled());
        const QDateTime when(QDate(2026, 5, 4), QTime(10, 30));
        time->setDateTime(when);
        KafkaProfile p = dialog.selectedProfile();
        QCOMPARE(p.start, QStringLiteral("time"));
        QCOMPARE(p.startMs, when.toMSecsSinceEpoch());
        const es::KafkaOptions o = p.options({});
        QVERIFY(o.start == es::KafkaOptions::Start::Time);
        QCOMPARE(o.startMs, when.toMSecsSinceEpoch());
        auto *connectButton = child<QPushButton>(dialog, "connectButton");
        QVERIFY(connectButton->isEnabled());
        time->setDateTime(QDateTime::currentDateTime().addDays(2));
        QVERIFY(!connectButton->isEnabled());
        QVERIFY(child<QLabel>(dialog, "validationMessage")->text().contains(QStringLiteral("future")));
        time->setDateTime(when);
        QVERIFY(connectButton->isEnabled());
        connectButton->click();
        const std::vector<KafkaProfile> loaded = loadKafkaProfiles();
        QCOMPARE(loaded.size(), size_t(1));
        QCOMPARE(loaded[0].startMs, when.toMSecsSinceEpoch());
        KafkaProfileDialog again;
        QCOMPARE(child<QDateTimeEdit>(again, "startTimeEdit")->dateTime(), when);
        QVERIFY(child<QDateTimeEdit>(again, "startTimeEdit")->isEnabled());
    }

    void keychainRoundTripOrError()
    {
        Keychain keychain;
        QCOMPARE(Keychain::serviceName(), QStringLiteral("Eventscope"));
        const QString key = QStringLiteral("tests/kafkaprofiledialog");
        QSignalSpy writes(&keychain, &Keychain::writeDone);
        QSignalSpy reads(&keychain, &Keychain::readDone);
        QSignalSpy removes(&keychain, &Keychain::removeDone);
        keychain.write(key, QStringLiteral("pw-1"));
        QTRY_COMPARE_WITH_TIMEOUT(writes.count(), 1, 15000);
        QCOMPARE(writes.at(0).at(0).toString(), key);
        const QString writeError = writes.at(0).at(1).toString();
        keychain.read(key);
        QTRY_COMPARE_WITH_TIMEOUT(reads.count(), 1, 15000);
        QCOMPARE(reads.at(0).at(0).toString(), key);
        if (writeError.isEmpty()) {
            QCOMPARE(reads.at(0).at(1).toString(), QStringLiteral("pw-1"));
            QCOMPARE(reads.at(0).at(2).toString(), QString());
        } else {
            // No keychain service: an error and no password.
            QCOMPARE(reads.at(0).at(1).toString(), QString());
        }
        keychain.remove(key);
        QTRY_COMPARE_WITH_TIMEOUT(removes.count(), 1, 15000);
        QCOMPARE(removes.at(0).at(0).toString(), key);
        // Whatever the keychain did, nothing went to the settings.
        QVERIFY(!settingsBytes().contains("pw-1"));
    }
};

QTEST_MAIN(TestKafkaProfileDialog)
#include "tst_kafkaprofiledialog.moc"
