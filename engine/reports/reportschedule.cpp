#include "reports/reportschedule.h"

#include "core/timeparse.h"
#include "core/zonebucketer.h"
#include "reports/reporttemplate.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>

namespace es {

namespace {

constexpr std::int64_t kDaySecs = 86400;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// Days since 1970-01-01 in the zone's calendar at the instant.
std::int64_t localDayOf(std::int64_t utcSecs, const ZoneBucketer &zone)
{
    return floorDiv(utcSecs + zone.offsetAt(utcSecs), kDaySecs);
}

// 1 = Monday ... 7 = Sunday; 1970-01-01 was a Thursday.
int isoWeekday(std::int64_t localDay)
{
    return int(((localDay + 3) % 7 + 7) % 7) + 1;
}

std::int64_t dayStart(std::int64_t localDay, const ZoneBucketer &zone)
{
    return zone.localToUtc(localDay * kDaySecs);
}

// The days a schedule runs on are every day, or every 7th day.
int step(const ReportSchedule &s)
{
    return s.frequency == ReportSchedule::Frequency::Weekly ? 7 : 1;
}

// The first run day on or before localDay.
std::int64_t runDayAtOrBefore(const ReportSchedule &s, std::int64_t localDay)
{
    if (s.frequency == ReportSchedule::Frequency::Daily)
        return localDay;
    return localDay - (isoWeekday(localDay) - std::clamp(s.weekday, 1, 7) + 7) % 7;
}

const char *const kWeekdays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                 "friday", "saturday", "sunday"};

QString statusName(ReportSchedule::Status s)
{
    switch (s) {
    case ReportSchedule::Status::Ok:
        return QStringLiteral("ok");
    case ReportSchedule::Status::Failed:
        return QStringLiteral("failed");
    case ReportSchedule::Status::Never:
        break;
    }
    return QStringLiteral("never");
}

} // namespace

std::int64_t ReportSchedules::slotOnDay(const ReportSchedule &s, std::int64_t localDay,
                                        const ZoneBucketer &zone)
{
    const QTime t = s.time.isValid() ? s.time : QTime(7, 0);
    return zone.localToUtc(localDay * kDaySecs + t.msecsSinceStartOfDay() / 1000) * 1000;
}

std::int64_t ReportSchedules::latestSlot(const ReportSchedule &s, std::int64_t atMs, const ZoneBucketer &zone)
{
    std::int64_t day = runDayAtOrBefore(s, localDayOf(floorDiv(atMs, 1000), zone));
    while (slotOnDay(s, day, zone) > atMs)
        day -= step(s);
    return slotOnDay(s, day, zone);
}

std::int64_t ReportSchedules::slotAfter(const ReportSchedule &s, std::int64_t atMs, const ZoneBucketer &zone)
{
    std::int64_t day = runDayAtOrBefore(s, localDayOf(floorDiv(atMs, 1000), zone));
    while (slotOnDay(s, day, zone) <= atMs)
        day += step(s);
    return slotOnDay(s, day, zone);
}

std::optional<ScheduledRun> ReportSchedules::due(const ReportSchedule &s, std::int64_t nowMs,
                                                 const ZoneBucketer &zone)
{
    if (!s.enabled)
        return std::nullopt;
    const std::int64_t slot = latestSlot(s, nowMs, zone);
    if (slot <= std::max(s.lastRunMs, s.createdMs))
        return std::nullopt;
    return ScheduledRun{slot, coveredRange(s, slot, zone)};
}

std::optional<std::int64_t> ReportSchedules::nextRun(const ReportSchedule &s, std::int64_t nowMs,
                                                     const ZoneBucketer &zone)
{
    if (!s.enabled)
        return std::nullopt;
    if (due(s, nowMs, zone))
        return nowMs;
    return slotAfter(s, std::max({nowMs, s.lastRunMs, s.createdMs}), zone);
}

TimeRange ReportSchedules::coveredRange(const ReportSchedule &s, std::int64_t slotMs,
                                        const ZoneBucketer &zone)
{
    const std::int64_t day = localDayOf(floorDiv(slotMs, 1000), zone);
    if (s.frequency == ReportSchedule::Frequency::Daily)
        return {dayStart(day - 1, zone), dayStart(day, zone)};
    const std::int64_t monday = day - (isoWeekday(day) - 1);
    return {dayStart(monday - 7, zone), dayStart(monday, zone)};
}

QString ReportSchedules::fileStem(const QString &templateId, const QDate &firstDay, int attempt)
{
    QString stem = templateId + QLatin1Char('-') + firstDay.toString(Qt::ISODate);
    if (attempt > 1)
        stem += QLatin1Char('-') + QString::number(attempt);
    return stem;
}

