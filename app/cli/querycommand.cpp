// eventscope query: metrics by time bucket and dimension, and the top movers
// of a dimension (--movers), through the QueryService (docs/QUERY.md).

#include "cli/output.h"
#include "cli/querycommon.h"
#include "core/timeexpr.h"
#include "core/zonebucketer.h"
#include "query/queryservice.h"
#include "store/analyticssettings.h"
#include "store/sqlite.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace es::cli {

void QueryCommand::addOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("metric"),
                 tr("Metrics to show, separated by commas (hits, page_views, visitors, bounce_rate, ...). "
                    "--list shows them all. With --movers: one count metric, default hits."),
                 tr("M[,M...]")});
    p.addOption({QStringLiteral("by"),
                 tr("Group by one or two dimensions, separated by a comma (url, country, ...)."),
                 tr("DIM[,DIM]")});
    p.addOption(
        {QStringLiteral("filter"),
         tr("Only rows where the dimension has this value. Repeat it for more filters; several values "
            "of one dimension mean any of them."),
         tr("DIM=VALUE")});
    p.addOption(
        {QStringLiteral("from"),
         tr("Start of the range: a date, an ISO time, today, yesterday, now-1h, today-7d, Unix seconds... "
            "Default: 30 days before --to."),
         tr("TIME")});
    p.addOption({QStringLiteral("to"),
                 tr("End of the range (exclusive; same forms as --from). Default: the end of the day of the "
                    "newest event (with --movers: the end of its hour, or minute for windows shorter than an "
                    "hour)."),
                 tr("TIME")});
    p.addOption({QStringLiteral("granularity"),
                 tr("One row per minute, hour, day, week, month, quarter or year; none (the default) for one "
                    "row per dimension value over the whole range."),
                 tr("G"), QStringLiteral("none")});
    p.addOption({QStringLiteral("tz"),
                 tr("Time zone of the buckets and of local times (IANA name, default: the "
                    "workspace zone)."),
                 tr("ZONE")});
    p.addOption({QStringLiteral("week-start"), tr("First day of a week: monday (default) ... sunday."),
                 tr("DAY"), QStringLiteral("monday")});
    p.addOption({QStringLiteral("compare"),
                 tr("Add the values of a comparison period and the change: previous, wow, mom or yoy. With "
                    "--movers: the window before (previous, the default), one day (dod) or one week (wow) "
                    "earlier."),
                 tr("PERIOD")});
    p.addOption({QStringLiteral("top"),
                 tr("Only the N values with the highest --sort metric (with --movers: N per list, default "
                    "10)."),
                 tr("N")});
    p.addOption({QStringLiteral("sort"),
                 tr("Rank dimension values by this metric, highest first (METRIC:asc for lowest first). "
                    "Default: the first metric."),
                 tr("METRIC")});
    p.addOption({QStringLiteral("bots"),
                 tr("Bots: include, exclude or only. Default: each metric's own (page views, visitors and "
                    "sessions without bots, the other metrics with them)."),
                 tr("MODE"), QStringLiteral("default")});
    p.addOption({QStringLiteral("format"), tr("Output format: table (default), csv or json."), tr("FORMAT"),
                 QStringLiteral("table")});
    p.addOption({QStringLiteral("movers"),
                 tr("Top movers instead of a table: the values of DIM with the highest count in a window "
                    "ending at --to (top), and the largest increases (rising) and decreases (falling) "
                    "against an earlier window (--compare)."),
                 tr("DIM")});
    p.addOption({QStringLiteral("window"),
                 tr("Length of the --movers window: minutes, hours, days or weeks (15m, 1h, 1d, 7d, 2w). "
                    "Default: 1d."),
                 tr("DURATION")});
    p.addOption({QStringLiteral("list"), tr("List the metrics and dimensions with their definitions.")});
}

