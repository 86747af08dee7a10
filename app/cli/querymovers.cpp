// eventscope query --movers: the values of a dimension with the highest count
// in a window, and the largest changes against an earlier window.

#include "cli/output.h"
#include "cli/querycommon.h"
#include "core/timeexpr.h"
#include "core/zonebucketer.h"
#include "query/queryservice.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace es::cli {

namespace {

// A --movers window: whole local days (d, w) or an exact length (m, h).
std::optional<PeriodShift> parseWindow(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,6})\\s*([mhdw])\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const std::int64_t n = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).at(0).toLower();
    const std::int64_t days = unit == QLatin1Char('w') ? 7 * n : unit == QLatin1Char('d') ? n : 0;
    const std::int64_t seconds = unit == QLatin1Char('h') ? 3600 * n : unit == QLatin1Char('m') ? 60 * n : 0;
    if (n == 0 || days > 3660 || seconds > 3660 * 86400)
        return std::nullopt;
    return PeriodShift{0, int(days), seconds};
}

// Back by a shift in local wall-clock time (days keep the time of day across
// DST changes); a wall-clock time that DST skips falls back to exact seconds.
std::int64_t moveBack(const ZoneBucketer &zone, std::int64_t t, PeriodShift s)
{
    const std::optional<std::int64_t> r = shiftBack(zone, t, s);
    return r ? *r : t - std::int64_t(s.days) * 86400 - s.seconds;
}

} // namespace

