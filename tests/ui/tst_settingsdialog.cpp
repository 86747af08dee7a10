// Edit → Settings… on real workspace files: a change on every page is stored
// exactly (read back with a fresh WorkspaceDb and fresh QSettings, and shown
// again by a new dialog); invalid input keeps OK and Apply disabled with the
// reason; Restore Defaults resets only the page shown; the rebuild offer
// appears for settings that reach stored data and not for others. With
// ES_SCREENSHOT_DIR set, a page on the demo workspace is saved as
// settings.png.

#include "../support/screenshots.h"
#include "common/problemfooter.h"
#include "core/localization.h"
#include "demo/demoworkspace.h"
#include "mainwindow/mainwindow.h"
#include "settings/apipage.h"
#include "settings/classificationpage.h"
#include "settings/datapage.h"
#include "settings/generalpage.h"
#include "settings/kafkapage.h"
#include "settings/listeditor.h"
#include "settings/locationpage.h"
#include "settings/preferences.h"
#include "settings/settingsactions.h"
#include "settings/settingsdialog.h"
#include "settings/settingsimpact.h"
#include "settings/timepage.h"
#include "settings/visitorspage.h"
#include "sources/kafkaprofile.h"
#include "store/workspacedb.h"
#include "timerange/timezonecombo.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace es;
using namespace es::ui;

namespace {

// A one-network GeoIP2-Country file, written with Debian's
// libmaxmind-db-writer-perl.
bool writeCountryMmdb(const QString &out, QString *error)
{
    const QString script = QStringLiteral(
        "use MaxMind::DB::Writer::Tree; my ($out) = @ARGV;"
        "my %t = (country => 'map', iso_code => 'utf8_string');"
        "my $w = MaxMind::DB::Writer::Tree->new(ip_version => 6, record_size => 24,"
        " database_type => 'GeoIP2-Country', languages => ['en'], description => {en => 'settings test'},"
        " map_key_type_callback => sub { $t{$_[0]} });"
        "$w->insert_network('81.2.69.0/24', {country => {iso_code => 'GB'}});"
        "open my $fh, '>:raw', $out or die \"$out: $!\"; $w->write_tree($fh); close $fh or die;");
    QProcess p;
    p.start(QStringLiteral("perl"), {QStringLiteral("-e"), script, out});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromLocal8Bit(p.readAllStandardError()).left(300);
        return false;
    }
    return true;
}