QString ReportSchedules::describe(const ReportSchedule &s)
{
    const QString time = s.time.toString(QStringLiteral("HH:mm"));
    if (s.frequency == ReportSchedule::Frequency::Daily)
        return tr("Daily, %1").arg(time);
    return tr("Weekly, %1 %2").arg(QLocale().dayName(std::clamp(s.weekday, 1, 7)), time);
}

QString ReportSchedules::displayPath(const QString &path)
{
#ifdef Q_OS_UNIX
    const QString home = QDir::homePath();
    if (home != QLatin1String("/") && (path == home || path.startsWith(home + QLatin1Char('/'))))
        return QLatin1Char('~') + path.mid(home.size());
#endif
    return QDir::toNativeSeparators(path);
}

QString ReportSchedules::formatsText(const ReportSchedule &s)
{
    QStringList f;
    if (s.pdf)
        f << tr("PDF");
    if (s.xlsx)
        f << tr("Excel");
    if (s.csv)
        f << tr("CSV");
    return f.join(tr(", "));
}

QString ReportSchedules::validate(const ReportSchedule &s, const std::vector<ReportTemplate> *templates)
{
    if (s.templateId.isEmpty())
        return tr("Choose the template to run.");
    if (templates && !ReportTemplates::find(*templates, s.templateId))
        return tr("The template \"%1\" no longer exists. Choose another template.").arg(s.templateId);
    if (s.frequency == ReportSchedule::Frequency::Weekly && (s.weekday < 1 || s.weekday > 7))
        return tr("Choose the weekday a weekly report runs on.");
    if (!s.time.isValid())
        return tr("Enter the time of day the report runs at, such as 07:00.");
    if (!s.pdf && !s.xlsx && !s.csv)
        return tr("Choose at least one format.");
    if (s.folder.trimmed().isEmpty())
        return tr("Choose the folder the reports are written to.");
    if (QDir::isRelativePath(s.folder))
        return tr("\"%1\" is not a full path. Choose the folder with Browse… or type its full path.")
            .arg(s.folder);
    return {};
}

QJsonObject ReportSchedules::toJson(const ReportSchedule &s)
{
    QJsonArray formats;
    if (s.pdf)
        formats.append(QStringLiteral("pdf"));
    if (s.xlsx)
        formats.append(QStringLiteral("xlsx"));
    if (s.csv)
        formats.append(QStringLiteral("csv"));
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("template"), s.templateId},
                  {QStringLiteral("frequency"), s.frequency == ReportSchedule::Frequency::Weekly
                                                    ? QStringLiteral("weekly")
                                                    : QStringLiteral("daily")},
                  {QStringLiteral("time"), s.time.toString(QStringLiteral("HH:mm"))},
                  {QStringLiteral("formats"), formats},
                  {QStringLiteral("folder"), s.folder},
                  {QStringLiteral("enabled"), s.enabled},
                  {QStringLiteral("created"), double(s.createdMs)},
                  {QStringLiteral("lastRun"), double(s.lastRunMs)},
                  {QStringLiteral("lastStatus"), statusName(s.lastStatus)},
                  {QStringLiteral("lastMessage"), s.lastMessage},
                  {QStringLiteral("lastFiles"), QJsonArray::fromStringList(s.lastFiles)}};
    if (s.frequency == ReportSchedule::Frequency::Weekly)
        o.insert(QStringLiteral("weekday"), QLatin1String(kWeekdays[std::clamp(s.weekday, 1, 7) - 1]));
    return o;
}

