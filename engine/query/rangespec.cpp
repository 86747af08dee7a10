#include "query/rangespec.h"

#include "core/granularity.h"
#include "core/timeexpr.h"
#include "core/timeparse.h"
#include "core/zonebucketer.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>

namespace es {

namespace {

constexpr std::int64_t kSecsPerMinute = 60;
constexpr std::int64_t kSecsPerHour = 3600;
constexpr std::int64_t kSecsPerDay = 86400;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// A preset that covers one calendar period: this one (back = 0) or the one
// before (back = 1).
struct CalendarPeriod
{
    Granularity unit;
    int back;
};

std::optional<CalendarPeriod> calendarPeriod(const QString &id)
{
    static const struct
    {
        QLatin1String id;
        CalendarPeriod period;
    } kPeriods[] = {
        {QLatin1String("today"), {Granularity::Day, 0}},
        {QLatin1String("yesterday"), {Granularity::Day, 1}},
        {QLatin1String("this-week"), {Granularity::Week, 0}},
        {QLatin1String("last-week"), {Granularity::Week, 1}},
        {QLatin1String("this-month"), {Granularity::Month, 0}},
        {QLatin1String("last-month"), {Granularity::Month, 1}},
        {QLatin1String("this-quarter"), {Granularity::Quarter, 0}},
        {QLatin1String("last-quarter"), {Granularity::Quarter, 1}},
        {QLatin1String("this-year"), {Granularity::Year, 0}},
        {QLatin1String("last-year"), {Granularity::Year, 1}},
    };
    for (const auto &p : kPeriods) {
        if (id == p.id)
            return p.period;
    }
    return std::nullopt;
}

// Length of a "last N" preset that ends at now; 0 for any other id.
std::int64_t trailingSeconds(const QString &id)
{
    static const struct
    {
        QLatin1String id;
        std::int64_t secs;
    } kTrailing[] = {
        {QLatin1String("last-15m"), 15 * kSecsPerMinute}, {QLatin1String("last-30m"), 30 * kSecsPerMinute},
        {QLatin1String("last-1h"), kSecsPerHour},         {QLatin1String("last-24h"), kSecsPerDay},
        {QLatin1String("last-7d"), 7 * kSecsPerDay},      {QLatin1String("last-30d"), 30 * kSecsPerDay},
        {QLatin1String("last-90d"), 90 * kSecsPerDay},
    };
    for (const auto &t : kTrailing) {
        if (id == t.id)
            return t.secs;
    }
    return 0;
}

unsigned daysInMonth(int y, unsigned m)
{
    const std::int64_t first = daysFromCivil(y, m, 1);
    const std::int64_t next = m == 12 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, m + 1, 1);
    return unsigned(next - first);
}

// Moves an instant by whole calendar months and local days, keeping its
// wall-clock time (February 29 + 12 months clamps to February 28). A time
// that falls into a DST gap moves forward, as ZoneBucketer::localToUtc does.
std::int64_t addLocal(const ZoneBucketer &zone, std::int64_t utcSecs, int months, int days)
{
    if (months == 0 && days == 0)
        return utcSecs;
    const std::int64_t local = utcSecs + zone.offsetAt(utcSecs);
    std::int64_t day = floorDiv(local, kSecsPerDay);
    const std::int64_t timeOfDay = local - day * kSecsPerDay;
    if (months != 0) {
        int y;
        unsigned m, d;
        civilFromDays(day, y, m, d);
        const std::int64_t total = std::int64_t(y) * 12 + (m - 1) + months;
        const int ny = int(floorDiv(total, 12));
        const unsigned nm = unsigned(total - std::int64_t(ny) * 12) + 1;
        day = daysFromCivil(ny, nm, std::min(d, daysInMonth(ny, nm)));
    }
    day += days;
    return zone.localToUtc(day * kSecsPerDay + timeOfDay);
}

QTimeZone qtZone(const ZoneBucketer &zone)
{
    const QTimeZone tz(zone.zoneId());
    return tz.isValid() ? tz : QTimeZone::utc();
}

// The locale's short time, without seconds unless the instant has some: the
// C locale's "HH:mm:ss" would put ":00" on every label.
QString timeText(const QLocale &locale, const QDateTime &dt)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (dt.time().second() == 0)
        format.remove(QLatin1String(":ss"));
    return locale.toString(dt.time(), format);
}

