// File → Export Report… as a user goes through it: check templates, pick
// formats and a folder, export, and find the files; the buttons follow what
// is possible. The export runs the real eventscope binary on a workspace made
// with "eventscope generate" and "eventscope import".

#include "reports/reportexportdialog.h"
#include "reports/reportexportjob.h"
#include "reports/templatelistmodel.h"
#include "settings/preferences.h"
#include "timerange/timerangepicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace es;
using namespace es::ui;

class TestReportExportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_db;

    template<typename T> static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QLatin1String(name));
        if (!c)
            qWarning("no child %s", name);
        return c;
    }

    ReportExportDialog::Context context() const
    {
        ReportExportDialog::Context c;
        c.dbPath = m_db;
        c.templates = ReportTemplates::builtIns();
        c.dashboardRange = RangeSpec::fromUserText(QStringLiteral("2024-10-21..2024-10-28")).value();
        c.timeZone = "UTC";
        return c;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid());
        m_db = m_home.filePath(QStringLiteral("w.eventscope"));
        const QString log = m_home.filePath(QStringLiteral("access.log"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ES_BINARY_PATH),
                {QStringLiteral("generate"), QStringLiteral("--lines"), QStringLiteral("8000"),
                 QStringLiteral("--days"), QStringLiteral("14"), QStringLiteral("--end"),
                 QStringLiteral("1730160000"), log});
        QVERIFY(p.waitForFinished(60000) && p.exitCode() == 0);
        p.start(QStringLiteral(ES_BINARY_PATH),
                {QStringLiteral("import"), QStringLiteral("--db"), m_db, log});
        QVERIFY(p.waitForFinished(60000) && p.exitCode() == 0);
        ReportExportJob::setProgram(QStringLiteral(ES_BINARY_PATH));
        prefs::reportFolder.set(m_home.filePath(QStringLiteral("out")));
    }

    void exportButtonFollowsTheChoices()
    {
        prefs::reportTemplates.set({QStringLiteral("weekly-summary")});
        prefs::reportFormats.set({QStringLiteral("pdf")});
        ReportExportDialog dialog(context());
        auto *exportButton = child<QPushButton>(&dialog, "exportButton");
        auto *status = child<QLabel>(&dialog, "exportStatus");
        QVERIFY(exportButton->isEnabled());
        QCOMPARE(dialog.model()->checkedIds(), QStringList{QStringLiteral("weekly-summary")});

        // Nothing checked: the status says what to do.
        dialog.model()->setCheckedIds({});
        QVERIFY(!exportButton->isEnabled());
        QCOMPARE(status->text(), QStringLiteral("Check at least one template."));
        dialog.model()->setCheckedIds({QStringLiteral("daily-traffic")});
        child<QCheckBox>(&dialog, "formatPdf")->setChecked(false);
        QVERIFY(!exportButton->isEnabled());
        QCOMPARE(status->text(), QStringLiteral("Choose at least one format."));
        child<QCheckBox>(&dialog, "formatXlsx")->setChecked(true);
        QVERIFY(exportButton->isEnabled());
        child<QLineEdit>(&dialog, "folder")->clear();
        QVERIFY(!exportButton->isEnabled());

        // Built-in templates cannot be deleted; the page size follows PDF.
        QVERIFY(!child<QPushButton>(&dialog, "deleteTemplate")->isEnabled());
        QVERIFY(!child<QComboBox>(&dialog, "pageSize")->isEnabled());
        // The dashboard's period is the default; the picker shows it.
        QVERIFY(child<QRadioButton>(&dialog, "dashboardRange")->isChecked());
        QCOMPARE(child<TimeRangePicker>(&dialog, "reportRangePicker")->spec(), context().dashboardRange);
    }

    void exportsTwoTemplatesAsPdfAndExcel()
    {
        prefs::reportTemplates.set({QStringLiteral("weekly-summary"), QStringLiteral("content-downloads")});
        prefs::reportFormats.set({QStringLiteral("pdf"), QStringLiteral("xlsx")});
        ReportExportDialog dialog(context());
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *exportButton = child<QPushButton>(&dialog, "exportButton");
        auto *open = child<QPushButton>(&dialog, "openReport");
        QVERIFY(!open->isEnabled());
        QSignalSpy finished(dialog.job(), &ReportExportJob::finished);
        // Ctrl+Return exports, as the button's tooltip says.
        QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(!exportButton->isEnabled(),
                 qPrintable(child<QLabel>(&dialog, "exportStatus")->text())); // running
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
        const QString out = m_home.filePath(QStringLiteral("out"));
        const QStringList expected = {
            QDir(out).filePath(QStringLiteral("Weekly summary 2024-10-21.pdf")),
            QDir(out).filePath(QStringLiteral("Weekly summary 2024-10-21.xlsx")),
            QDir(out).filePath(QStringLiteral("Content and downloads 2024-10-21.pdf")),
            QDir(out).filePath(QStringLiteral("Content and downloads 2024-10-21.xlsx"))};
        QCOMPARE(dialog.writtenFiles(), expected);
        for (const QString &f : expected)
            QVERIFY2(QFileInfo(f).size() > 1000, qPrintable(f));
        QVERIFY(open->isEnabled());
        QVERIFY(child<QPushButton>(&dialog, "showFolder")->isEnabled());
        QCOMPARE(child<QProgressBar>(&dialog, "exportProgress")->value(), 100);
        QCOMPARE(child<QLabel>(&dialog, "exportStatus")->text(),
                 QStringLiteral("Wrote 4 file(s) to %1.").arg(QDir::toNativeSeparators(out)));
        if (const QString dir = qEnvironmentVariable("ES_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("report-export.png"))));
    }

    void userTemplatesAreHandedOverForStorage()
    {
        ReportExportDialog dialog(context());
        QSignalSpy changed(&dialog, &ReportExportDialog::templatesChanged);
        auto *list = child<QListView>(&dialog, "templateList");
        list->setCurrentIndex(dialog.model()->index(1));
        QTest::mouseClick(child<QPushButton>(&dialog, "duplicateTemplate"), Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        const auto user = changed.first().at(0).value<std::vector<ReportTemplate>>();
        QCOMPARE(user.size(), size_t(1));
        QCOMPARE(user.front().title, QStringLiteral("Weekly summary (copy)"));
        QCOMPARE(user.front().id, QStringLiteral("user-weekly-summary-copy"));
        QCOMPARE(user.front().sections, ReportTemplates::builtIns()[1].sections);
        // The copy is the user's: it can be deleted.
        QCOMPARE(dialog.model()->rowCount(), 5);
        QCOMPARE(list->currentIndex().row(), 4);
        QVERIFY(child<QPushButton>(&dialog, "deleteTemplate")->isEnabled());
    }
};

QTEST_MAIN(TestReportExportDialog)
#include "tst_reportexportdialog.moc"
