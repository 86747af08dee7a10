// eventscope query: metrics by time bucket and dimension, and the top movers
// of a dimension (--movers), through the QueryService (docs/QUERY.md).

#include "cli/command.h"
#include "cli/output.h"
#include "core/timeexpr.h"
#include "core/zonebucketer.h"
#include "query/queryservice.h"
#include "store/readonlysql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace es::cli {

namespace {

class QueryCommand
{
    Q_DECLARE_TR_FUNCTIONS(es::cli::QueryCommand)
public:
    static void addOptions(QCommandLineParser &p);
    static int run(QCommandLineParser &p, const GlobalOptions &g);
};

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

QString usage(const QString &message)
{
    return QueryCommand::tr("eventscope query: %1").arg(message) + QLatin1Char('\n');
}

// --filter, --bots and --top, shared by tables and movers. False after
// printing the usage error.
bool parseFilters(const QCommandLineParser &p, const QStringList &paramKeys, std::vector<Filter> &filters)
{
    for (const QString &f : p.values(QStringLiteral("filter"))) {
        const qsizetype eq = f.indexOf(QLatin1Char('='));
        const auto d = eq > 0 ? Dimensions::fromName(f.left(eq), paramKeys) : std::nullopt;
        if (!d) {
            printErr(usage(
                QueryCommand::tr("--filter takes DIMENSION=VALUE with a dimension from \"eventscope query "
                                 "--list\", not \"%1\".")
                    .arg(f)));
            return false;
        }
        auto it =
            std::find_if(filters.begin(), filters.end(), [&](const Filter &x) { return x.dimension == *d; });
        if (it == filters.end())
            filters.push_back({*d, {f.mid(eq + 1)}});
        else
            it->values << f.mid(eq + 1);
    }
    return true;
}

bool parseBots(const QCommandLineParser &p, BotMode &mode)
{
    const auto bots = botModeFromName(p.value(QStringLiteral("bots")));
    if (!bots) {
        printErr(usage(QueryCommand::tr("--bots takes include, exclude or only, not \"%1\".")
                           .arg(p.value(QStringLiteral("bots")))));
        return false;
    }
    mode = *bots;
    return true;
}

bool parseTop(const QCommandLineParser &p, int &n)
{
    if (!p.isSet(QStringLiteral("top")))
        return true;
    bool ok = false;
    n = p.value(QStringLiteral("top")).toInt(&ok);
    if (!ok || n <= 0) {
        printErr(usage(QueryCommand::tr("--top takes a positive number, not \"%1\".")
                           .arg(p.value(QStringLiteral("top")))));
        return false;
    }
    return true;
}

// The params.* keys that are dimensions in the workspace (by slot), so that
// names like params.os_type resolve; empty when it cannot be read.
QStringList workspaceParamKeys(const QString &dbPath)
{
    ReadOnlySql sql;
    QStringList keys;
    if (QFileInfo::exists(dbPath) && sql.open(dbPath))
        sql.run(QStringLiteral("SELECT value FROM meta WHERE key = 'param_dimensions'"), nullptr,
                [&](const QVariantList &r) {
                    keys = r.value(0).toString().split(QLatin1Char(','));
                    return false;
                });
    return keys;
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

// ISO-8601 with the offset of the zone ("2024-05-01T00:00:00+02:00"; "Z" for
// offset 0, as eventscope events writes it).
QString isoTime(std::int64_t secs, const QTimeZone &tz)
{
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(secs, tz);
    const int offset = dt.offsetFromUtc();
    const QString local = dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (offset == 0)
        return local + QLatin1Char('Z');
    const int a = std::abs(offset);
    return local + QString::asprintf("%c%02d:%02d", offset < 0 ? '-' : '+', a / 3600, a / 60 % 60);
}

QString cellText(const Cell &c, const ResultColumn &col, const QTimeZone &tz, bool human, bool dateOnly)
{
    if (std::holds_alternative<std::monostate>(c))
        return QString();
    if (const auto *s = std::get_if<QString>(&c))
        return *s;
    if (const auto *d = std::get_if<double>(&c)) {
        if (!human)
            return QString::number(*d, 'g', QLocale::FloatingPointShortest);
        return QString::number(*d, 'f', col.role == ResultColumn::Role::ChangePercent ? 1 : 3);
    }
    const std::int64_t v = std::get<std::int64_t>(c);
    if (col.kind != ColumnKind::Time)
        return QString::number(v);
    if (!human)
        return isoTime(v, tz);
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(v, tz);
    return dt.toString(dateOnly ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString csvField(const QString &s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))) {
        QString q = s;
        q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return s;
}

QJsonValue jsonCell(const Cell &c, const ResultColumn &col, const QTimeZone &tz)
{
    if (std::holds_alternative<std::monostate>(c))
        return QJsonValue::Null;
    if (const auto *s = std::get_if<QString>(&c))
        return *s;
    if (const auto *d = std::get_if<double>(&c))
        return std::isfinite(*d) ? QJsonValue(*d) : QJsonValue::Null;
    const std::int64_t v = std::get<std::int64_t>(c);
    return col.kind == ColumnKind::Time ? QJsonValue(isoTime(v, tz)) : QJsonValue(qint64(v));
}

void printResult(const QueryResult &r, const QString &format, bool dateOnly)
{
    const QTimeZone tz(r.timeZone);
    if (format == QLatin1String("json")) {
        QJsonArray columns, rows, warnings;
        for (const ResultColumn &c : r.columns) {
            static const char *const kinds[] = {"time", "text", "integer", "real"};
            columns.append(QJsonObject{{QStringLiteral("name"), c.name},
                                       {QStringLiteral("kind"), QLatin1String(kinds[int(c.kind)])}});
        }
        for (const auto &row : r.rows) {
            QJsonObject o;
            for (size_t i = 0; i < row.size(); ++i)
                o[r.columns[i].name] = jsonCell(row[i], r.columns[i], tz);
            rows.append(o);
        }
        for (const QString &w : r.warnings)
            warnings.append(w);
        QJsonObject doc{{QStringLiteral("columns"), columns},
                        {QStringLiteral("rows"), rows},
                        {QStringLiteral("from"), isoTime(r.range.fromSecs, tz)},
                        {QStringLiteral("to"), isoTime(r.range.toSecs, tz)},
                        {QStringLiteral("time_zone"), QString::fromUtf8(r.timeZone)},
                        {QStringLiteral("level"), r.level},
                        {QStringLiteral("warnings"), warnings}};
        if (!r.previous.isEmpty()) {
            doc[QStringLiteral("previous_from")] = isoTime(r.previous.fromSecs, tz);
            doc[QStringLiteral("previous_to")] = isoTime(r.previous.toSecs, tz);
        }
        printOut(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)));
        return;
    }
    for (const QString &w : r.warnings)
        printErr(QueryCommand::tr("warning: %1").arg(w) + QLatin1Char('\n'));
    const bool human = format == QLatin1String("table");
    std::vector<QStringList> cells;
    for (const auto &row : r.rows) {
        QStringList line;
        for (size_t i = 0; i < row.size(); ++i)
            line << cellText(row[i], r.columns[i], tz, human, dateOnly);
        cells.push_back(line);
    }
    QStringList header;
    for (const ResultColumn &c : r.columns)
        header << c.name;
    if (!human) {
        for (QString &h : header)
            h = csvField(h);
        printOut(header.join(QLatin1Char(',')) + QLatin1Char('\n'));
        for (QStringList &line : cells) {
            for (QString &f : line)
                f = csvField(f);
            printOut(line.join(QLatin1Char(',')) + QLatin1Char('\n'));
        }
        return;
    }
    std::vector<qsizetype> width(r.columns.size());
    for (size_t i = 0; i < r.columns.size(); ++i) {
        width[i] = header[qsizetype(i)].size();
        for (const QStringList &line : cells)
            width[i] = std::max(width[i], line[qsizetype(i)].size());
    }
    auto print = [&](const QStringList &line, bool isHeader) {
        QStringList out;
        for (size_t i = 0; i < r.columns.size(); ++i) {
            const ColumnKind k = r.columns[i].kind;
            const bool right = !isHeader && (k == ColumnKind::Integer || k == ColumnKind::Real);
            out << (right ? line[qsizetype(i)].rightJustified(width[i])
                          : line[qsizetype(i)].leftJustified(width[i]));
        }
        QString text = out.join(QStringLiteral("  "));
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        printOut(text + QLatin1Char('\n'));
    };
    print(header, true);
    QStringList rule;
    for (qsizetype w : width)
        rule << QString(w, QLatin1Char('-'));
    printOut(rule.join(QStringLiteral("  ")) + QLatin1Char('\n'));
    for (const QStringList &line : cells)
        print(line, false);
}

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
    if (!parseFilters(p, paramKeys, q.filters) || !parseBots(p, q.bots) || !parseTop(p, q.topN))
        return ExitUsage;
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
        QString error;
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

} // namespace

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
    if (!p.isSet(QStringLiteral("metric"))) {
        printErr(usage(tr("name at least one metric with --metric, for example --metric hits. "
                          "\"eventscope query --list\" lists them.")));
        return ExitUsage;
    }
    for (const QString &name :
         p.value(QStringLiteral("metric")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto m = Metrics::fromName(name);
        if (!m) {
            printErr(
                usage(tr("unknown metric \"%1\". \"eventscope query --list\" lists the metrics.").arg(name)));
            return ExitUsage;
        }
        q.metrics.push_back(*m);
    }
    for (const QString &name : p.value(QStringLiteral("by")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto d = Dimensions::fromName(name, paramKeys);
        if (!d) {
            printErr(usage(
                tr("unknown dimension \"%1\". \"eventscope query --list\" lists the dimensions.").arg(name)));
            return ExitUsage;
        }
        q.groupBy.push_back(*d);
    }
    if (q.groupBy.size() > 2) {
        printErr(usage(tr("--by takes at most two dimensions.")));
        return ExitUsage;
    }
    if (!parseFilters(p, paramKeys, q.filters))
        return ExitUsage;
    const QString gran = p.value(QStringLiteral("granularity"));
    if (gran.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0) {
        q.granularity = granularityFromName(gran);
        if (!q.granularity) {
            printErr(
                usage(tr("--granularity takes minute, hour, day, week, month, quarter, year or none, not "
                         "\"%1\".")
                          .arg(gran)));
            return ExitUsage;
        }
    }
    if (p.isSet(QStringLiteral("compare"))) {
        const auto c = comparisonFromName(p.value(QStringLiteral("compare")));
        if (!c) {
            printErr(usage(tr("--compare takes previous, wow, mom or yoy, not \"%1\".")
                               .arg(p.value(QStringLiteral("compare")))));
            return ExitUsage;
        }
        q.comparison = *c;
    }
    if (!parseTop(p, q.topN))
        return ExitUsage;
    if (p.isSet(QStringLiteral("sort"))) {
        QString s = p.value(QStringLiteral("sort"));
        if (s.endsWith(QLatin1String(":asc"), Qt::CaseInsensitive)) {
            q.ascending = true;
            s.chop(4);
        } else if (s.endsWith(QLatin1String(":desc"), Qt::CaseInsensitive)) {
            s.chop(5);
        }
        q.sortBy = Metrics::fromName(s);
        if (!q.sortBy) {
            printErr(usage(tr("--sort takes a metric (optionally METRIC:asc), not \"%1\".").arg(s)));
            return ExitUsage;
        }
    }
    if (!parseBots(p, q.bots))
        return ExitUsage;
    const QString week = p.value(QStringLiteral("week-start")).toLower();
    static const char *const kDays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                        "friday", "saturday", "sunday"};
    q.weekStart = 0;
    for (int i = 0; i < 7; ++i) {
        if (week == QLatin1String(kDays[i]) || week == QString::number(i + 1))
            q.weekStart = i + 1;
    }
    if (q.weekStart == 0) {
        printErr(usage(tr("--week-start takes a weekday such as monday or sunday, not \"%1\".").arg(week)));
        return ExitUsage;
    }

    QueryService service;
    if (!service.open(g.dbPath)) {
        printErr(service.errorString() + QLatin1Char('\n'));
        return ExitFailure;
    }
    q.timeZone = p.isSet(QStringLiteral("tz")) ? p.value(QStringLiteral("tz")).toUtf8() : QByteArray();
    const ZoneBucketer zone(q.timeZone.isEmpty() ? service.workspaceTimeZone() : q.timeZone);
    if (!zone.isValid()) {
        printErr(usage(tr("unknown time zone \"%1\"; give an IANA name such as Europe/Berlin or UTC.")
                           .arg(QString::fromUtf8(q.timeZone))));
        return ExitUsage;
    }
    const std::int64_t nowMs = QDateTime::currentMSecsSinceEpoch();
    std::optional<std::int64_t> from, to;
    for (const QString &name : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!p.isSet(name))
            continue;
        QString error;
        const auto ms = parseTimeExpression(p.value(name), nowMs, zone, &error);
        if (!ms) {
            printErr(usage(QStringLiteral("--%1: %2").arg(name, error)));
            return ExitUsage;
        }
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
    if (*from >= *to) {
        printErr(usage(tr("--from must come before --to.")));
        return ExitUsage;
    }
    q.range = {*from, *to};

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