QString dateTimeText(const QLocale &locale, const QDateTime &dt)
{
    return locale.toString(dt.date(), QLocale::ShortFormat) + QLatin1Char(' ') + timeText(locale, dt);
}

QString instantText(std::int64_t secs, const ZoneBucketer &zone)
{
    return dateTimeText(QLocale(), QDateTime::fromSecsSinceEpoch(secs, qtZone(zone)));
}

std::int64_t nowSecsOf(std::int64_t nowMs)
{
    return floorDiv(nowMs, 1000);
}

} // namespace

RangeSpec RangeSpec::fromPreset(const QString &id)
{
    RangeSpec s;
    s.kind = Kind::Preset;
    s.preset = id;
    return s;
}

RangeSpec RangeSpec::relative(const QString &from, const QString &to)
{
    RangeSpec s;
    s.kind = Kind::Relative;
    s.preset.clear();
    s.fromExpr = from;
    s.toExpr = to;
    return s;
}

RangeSpec RangeSpec::absolute(TimeRange r)
{
    RangeSpec s;
    s.kind = Kind::Absolute;
    s.preset.clear();
    s.fromSecs = r.fromSecs;
    s.toSecs = r.toSecs;
    return s;
}

std::optional<RangeSpec> RangeSpec::fromUserText(const QString &text)
{
    const QString t = text.trimmed();
    if (presetIds().contains(t))
        return fromPreset(t);
    const qsizetype dots = t.indexOf(QLatin1String(".."));
    if (dots <= 0 || dots + 2 >= t.size())
        return std::nullopt;
    return relative(t.left(dots).trimmed(), t.mid(dots + 2).trimmed());
}

QStringList RangeSpec::presetIds()
{
    return {QStringLiteral("last-15m"),   QStringLiteral("last-30m"),     QStringLiteral("last-1h"),
            QStringLiteral("last-24h"),   QStringLiteral("last-7d"),      QStringLiteral("last-30d"),
            QStringLiteral("last-90d"),   QStringLiteral("today"),        QStringLiteral("yesterday"),
            QStringLiteral("this-week"),  QStringLiteral("last-week"),    QStringLiteral("this-month"),
            QStringLiteral("last-month"), QStringLiteral("this-quarter"), QStringLiteral("last-quarter"),
            QStringLiteral("this-year"),  QStringLiteral("last-year"),    QStringLiteral("last-2y"),
            QStringLiteral("all")};
}

QString RangeSpec::presetLabel(const QString &id)
{
    static const struct
    {
        QLatin1String id;
        const char *text;
    } kLabels[] = {
        {QLatin1String("last-15m"), QT_TR_NOOP("Last 15 minutes")},
        {QLatin1String("last-30m"), QT_TR_NOOP("Last 30 minutes")},
        {QLatin1String("last-1h"), QT_TR_NOOP("Last hour")},
        {QLatin1String("last-24h"), QT_TR_NOOP("Last 24 hours")},
        {QLatin1String("last-7d"), QT_TR_NOOP("Last 7 days")},
        {QLatin1String("last-30d"), QT_TR_NOOP("Last 30 days")},
        {QLatin1String("last-90d"), QT_TR_NOOP("Last 90 days")},
        {QLatin1String("today"), QT_TR_NOOP("Today")},
        {QLatin1String("yesterday"), QT_TR_NOOP("Yesterday")},
        {QLatin1String("this-week"), QT_TR_NOOP("This week")},
        {QLatin1String("last-week"), QT_TR_NOOP("Last week")},
        {QLatin1String("this-month"), QT_TR_NOOP("This month")},
        {QLatin1String("last-month"), QT_TR_NOOP("Last month")},
        {QLatin1String("this-quarter"), QT_TR_NOOP("This quarter")},
        {QLatin1String("last-quarter"), QT_TR_NOOP("Last quarter")},
        {QLatin1String("this-year"), QT_TR_NOOP("This year")},
        {QLatin1String("last-year"), QT_TR_NOOP("Last year")},
        {QLatin1String("last-2y"), QT_TR_NOOP("Last 2 years")},
        {QLatin1String("all"), QT_TR_NOOP("All data")},
    };
    for (const auto &l : kLabels) {
        if (id == l.id)
            return tr(l.text);
    }
    return id;
}