namespace {

// The params.* keys that are dimensions in the workspace (by slot), so that
// names like params.os_type resolve; empty when it cannot be read.
QStringList workspaceParamKeys(const QString &dbPath)
{
    sql::Connection c;
    if (!QFileInfo::exists(dbPath) || !c.open(dbPath, sql::Connection::Mode::ReadOnly))
        return {};
    return AnalyticsSettings::load(c).paramKeys;
}

// The dimensions to list: the fixed ones, and the configured params keys.
std::vector<std::pair<QString, const DimensionDef *>> listedDimensions(const QStringList &paramKeys)
{
    std::vector<std::pair<QString, const DimensionDef *>> out;
    for (const DimensionDef &d : Dimensions::all()) {
        if (!isParamDimension(d.id))
            out.emplace_back(Dimensions::name(d.id), &d);
        else if (!paramKeys.value(int(d.id) - int(DimensionId::Param0)).isEmpty())
            out.emplace_back(Dimensions::name(d.id, paramKeys), &d);
    }
    return out;
}

int listAll(const QString &format, const QStringList &paramKeys)
{
    if (format == QLatin1String("json")) {
        QJsonArray metrics, dims;
        for (const MetricDef &m : Metrics::all())
            metrics.append(QJsonObject{
                {QStringLiteral("name"), Metrics::name(m.id)},
                {QStringLiteral("definition"), Metrics::definition(m.id)},
                {QStringLiteral("kind"), m.real ? QStringLiteral("real") : QStringLiteral("integer")},
                {QStringLiteral("bots_by_default"),
                 m.excludesBotsByDefault ? QStringLiteral("exclude") : QStringLiteral("include")}});
        for (const auto &[name, d] : listedDimensions(paramKeys))
            dims.append(
                QJsonObject{{QStringLiteral("name"), name},
                            {QStringLiteral("alias"), d->alias ? QString::fromLatin1(d->alias) : QString()},
                            {QStringLiteral("definition"), Dimensions::definition(d->id)}});
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("metrics"), metrics},
                                                             {QStringLiteral("dimensions"), dims}})
                                       .toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    QString text = QueryCommand::tr("Metrics:") + QLatin1Char('\n');
    for (const MetricDef &m : Metrics::all()) {
        const QString bots =
            m.excludesBotsByDefault ? QueryCommand::tr(" (bots excluded by default)") : QString();
        text +=
            QStringLiteral("  %1  %2%3\n").arg(Metrics::name(m.id), -20).arg(Metrics::definition(m.id), bots);
    }
    text += QLatin1Char('\n') + QueryCommand::tr("Dimensions:") + QLatin1Char('\n');
    for (auto [name, d] : listedDimensions(paramKeys)) {
        if (d->alias)
            name += QStringLiteral(" (%1)").arg(QLatin1String(d->alias));
        text += QStringLiteral("  %1  %2\n").arg(name, -20).arg(Dimensions::definition(d->id));
    }
    text +=
        QLatin1Char('\n') +
        QueryCommand::tr("Two dimensions can be combined as country,device and url,device; bot combines with "
                         "any dimension.") +
        QLatin1Char('\n');
    printOut(text);
    return ExitOk;
}

} // namespace

