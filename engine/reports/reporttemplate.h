#pragma once
// A report template: what a report shows (title, time range, granularity,
// zone, filters, comparison and an ordered list of sections), not how it is
// drawn. Templates are stored as JSON in the workspace (meta key
// "report_templates"), can be exported to and imported from JSON files, and
// four are built in (docs/REPORTS.md).

#include "core/granularity.h"
#include "query/metrics.h"
#include "query/namedfilter.h"
#include "query/rangespec.h"
#include "query/timerange.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace es {

enum class SectionKind : int {
    Kpis,       // one tile per metric: value and change against the comparison
    TimeSeries, // metrics over time, the comparison overlaid
    Breakdown,  // top N values of a dimension, several metrics, share %
    Pie,        // share of the top N values of a dimension, "Other" for the rest
    Movers,     // values of a dimension that rose and fell most
    Text,       // free text
    Alerts,     // the alerts that fired in the period (alert history)
};

struct ReportSection
{
    SectionKind kind = SectionKind::Kpis;
    QString title; // empty: derived from the metrics and dimension
    // Kpis: any number; TimeSeries: 1 to 3; Breakdown: 1 to 4, ranked by the
    // first; Pie and Movers: one (Movers: a count metric).
    std::vector<MetricId> metrics{MetricId::Hits};
    QString dimension; // Dimensions::name() or "params.KEY"; Breakdown, Pie, Movers
    int topN = 10;
    QString text; // Text: paragraphs separated by blank lines

    friend bool operator==(const ReportSection &, const ReportSection &) = default;
};

using ReportFilter = NamedFilter;

struct ReportTemplate
{
    QString id; // stable key: "weekly-summary"; user templates get "user-..."
    QString title;
    QString description;
    RangeSpec range = RangeSpec::fromPreset(QStringLiteral("last-week"));
    std::optional<Granularity> granularity; // nullopt: chosen from the range's length
    QByteArray timeZone;                    // IANA id; empty: the workspace zone
    std::vector<ReportFilter> filters;
    Comparison comparison = Comparison::PreviousPeriod;
    BotMode bots = BotMode::Default;
    std::vector<ReportSection> sections;
    bool builtIn = false; // shipped; editing saves a copy

    friend bool operator==(const ReportTemplate &, const ReportTemplate &) = default;
};

class ReportTemplates
{
    Q_DECLARE_TR_FUNCTIONS(es::ReportTemplates)
public:
    // Daily traffic, Weekly summary, Monthly executive, Content and downloads.
    static std::vector<ReportTemplate> builtIns();

    static QString kindName(SectionKind k); // "kpis", "timeseries", ...
    static std::optional<SectionKind> kindFromName(const QString &name);
    static QString kindTitle(SectionKind k); // translated
    static std::vector<SectionKind> allKinds();
    static bool needsDimension(SectionKind k);
    // How many metrics a kind takes: {min, max}.
    static std::pair<int, int> metricCount(SectionKind k);

    // The title shown when the section has none ("Page views by country").
    static QString autoTitle(const ReportSection &s);
    // Granularity for a range of `seconds`: hour up to 2 days, day up to 92
    // days, week up to a year, else month.
    static Granularity autoGranularity(std::int64_t seconds);

    // Empty when the template can be run; else a translated message naming
    // the first problem and what to change.
    static QString validate(const ReportTemplate &t);

    static QJsonObject toJson(const ReportTemplate &t);
    static std::optional<ReportTemplate> fromJson(const QJsonObject &o, QString *error);
    // A list of templates as a JSON document ({"version":1,"templates":[...]}).
    static QByteArray serialize(const std::vector<ReportTemplate> &all);
    // Also accepts a single template object (an exported file).
    static std::vector<ReportTemplate> deserialize(const QByteArray &json, QString *error);

    // The built-ins followed by the user templates stored under `stored`
    // (the meta value); a stored template with a built-in's id replaces it.
    static std::vector<ReportTemplate> merged(const QByteArray &stored, QString *error = nullptr);
    // The template with this id or, failing that, this title (any case).
    static std::optional<ReportTemplate> find(const std::vector<ReportTemplate> &all,
                                              const QString &idOrTitle);
    // A new id not used in `all`, derived from the title ("user-traffic-2").
    static QString uniqueId(const std::vector<ReportTemplate> &all, const QString &title);
};

// The meta key the workspace stores user templates under.
inline constexpr const char *kReportTemplatesMetaKey = "report_templates";

} // namespace es