QString RangeSpec::label(const ZoneBucketer &zone) const
{
    switch (kind) {
    case Kind::Preset:
        return presetLabel(preset);
    case Kind::Relative: {
        // "now-30m → now" reads "Last 30 minutes".
        static const QRegularExpression lastN(QStringLiteral("^now-(\\d{1,6})([mhdw])$"));
        if (const QRegularExpressionMatch m = lastN.match(fromExpr);
            m.hasMatch() && toExpr == QLatin1String("now")) {
            const int n = m.captured(1).toInt();
            switch (m.captured(2).at(0).toLatin1()) {
            case 'm':
                return n == 1 ? tr("Last minute") : tr("Last %1 minutes").arg(n);
            case 'h':
                return n == 1 ? tr("Last hour") : tr("Last %1 hours").arg(n);
            case 'd':
                return n == 1 ? tr("Last 24 hours") : tr("Last %1 days").arg(n);
            default: // weeks, as the days they span
                return tr("Last %1 days").arg(std::int64_t(n) * 7);
            }
        }
        return tr("%1 → %2").arg(fromExpr, toExpr);
    }
    case Kind::Absolute:
        break;
    }
    const QLocale locale;
    const QTimeZone tz = qtZone(zone);
    const QDateTime from = QDateTime::fromSecsSinceEpoch(fromSecs, tz);
    const QDateTime to = QDateTime::fromSecsSinceEpoch(toSecs, tz);
    const bool wholeDays = toSecs > fromSecs && zone.floor(fromSecs, Granularity::Day) == fromSecs &&
                           zone.floor(toSecs, Granularity::Day) == toSecs;
    if (wholeDays) {
        // The end is exclusive, so a range of whole days names its last day,
        // the way people write "1 – 7 May".
        const QDate last = QDateTime::fromSecsSinceEpoch(toSecs - 1, tz).date();
        if (last == from.date())
            return locale.toString(from.date(), QLocale::ShortFormat);
        return tr("%1 – %2").arg(locale.toString(from.date(), QLocale::ShortFormat),
                                 locale.toString(last, QLocale::ShortFormat));
    }
    if (from.date() == to.date())
        return tr("%1 – %2").arg(dateTimeText(locale, from), timeText(locale, to));
    return tr("%1 – %2").arg(dateTimeText(locale, from), dateTimeText(locale, to));
}

QString RangeSpec::toString() const
{
    switch (kind) {
    case Kind::Preset:
        return QStringLiteral("preset:") + preset;
    case Kind::Relative:
        return QStringLiteral("relative:") + fromExpr + QLatin1Char('|') + toExpr;
    case Kind::Absolute:
        return QStringLiteral("absolute:%1|%2").arg(fromSecs).arg(toSecs);
    }
    return QString();
}

std::optional<RangeSpec> RangeSpec::fromString(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return std::nullopt;
    const QStringView kindText = QStringView(text).left(colon);
    const QStringView rest = QStringView(text).mid(colon + 1);
    if (kindText == QLatin1String("preset")) {
        if (!presetIds().contains(rest.toString()))
            return std::nullopt;
        return fromPreset(rest.toString());
    }
    const qsizetype bar = rest.indexOf(QLatin1Char('|'));
    if (bar < 0 || rest.indexOf(QLatin1Char('|'), bar + 1) >= 0)
        return std::nullopt;
    const QStringView first = rest.left(bar);
    const QStringView second = rest.mid(bar + 1);
    if (kindText == QLatin1String("relative")) {
        if (first.trimmed().isEmpty() || second.trimmed().isEmpty())
            return std::nullopt;
        return relative(first.toString(), second.toString());
    }
    if (kindText == QLatin1String("absolute")) {
        bool okFrom = false;
        bool okTo = false;
        const std::int64_t from = first.toLongLong(&okFrom);
        const std::int64_t to = second.toLongLong(&okTo);
        if (!okFrom || !okTo || from >= to)
            return std::nullopt;
        return absolute({from, to});
    }
    return std::nullopt;
}

