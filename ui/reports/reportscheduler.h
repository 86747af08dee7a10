#pragma once
// Runs the workspace's scheduled reports while the app is open. A timer
// wakes at the next due time (at least once a minute, and when a workspace
// opens); due runs are queued and written one at a time by ReportExportJob
// (the "eventscope report" child process). Each run's outcome (time, status,
// error, files) is recorded into the schedule and saved in the workspace, and
// announced by signal, so a failure is never silent.

#include "core/zonebucketer.h"
#include "reports/reportschedule.h"
#include "reports/reporttemplate.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <deque>
#include <functional>
#include <vector>

namespace es::ui {

class ReportExportJob;

class ReportScheduler : public QObject
{
    Q_OBJECT
public:
    explicit ReportScheduler(QObject *parent = nullptr);
    ~ReportScheduler() override; // kills a running report

    // Where changed schedules go (the workspace's meta table).
    void setSaver(std::function<void(const QByteArray &json)> save) { m_save = std::move(save); }
    // Starts over for a workspace: stops what ran for the previous one, reads
    // the stored schedules and runs those that are due. An empty path stops.
    void setWorkspace(const QString &dbPath, const QByteArray &timeZone, const QByteArray &storedSchedules,
                      std::vector<ReportTemplate> templates);
    void setTemplates(std::vector<ReportTemplate> templates);
    // Kills a running report and forgets the queue and the workspace.
    void stop();

    const std::vector<ReportSchedule> &schedules() const { return m_schedules; }
    const std::vector<ReportTemplate> &templates() const { return m_templates; }
    const ZoneBucketer &zone() const { return m_zone; }
    bool isActive() const { return !m_dbPath.isEmpty(); }
    // The user's edits (add, change, remove); saved, and due ones queued.
    void setSchedules(std::vector<ReportSchedule> all);
    // Queues a run for the latest slot now, even when not due or disabled.
    void runNow(const QString &id);
    // "" when idle.
    QString runningId() const { return m_running.id; }
    bool isQueued(const QString &id) const;

    // The current time, UTC ms; replaceable so tests can travel in time.
    std::int64_t now() const { return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch(); }
    void setClock(std::function<std::int64_t()> clock) { m_clock = std::move(clock); }
    // Queues the due runs and starts the next (the timer calls it).
    void check();

signals:
    void schedulesChanged();
    void runStarted(const QString &id);
    void runFinished(const QString &id, bool ok, const QString &message);
    // A line for the status bar: a run started, was written or failed.
    void statusMessage(const QString &text);

private:
    struct Run
    {
        QString id;
        std::int64_t slotMs = 0;
        std::int64_t startedMs = 0;
    };
    struct Targets
    {
        int generation = 0; // of the run they were chosen for
        QString error;
        QString pdf, xlsx, csv;
    };

    void startNext();
    void onTargets();
    void finish(bool ok, const QStringList &files, const QString &message);
    void armTimer();
    void save();
    ReportSchedule *find(const QString &id);
    QString title(const ReportSchedule &s) const;
    static Targets chooseTargets(const ReportSchedule &s, const QDate &firstDay);

    QString m_dbPath;
    ZoneBucketer m_zone;
    std::vector<ReportTemplate> m_templates;
    std::vector<ReportSchedule> m_schedules;
    std::deque<Run> m_queue;
    Run m_running;
    ReportTemplate m_runningTemplate;
    TimeRange m_runningRange;
    QTimer m_timer;
    ReportExportJob *m_job = nullptr;
    QFutureWatcher<Targets> m_targets;
    int m_generation = 0; // counts runs, so a stopped run's late results are dropped
    std::function<void(const QByteArray &)> m_save;
    std::function<std::int64_t()> m_clock;
};

} // namespace es::ui