int runMovers(const QCommandLineParser &p, const GlobalOptions &g, const QString &format,
              const QStringList &paramKeys)
{
    for (const char *name : {"by", "from", "granularity", "sort", "tz", "week-start"}) {
        if (p.isSet(QLatin1String(name))) {
            printErr(
                usage(QueryCommand::tr("--%1 does not go with --movers; choose the windows with --window, "
                                       "--to and --compare.")
                          .arg(QLatin1String(name))));
            return ExitUsage;
        }
    }
    MoversQuery q;
    const QString dimName = p.value(QStringLiteral("movers"));
    const auto dim = Dimensions::fromName(dimName, paramKeys);
    if (!dim) {
        printErr(usage(QueryCommand::tr("unknown dimension \"%1\" for --movers. \"eventscope query --list\" "
                                        "lists the dimensions.")
                           .arg(dimName)));
        return ExitUsage;
    }
    q.dimension = *dim;
    const QStringList metrics = p.value(QStringLiteral("metric")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (metrics.size() > 1) {
        printErr(usage(QueryCommand::tr("--movers ranks by one metric, not \"%1\".")
                           .arg(p.value(QStringLiteral("metric")))));
        return ExitUsage;
    }
    if (!metrics.isEmpty()) {
        const auto m = Metrics::fromName(metrics.first());
        if (!m) {
            printErr(usage(
                QueryCommand::tr("unknown metric \"%1\". \"eventscope query --list\" lists the metrics.")
                    .arg(metrics.first())));
            return ExitUsage;
        }
        q.metric = *m;
    }
    QString error;
    if (!parseFilters(p, paramKeys, q.filters, &error) || !parseBots(p, q.bots, &error) ||
        !parseTop(p, q.topN, &error)) {
        printErr(usage(error));
        return ExitUsage;
    }
    PeriodShift window{0, 1, 0};
    if (p.isSet(QStringLiteral("window"))) {
        const auto w = parseWindow(p.value(QStringLiteral("window")));
        if (!w) {
            printErr(
                usage(QueryCommand::tr("--window takes a length in minutes, hours, days or weeks such as "
                                       "15m, 1h, 1d or 7d (at most 3660 days), not \"%1\".")
                          .arg(p.value(QStringLiteral("window")))));
            return ExitUsage;
        }
        window = *w;
    }
    std::optional<PeriodShift> against; // nullopt: the window just before
    const QString cmp = p.value(QStringLiteral("compare")).trimmed().toLower();
    if (cmp == QLatin1String("dod") || cmp == QLatin1String("day-over-day"))
        against = PeriodShift{0, 1, 0};
    else if (cmp == QLatin1String("wow") || cmp == QLatin1String("week-over-week"))
        against = PeriodShift{0, 7, 0};
    else if (!cmp.isEmpty() && cmp != QLatin1String("previous") && cmp != QLatin1String("previous-period")) {
        printErr(usage(QueryCommand::tr("--compare with --movers takes previous, dod or wow, not \"%1\".")
                           .arg(p.value(QStringLiteral("compare")))));
        return ExitUsage;
    }

    QueryService service;
    if (!service.open(g.dbPath)) {
        printErr(service.errorString() + QLatin1Char('\n'));
        return ExitFailure;
    }
    // The engine reads movers in the workspace zone (UTC when it is unknown).
    const QByteArray zoneId =
        ZoneBucketer(service.workspaceTimeZone()).isValid() ? service.workspaceTimeZone() : QByteArray("UTC");
    const ZoneBucketer zone(zoneId);
    const std::int64_t nowMs = QDateTime::currentMSecsSinceEpoch();
    std::int64_t to = 0;
    if (p.isSet(QStringLiteral("to"))) {
        error.clear();
        const auto ms = parseTimeExpression(p.value(QStringLiteral("to")), nowMs, zone, &error);
        if (!ms) {
            printErr(usage(QStringLiteral("--to: %1").arg(error)));
            return ExitUsage;
        }
        // Whole minutes, so that neither window is widened into the other.
        to = zone.next(zone.floor((*ms + 999) / 1000 - 1, Granularity::Minute), Granularity::Minute);
    } else {
        const std::int64_t newest = service.newestEventSecs();
        const Granularity unit =
            window.days > 0 || window.seconds % 3600 == 0 ? Granularity::Hour : Granularity::Minute;
        to = zone.next(zone.floor(newest == INT64_MIN ? nowMs / 1000 : newest, unit), unit);
    }
    const std::int64_t from = moveBack(zone, to, window);
    q.window = {from, to};
    q.previousWindow = against ? TimeRange{moveBack(zone, from, *against), moveBack(zone, to, *against)}
                               : TimeRange{moveBack(zone, from, window), from};

    const MoversResult r = service.topMovers(q).result();
    if (!r.ok) {
        printErr(QueryCommand::tr("eventscope query: %1").arg(r.error) + QLatin1Char('\n'));
        return ExitFailure;
    }
    // One table; the list column says top, rising or falling. Named like the
    // comparison columns of a table query.
    using Role = ResultColumn::Role;
    const QString metric = Metrics::name(q.metric);
    const bool numeric = Dimensions::def(q.dimension).numeric;
    const ColumnKind valueKind = numeric ? ColumnKind::Integer : ColumnKind::Text;
    QueryResult t;
    t.columns = {
        {QStringLiteral("list"), ColumnKind::Text, Role::Dimension, {}, {}},
        {QStringLiteral("rank"), ColumnKind::Integer, Role::Metric, {}, {}},
        {Dimensions::name(q.dimension, paramKeys), valueKind, Role::Dimension, {}, q.dimension},
        {metric, ColumnKind::Integer, Role::Metric, q.metric, {}},
        {metric + QLatin1String("_previous"), ColumnKind::Integer, Role::Previous, q.metric, {}},
        {metric + QLatin1String("_change"), ColumnKind::Integer, Role::Change, q.metric, {}},
        {metric + QLatin1String("_change_pct"), ColumnKind::Real, Role::ChangePercent, q.metric, {}}};
    const std::pair<const char *, const std::vector<Mover> *> lists[] = {
        {"top", &r.top}, {"rising", &r.rising}, {"falling", &r.falling}};
    for (const auto &[name, movers] : lists) {
        std::int64_t rank = 0;
        for (const Mover &m : *movers) {
            t.rows.push_back({QString::fromLatin1(name), ++rank,
                              numeric ? Cell(std::int64_t(m.value.toLongLong())) : Cell(m.value), m.current,
                              m.previous, m.change, m.percent ? Cell(*m.percent) : Cell(std::monostate{})});
        }
    }
    // The windows as read: the engine widens them to whole buckets of its level.
    const Granularity level = r.level == QLatin1String("day")    ? Granularity::Day
                              : r.level == QLatin1String("hour") ? Granularity::Hour
                                                                 : Granularity::Minute;
    auto snap = [&](TimeRange w) {
        return TimeRange{zone.floor(w.fromSecs, level), zone.next(zone.floor(w.toSecs - 1, level), level)};
    };
    t.range = snap(q.window);
    t.previous = snap(q.previousWindow);
    t.timeZone = zoneId;
    t.level = r.level;
    t.warnings = r.warnings;
    t.ok = true;
    if (format == QLatin1String("table")) {
        const QTimeZone tz(zoneId);
        auto local = [&](std::int64_t secs) {
            return QDateTime::fromSecsSinceEpoch(secs, tz).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        };
        printOut(QueryCommand::tr("Movers of %1 by %2: %3 to %4, against %5 to %6 (%7)")
                     .arg(Dimensions::name(q.dimension, paramKeys), metric, local(t.range.fromSecs),
                          local(t.range.toSecs), local(t.previous.fromSecs), local(t.previous.toSecs),
                          QString::fromUtf8(zoneId)) +
                 QStringLiteral("\n\n"));
    }
    printResult(t, format, false);
    return ExitOk;
}

} // namespace es::cli