std::optional<ReportSchedule> ReportSchedules::fromJson(const QJsonObject &o, QString *error)
{
    ReportSchedule s;
    s.id = o.value(QStringLiteral("id")).toString();
    const QString who = s.id.isEmpty() ? tr("A schedule") : tr("Schedule \"%1\"").arg(s.id);
    auto fail = [&](const QString &message) -> std::optional<ReportSchedule> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (s.id.isEmpty())
        return fail(tr("A schedule has no \"id\". Give each schedule a unique id such as \"schedule-1\"."));
    s.templateId = o.value(QStringLiteral("template")).toString();
    if (s.templateId.isEmpty())
        return fail(
            tr("%1 has no \"template\". Set it to a template id such as \"weekly-summary\".").arg(who));
    const QString frequency = o.value(QStringLiteral("frequency")).toString();
    if (frequency == QLatin1String("daily"))
        s.frequency = ReportSchedule::Frequency::Daily;
    else if (frequency == QLatin1String("weekly"))
        s.frequency = ReportSchedule::Frequency::Weekly;
    else
        return fail(tr("%1: \"frequency\" is \"%2\"; use \"daily\" or \"weekly\".").arg(who, frequency));
    if (s.frequency == ReportSchedule::Frequency::Weekly) {
        const QString day = o.value(QStringLiteral("weekday")).toString().toLower();
        const auto *it = std::find_if(std::begin(kWeekdays), std::end(kWeekdays),
                                      [&](const char *d) { return day == QLatin1String(d); });
        if (it == std::end(kWeekdays))
            return fail(tr("%1: \"weekday\" is \"%2\"; use a day such as \"monday\".").arg(who, day));
        s.weekday = int(it - std::begin(kWeekdays)) + 1;
    }
    const QString time = o.value(QStringLiteral("time")).toString();
    s.time = QTime::fromString(time, QStringLiteral("HH:mm"));
    if (!s.time.isValid())
        return fail(tr("%1: \"time\" is \"%2\"; use hours and minutes such as \"07:00\".").arg(who, time));
    s.pdf = s.xlsx = s.csv = false;
    const QJsonArray formats = o.value(QStringLiteral("formats")).toArray();
    for (const QJsonValue &f : formats) {
        const QString name = f.toString();
        if (name == QLatin1String("pdf"))
            s.pdf = true;
        else if (name == QLatin1String("xlsx"))
            s.xlsx = true;
        else if (name == QLatin1String("csv"))
            s.csv = true;
        else
            return fail(
                tr("%1: \"formats\" lists \"%2\"; use \"pdf\", \"xlsx\" and \"csv\".").arg(who, name));
    }
    if (formats.isEmpty())
        return fail(
            tr("%1 has no \"formats\". List at least one of \"pdf\", \"xlsx\" and \"csv\".").arg(who));
    s.folder = o.value(QStringLiteral("folder")).toString();
    if (s.folder.isEmpty())
        return fail(tr("%1 has no \"folder\". Set it to the folder the reports go to.").arg(who));
    s.enabled = o.value(QStringLiteral("enabled")).toBool(true);
    s.createdMs = std::int64_t(o.value(QStringLiteral("created")).toDouble());
    s.lastRunMs = std::int64_t(o.value(QStringLiteral("lastRun")).toDouble());
    const QString status = o.value(QStringLiteral("lastStatus")).toString(QStringLiteral("never"));
    if (status == QLatin1String("ok"))
        s.lastStatus = ReportSchedule::Status::Ok;
    else if (status == QLatin1String("failed"))
        s.lastStatus = ReportSchedule::Status::Failed;
    else if (status != QLatin1String("never"))
        return fail(
            tr("%1: \"lastStatus\" is \"%2\"; use \"ok\", \"failed\" or \"never\".").arg(who, status));
    s.lastMessage = o.value(QStringLiteral("lastMessage")).toString();
    for (const QJsonValue &f : o.value(QStringLiteral("lastFiles")).toArray())
        s.lastFiles << f.toString();
    return s;
}

QByteArray ReportSchedules::serialize(const std::vector<ReportSchedule> &all)
{
    QJsonArray list;
    for (const ReportSchedule &s : all)
        list.append(toJson(s));
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("schedules"), list}})
        .toJson(QJsonDocument::Compact);
}

std::vector<ReportSchedule> ReportSchedules::deserialize(const QByteArray &json, QString *error)
{
    std::vector<ReportSchedule> all;
    if (json.trimmed().isEmpty())
        return all;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull() || !doc.isObject()) {
        if (error)
            *error = tr("The report schedules are not valid JSON: %1 at byte %2.")
                         .arg(pe.errorString())
                         .arg(pe.offset);
        return all;
    }
    QStringList problems;
    const QJsonArray list = doc.object().value(QStringLiteral("schedules")).toArray();
    for (const QJsonValue &v : list) {
        QString e;
        if (auto s = fromJson(v.toObject(), &e)) {
            if (std::none_of(all.begin(), all.end(), [&](const ReportSchedule &o) { return o.id == s->id; }))
                all.push_back(std::move(*s));
            else
                problems << tr("Schedule \"%1\" appears twice; the second was skipped.").arg(s->id);
        } else {
            problems << e;
        }
    }
    if (error && !problems.isEmpty())
        *error = problems.join(QLatin1Char('\n'));
    return all;
}

QString ReportSchedules::uniqueId(const std::vector<ReportSchedule> &all)
{
    for (int n = 1;; ++n) {
        const QString id = QStringLiteral("schedule-%1").arg(n);
        if (std::none_of(all.begin(), all.end(), [&](const ReportSchedule &s) { return s.id == id; }))
            return id;
    }
}

} // namespace es
