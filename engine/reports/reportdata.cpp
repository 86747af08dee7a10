#include "reports/reportdata.h"

#include "alerts/alertstore.h"
#include "core/zonebucketer.h"
#include "query/labels.h"
#include "query/queryservice.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QThread>
#include <QTimeZone>
#include <chrono>
#include <cmath>

namespace es {

namespace {

ReportColumnType columnType(MetricId m)
{
    if (m == MetricId::BounceRate)
        return ReportColumnType::Percent;
    if (m == MetricId::Bytes)
        return ReportColumnType::Bytes;
    return Metrics::def(m).real ? ReportColumnType::Real : ReportColumnType::Integer;
}

ReportColumn metricColumn(MetricId m, const QString &header = {})
{
    return ReportColumn{header.isEmpty() ? Labels::metricTitle(m) : header, columnType(m), m};
}

ReportCell toReportCell(const Cell &c)
{
    if (const auto *i = std::get_if<std::int64_t>(&c))
        return *i;
    if (const auto *d = std::get_if<double>(&c))
        return *d;
    if (const auto *s = std::get_if<QString>(&c))
        return *s;
    return std::monostate{};
}

std::optional<double> number(const Cell &c)
{
    if (const auto *i = std::get_if<std::int64_t>(&c))
        return double(*i);
    if (const auto *d = std::get_if<double>(&c))
        return *d;
    return std::nullopt;
}

QString dimensionText(const Cell &c)
{
    if (const auto *s = std::get_if<QString>(&c))
        return s->isEmpty() ? ReportData::tr("(none)") : *s;
    if (const auto *i = std::get_if<std::int64_t>(&c))
        return QString::number(*i);
    return ReportData::tr("(none)");
}

Metrics::Value valueOf(const Cell &c, MetricId m)
{
    Metrics::Value v;
    v.real = Metrics::def(m).real;
    if (const auto *i = std::get_if<std::int64_t>(&c)) {
        v.isNull = false;
        v.i = *i;
        v.d = double(*i);
    } else if (const auto *d = std::get_if<double>(&c)) {
        v.isNull = false;
        v.d = *d;
        v.i = std::int64_t(*d);
    }
    return v;
}

// One section's pending queries.
struct Pending
{
    QFuture<QueryResult> main;
    QFuture<QueryResult> totals;
    QFuture<MoversResult> movers;
};

void fillKpis(ReportSectionData &out, const QueryResult &r)
{
    for (MetricId m : out.section.metrics) {
        ReportKpi k;
        k.metric = m;
        const int col = r.columnIndex(ResultColumn::Role::Metric, m);
        const int prev = r.columnIndex(ResultColumn::Role::Previous, m);
        const int pct = r.columnIndex(ResultColumn::Role::ChangePercent, m);
        if (!r.rows.empty()) {
            const auto &row = r.rows.front();
            if (col >= 0)
                k.current = valueOf(row[size_t(col)], m);
            if (prev >= 0)
                k.previous = valueOf(row[size_t(prev)], m);
            if (pct >= 0)
                k.change = number(row[size_t(pct)]);
        }
        out.kpis.push_back(k);
    }
}

void fillSeries(ReportSectionData &out, const QueryResult &r, Granularity g, bool comparison)
{
    const int timeCol = r.columnIndex(ResultColumn::Role::Bucket);
    ReportTable t;
    t.columns.push_back({ReportData::tr("Period"),
                         g >= Granularity::Day ? ReportColumnType::Date : ReportColumnType::DateTime,
                         std::nullopt});
    out.chart.kind = ReportChart::Kind::Line;
    for (const auto &row : r.rows) {
        if (timeCol >= 0)
            out.chart.buckets.push_back(std::get<std::int64_t>(row[size_t(timeCol)]));
    }
    for (MetricId m : out.section.metrics) {
        t.columns.push_back(metricColumn(m));
        if (comparison)
            t.columns.push_back(metricColumn(m, ReportData::tr("%1 (previous)").arg(Labels::metricTitle(m))));
    }
    for (const auto &row : r.rows) {
        std::vector<ReportCell> cells;
        cells.push_back(timeCol >= 0 ? toReportCell(row[size_t(timeCol)]) : ReportCell{});
        for (MetricId m : out.section.metrics) {
            const int col = r.columnIndex(ResultColumn::Role::Metric, m);
            cells.push_back(col >= 0 ? toReportCell(row[size_t(col)]) : ReportCell{});
            if (comparison) {
                const int prev = r.columnIndex(ResultColumn::Role::Previous, m);
                cells.push_back(prev >= 0 ? toReportCell(row[size_t(prev)]) : ReportCell{});
            }
        }
        t.rows.push_back(std::move(cells));
    }
    for (MetricId m : out.section.metrics) {
        for (bool previous : {false, true}) {
            if (previous && !comparison)
                continue;
            const int col =
                r.columnIndex(previous ? ResultColumn::Role::Previous : ResultColumn::Role::Metric, m);
            ReportSeries s;
            s.name = previous ? ReportData::tr("%1 (previous)").arg(Labels::metricTitle(m))
                              : Labels::metricTitle(m);
            s.metric = m;
            s.comparison = previous;
            for (const auto &row : r.rows)
                s.values.push_back(col >= 0 ? number(row[size_t(col)]) : std::nullopt);
            out.chart.series.push_back(std::move(s));
        }
    }
    out.tables.push_back(std::move(t));
}

// Breakdowns and pies: the top values with share of the total; pies add
// "Other" for the values after the top N. A pie's whole is what all values of
// its dimension add up to, as on the dashboard: records without a value
// (events have no HTTP status) are in no slice, and not in "Other".
void fillBreakdown(ReportSectionData &out, const QueryResult &r, const QueryResult &totals, bool comparison)
{
    const bool pie = out.section.kind == SectionKind::Pie;
    const MetricId first = out.section.metrics.front();
    const int dimCol = r.columnIndex(ResultColumn::Role::Dimension);
    const int totalCol = totals.columnIndex(ResultColumn::Role::Metric, first);
    const int firstCol = r.columnIndex(ResultColumn::Role::Metric, first);
    double total = totals.rows.empty() || totalCol < 0
                       ? 0.0
                       : number(totals.rows.front()[size_t(totalCol)]).value_or(0.0);
    if (pie) {
        total = 0;
        for (const auto &row : r.rows)
            total += firstCol >= 0 ? number(row[size_t(firstCol)]).value_or(0.0) : 0.0;
    }
    const bool share = !Metrics::def(first).real && total > 0;

    ReportTable t;
    t.columns.push_back(
        {Labels::dimensionTitle(*r.columns[size_t(dimCol)].dimension), ReportColumnType::Text, std::nullopt});
    for (MetricId m : out.section.metrics) {
        t.columns.push_back(metricColumn(m));
        if (m == first && share)
            t.columns.push_back({ReportData::tr("Share"), ReportColumnType::Percent, std::nullopt});
    }
    const int pctCol = r.columnIndex(ResultColumn::Role::ChangePercent, first);
    if (comparison && pctCol >= 0)
        t.columns.push_back({ReportData::tr("Change"), ReportColumnType::Percent, std::nullopt, true});

    ReportSeries series;
    series.name = Labels::metricTitle(first);
    series.metric = first;
    double shown = 0;
    const int n = int(std::min<std::size_t>(r.rows.size(), std::size_t(std::max(1, out.section.topN))));
    for (int i = 0; i < n; ++i) {
        const auto &row = r.rows[size_t(i)];
        std::vector<ReportCell> cells;
        cells.push_back(dimensionText(row[size_t(dimCol)]));
        for (MetricId m : out.section.metrics) {
            const int col = r.columnIndex(ResultColumn::Role::Metric, m);
            cells.push_back(col >= 0 ? toReportCell(row[size_t(col)]) : ReportCell{});
            if (m == first && share) {
                const double v = col >= 0 ? number(row[size_t(col)]).value_or(0) : 0;
                cells.push_back(v / total);
            }
        }
        if (comparison && pctCol >= 0) {
            const auto pct = number(row[size_t(pctCol)]);
            cells.push_back(pct ? ReportCell{*pct / 100.0} : ReportCell{});
        }
        const double v = firstCol >= 0 ? number(row[size_t(firstCol)]).value_or(0) : 0;
        shown += v;
        out.chart.categories << std::get<QString>(cells.front());
        series.values.push_back(v);
        t.rows.push_back(std::move(cells));
    }
    if (pie && share && total - shown > 0.5) {
        out.chart.categories << ReportData::tr("Other");
        series.values.push_back(total - shown);
    }
    if (!totals.rows.empty()) {
        t.totals.push_back(ReportData::tr("Total"));
        for (MetricId m : out.section.metrics) {
            const int col = totals.columnIndex(ResultColumn::Role::Metric, m);
            if (pie && m == first && !Metrics::def(m).real)
                t.totals.push_back(std::int64_t(std::llround(total)));
            else
                t.totals.push_back(col >= 0 ? toReportCell(totals.rows.front()[size_t(col)]) : ReportCell{});
            if (m == first && share)
                t.totals.push_back(1.0);
        }
        if (comparison && pctCol >= 0) {
            const int tp = totals.columnIndex(ResultColumn::Role::ChangePercent, first);
            const auto pct = tp >= 0 ? number(totals.rows.front()[size_t(tp)]) : std::nullopt;
            t.totals.push_back(pct ? ReportCell{*pct / 100.0} : ReportCell{});
        }
    }
    out.chart.kind = pie ? ReportChart::Kind::Pie : ReportChart::Kind::Bar;
    out.chart.series.push_back(std::move(series));
    out.tables.push_back(std::move(t));
}

void fillMovers(ReportSectionData &out, const MoversResult &r, DimensionId dim)
{
    const MetricId m = out.section.metrics.front();
    auto table = [&](const QString &caption, const std::vector<Mover> &movers) {
        ReportTable t;
        t.caption = caption;
        ReportColumn change = metricColumn(m, ReportData::tr("Change"));
        change.change = true;
        t.columns = {{Labels::dimensionTitle(dim), ReportColumnType::Text, std::nullopt},
                     metricColumn(m),
                     metricColumn(m, ReportData::tr("Previous")),
                     change,
                     {ReportData::tr("Change %"), ReportColumnType::Percent, std::nullopt, true}};
        for (const Mover &mv : movers) {
            std::vector<ReportCell> row;
            row.reserve(5);
            row.emplace_back(mv.value.isEmpty() ? ReportData::tr("(none)") : mv.value);
            row.emplace_back(mv.current);
            row.emplace_back(mv.previous);
            row.emplace_back(mv.change);
            if (mv.percent)
                row.emplace_back(*mv.percent / 100.0);
            else
                row.emplace_back(std::monostate{});
            t.rows.push_back(std::move(row));
        }
        out.tables.push_back(std::move(t));
    };
    const int n = std::max(1, out.section.topN);
    auto first = [n](std::vector<Mover> v) {
        if (int(v.size()) > n)
            v.resize(size_t(n));
        return v;
    };
    table(ReportData::tr("Rising"), first(r.rising));
    table(ReportData::tr("Falling"), first(r.falling));
}

// The alerts that fired in the range, newest first, from the workspace's
// alert history: live ones and those found in imported data.
void fillAlerts(ReportSectionData &out, const QString &workspace, TimeRange range)
{
    AlertStore store;
    if (!store.open(workspace)) {
        out.error = store.errorString();
        return;
    }
    AlertHistoryFilter filter;
    filter.fromMs = range.fromSecs * 1000;
    filter.toMs = range.toSecs * 1000;
    filter.limit = 200;
    const std::vector<AlertHistoryEntry> entries = store.history(filter);
    // Counts read better without decimals; ratios keep them.
    bool integral = true;
    for (const AlertHistoryEntry &e : entries) {
        for (const auto &v : {e.value, e.threshold})
            integral = integral && (!v || std::floor(*v) == *v);
    }
    const ReportColumnType numberType = integral ? ReportColumnType::Integer : ReportColumnType::Real;
    ReportTable t;
    t.columns = {{ReportData::tr("Rule"), ReportColumnType::Text, std::nullopt},
                 {ReportData::tr("Fired"), ReportColumnType::DateTime, std::nullopt},
                 {ReportData::tr("Resolved"), ReportColumnType::DateTime, std::nullopt},
                 {ReportData::tr("Value"), numberType, std::nullopt},
                 {ReportData::tr("Threshold"), numberType, std::nullopt},
                 {ReportData::tr("Notes"), ReportColumnType::Text, std::nullopt}};
    auto number = [integral](const std::optional<double> &v) {
        if (!v)
            return ReportCell{};
        return integral ? ReportCell{std::int64_t(*v)} : ReportCell{*v};
    };
    for (const AlertHistoryEntry &e : entries) {
        QStringList notes{AlertRules::severityTitle(e.severity),
                          e.historical ? ReportData::tr("in imported data") : ReportData::tr("live")};
        if (e.isAcknowledged())
            notes << ReportData::tr("acknowledged by %1").arg(e.ackedBy);
        std::vector<ReportCell> row;
        row.reserve(t.columns.size());
        row.emplace_back(e.ruleName);
        row.emplace_back(std::int64_t(e.firedMs / 1000));
        row.push_back(e.isOpen() ? ReportCell{} : ReportCell{std::int64_t(e.resolvedMs / 1000)});
        row.push_back(number(e.value));
        row.push_back(number(e.threshold));
        row.emplace_back(notes.join(QStringLiteral(", ")));
        t.rows.push_back(std::move(row));
    }
    out.tables.push_back(std::move(t));
}

template<typename T> bool waitFor(QFuture<T> &f, const std::function<bool()> &keepGoing)
{
    using namespace std::chrono_literals;
    while (!f.isFinished()) {
        if (!keepGoing()) {
            f.cancel();
            return false;
        }
        QThread::msleep(2);
    }
    return true;
}

} // namespace

QDateTime ReportData::localTime(std::int64_t utcSecs) const
{
    const QTimeZone zone(timeZone);
    return QDateTime::fromSecsSinceEpoch(utcSecs, zone.isValid() ? zone : QTimeZone::utc());
}

QString ReportData::rangeLabel() const
{
    const QLocale locale;
    const QDateTime from = localTime(range.fromSecs);
    const QDateTime to = localTime(range.toSecs);
    const bool wholeDays = from.time() == QTime(0, 0) && to.time() == QTime(0, 0);
    if (wholeDays) {
        const QDate last = to.date().addDays(-1);
        if (last == from.date())
            return locale.toString(from.date(), QLocale::LongFormat);
        return tr("%1 – %2").arg(locale.toString(from.date(), QLocale::ShortFormat),
                                 locale.toString(last, QLocale::ShortFormat));
    }
    // Minutes are enough for a report's period; seconds (of "the last 30
    // days" from now) only make the header wrap.
    QString time = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    time.remove(seconds);
    const QString format = locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + time;
    return tr("%1 – %2").arg(locale.toString(from, format), locale.toString(to, format));
}

QString ReportData::previousLabel() const
{
    if (previous.isEmpty())
        return {};
    ReportData copy;
    copy.range = previous;
    copy.timeZone = timeZone;
    return copy.rangeLabel();
}

QString ReportData::fileStem() const
{
    QString title = tmpl.title;
    for (const QChar bad :
         {QLatin1Char('/'), QLatin1Char('\\'), QLatin1Char(':'), QLatin1Char('*'), QLatin1Char('?'),
          QLatin1Char('"'), QLatin1Char('<'), QLatin1Char('>'), QLatin1Char('|')})
        title.replace(bad, QLatin1Char('-'));
    return tr("%1 %2").arg(title.trimmed(), localTime(range.fromSecs).date().toString(Qt::ISODate));
}

std::optional<ReportData> buildReport(QueryService &service, const ReportRequest &request, QString *error,
                                      const std::function<bool(int, int)> &progress)
{
    auto fail = [&](const QString &msg) -> std::optional<ReportData> {
        if (error)
            *error = msg;
        return std::nullopt;
    };
    const ReportTemplate &t = request.tmpl;
    if (const QString problem = ReportTemplates::validate(t); !problem.isEmpty())
        return fail(problem);

    ReportData data;
    data.tmpl = t;
    data.workspaceName = request.workspaceName.isEmpty() ? QFileInfo(service.path()).completeBaseName()
                                                         : request.workspaceName;
    data.timeZone = !request.timeZone.isEmpty() ? request.timeZone
                    : !t.timeZone.isEmpty()     ? t.timeZone
                                                : service.workspaceTimeZone();
    const ZoneBucketer zone(data.timeZone);
    if (!zone.isValid())
        return fail(
            ReportData::tr("\"%1\" is not a time zone. Use an IANA name such as Europe/Berlin or UTC.")
                .arg(QString::fromLatin1(data.timeZone)));
    data.generatedMs = request.nowMs ? request.nowMs : QDateTime::currentMSecsSinceEpoch();

    DataExtent extent;
    const std::int64_t oldest = service.oldestDataSecs();
    const std::int64_t newest = service.newestEventSecs();
    if (oldest != INT64_MIN && newest != INT64_MIN)
        extent = DataExtent{oldest, newest};
    QString rangeError;
    const RangeSpec spec = request.range.value_or(t.range);
    const std::optional<TimeRange> range = resolveRange(spec, data.generatedMs, zone, extent, &rangeError);
    if (!range)
        return fail(rangeError);
    data.range = *range;
    data.granularity = t.granularity.value_or(ReportTemplates::autoGranularity(range->duration()));
    data.comparison = t.comparison;
    if (t.comparison != Comparison::None)
        data.previous = planComparison(zone, data.range, data.granularity, t.comparison, false).previous;

    const QStringList paramKeys = service.paramKeys();
    std::vector<Filter> filters;
    for (const ReportFilter &f : t.filters) {
        const auto d = Dimensions::fromName(f.dimension, paramKeys);
        if (!d)
            return fail(
                ReportData::tr("The workspace has no dimension \"%1\" to filter on.").arg(f.dimension));
        filters.push_back(Filter{*d, f.values});
    }

    auto base = [&] {
        Query q;
        q.range = data.range;
        q.timeZone = data.timeZone;
        q.filters = filters;
        q.bots = t.bots;
        q.comparison = t.comparison;
        return q;
    };
    const bool cmp = t.comparison != Comparison::None;

    // Every query is started at once; the service runs them on its threads.
    std::vector<Pending> pending(t.sections.size());
    int total = 0;
    for (std::size_t i = 0; i < t.sections.size(); ++i) {
        const ReportSection &s = t.sections[i];
        ReportSectionData out;
        out.section = s;
        out.title = s.title.isEmpty() ? ReportTemplates::autoTitle(s) : s.title;
        out.text = s.text;
        std::optional<DimensionId> dim;
        if (ReportTemplates::needsDimension(s.kind)) {
            dim = Dimensions::fromName(s.dimension, paramKeys);
            if (!dim)
                out.error = ReportData::tr("The workspace has no dimension \"%1\".").arg(s.dimension);
            else if (s.title.isEmpty())
                out.title.replace(s.dimension, Dimensions::name(*dim, paramKeys));
        }
        data.sections.push_back(out);
        if (!out.error.isEmpty())
            continue;
        Query q = base();
        q.metrics = s.metrics;
        switch (s.kind) {
        case SectionKind::Kpis:
            pending[i].main = service.run(q);
            ++total;
            break;
        case SectionKind::TimeSeries:
            q.granularity = data.granularity;
            pending[i].main = service.run(q);
            ++total;
            break;
        case SectionKind::Breakdown:
        case SectionKind::Pie: {
            Query totals = q;
            q.groupBy = {*dim};
            // A pie needs every value: the ones after the top N are "Other".
            q.topN = s.kind == SectionKind::Pie ? 0 : s.topN;
            if (s.kind == SectionKind::Pie)
                q.comparison = Comparison::None;
            pending[i].main = service.run(q);
            pending[i].totals = service.run(totals);
            total += 2;
            break;
        }
        case SectionKind::Movers: {
            MoversQuery mq;
            mq.dimension = *dim;
            mq.metric = s.metrics.front();
            mq.window = data.range;
            mq.previousWindow =
                cmp ? data.previous
                    : planComparison(zone, data.range, data.granularity, Comparison::PreviousPeriod, false)
                          .previous;
            mq.topN = std::max(s.topN, 1) * 4; // rising and falling come from a wider top
            mq.filters = filters;
            mq.bots = t.bots;
            pending[i].movers = service.topMovers(mq);
            ++total;
            break;
        }
        case SectionKind::Text:
            break;
        case SectionKind::Alerts:
            fillAlerts(data.sections.back(), service.path(), data.range);
            break;
        }
    }

    int done = 0;
    bool cancelled = false;
    auto keepGoing = [&] { return !progress || progress(done, total); };
    auto cancelAll = [&] {
        for (Pending &p : pending) {
            p.main.cancel();
            p.totals.cancel();
            p.movers.cancel();
        }
    };
    for (std::size_t i = 0; i < t.sections.size() && !cancelled; ++i) {
        ReportSectionData &out = data.sections[i];
        Pending &p = pending[i];
        if (p.main.isValid() && !(cancelled = !waitFor(p.main, keepGoing)))
            ++done;
        if (p.totals.isValid() && !cancelled && !(cancelled = !waitFor(p.totals, keepGoing)))
            ++done;
        if (p.movers.isValid() && !cancelled && !(cancelled = !waitFor(p.movers, keepGoing)))
            ++done;
        if (cancelled)
            break;
        if (p.movers.isValid()) {
            const MoversResult r = p.movers.result();
            if (!r.ok)
                out.error = r.error;
            else
                fillMovers(out, r, *Dimensions::fromName(out.section.dimension, paramKeys));
            continue;
        }
        if (!p.main.isValid())
            continue;
        const QueryResult r = p.main.result();
        if (!r.ok) {
            out.error = r.error;
            continue;
        }
        data.warnings << r.warnings;
        switch (out.section.kind) {
        case SectionKind::Kpis:
            fillKpis(out, r);
            break;
        case SectionKind::TimeSeries:
            fillSeries(out, r, data.granularity, cmp);
            break;
        case SectionKind::Breakdown:
        case SectionKind::Pie: {
            const QueryResult totals = p.totals.result();
            if (!totals.ok)
                out.error = totals.error;
            else
                fillBreakdown(out, r, totals, cmp && out.section.kind == SectionKind::Breakdown);
            break;
        }
        default:
            break;
        }
    }
    if (cancelled) {
        cancelAll();
        return fail(ReportData::tr("The report was cancelled."));
    }
    if (progress)
        progress(total, total);
    data.warnings.removeDuplicates();
    return data;
}

} // namespace es
