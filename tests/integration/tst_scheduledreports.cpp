// Scheduled reports as they run in the desktop app: a due schedule on a
// workspace made with "eventscope generate" and "eventscope import" writes
// its PDF through the real "eventscope report" child process, without
// overwriting an earlier file, and the outcome is stored in the workspace; a
// schedule into a folder that does not exist records the error, and the
// Scheduled Reports dialog shows it in red. Stopping kills a running report.

#include "mainwindow/workspacecontroller.h"
#include "reports/reportexportjob.h"
#include "reports/reportscheduler.h"
#include "reports/scheduledreportsdialog.h"
#include "reports/scheduleeditordialog.h"
#include "reports/scheduletablemodel.h"
#include "store/workspacedb.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <memory>

using namespace es;
using namespace es::ui;

class TestScheduledReports : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_out;
    WorkspaceController m_controller;
    WorkspaceInfo m_info;
    std::unique_ptr<ReportScheduler> m_scheduler;
    std::int64_t m_now = 0;

    template<typename T> static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QLatin1String(name));
        if (!c)
            qWarning("no child %s", name);
        return c;
    }

    QTimeZone zone() const
    {
        return QTimeZone(m_info.timeZone.isEmpty() ? QByteArray("UTC") : m_info.timeZone);
    }

    std::vector<ReportSchedule> storedSchedules()
    {
        m_controller.waitForSaves();
        WorkspaceDb db;
        if (!db.open(m_info.path, WorkspaceDb::Access::ReadOnly))
            return {};
        QString error;
        auto all =
            ReportSchedules::deserialize(db.meta(QLatin1String(kReportSchedulesMetaKey)).toUtf8(), &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return all;
    }

    static QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        return p.waitForFinished(30000) ? QString::fromUtf8(p.readAllStandardOutput()) : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid());
        // The temporary folder is home: paths show as "~/reports", as a user sees them.
        qputenv("HOME", QFile::encodeName(m_home.path()));
        const QString db = m_home.filePath(QStringLiteral("w.eventscope"));
        const QString log = m_home.filePath(QStringLiteral("access.log"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        QProcess p;
        p.setProcessEnvironment(env);
        // Three days of traffic up to now, so "yesterday" has data whenever this runs.
        p.start(QStringLiteral(ES_BINARY_PATH),
                {QStringLiteral("generate"), QStringLiteral("--lines"), QStringLiteral("6000"),
                 QStringLiteral("--days"), QStringLiteral("3"), QStringLiteral("--end"),
                 QStringLiteral("now"), log});
        QVERIFY(p.waitForFinished(60000) && p.exitCode() == 0);
        p.start(QStringLiteral(ES_BINARY_PATH), {QStringLiteral("import"), QStringLiteral("--db"), db, log});
        QVERIFY(p.waitForFinished(60000) && p.exitCode() == 0);
        ReportExportJob::setProgram(QStringLiteral(ES_BINARY_PATH));

        QSignalSpy opened(&m_controller, &WorkspaceController::opened);
        connect(&m_controller, &WorkspaceController::opened, this,
                [this](const WorkspaceInfo &info) { m_info = info; });
        m_controller.open(db);
        QVERIFY(opened.wait(60000));
        QVERIFY2(m_info.ok, qPrintable(m_info.error));
        QVERIFY(m_info.reportSchedules.isEmpty());

        m_out = m_home.filePath(QStringLiteral("reports"));
        QVERIFY(QDir().mkpath(m_out));
        // The scheduler's clock stands at 06:00 today in the workspace zone.
        const QDate today = QDateTime::currentDateTime().toTimeZone(zone()).date();
        m_now = QDateTime(today, QTime(6, 0), zone()).toMSecsSinceEpoch();
        m_scheduler = std::make_unique<ReportScheduler>();
        m_scheduler->setClock([this] { return m_now; });
        m_scheduler->setSaver([this](const QByteArray &json) { m_controller.saveReportSchedules(json); });
    }

    void dueScheduleWritesItsPdf()
    {
        const QDate yesterday = QDateTime::fromMSecsSinceEpoch(m_now, zone()).date().addDays(-1);
        // An earlier report of the same day is there: it is kept, the new one gets "-2".
        const QString earlier =
            QDir(m_out).filePath(QStringLiteral("daily-traffic-%1.pdf").arg(yesterday.toString(Qt::ISODate)));
        {
            QFile f(earlier);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("earlier report");
        }
        ReportSchedule s;
        s.id = QStringLiteral("schedule-1");
        s.templateId = QStringLiteral("daily-traffic");
        s.time = QTime(5, 30);
        s.folder = m_out;
        s.createdMs = m_now - 3 * 86400 * 1000LL;
        QSignalSpy started(m_scheduler.get(), &ReportScheduler::runStarted);
        QSignalSpy finished(m_scheduler.get(), &ReportScheduler::runFinished);
        QSignalSpy messages(m_scheduler.get(), &ReportScheduler::statusMessage);
        // Opening the workspace runs what is due: today's 05:30 run, for yesterday.
        m_scheduler->setWorkspace(m_info.path, m_info.timeZone, ReportSchedules::serialize({s}),
                                  ReportTemplates::builtIns());
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QCOMPARE(started.size(), 1);

        const QString written = QDir(m_out).filePath(
            QStringLiteral("daily-traffic-%1-2.pdf").arg(yesterday.toString(Qt::ISODate)));
        const ReportSchedule &after = m_scheduler->schedules().front();
        QCOMPARE(after.lastStatus, ReportSchedule::Status::Ok);
        QCOMPARE(after.lastRunMs, m_now);
        QCOMPARE(after.lastFiles, QStringList{written});
        QVERIFY2(QFileInfo(written).size() > 1000, qPrintable(written));
        QFile kept(earlier);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("earlier report"));
        QCOMPARE(messages.last().at(0).toString(),
                 QStringLiteral("Scheduled report \"Daily traffic\" written to ~/reports."));
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            const QString text = pdfText(written);
            QVERIFY2(text.contains(QStringLiteral("Daily traffic")), qPrintable(text.left(400)));
        }

        // The outcome is stored in the workspace.
        const auto stored = storedSchedules();
        QCOMPARE(stored.size(), size_t(1));
        QCOMPARE(stored.front(), after);

        // Not due again until tomorrow's slot; then it is.
        m_scheduler->check();
        QCOMPARE(m_scheduler->runningId(), QString());
        QCOMPARE(started.size(), 1);
        QCOMPARE(*ReportSchedules::nextRun(after, m_now, m_scheduler->zone()),
                 QDateTime(yesterday.addDays(2), QTime(5, 30), zone()).toMSecsSinceEpoch());
    }

    void failedRunIsRecordedAndShown()
    {
        const QString missing = m_home.filePath(QStringLiteral("gone/reports"));
        ReportSchedule w;
        w.id = QStringLiteral("schedule-2");
        w.templateId = QStringLiteral("weekly-summary");
        w.frequency = ReportSchedule::Frequency::Weekly;
        w.weekday = 1;
        w.time = QTime(7, 0);
        w.xlsx = true;
        w.folder = missing;
        w.createdMs = m_now - 30 * 86400 * 1000LL;
        std::vector<ReportSchedule> all = m_scheduler->schedules();
        all.push_back(w);
        QSignalSpy finished(m_scheduler.get(), &ReportScheduler::runFinished);
        QSignalSpy messages(m_scheduler.get(), &ReportScheduler::statusMessage);
        m_scheduler->setSchedules(all); // due at once: last Monday's run was never made
        QVERIFY(finished.size() == 1 || finished.wait(30000));
        QCOMPARE(finished.first().at(0).toString(), w.id);
        QVERIFY(!finished.first().at(1).toBool());
        const QString expected = QStringLiteral("The folder ~/gone/reports does not exist. Create it, or "
                                                "edit the schedule and choose another folder.");
        QCOMPARE(finished.first().at(2).toString(), expected);
        QCOMPARE(messages.last().at(0).toString(),
                 QStringLiteral("Scheduled report \"Weekly summary\" failed: %1").arg(expected));
        const ReportSchedule &failed = m_scheduler->schedules().back();
        QCOMPARE(failed.lastStatus, ReportSchedule::Status::Failed);
        QCOMPARE(failed.lastMessage, expected);
        QCOMPARE(failed.lastRunMs, m_now);
        QVERIFY(!QFileInfo::exists(missing));
        QCOMPARE(storedSchedules().back().lastMessage, expected);

        // The dialog shows both runs; the failure in red, in the table and below it.
        ScheduledReportsDialog dialog(m_scheduler.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ScheduleTableModel *model = dialog.model();
        QCOMPARE(model->rowCount(), 2);
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model->data(model->index(row, column), role);
        };
        QCOMPARE(cell(0, ScheduleTableModel::Template).toString(), QStringLiteral("Daily traffic"));
        QCOMPARE(cell(0, ScheduleTableModel::Frequency).toString(), QStringLiteral("Daily, 05:30"));
        QCOMPARE(cell(0, ScheduleTableModel::LastRun).toString(), QStringLiteral("Today 06:00"));
        QCOMPARE(cell(0, ScheduleTableModel::NextRun).toString(), QStringLiteral("Tomorrow 05:30"));
        QCOMPARE(cell(0, ScheduleTableModel::Status).toString(),
                 QStringLiteral("Wrote %1")
                     .arg(QFileInfo(m_scheduler->schedules().front().lastFiles.value(0)).fileName()));
        QCOMPARE(cell(0, ScheduleTableModel::Folder).toString(), QStringLiteral("~/reports"));
        QCOMPARE(cell(1, ScheduleTableModel::Frequency).toString(), QStringLiteral("Weekly, Monday 07:00"));
        QCOMPARE(cell(1, ScheduleTableModel::Formats).toString(), QStringLiteral("PDF, Excel"));
        QCOMPARE(cell(1, ScheduleTableModel::Status).toString(), QStringLiteral("Failed: %1").arg(expected));
        QCOMPARE(cell(1, ScheduleTableModel::Status, Qt::ForegroundRole).value<QBrush>().color(),
                 QColor(0xc6, 0x28, 0x28));
        QVERIFY(!cell(0, ScheduleTableModel::Status, Qt::ForegroundRole).isValid());
        QVERIFY(!cell(1, ScheduleTableModel::Status, Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(cell(1, ScheduleTableModel::Enabled, Qt::CheckStateRole).toInt(), int(Qt::Checked));

        auto *detail = child<QLabel>(&dialog, "scheduleDetail");
        QVERIFY(detail->text().startsWith(QStringLiteral("The last run wrote ")));
        QTest::keyClick(dialog.view(), Qt::Key_Down);
        QCOMPARE(dialog.view()->currentIndex().row(), 1);
        QCOMPARE(detail->text(), QStringLiteral("The last run failed: %1").arg(expected));
        QVERIFY(child<QPushButton>(&dialog, "runSchedule")->isEnabled());
        if (const QString dir = qEnvironmentVariable("ES_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("report-schedules.png"))));

        // Switched off: no next run.
        QVERIFY(
            model->setData(model->index(1, ScheduleTableModel::Enabled), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(cell(1, ScheduleTableModel::NextRun).toString(), QStringLiteral("Disabled"));
        QVERIFY(!storedSchedules().back().enabled);
    }

    void editorSaysWhyOkIsDisabled()
    {
        ReportSchedule s;
        s.folder = m_out;
        ScheduleEditorDialog editor(s, ReportTemplates::builtIns());
        auto *ok = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *problem = child<QLabel>(&editor, "scheduleProblem");
        QVERIFY(ok->isEnabled());
        QCOMPARE(editor.schedule().templateId, QStringLiteral("daily-traffic"));
        child<QCheckBox>(&editor, "formatPdf")->setChecked(false);
        QVERIFY(!ok->isEnabled());
        QCOMPARE(problem->text(), QStringLiteral("Choose at least one format."));
        child<QCheckBox>(&editor, "formatCsv")->setChecked(true);
        child<QLineEdit>(&editor, "scheduleFolder")->setText(QStringLiteral("reports"));
        QVERIFY(!ok->isEnabled());
        QCOMPARE(problem->text(), QStringLiteral("\"reports\" is not a full path. Choose the folder with "
                                                 "Browse… or type its full path."));
        child<QLineEdit>(&editor, "scheduleFolder")->setText(m_out);
        QVERIFY(ok->isEnabled());
        QVERIFY(problem->isHidden());
        const ReportSchedule edited = editor.schedule();
        QVERIFY(!edited.pdf && edited.csv);
        QCOMPARE(edited.folder, m_out);
    }

    void stoppingKillsARunningReport()
    {
        QSignalSpy started(m_scheduler.get(), &ReportScheduler::runStarted);
        QSignalSpy finished(m_scheduler.get(), &ReportScheduler::runFinished);
        const ReportSchedule before = m_scheduler->schedules().front();
        m_scheduler->runNow(before.id);
        QCOMPARE(started.size(), 1);
        QCOMPARE(m_scheduler->runningId(), before.id);
        // The child process is writing when the workspace goes away.
        QPointer<ReportExportJob> job = m_scheduler->findChild<ReportExportJob *>();
        QVERIFY(job);
        QTRY_VERIFY_WITH_TIMEOUT(job->isRunning(), 20000);
        m_scheduler->stop();
        QVERIFY(job.isNull()); // killed and gone
        QCOMPARE(m_scheduler->runningId(), QString());
        QVERIFY(!m_scheduler->isActive());
        QVERIFY(m_scheduler->schedules().empty());
        // Nothing is recorded for the stopped run, and nothing arrives later.
        QVERIFY(!finished.wait(1500));
        QCOMPARE(storedSchedules().front().lastRunMs, before.lastRunMs);
    }
};

QTEST_MAIN(TestScheduledReports)
#include "tst_scheduledreports.moc"
