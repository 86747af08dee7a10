#pragma once
// A scheduled report: one template written daily or weekly, at a time of day
// in the workspace's time zone, into a folder, while the desktop app runs.
// This file holds what a schedule is and the pure rules about it (when it is
// due, which period a run covers, what its files are called); running it is
// the desktop app's part. Schedules are stored as JSON in the workspace (meta
// key "report_schedules"), so they travel with the file (docs/REPORTS.md).

#include "query/timerange.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTime>
#include <cstdint>
#include <optional>
#include <vector>

namespace es {

class ZoneBucketer;
struct ReportTemplate;

struct ReportSchedule
{
    enum class Frequency { Daily, Weekly };
    enum class Status { Never, Ok, Failed };

    QString id; // stable key: "schedule-1"
    QString templateId;
    Frequency frequency = Frequency::Daily;
    int weekday = 1;          // 1 = Monday ... 7 = Sunday; Weekly only
    QTime time = QTime(7, 0); // local time of day in the workspace zone
    bool pdf = true;
    bool xlsx = false;
    bool csv = false;
    QString folder; // absolute; must exist when a run starts
    bool enabled = true;
    // When it was created or last switched on (UTC ms): earlier slots are not
    // owed a run.
    std::int64_t createdMs = 0;
    // The last attempt, successful or not (UTC ms; 0: never run). A failed run
    // is not retried until the next slot, so a broken folder does not fail
    // every minute; "Run Now" retries at once.
    std::int64_t lastRunMs = 0;
    Status lastStatus = Status::Never;
    QString lastMessage; // the error of a failed run; warnings of a good one
    QStringList lastFiles;

    friend bool operator==(const ReportSchedule &, const ReportSchedule &) = default;
};

// When a schedule is due and what one run covers.
struct ScheduledRun
{
    std::int64_t slotMs = 0; // the scheduled instant the run stands for (UTC ms)
    TimeRange range;         // the period it reports on
};

class ReportSchedules
{
    Q_DECLARE_TR_FUNCTIONS(es::ReportSchedules)
public:
    // The scheduled instants, UTC ms. The time of day is read in `zone`: a
    // time skipped by a spring-forward change moves on by the gap's length
    // (02:30 -> 03:30 in Europe/Berlin), a time that occurs twice in autumn
    // runs at its first occurrence. Either way there is one run that day.
    // localDay: days since 1970-01-01 in the zone's calendar.
    static std::int64_t slotOnDay(const ReportSchedule &s, std::int64_t localDay, const ZoneBucketer &zone);
    // The latest slot at or before atMs.
    static std::int64_t latestSlot(const ReportSchedule &s, std::int64_t atMs, const ZoneBucketer &zone);
    // The first slot after atMs.
    static std::int64_t slotAfter(const ReportSchedule &s, std::int64_t atMs, const ZoneBucketer &zone);

    // The run owed at nowMs, if any: the latest slot at or before now that
    // lies after both the last run and the schedule's creation. Slots missed
    // while the app was closed collapse into this one run (for the latest of
    // them), never one run per missed slot. nullopt for a disabled schedule.
    static std::optional<ScheduledRun> due(const ReportSchedule &s, std::int64_t nowMs,
                                           const ZoneBucketer &zone);
    // When the next run will start: nowMs when one is owed now, else the next
    // slot. nullopt when the schedule is disabled.
    static std::optional<std::int64_t> nextRun(const ReportSchedule &s, std::int64_t nowMs,
                                               const ZoneBucketer &zone);
    // The period a run for `slotMs` reports on, in `zone`: daily, the whole
    // day before the slot's day; weekly, the whole week (Monday to Sunday)
    // before the slot's week.
    static TimeRange coveredRange(const ReportSchedule &s, std::int64_t slotMs, const ZoneBucketer &zone);

    // The name of a run's files without folder and extension:
    // "<template-id>-<yyyy-MM-dd>" (the first day covered) for attempt 1, then
    // "...-2", "...-3": the runner takes the first attempt whose files do not
    // exist yet, so an earlier report is never overwritten.
    static QString fileStem(const QString &templateId, const QDate &firstDay, int attempt);

    // "Daily 07:00", "Weekly, Monday 07:00" (translated).
    static QString describe(const ReportSchedule &s);
    // A folder or file as messages show it: native separators, the home
    // folder as "~" on Unix ("~/Reports").
    static QString displayPath(const QString &path);
    // The formats as "PDF, Excel, CSV".
    static QString formatsText(const ReportSchedule &s);

    // Empty when the schedule can run; else a translated message saying what
    // to change. `templates`: when given, the template must be among them.
    static QString validate(const ReportSchedule &s, const std::vector<ReportTemplate> *templates = nullptr);

    static QJsonObject toJson(const ReportSchedule &s);
    static std::optional<ReportSchedule> fromJson(const QJsonObject &o, QString *error);
    // {"version":1,"schedules":[...]}
    static QByteArray serialize(const std::vector<ReportSchedule> &all);
    // Schedules that do not read are skipped and named in *error.
    static std::vector<ReportSchedule> deserialize(const QByteArray &json, QString *error);
    // A new id not used in `all` ("schedule-3").
    static QString uniqueId(const std::vector<ReportSchedule> &all);
};

// The meta key the workspace stores schedules under.
inline constexpr const char *kReportSchedulesMetaKey = "report_schedules";

} // namespace es