std::optional<TimeRange> resolveRange(const RangeSpec &spec, std::int64_t nowMs, const ZoneBucketer &zone,
                                      const DataExtent &extent, QString *error)
{
    const std::int64_t now = nowSecsOf(nowMs);
    auto fail = [error](const QString &message) -> std::optional<TimeRange> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    auto ordered = [&](std::int64_t from, std::int64_t to) -> std::optional<TimeRange> {
        if (from < to)
            return TimeRange{from, to};
        return fail(RangeSpec::tr("The start (%1) must be before the end (%2). Choose an earlier start or "
                                  "a later end.")
                        .arg(instantText(from, zone), instantText(to, zone)));
    };

    switch (spec.kind) {
    case RangeSpec::Kind::Absolute:
        return ordered(spec.fromSecs, spec.toSecs);
    case RangeSpec::Kind::Relative: {
        // parseTimeExpression's own message lists every accepted form, one
        // per line, which suits a terminal; next to a text field a sentence
        // with examples reads better (timeExpressionHelp() has the full list).
        const QString fromText = spec.fromExpr.trimmed();
        const std::optional<std::int64_t> from = parseTimeExpression(fromText, nowMs, zone, nullptr);
        if (!from && fromText.isEmpty())
            return fail(RangeSpec::tr("Type a start time, e.g. now-7d, today or 2024-05-01."));
        if (!from)
            return fail(
                RangeSpec::tr("The start \"%1\" is not a time Eventscope understands. Type e.g. now-7d, "
                              "today-1d, yesterday or 2024-05-01T10:00.")
                    .arg(fromText));
        const QString toText = spec.toExpr.trimmed();
        const std::optional<std::int64_t> to = parseTimeExpression(toText, nowMs, zone, nullptr);
        if (!to && toText.isEmpty())
            return fail(RangeSpec::tr("Type an end time, e.g. now, today or 2024-05-01T18:00."));
        if (!to)
            return fail(RangeSpec::tr("The end \"%1\" is not a time Eventscope understands. Type e.g. now, "
                                      "today, yesterday+12h or 2024-05-01T18:00.")
                            .arg(toText));
        return ordered(floorDiv(*from, 1000), floorDiv(*to, 1000));
    }
    case RangeSpec::Kind::Preset:
        break;
    }

    if (const std::int64_t length = trailingSeconds(spec.preset))
        return TimeRange{now - length, now};
    if (const std::optional<CalendarPeriod> period = calendarPeriod(spec.preset)) {
        std::int64_t start = zone.floor(now, period->unit);
        for (int i = 0; i < period->back; ++i)
            start = zone.floor(start - 1, period->unit);
        return TimeRange{start, zone.next(start, period->unit)};
    }
    if (spec.preset == QLatin1String("last-2y"))
        return TimeRange{addLocal(zone, now, -24, 0), now};
    if (spec.preset == QLatin1String("all")) {
        if (extent.isEmpty())
            return TimeRange{now - 7 * kSecsPerDay, now};
        return TimeRange{zone.floor(extent.oldestSecs, Granularity::Day), extent.newestSecs + 1};
    }
    return fail(RangeSpec::tr("\"%1\" is not a time range Eventscope knows. Pick one from the list.")
                    .arg(spec.preset));
}

RangeSpec shiftRange(const RangeSpec &spec, int steps, std::int64_t nowMs, const ZoneBucketer &zone,
                     const DataExtent &extent)
{
    const std::optional<TimeRange> range = resolveRange(spec, nowMs, zone, extent, nullptr);
    if (!range || steps == 0)
        return range ? RangeSpec::absolute(*range) : spec;
    // The comparison rule of the queries decides what "one period" is: whole
    // months step by months, whole local days by days (so a week stays Monday
    // to Monday across a DST change), anything else by its length. The back
    // and forward buttons then land exactly on the "previous period" that a
    // comparison would show.
    const PeriodShift period = comparisonShift(zone, *range, Granularity::Day, Comparison::PreviousPeriod);
    const int months = period.months * steps;
    const int days = period.days * steps;
    const std::int64_t seconds = period.seconds * steps;
    return RangeSpec::absolute({addLocal(zone, range->fromSecs, months, days) + seconds,
                                addLocal(zone, range->toSecs, months, days) + seconds});
}

RangeSpec zoomOut(const RangeSpec &spec, std::int64_t nowMs, const ZoneBucketer &zone,
                  const DataExtent &extent)
{
    const std::optional<TimeRange> range = resolveRange(spec, nowMs, zone, extent, nullptr);
    if (!range)
        return spec;
    const std::int64_t length = range->duration();
    const std::int64_t middle = range->fromSecs + length / 2;
    // There is no data after now: rather than reach into the future, the
    // doubled window slides back until it ends at now (a range that lies
    // wholly in the future is left where it is).
    const std::int64_t now = nowSecsOf(nowMs);
    const std::int64_t to = range->fromSecs < now ? std::min(middle + length, now) : middle + length;
    return RangeSpec::absolute({to - 2 * length, to});
}

} // namespace es
