#include "reports/reporttemplate.h"

#include "query/dimensions.h"
#include "query/labels.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <array>

namespace es {

namespace {

struct KindInfo
{
    SectionKind kind;
    const char *name;
    const char *title;
    int minMetrics;
    int maxMetrics;
    bool dimension;
};

constexpr std::array kKinds = {
    KindInfo{SectionKind::Kpis, "kpis", QT_TRANSLATE_NOOP("es::ReportTemplates", "KPI summary"), 1, 8, false},
    KindInfo{SectionKind::TimeSeries, "timeseries", QT_TRANSLATE_NOOP("es::ReportTemplates", "Time series"),
             1, 3, false},
    KindInfo{SectionKind::Breakdown, "breakdown", QT_TRANSLATE_NOOP("es::ReportTemplates", "Breakdown table"),
             1, 4, true},
    KindInfo{SectionKind::Pie, "pie", QT_TRANSLATE_NOOP("es::ReportTemplates", "Pie chart"), 1, 1, true},
    KindInfo{SectionKind::Movers, "movers", QT_TRANSLATE_NOOP("es::ReportTemplates", "Top movers"), 1, 1,
             true},
    KindInfo{SectionKind::Text, "text", QT_TRANSLATE_NOOP("es::ReportTemplates", "Free text"), 0, 0, false},
    KindInfo{SectionKind::Alerts, "alerts", QT_TRANSLATE_NOOP("es::ReportTemplates", "Alert history"), 0, 0,
             false},
};

const KindInfo &info(SectionKind k)
{
    for (const KindInfo &i : kKinds) {
        if (i.kind == k)
            return i;
    }
    return kKinds.front();
}

ReportSection section(SectionKind kind, std::vector<MetricId> metrics, const char *dimension = "",
                      int topN = 10)
{
    ReportSection s;
    s.kind = kind;
    s.metrics = std::move(metrics);
    s.dimension = QString::fromLatin1(dimension);
    s.topN = topN;
    return s;
}

ReportSection textSection(const QString &title, const QString &text)
{
    ReportSection s;
    s.kind = SectionKind::Text;
    s.metrics.clear();
    s.title = title;
    s.text = text;
    return s;
}

bool validDimension(const QString &name)
{
    if (name.startsWith(QLatin1String("params.")) && name.size() > 7)
        return true;
    return Dimensions::fromName(name).has_value();
}

QString dimensionTitle(const QString &name)
{
    const auto d = Dimensions::fromName(name);
    return d ? Labels::dimensionTitle(*d) : name;
}

} // namespace

std::vector<ReportTemplate> ReportTemplates::builtIns()
{
    using K = SectionKind;
    using M = MetricId;
    std::vector<ReportTemplate> all;

    ReportTemplate daily;
    daily.id = QStringLiteral("daily-traffic");
    daily.title = tr("Daily traffic");
    daily.description = tr("Yesterday hour by hour, against the same day a week before.");
    daily.range = RangeSpec::fromPreset(QStringLiteral("yesterday"));
    daily.granularity = Granularity::Hour;
    daily.comparison = Comparison::WeekOverWeek;
    daily.sections = {
        section(K::Kpis, {M::Hits, M::PageViews, M::Visitors, M::Sessions, M::BounceRate, M::Errors}),
        section(K::TimeSeries, {M::PageViews, M::Visitors}),
        section(K::Breakdown, {M::PageViews, M::Visitors}, "url", 15),
        section(K::Breakdown, {M::Hits}, "status", 10),
        section(K::Pie, {M::Visitors}, "device", 5),
        section(K::Alerts, {}),
    };
    daily.builtIn = true;
    all.push_back(daily);

    ReportTemplate weekly;
    weekly.id = QStringLiteral("weekly-summary");
    weekly.title = tr("Weekly summary");
    weekly.description = tr("Last week day by day, against the week before.");
    weekly.range = RangeSpec::fromPreset(QStringLiteral("last-week"));
    weekly.granularity = Granularity::Day;
    weekly.comparison = Comparison::PreviousPeriod;
    weekly.sections = {
        section(K::Kpis, {M::Visitors, M::PageViews, M::Sessions, M::BounceRate, M::Downloads, M::Hits}),
        section(K::TimeSeries, {M::PageViews, M::Visitors}),
        section(K::Breakdown, {M::PageViews, M::Visitors}, "url", 10),
        section(K::Breakdown, {M::Visitors, M::PageViews}, "country", 10),
        section(K::Pie, {M::Visitors}, "browser", 6),
        section(K::Movers, {M::PageViews}, "url", 5),
    };
    weekly.builtIn = true;
    all.push_back(weekly);

    ReportTemplate monthly;
    monthly.id = QStringLiteral("monthly-executive");
    monthly.title = tr("Monthly executive");
    monthly.description = tr("Last month at a glance, against the month before.");
    monthly.range = RangeSpec::fromPreset(QStringLiteral("last-month"));
    monthly.granularity = Granularity::Day;
    monthly.comparison = Comparison::PreviousPeriod;
    monthly.sections = {
        textSection(tr("About this report"),
                    tr("Visitors are distinct IP address and user agent pairs (or user ids), counted over "
                       "the whole period. Bots are left out of page views, visitors and sessions.")),
        section(K::Kpis, {M::Visitors, M::PageViews, M::Sessions, M::BounceRate, M::PagesPerSession,
                          M::AvgSessionSeconds, M::Downloads, M::Bytes}),
        section(K::TimeSeries, {M::Visitors, M::PageViews}),
        section(K::Breakdown, {M::Visitors, M::PageViews, M::BounceRate}, "country", 10),
        section(K::Pie, {M::Visitors}, "device", 5),
        section(K::Breakdown, {M::Visitors}, "referrer", 10),
        section(K::Movers, {M::PageViews}, "url", 5),
        section(K::Alerts, {}),
    };
    monthly.builtIn = true;
    all.push_back(monthly);

    ReportTemplate content;
    content.id = QStringLiteral("content-downloads");
    content.title = tr("Content and downloads");
    content.description = tr("The last 30 days of pages and downloads, against the 30 days before.");
    content.range = RangeSpec::fromPreset(QStringLiteral("last-30d"));
    content.granularity = Granularity::Day;
    content.comparison = Comparison::PreviousPeriod;
    content.sections = {
        section(K::Kpis, {M::PageViews, M::Downloads, M::Hits, M::Bytes}),
        section(K::TimeSeries, {M::Downloads}),
        section(K::Breakdown, {M::PageViews, M::Visitors, M::Bytes}, "url", 25),
        section(K::Movers, {M::Downloads}, "url", 10),
        section(K::Pie, {M::Hits}, "status_class", 5),
    };
    content.builtIn = true;
    all.push_back(content);

    return all;
}

QString ReportTemplates::kindName(SectionKind k)
{
    return QString::fromLatin1(info(k).name);
}

std::optional<SectionKind> ReportTemplates::kindFromName(const QString &name)
{
    for (const KindInfo &i : kKinds) {
        if (name.compare(QLatin1String(i.name), Qt::CaseInsensitive) == 0)
            return i.kind;
    }
    return std::nullopt;
}

QString ReportTemplates::kindTitle(SectionKind k)
{
    return tr(info(k).title);
}

std::vector<SectionKind> ReportTemplates::allKinds()
{
    std::vector<SectionKind> kinds;
    for (const KindInfo &i : kKinds)
        kinds.push_back(i.kind);
    return kinds;
}

bool ReportTemplates::needsDimension(SectionKind k)
{
    return info(k).dimension;
}

std::pair<int, int> ReportTemplates::metricCount(SectionKind k)
{
    return {info(k).minMetrics, info(k).maxMetrics};
}

QString ReportTemplates::autoTitle(const ReportSection &s)
{
    if (s.kind == SectionKind::Alerts)
        return tr("Alerts in this period");
    if (s.kind == SectionKind::Text)
        return kindTitle(s.kind);
    if (s.metrics.empty())
        return kindTitle(s.kind);
    const QString m0 = Labels::metricTitle(s.metrics.front());
    const QString dim = dimensionTitle(s.dimension);
    switch (s.kind) {
    case SectionKind::Kpis:
        return tr("Key figures");
    case SectionKind::TimeSeries: {
        QStringList names;
        for (MetricId m : s.metrics)
            names << Labels::metricTitle(m);
        return tr("%1 over time").arg(names.join(tr(" and ")));
    }
    case SectionKind::Breakdown:
        return tr("Top %1 by %2").arg(s.topN).arg(dim);
    case SectionKind::Pie:
        return tr("%1 by %2").arg(m0, dim);
    case SectionKind::Movers:
        return tr("%1: rising and falling by %2").arg(dim, m0);
    case SectionKind::Text:
    case SectionKind::Alerts:
        break;
    }
    return kindTitle(s.kind);
}

Granularity ReportTemplates::autoGranularity(std::int64_t seconds)
{
    constexpr std::int64_t day = 86400;
    if (seconds <= 2 * day)
        return Granularity::Hour;
    if (seconds <= 92 * day)
        return Granularity::Day;
    if (seconds <= 366 * day)
        return Granularity::Week;
    return Granularity::Month;
}

QString ReportTemplates::validate(const ReportTemplate &t)
{
    if (t.title.trimmed().isEmpty())
        return tr("The template has no title. Give it one; it heads the report and names the file.");
    if (t.sections.empty())
        return tr("\"%1\" has no sections. Add at least one section.").arg(t.title);
    if (t.granularity == Granularity::Minute)
        return tr("\"%1\" asks for minutes. Reports go from hours to years; pick hour or coarser.")
            .arg(t.title);
    for (const ReportFilter &f : t.filters) {
        if (!validDimension(f.dimension))
            return tr("\"%1\" filters on \"%2\", which is not a dimension.").arg(t.title, f.dimension);
    }
    for (std::size_t i = 0; i < t.sections.size(); ++i) {
        const ReportSection &s = t.sections[i];
        const auto [lo, hi] = metricCount(s.kind);
        const QString where = tr("Section %1 (%2)").arg(i + 1).arg(kindTitle(s.kind));
        if (int(s.metrics.size()) < lo || int(s.metrics.size()) > hi) {
            return lo == hi ? tr("%1 shows exactly %n metric(s).", nullptr, lo).arg(where)
                            : tr("%1 shows %2 to %3 metrics.").arg(where).arg(lo).arg(hi);
        }
        if (needsDimension(s.kind) && !validDimension(s.dimension))
            return s.dimension.isEmpty() ? tr("%1 needs a dimension such as url or country.").arg(where)
                                         : tr("%1: \"%2\" is not a dimension.").arg(where, s.dimension);
        if (needsDimension(s.kind) && (s.topN < 1 || s.topN > 1000))
            return tr("%1 shows 1 to 1000 values, not %2.").arg(where).arg(s.topN);
        if (s.kind == SectionKind::Movers && Metrics::def(s.metrics.front()).real)
            return tr("%1 ranks counts; %2 is a ratio. Use a count such as page views.")
                .arg(where, Labels::metricTitle(s.metrics.front()));
        if (s.kind == SectionKind::Movers && s.metrics.front() == MetricId::Visitors)
            return tr("%1 ranks counts that add up; visitors do not. Use page views or hits.").arg(where);
        if (s.kind == SectionKind::Text && s.text.trimmed().isEmpty())
            return tr("%1 has no text.").arg(where);
    }
    return {};
}

QJsonObject ReportTemplates::toJson(const ReportTemplate &t)
{
    QJsonArray filters;
    for (const ReportFilter &f : t.filters)
        filters.append(QJsonObject{{QStringLiteral("dimension"), f.dimension},
                                   {QStringLiteral("values"), QJsonArray::fromStringList(f.values)}});
    QJsonArray sections;
    for (const ReportSection &s : t.sections) {
        QJsonObject o{{QStringLiteral("kind"), kindName(s.kind)}};
        if (!s.title.isEmpty())
            o.insert(QStringLiteral("title"), s.title);
        if (!s.metrics.empty()) {
            QJsonArray metrics;
            for (MetricId m : s.metrics)
                metrics.append(Metrics::name(m));
            o.insert(QStringLiteral("metrics"), metrics);
        }
        if (needsDimension(s.kind)) {
            o.insert(QStringLiteral("dimension"), s.dimension);
            o.insert(QStringLiteral("top"), s.topN);
        }
        if (s.kind == SectionKind::Text)
            o.insert(QStringLiteral("text"), s.text);
        sections.append(o);
    }
    QJsonObject o{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("title"), t.title},
        {QStringLiteral("description"), t.description},
        {QStringLiteral("range"), t.range.toString()},
        {QStringLiteral("granularity"),
         t.granularity ? granularityName(*t.granularity) : QStringLiteral("auto")},
        {QStringLiteral("comparison"), comparisonName(t.comparison)},
        {QStringLiteral("bots"), botModeName(t.bots)},
        {QStringLiteral("sections"), sections},
    };
    if (!t.timeZone.isEmpty())
        o.insert(QStringLiteral("timeZone"), QString::fromLatin1(t.timeZone));
    if (!filters.isEmpty())
        o.insert(QStringLiteral("filters"), filters);
    return o;
}