QString QueryCommand::parseTable(const QCommandLineParser &p, const QStringList &paramKeys, Query &q)
{
    if (!p.isSet(QStringLiteral("metric")))
        return tr("name at least one metric with --metric, for example --metric hits. "
                  "\"eventscope query --list\" lists them.");
    for (const QString &name :
         p.value(QStringLiteral("metric")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto m = Metrics::fromName(name);
        if (!m)
            return tr("unknown metric \"%1\". \"eventscope query --list\" lists the metrics.").arg(name);
        q.metrics.push_back(*m);
    }
    for (const QString &name : p.value(QStringLiteral("by")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto d = Dimensions::fromName(name, paramKeys);
        if (!d)
            return tr("unknown dimension \"%1\". \"eventscope query --list\" lists the dimensions.")
                .arg(name);
        q.groupBy.push_back(*d);
    }
    if (q.groupBy.size() > 2)
        return tr("--by takes at most two dimensions.");
    QString error;
    if (!parseFilters(p, paramKeys, q.filters, &error))
        return error;
    const QString gran = p.value(QStringLiteral("granularity"));
    if (gran.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0) {
        q.granularity = granularityFromName(gran);
        if (!q.granularity)
            return tr("--granularity takes minute, hour, day, week, month, quarter, year or none, not "
                      "\"%1\".")
                .arg(gran);
    }
    if (p.isSet(QStringLiteral("compare"))) {
        const auto c = comparisonFromName(p.value(QStringLiteral("compare")));
        if (!c)
            return tr("--compare takes previous, wow, mom or yoy, not \"%1\".")
                .arg(p.value(QStringLiteral("compare")));
        q.comparison = *c;
    }
    if (!parseTop(p, q.topN, &error))
        return error;
    if (p.isSet(QStringLiteral("sort"))) {
        QString s = p.value(QStringLiteral("sort"));
        if (s.endsWith(QLatin1String(":asc"), Qt::CaseInsensitive)) {
            q.ascending = true;
            s.chop(4);
        } else if (s.endsWith(QLatin1String(":desc"), Qt::CaseInsensitive)) {
            s.chop(5);
        }
        q.sortBy = Metrics::fromName(s);
        if (!q.sortBy)
            return tr("--sort takes a metric (optionally METRIC:asc), not \"%1\".").arg(s);
    }
    if (!parseBots(p, q.bots, &error))
        return error;
    const QString week = p.value(QStringLiteral("week-start")).toLower();
    static const char *const kDays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                        "friday", "saturday", "sunday"};
    q.weekStart = 0;
    for (int i = 0; i < 7; ++i) {
        if (week == QLatin1String(kDays[i]) || week == QString::number(i + 1))
            q.weekStart = i + 1;
    }
    if (q.weekStart == 0)
        return tr("--week-start takes a weekday such as monday or sunday, not \"%1\".").arg(week);
    return {};
}

QString QueryCommand::resolveRange(const QCommandLineParser &p, QueryService &service, Query &q)
{
    q.timeZone = p.isSet(QStringLiteral("tz")) ? p.value(QStringLiteral("tz")).toUtf8() : QByteArray();
    const ZoneBucketer zone(q.timeZone.isEmpty() ? service.workspaceTimeZone() : q.timeZone);
    if (!zone.isValid()) {
        return tr("unknown time zone \"%1\"; give an IANA name such as Europe/Berlin or UTC.")
            .arg(QString::fromUtf8(q.timeZone));
    }
    const std::int64_t nowMs = QDateTime::currentMSecsSinceEpoch();
    std::optional<std::int64_t> from, to;
    for (const QString &name : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!p.isSet(name))
            continue;
        QString error;
        const auto ms = parseTimeExpression(p.value(name), nowMs, zone, &error);
        if (!ms)
            return QStringLiteral("--%1: %2").arg(name, error);
        (name == QLatin1String("from") ? from : to) =
            name == QLatin1String("from") ? *ms / 1000 : (*ms + 999) / 1000;
    }
    if (!to) {
        // The end of the day of the newest event, so that old archives show data.
        const std::int64_t newest = service.newestEventSecs();
        to = zone.next(zone.floor(newest == INT64_MIN ? nowMs / 1000 : newest, Granularity::Day),
                       Granularity::Day);
    }
    if (!from) {
        const std::int64_t lastDay = zone.floor(*to - 1, Granularity::Day);
        from = zone.localToUtc(lastDay + zone.offsetAt(lastDay) - 29 * 86400);
    }
    if (*from >= *to)
        return tr("--from must come before --to.");
    q.range = {*from, *to};
    return {};
}

int QueryCommand::run(QCommandLineParser &p, const GlobalOptions &g)
{
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("csv") &&
        format != QLatin1String("json")) {
        printErr(usage(tr("unknown --format \"%1\"; use table, csv or json.").arg(format)));
        return ExitUsage;
    }
    const QStringList paramKeys = workspaceParamKeys(g.dbPath);
    if (p.isSet(QStringLiteral("list")))
        return listAll(format, paramKeys);
    if (p.isSet(QStringLiteral("movers")))
        return runMovers(p, g, format, paramKeys);
    if (p.isSet(QStringLiteral("window"))) {
        printErr(
            usage(tr("--window sets the window of --movers; add --movers DIM, or use --from and --to.")));
        return ExitUsage;
    }

    Query q;
    if (const QString error = parseTable(p, paramKeys, q); !error.isEmpty()) {
        printErr(usage(error));
        return ExitUsage;
    }
    QueryService service;
    if (!service.open(g.dbPath)) {
        printErr(service.errorString() + QLatin1Char('\n'));
        return ExitFailure;
    }
    if (const QString error = resolveRange(p, service, q); !error.isEmpty()) {
        printErr(usage(error));
        return ExitUsage;
    }
    const QueryResult r = service.run(q).result();
    if (!r.ok) {
        printErr(tr("eventscope query: %1").arg(r.error) + QLatin1Char('\n'));
        return ExitFailure;
    }
    printResult(r, format, q.granularity && *q.granularity >= Granularity::Day);
    return ExitOk;
}

Command queryCommand()
{
    return {QStringLiteral("query"),
            [] { return QueryCommand::tr("Show metrics by time and dimension (see --list)."); },
            &QueryCommand::addOptions, &QueryCommand::run};
}

} // namespace es::cli