QLineEdit *editOf(QSpinBox *spin)
{
    return spin->findChild<QLineEdit *>();
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void addEntry(ListEditor *editor, const QString &text)
{
    typeInto(editor->entryEdit(), text);
    QTest::keyClick(editor->entryEdit(), Qt::Key_Return);
}

QString problemText(const SettingsDialog &d)
{
    return d.footer()->label()->text();
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_mmdb; // empty when the writer is missing

    // Opens a dialog on `path` and waits until the workspace settings show.
    std::unique_ptr<SettingsDialog> openDialog(const QString &path)
    {
        auto d = std::make_unique<SettingsDialog>(path);
        QSignalSpy loaded(d.get(), &SettingsDialog::loaded);
        d->show();
        if (!d->workspaceLoaded() && !loaded.wait(20000))
            return nullptr;
        if (!d->workspaceLoaded())
            return nullptr;
        // The country database is opened in the background on load.
        auto *location = d->page<LocationPage>();
        if (location->isChecking()) {
            QSignalSpy checked(location, &LocationPage::checked);
            if (!checked.wait(20000))
                return nullptr;
        }
        return d;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings().clear();
        es::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("shop.eventscope"));
        WorkspaceDb db;
        QVERIFY2(db.open(m_db), qPrintable(db.errorString()));
        QVERIFY(db.setMeta(QStringLiteral("time_zone"), QStringLiteral("Europe/Berlin")));
        db.close();
        QString error;
        m_mmdb = m_dir.filePath(QStringLiteral("country.mmdb"));
        if (!writeCountryMmdb(m_mmdb, &error)) {
            qWarning("No .mmdb writer (Debian: libmaxmind-db-writer-perl); the Location page uses Off: %s",
                     qPrintable(error));
            m_mmdb.clear();
        }
        KafkaProfile alpha, beta;
        alpha.name = QStringLiteral("alpha");
        beta.name = QStringLiteral("beta");
        saveKafkaProfiles({alpha, beta});
    }

    void everyPagePersists()
    {
        auto d = openDialog(m_db);
        QVERIFY(d);
        QVERIFY2(d->okButton()->isEnabled(), qPrintable(problemText(*d)));
        QCOMPARE(d->page<TimePage>()->zoneCombo()->zone(), QByteArray("Europe/Berlin"));

        auto *general = d->page<GeneralPage>();
        general->languageCombo()->setCurrentIndex(general->languageCombo()->findData(QStringLiteral("de")));
        general->themeCombo()->setCurrentIndex(general->themeCombo()->findData(QStringLiteral("dark")));

        auto *time = d->page<TimePage>();
        typeInto(time->zoneCombo()->lineEdit(), QStringLiteral("asia/kolkata"));
        time->weekStartCombo()->setCurrentIndex(6); // Sunday

        auto *visitors = d->page<VisitorsPage>();
        visitors->visitorKeyCombo()->setCurrentIndex(1);
        visitors->anonymizeCombo()->setCurrentIndex(2); // salted hash
        typeInto(editOf(visitors->sessionTimeoutSpin()), QStringLiteral("45"));
        visitors->lateWindowSpin()->setValue(10);

        auto *rules = d->page<ClassificationPage>();
        addEntry(rules->staticEditor(), QStringLiteral(".XYZ"));
        addEntry(rules->downloadEditor(), QStringLiteral("/files/*"));
        typeInto(rules->pageViewEventEdit(), QStringLiteral("pageview"));
        addEntry(rules->crawlerEditor(), QStringLiteral("AcmeProbe"));
        QVERIFY(rules->staticEditor()->items().contains(QStringLiteral("xyz")));

        auto *location = d->page<LocationPage>();
        {
            QSignalSpy checked(location, &LocationPage::checked);
            if (m_mmdb.isEmpty()) {
                location->offRadio()->click();
            } else {
                location->fileRadio()->click();
                location->pathEdit()->setText(m_mmdb);
                QVERIFY(checked.wait(20000));
                QTRY_VERIFY(!location->isChecking());
                QVERIFY2(location->statusLabel()->text().contains(QStringLiteral("GeoIP2-Country")),
                         qPrintable(location->statusLabel()->text()));
            }
        }

        auto *data = d->page<DataPage>();
        typeInto(editOf(data->rawSpin()), QStringLiteral("60"));
        data->minuteSpin()->setValue(3);
        data->hourSpin()->setValue(30);
        const auto found = data->groupModel()->findItems(QStringLiteral("browser_version"));
        QCOMPARE(found.size(), 1);
        found.first()->setCheckState(Qt::Unchecked);
        typeInto(data->paramsEdit(), QStringLiteral("plan, params.os_type"));
        typeInto(data->pairsEdit(), QStringLiteral("country:browser"));

        auto *kafka = d->page<KafkaPage>();
        kafka->profileCombo()->setCurrentIndex(kafka->profileCombo()->findData(QStringLiteral("beta")));

        auto *api = d->page<ApiPage>();
        typeInto(api->listenEdit(), QStringLiteral("127.0.0.1:9090"));
        typeInto(api->tokenFileEdit(), m_dir.filePath(QStringLiteral("token")));

        QVERIFY2(d->okButton()->isEnabled(), qPrintable(problemText(*d)));
        QSignalSpy saved(d.get(), &SettingsDialog::saved);
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
        QVERIFY(saved.wait(30000));
        QCOMPARE(d->result(), int(QDialog::Accepted));
        const QStringList keys = saved.first().at(0).toStringList();
        for (const char *k :
             {"time_zone", "week_start", "visitor_key", "ip_anonymization", "session_timeout_secs",
              "static_extensions", "download_patterns", "page_view_event", "extra_crawlers", "geoip_path",
              "raw_retention_days", "aggregation_groups", "param_dimensions", "pair_groups", "ui/language",
              "ui/appearance", "kafka/defaultProfile", "api/listen", "api/tokenFile"})
            QVERIFY2(keys.contains(QLatin1String(k)), k);
        d.reset();

        // A fresh connection reads what was stored.
        WorkspaceDb db;
        QVERIFY(db.open(m_db, WorkspaceDb::Access::ReadOnly));
        const AnalyticsSettings a = AnalyticsSettings::load(db);
        const RetentionPolicy r = RetentionPolicy::load(db);
        QCOMPARE(db.meta(QStringLiteral("time_zone")), QStringLiteral("Asia/Kolkata"));
        QCOMPARE(db.meta(QStringLiteral("week_start")), QStringLiteral("7"));
        QCOMPARE(a.visitorKey, AnalyticsSettings::VisitorKey::Ip);
        QCOMPARE(a.anonymize, IpAnonymizer::Mode::SaltedHash);
        QCOMPARE(a.ipSalt.size(), IpAnonymizer::kSaltBytes); // made on first use
        QCOMPARE(a.sessionTimeoutSecs, 45 * 60);
        QCOMPARE(a.sessionWindowSecs, 10 * 60);
        QCOMPARE(a.classifier.staticExtensions, ClassifierConfig::defaultStaticExtensions()
                                                    << QStringLiteral("xyz"));
        QCOMPARE(a.classifier.downloadExtensions, ClassifierConfig::defaultDownloadExtensions()
                                                      << QStringLiteral("/files/*"));
        QCOMPARE(a.classifier.pageViewEventType, QStringLiteral("pageview"));
        QCOMPARE(a.extraCrawlers, QStringList{QStringLiteral("acmeprobe")});
        QCOMPARE(a.geoip, m_mmdb.isEmpty() ? false : true);
        QCOMPARE(a.geoipPath, m_mmdb);
        QStringList groups = AnalyticsSettings::allGroupNames();
        groups.removeAll(QStringLiteral("browser_version"));
        QCOMPARE(AnalyticsSettings::groupNames(a.groups), groups);
        QCOMPARE(a.paramKeys,
                 QStringList({QStringLiteral("plan"), QStringLiteral("os_type"), QString(), QString()}));
        QCOMPARE(AnalyticsSettings::pairName(a.pairs[0]), QStringLiteral("country:browser"));
        QCOMPARE(a.pairs[1][0], -1);
        QCOMPARE(r.rawDays, 60);
        QCOMPARE(r.minuteDays, 3);
        QCOMPARE(r.hourDays, 30);
        QCOMPARE(r.detailMinuteDays, RetentionPolicy().detailMinuteDays);
        const QByteArray salt = a.ipSalt;
        db.close();

        QSettings().sync();
        QCOMPARE(prefs::language.get(), QStringLiteral("de"));
        QCOMPARE(prefs::appearance.get(), QStringLiteral("dark"));
        QVERIFY(qApp->palette().color(QPalette::Window).lightness() < 128); // applied at once
        QCOMPARE(prefs::defaultKafkaProfile.get(), QStringLiteral("beta"));
        QCOMPARE(prefs::apiListen.get(), QStringLiteral("127.0.0.1:9090"));
        QCOMPARE(prefs::apiTokenFile.get(), m_dir.filePath(QStringLiteral("token")));

        // A new dialog shows the stored values, and saving without changes
        // keeps the salt (addresses keep their tokens).
        d = openDialog(m_db);
        QVERIFY(d);
        QCOMPARE(d->page<TimePage>()->zoneCombo()->zone(), QByteArray("Asia/Kolkata"));
        QCOMPARE(d->page<TimePage>()->weekStartCombo()->currentData().toInt(), 7);
        QCOMPARE(d->page<VisitorsPage>()->sessionTimeoutSpin()->value(), 45);
        QCOMPARE(d->page<ClassificationPage>()->crawlerEditor()->items(),
                 QStringList{QStringLiteral("acmeprobe")});
        QCOMPARE(d->page<DataPage>()->paramsEdit()->text(), QStringLiteral("plan, os_type"));
        QCOMPARE(d->page<DataPage>()->pairsEdit()->text(), QStringLiteral("country:browser"));
        QCOMPARE(d->page<GeneralPage>()->themeCombo()->currentData().toString(), QStringLiteral("dark"));
        QCOMPARE(d->page<KafkaPage>()->profileCombo()->currentData().toString(), QStringLiteral("beta"));
        if (!m_mmdb.isEmpty())
            QVERIFY(d->page<LocationPage>()->fileRadio()->isChecked());
        d->page<VisitorsPage>()->lateWindowSpin()->setValue(11);
        QSignalSpy savedAgain(d.get(), &SettingsDialog::saved);
        QTest::mouseClick(d->applyButton(), Qt::LeftButton);
        QVERIFY(savedAgain.wait(30000));
        QCOMPARE(savedAgain.first().at(0).toStringList(), QStringList{QStringLiteral("session_window_secs")});
        QVERIFY(d->isVisible()); // Apply keeps the dialog open
        QVERIFY(db.open(m_db, WorkspaceDb::Access::ReadOnly));
        QCOMPARE(AnalyticsSettings::load(db).ipSalt, salt);
        QCOMPARE(AnalyticsSettings::load(db).sessionWindowSecs, 11 * 60);
    }

    void invalidInputDisablesOk()
    {
        auto d = openDialog(m_db);
        QVERIFY(d);
        QVERIFY(d->okButton()->isEnabled());

        // An unknown zone.
        auto *zone = d->page<TimePage>()->zoneCombo();
        typeInto(zone->lineEdit(), QStringLiteral("Mars/Olympus"));
        QVERIFY(!d->okButton()->isEnabled());
        QVERIFY(!d->applyButton()->isEnabled());
        QVERIFY2(problemText(*d).contains(QStringLiteral("\"Mars/Olympus\" is not a time zone")),
                 qPrintable(problemText(*d)));
        typeInto(zone->lineEdit(), QStringLiteral("UTC"));
        QVERIFY2(d->okButton()->isEnabled(), qPrintable(problemText(*d)));

        // Retention: a negative number cannot be typed; an empty field is refused.
        QSpinBox *raw = d->page<DataPage>()->rawSpin();
        typeInto(editOf(raw), QStringLiteral("-5"));
        QVERIFY(raw->value() >= 0);
        QVERIFY(!editOf(raw)->text().startsWith(QLatin1Char('-')));
        editOf(raw)->selectAll();
        QTest::keyClick(editOf(raw), Qt::Key_Backspace);
        QVERIFY(!d->okButton()->isEnabled());
        QVERIFY2(problemText(*d).contains(QStringLiteral("how many days raw events are kept")),
                 qPrintable(problemText(*d)));
        QTest::keyClicks(editOf(raw), QStringLiteral("30"));
        QVERIFY2(d->okButton()->isEnabled(), qPrintable(problemText(*d)));

        // params keys and pairs the engine refuses.
        auto *data = d->page<DataPage>();
        typeInto(data->paramsEdit(), QStringLiteral("plan, bad key!"));
        QVERIFY(problemText(*d).contains(QStringLiteral("\"bad key!\" is not a params key")));
        typeInto(data->paramsEdit(), QStringLiteral("a, b, c, d, e"));
        QVERIFY(problemText(*d).contains(QStringLiteral("At most 4 params keys")));
        typeInto(data->paramsEdit(), QStringLiteral("plan"));
        typeInto(data->pairsEdit(), QStringLiteral("country:country"));
        QVERIFY(problemText(*d).contains(QStringLiteral("is not a pair")));
        typeInto(data->pairsEdit(), QStringLiteral("country:device"));
        QVERIFY(problemText(*d).contains(QStringLiteral("always pre-aggregated")));
        typeInto(data->pairsEdit(), QString());
        QVERIFY2(d->okButton()->isEnabled(), qPrintable(problemText(*d)));

        // A list entry with a comma, and one typed but not added.
        ListEditor *statics = d->page<ClassificationPage>()->staticEditor();
        typeInto(statics->entryEdit(), QStringLiteral("a,b"));
        QVERIFY(problemText(*d).contains(QStringLiteral("holds a comma")));
        QVERIFY(!statics->findChild<QPushButton *>(QStringLiteral("addButton"))->isEnabled());
        typeInto(statics->entryEdit(), QStringLiteral("heic"));
        QVERIFY(problemText(*d).contains(QStringLiteral("\"heic\" is typed but not added")));
        typeInto(statics->entryEdit(), QString());

        // A listen address other than loopback without a token.
        auto *api = d->page<ApiPage>();
        typeInto(api->tokenFileEdit(), QString());
        typeInto(api->listenEdit(), QStringLiteral("0.0.0.0:8080"));
        QVERIFY(problemText(*d).contains(QStringLiteral("choose a token file")));
        typeInto(api->listenEdit(), QStringLiteral("here:please"));
        QVERIFY(problemText(*d).contains(QStringLiteral("is not an address to listen on")));
        typeInto(api->listenEdit(), QString());
        QVERIFY2(d->okButton()->isEnabled(), qPrintable(problemText(*d)));

        // A file that is not a MaxMind DB, checked in the background.
        const QString broken = m_dir.filePath(QStringLiteral("broken.mmdb"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto *location = d->page<LocationPage>();
        QSignalSpy checked(location, &LocationPage::checked);
        location->fileRadio()->click();
        location->pathEdit()->setText(broken);
        QVERIFY(!d->okButton()->isEnabled()); // while checking too
        QTRY_VERIFY_WITH_TIMEOUT(!location->isChecking(), 20000);
        QVERIFY(!d->okButton()->isEnabled());
        QVERIFY2(problemText(*d).contains(QStringLiteral("broken.mmdb")), qPrintable(problemText(*d)));
        QVERIFY(location->statusLabel()->text().contains(QStringLiteral("broken.mmdb")));
        location->offRadio()->click();
        QTRY_VERIFY(d->okButton()->isEnabled());
    }

    void restoreDefaultsResetsThePage()
    {
        auto d = openDialog(m_db);
        QVERIFY(d);
        d->showPage(3); // Classification
        QVERIFY(d->page<ClassificationPage>()->isVisible());
        QTest::mouseClick(d->restoreDefaultsButton(), Qt::LeftButton);
        QCOMPARE(d->page<ClassificationPage>()->staticEditor()->items(),
                 ClassifierConfig::defaultStaticExtensions());
        QCOMPARE(d->page<ClassificationPage>()->crawlerEditor()->items(), QStringList());
        QCOMPARE(d->page<ClassificationPage>()->pageViewEventEdit()->text(), QStringLiteral("page_view"));
        QCOMPARE(d->page<DataPage>()->rawSpin()->value(), 60); // other pages keep theirs
        d->showPage(0);
        QTest::mouseClick(d->restoreDefaultsButton(), Qt::LeftButton);
        QCOMPARE(d->page<GeneralPage>()->themeCombo()->currentData().toString(), QStringLiteral("system"));
        QCOMPARE(d->page<GeneralPage>()->languageCombo()->currentData().toString(), QString());

        QSignalSpy saved(d.get(), &SettingsDialog::saved);
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
        QVERIFY(saved.wait(30000));
        WorkspaceDb db;
        QVERIFY(db.open(m_db, WorkspaceDb::Access::ReadOnly));
        const AnalyticsSettings a = AnalyticsSettings::load(db);
        QCOMPARE(a.classifier.staticExtensions, ClassifierConfig::defaultStaticExtensions());
        QCOMPARE(a.extraCrawlers, QStringList());
        QCOMPARE(a.sessionTimeoutSecs, 45 * 60);
        QCOMPARE(RetentionPolicy::load(db).rawDays, 60);
        QCOMPARE(prefs::appearance.get(), QStringLiteral("system"));
        QCOMPARE(prefs::language.get(), QString());
    }

    void pastDataAndRebuildOffer()
    {
        WorkspaceSettings before, rule = before, retention = before;
        rule.analytics.classifier.staticExtensions << QStringLiteral("heic");
        retention.retention.rawDays = 7;
        QCOMPARE(WorkspaceSettings::changedKeys(before, rule),
                 QStringList{QStringLiteral("static_extensions")});
        QVERIFY(SettingsImpact::affectsPastData(QStringLiteral("static_extensions")));
        QCOMPARE(SettingsImpact::pastDataKeys(WorkspaceSettings::changedKeys(before, retention)),
                 QStringList());
        AppSettings light, dark;
        dark.appearance = QStringLiteral("dark");
        QCOMPARE(AppSettings::changedKeys(light, dark), QStringList{QStringLiteral("ui/appearance")});
        QVERIFY(!SettingsImpact::affectsPastData(QStringLiteral("ui/appearance")));
        QCOMPARE(SettingsImpact::pastDataKeys({QStringLiteral("ui/appearance"), QStringLiteral("time_zone"),
                                               QStringLiteral("pair_groups")}),
                 QStringList({QStringLiteral("time_zone"), QStringLiteral("pair_groups")}));

        MainWindow w;
        SettingsActions *actions = w.settingsActions();
        QVERIFY(actions);
        QVERIFY(actions->settingsAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
        for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Preferences))
            QVERIFY(actions->settingsAction()->shortcuts().contains(k));
        actions->offerRebuild({QStringLiteral("ui/appearance")});
        QVERIFY(!actions->rebuildOffer());
        QSignalSpy rebuild(actions, &SettingsActions::rebuildRequested);
        actions->offerRebuild({QStringLiteral("ui/appearance"), QStringLiteral("static_extensions")});
        QVERIFY(actions->rebuildOffer());
        QVERIFY(
            actions->rebuildOffer()->informativeText().contains(QStringLiteral("Static-asset extensions")));
        QVERIFY(!actions->rebuildOffer()->informativeText().contains(QStringLiteral("Theme")));
        auto *button = actions->rebuildOffer()->findChild<QPushButton *>(QStringLiteral("rebuildButton"));
        QVERIFY(button);
        button->click();
        QCOMPARE(rebuild.count(), 1);

        // Without a workspace the dialog edits only the application's settings.
        actions->settingsAction()->trigger();
        QVERIFY(actions->dialog());
        QVERIFY(!actions->dialog()->page<TimePage>()->isEnabled());
        QVERIFY(actions->dialog()->page<GeneralPage>()->isEnabled());
        QVERIFY(actions->dialog()->noticeLabel()->text().contains(QStringLiteral("No workspace is open")));
        QVERIFY(actions->dialog()->okButton()->isEnabled());
        actions->dialog()->reject();
    }

    void screenshot()
    {
        const QString demo = m_dir.filePath(QStringLiteral("demo.eventscope"));
        const auto built = demo::ensureDemoWorkspace(demo);
        QVERIFY2(built.ok, qPrintable(built.errorString));
        auto d = openDialog(demo);
        QVERIFY(d);
        d->showPage(5); // Data
        QVERIFY(d->page<DataPage>()->isVisible());
        QVERIFY2(d->okButton()->isEnabled(), qPrintable(problemText(*d)));
        QVERIFY(d->grab().save(es::test::screenshotPath(m_dir, QStringLiteral("settings.png"))));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
