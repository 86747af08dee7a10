#pragma once
// The text a report shows for a typed table cell, a KPI value and a change,
// shared by the report writers so a PDF and a spreadsheet preview read alike:
// numbers with the locale's group separators, fractions as "25.3 %", bytes as
// KB/MB/GB, dates in the report's zone. It reads QLocale() on every call.

#include "reports/reportdata.h"

#include <QCoreApplication>
#include <QString>

namespace es::ui {

class ReportCellFormat
{
    Q_DECLARE_TR_FUNCTIONS(es::ui::ReportCellFormat)
public:
    // What a table cell shows; "—" for an empty cell.
    static QString text(const es::ReportColumn &column, const es::ReportCell &cell,
                        const es::ReportData &report);
    // Numbers line up on the right, text and dates on the left.
    static bool alignRight(es::ReportColumnType type);

    // A metric's value as a KPI tile or an axis shows it (bounce rate is a
    // fraction and reads as a percentage).
    static QString metricValue(es::MetricId metric, double value);
    // A fraction as a percentage: 0.253 -> "25.3 %".
    static QString percent(double fraction);
    // A change in percent with its sign: "+12.3 %", "−4.0 %".
    static QString change(double percent);
    // Whether a rise of the metric is good news (errors and bounces are not).
    static bool riseIsGood(es::MetricId metric);

    // The line under a KPI value: the change ("+12.3 %") and what it is
    // measured against (" vs 9,876"); tone is 1 for good news, -1 for bad
    // and 0 for no change or none to show.
    struct KpiChange
    {
        QString change;
        QString previous;
        int tone = 0;
    };
    static KpiChange kpiChange(const es::ReportKpi &kpi, bool comparison);

    // A bucket start or a time in the report's zone at the report's
    // granularity (Date) or to the minute (DateTime).
    static QString date(std::int64_t utcSecs, const es::ReportData &report);
    static QString dateTime(std::int64_t utcSecs, const es::ReportData &report);
    // The generation time, in the report's zone.
    static QString generated(const es::ReportData &report);

    static QString nullText();
};

} // namespace es::ui
