#pragma once
// The data of one report: a template run against a workspace for a resolved
// range. Every number in it comes from QueryService; the PDF, Excel and CSV
// writers only lay it out (docs/REPORTS.md).
//
// Tables are typed so each writer can write a date as a date and a share as
// a percentage: Date and DateTime cells hold UTC epoch seconds (shown in the
// report's zone), Percent cells a fraction (0.25 = 25 %).

#include "core/granularity.h"
#include "query/query.h"
#include "reports/reporttemplate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <functional>
#include <optional>
#include <variant>
#include <vector>

namespace es {

class QueryService;

enum class ReportColumnType : int {
    Text,
    Integer,
    Real,    // two decimals
    Percent, // a fraction; 0.253 is written 25.3 %
    Date,    // a bucket start (day or coarser)
    DateTime,
    Bytes, // an integer count of bytes
};

struct ReportColumn
{
    QString header;
    ReportColumnType type = ReportColumnType::Integer;
    std::optional<MetricId> metric; // the metric a number column shows
    bool change = false;            // a difference: a rise is written with "+", a fall with "−"
};

using ReportCell = std::variant<std::monostate, std::int64_t, double, QString>;

struct ReportTable
{
    QString caption; // "Rising", "Falling"; empty for a section's only table
    std::vector<ReportColumn> columns;
    std::vector<std::vector<ReportCell>> rows;
    // A last row with totals (breakdowns); not part of `rows`.
    std::vector<ReportCell> totals;
};

// One series of a chart. Line charts: one value per entry of `buckets`;
// bar and pie charts: one value per category.
struct ReportSeries
{
    QString name;
    std::optional<MetricId> metric;
    bool comparison = false; // the previous period, drawn dashed
    std::vector<std::optional<double>> values;
};

struct ReportChart
{
    enum class Kind : int { None, Line, Bar, Pie };
    Kind kind = Kind::None;
    std::vector<std::int64_t> buckets; // Line: bucket starts (UTC seconds)
    QStringList categories;            // Bar and Pie
    std::vector<ReportSeries> series;
};

struct ReportKpi
{
    MetricId metric = MetricId::Hits;
    Metrics::Value current;
    Metrics::Value previous;      // null without a comparison
    std::optional<double> change; // percent; empty when previous is 0 or null
};

struct ReportSectionData
{
    ReportSection section;
    QString title; // section title or its auto title
    QString text;  // Text sections
    std::vector<ReportKpi> kpis;
    ReportChart chart;
    std::vector<ReportTable> tables;
    QString error; // translated; the section could not be computed
};

struct ReportData
{
    Q_DECLARE_TR_FUNCTIONS(es::ReportData)
public:
    ReportTemplate tmpl;
    QString workspaceName;
    TimeRange range;    // as asked (the header shows it)
    TimeRange previous; // the comparison range; empty without one
    Granularity granularity = Granularity::Day;
    QByteArray timeZone; // resolved IANA id
    Comparison comparison = Comparison::None;
    std::int64_t generatedMs = 0; // UTC
    std::vector<ReportSectionData> sections;
    QStringList warnings;

    // "1 Nov 2026 – 7 Nov 2026" (the last day included) or with times when
    // the range does not start and end at local midnight.
    QString rangeLabel() const;
    QString previousLabel() const;
    // A cell time as local date/time in the report's zone.
    QDateTime localTime(std::int64_t utcSecs) const;
    // The report's file name stem: "Weekly summary 2026-11-16".
    QString fileStem() const;
};

struct ReportRequest
{
    ReportTemplate tmpl;
    std::optional<RangeSpec> range; // overrides the template's range
    QByteArray timeZone;            // overrides the template's zone
    std::int64_t nowMs = 0;         // 0: the current time
    QString workspaceName;
};

// Runs every query of the report on `service` and waits for them; call it off
// the GUI thread. `progress(done, total)` returning false cancels. Returns
// nullopt with a translated *error when the range does not resolve, the
// template is invalid or the run was cancelled; a failing section keeps its
// error and the others are still filled.
std::optional<ReportData> buildReport(QueryService &service, const ReportRequest &request, QString *error,
                                      const std::function<bool(int done, int total)> &progress = {});

} // namespace es
