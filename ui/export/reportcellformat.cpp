#include "export/reportcellformat.h"

#include "charts/valueformat.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace es::ui {

namespace {

// v rounded to `decimals` as the locale writes it; rounding first keeps a
// "-0.0" out of the report.
QString fixed(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(v * scale) / scale;
    if (rounded == 0)
        rounded = 0;
    return QLocale().toString(rounded, 'f', decimals);
}

// The locale's short date with all four digits of the year: a two-digit year
// is ambiguous in a report that is kept for years.
QString shortDate(const QDate &d)
{
    const QLocale l;
    QString format = l.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression years(QStringLiteral("y+"));
    format.replace(years, QStringLiteral("yyyy"));
    return l.toString(d, format);
}

std::optional<double> numberOf(const ReportCell &cell)
{
    if (const auto *i = std::get_if<std::int64_t>(&cell))
        return double(*i);
    if (const auto *d = std::get_if<double>(&cell))
        return *d;
    return std::nullopt;
}

} // namespace

QString ReportCellFormat::nullText()
{
    return QStringLiteral("\u2014");
}

bool ReportCellFormat::alignRight(ReportColumnType type)
{
    switch (type) {
    case ReportColumnType::Text:
    case ReportColumnType::Date:
    case ReportColumnType::DateTime:
        return false;
    default:
        return true;
    }
}

QString ReportCellFormat::percent(double fraction)
{
    return tr("%1 %", "a percentage").arg(fixed(fraction * 100, 1));
}

QString ReportCellFormat::change(double percent)
{
    const QString n = fixed(std::abs(percent), 1);
    if (std::round(percent * 10) == 0)
        return tr("%1 %", "no change").arg(n);
    return percent > 0 ? tr("+%1 %", "a rise").arg(n) : tr("\u2212%1 %", "a fall").arg(n);
}

QString ReportCellFormat::metricValue(MetricId metric, double value)
{
    if (metric == MetricId::BounceRate)
        return percent(value);
    return ValueFormat::metric(metric, value);
}

bool ReportCellFormat::riseIsGood(MetricId metric)
{
    switch (metric) {
    case MetricId::Errors:
    case MetricId::Status4xx:
    case MetricId::Status5xx:
    case MetricId::BounceRate:
    case MetricId::Bounces:
    case MetricId::AvgResponseMs:
        return false;
    default:
        return true;
    }
}

ReportCellFormat::KpiChange ReportCellFormat::kpiChange(const ReportKpi &kpi, bool comparison)
{
    KpiChange out;
    const QString before = kpi.previous.isNull ? QString() : metricValue(kpi.metric, kpi.previous.asDouble());
    if (ValueFormat::changesInPoints(kpi.metric) && !kpi.current.isNull && !kpi.previous.isNull) {
        const double points = (kpi.current.asDouble() - kpi.previous.asDouble()) * 100;
        out.change = ValueFormat::pointsChange(points);
        if (std::round(points * 10) != 0)
            out.tone = (points > 0) == riseIsGood(kpi.metric) ? 1 : -1;
        out.previous = tr(" vs %1", "after a change: +12.3 % vs 9,876").arg(before);
    } else if (kpi.change) {
        out.change = change(*kpi.change);
        if (std::round(*kpi.change * 10) != 0)
            out.tone = (*kpi.change > 0) == riseIsGood(kpi.metric) ? 1 : -1;
        if (!before.isEmpty())
            out.previous = tr(" vs %1", "after a change: +12.3 % vs 9,876").arg(before);
    } else if (!before.isEmpty()) {
        // No percentage against 0.
        out.previous = tr("previously %1").arg(before);
    } else if (comparison) {
        out.previous = tr("no earlier data");
    }
    return out;
}

QString ReportCellFormat::date(std::int64_t utcSecs, const ReportData &report)
{
    const QDate d = report.localTime(utcSecs).date();
    switch (report.granularity) {
    case Granularity::Minute:
    case Granularity::Hour:
    case Granularity::Day:
        return shortDate(d);
    case Granularity::Week:
        return tr("Week of %1").arg(shortDate(d));
    case Granularity::Month:
        return QLocale().toString(d, QStringLiteral("MMMM yyyy"));
    case Granularity::Quarter:
        return tr("Q%1 %2", "quarter and year").arg((d.month() - 1) / 3 + 1).arg(d.year());
    case Granularity::Year:
        return QString::number(d.year());
    }
    return shortDate(d);
}

QString ReportCellFormat::dateTime(std::int64_t utcSecs, const ReportData &report)
{
    const QDateTime t = report.localTime(utcSecs);
    return tr("%1 %2", "date and time")
        .arg(shortDate(t.date()), QLocale().toString(t.time(), QLocale::ShortFormat));
}

QString ReportCellFormat::generated(const ReportData &report)
{
    return dateTime(report.generatedMs / 1000, report);
}

QString ReportCellFormat::text(const ReportColumn &column, const ReportCell &cell, const ReportData &report)
{
    if (std::holds_alternative<std::monostate>(cell))
        return nullText();
    if (const auto *s = std::get_if<QString>(&cell))
        return *s;
    const double v = *numberOf(cell);
    if (column.change && column.type == ReportColumnType::Percent)
        return change(v * 100);
    if (column.change && v != 0) {
        ReportColumn plain = column;
        plain.change = false;
        const QString size = text(plain, std::abs(v), report);
        return v > 0 ? tr("+%1", "a rise").arg(size) : tr("\u2212%1", "a fall").arg(size);
    }
    const auto *i = std::get_if<std::int64_t>(&cell);
    switch (column.type) {
    case ReportColumnType::Text:
        return i ? QString::number(*i) : QLocale().toString(v);
    case ReportColumnType::Percent:
        return percent(v);
    case ReportColumnType::Date:
        return date(std::int64_t(std::llround(v)), report);
    case ReportColumnType::DateTime:
        return dateTime(std::int64_t(std::llround(v)), report);
    case ReportColumnType::Bytes:
        return ValueFormat::metric(MetricId::Bytes, v);
    case ReportColumnType::Integer:
        if (column.metric && *column.metric != MetricId::BounceRate)
            return ValueFormat::metric(*column.metric, v);
        return QLocale().toString(qint64(std::llround(v)));
    case ReportColumnType::Real:
        // Durations and response times read better in their units.
        if (column.metric)
            return metricValue(*column.metric, v);
        return fixed(v, 2);
    }
    return QLocale().toString(v);
}

} // namespace es::ui