std::optional<ReportTemplate> ReportTemplates::fromJson(const QJsonObject &o, QString *error)
{
    auto fail = [&](const QString &msg) -> std::optional<ReportTemplate> {
        if (error)
            *error = msg;
        return std::nullopt;
    };
    ReportTemplate t;
    t.id = o.value(QStringLiteral("id")).toString();
    t.title = o.value(QStringLiteral("title")).toString();
    t.description = o.value(QStringLiteral("description")).toString();
    const QString range = o.value(QStringLiteral("range")).toString(QStringLiteral("preset:last-week"));
    const std::optional<RangeSpec> spec = RangeSpec::fromString(range);
    if (!spec)
        return fail(tr("\"%1\" is not a range. Write preset:last-7d, relative:now-7d|now or "
                       "absolute:FROM|TO (Unix seconds).")
                        .arg(range));
    t.range = *spec;
    const QString g = o.value(QStringLiteral("granularity")).toString(QStringLiteral("auto"));
    if (g != QLatin1String("auto")) {
        t.granularity = granularityFromName(g);
        if (!t.granularity)
            return fail(
                tr("\"%1\" is not a granularity. Use auto, hour, day, week, month, quarter or year.").arg(g));
    }
    t.timeZone = o.value(QStringLiteral("timeZone")).toString().toLatin1();
    const QString cmp = o.value(QStringLiteral("comparison")).toString(QStringLiteral("none"));
    const auto comparison = comparisonFromName(cmp);
    if (!comparison)
        return fail(tr("\"%1\" is not a comparison. Use none, previous-period, week-over-week, "
                       "month-over-month or year-over-year.")
                        .arg(cmp));
    t.comparison = *comparison;
    const QString bots = o.value(QStringLiteral("bots")).toString(QStringLiteral("default"));
    const auto botMode = botModeFromName(bots);
    if (!botMode)
        return fail(tr("\"%1\" is not a bot mode. Use default, include, exclude or only.").arg(bots));
    t.bots = *botMode;
    for (const QJsonValue &v : o.value(QStringLiteral("filters")).toArray()) {
        const QJsonObject f = v.toObject();
        ReportFilter rf;
        rf.dimension = f.value(QStringLiteral("dimension")).toString();
        for (const QJsonValue &value : f.value(QStringLiteral("values")).toArray())
            rf.values << value.toString();
        t.filters.push_back(rf);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("sections")).toArray()) {
        const QJsonObject so = v.toObject();
        const QString kind = so.value(QStringLiteral("kind")).toString();
        const auto k = kindFromName(kind);
        if (!k)
            return fail(tr("\"%1\" is not a section kind. Use kpis, timeseries, breakdown, pie, movers, text "
                           "or alerts.")
                            .arg(kind));
        ReportSection s;
        s.kind = *k;
        s.title = so.value(QStringLiteral("title")).toString();
        s.metrics.clear();
        for (const QJsonValue &m : so.value(QStringLiteral("metrics")).toArray()) {
            const auto id = Metrics::fromName(m.toString());
            if (!id)
                return fail(tr("\"%1\" is not a metric.").arg(m.toString()));
            s.metrics.push_back(*id);
        }
        s.dimension = so.value(QStringLiteral("dimension")).toString();
        s.topN = so.value(QStringLiteral("top")).toInt(10);
        s.text = so.value(QStringLiteral("text")).toString();
        t.sections.push_back(std::move(s));
    }
    const QString problem = validate(t);
    if (!problem.isEmpty())
        return fail(problem);
    return t;
}

QByteArray ReportTemplates::serialize(const std::vector<ReportTemplate> &all)
{
    QJsonArray list;
    for (const ReportTemplate &t : all)
        list.append(toJson(t));
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("templates"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::vector<ReportTemplate> ReportTemplates::deserialize(const QByteArray &json, QString *error)
{
    std::vector<ReportTemplate> all;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull() || !doc.isObject()) {
        if (error)
            *error =
                tr("The templates are not valid JSON: %1 at byte %2.").arg(pe.errorString()).arg(pe.offset);
        return all;
    }
    const QJsonObject root = doc.object();
    QJsonArray list;
    if (root.contains(QStringLiteral("templates")))
        list = root.value(QStringLiteral("templates")).toArray();
    else
        list.append(root);
    QStringList problems;
    for (const QJsonValue &v : std::as_const(list)) {
        QString e;
        if (auto t = fromJson(v.toObject(), &e))
            all.push_back(std::move(*t));
        else
            problems << e;
    }
    if (error && !problems.isEmpty())
        *error = problems.join(QLatin1Char('\n'));
    return all;
}

std::vector<ReportTemplate> ReportTemplates::merged(const QByteArray &stored, QString *error)
{
    std::vector<ReportTemplate> all = builtIns();
    if (stored.trimmed().isEmpty())
        return all;
    for (ReportTemplate &t : deserialize(stored, error)) {
        t.builtIn = false;
        auto same =
            std::find_if(all.begin(), all.end(), [&](const ReportTemplate &b) { return b.id == t.id; });
        if (same != all.end())
            *same = std::move(t);
        else
            all.push_back(std::move(t));
    }
    return all;
}

std::optional<ReportTemplate> ReportTemplates::find(const std::vector<ReportTemplate> &all,
                                                    const QString &idOrTitle)
{
    for (const ReportTemplate &t : all) {
        if (t.id == idOrTitle)
            return t;
    }
    for (const ReportTemplate &t : all) {
        if (t.title.compare(idOrTitle, Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

QString ReportTemplates::uniqueId(const std::vector<ReportTemplate> &all, const QString &title)
{
    QString stem = title.toLower();
    stem.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    stem = QStringLiteral("user-") + stem.section(QLatin1Char('-'), 0, -1, QString::SectionSkipEmpty);
    if (stem == QLatin1String("user-"))
        stem = QStringLiteral("user-template");
    QSet<QString> used;
    for (const ReportTemplate &t : all)
        used.insert(t.id);
    QString id = stem;
    for (int n = 2; used.contains(id); ++n)
        id = stem + QLatin1Char('-') + QString::number(n);
    return id;
}

} // namespace es
