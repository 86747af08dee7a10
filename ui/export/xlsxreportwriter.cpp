#include "export/xlsxreportwriter.h"

#include "query/labels.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <filesystem>
#include <iterator>
#include <map>
#include <system_error>
#include <xlsxwriter.h>

namespace es::ui {

namespace {

// Every section sheet has the same layout, so the frozen rows and the chart
// ranges do not depend on the content: title, table captions, header, data.
constexpr lxw_row_t kTitleRow = 0;
constexpr lxw_row_t kCaptionRow = 1;
constexpr lxw_row_t kHeaderRow = 2;
constexpr lxw_row_t kFirstDataRow = kHeaderRow + 1;

constexpr qsizetype kMaxCellChars = 32767; // Excel refuses longer cell texts
constexpr int kMaxSheetChars = 31;
constexpr double kMinWidth = 8;
constexpr double kMaxWidth = 60;
constexpr lxw_col_t kParagraphCols = 6; // Text sections span these on Summary
constexpr int kTypeCount = int(ReportColumnType::Bytes) + 1;

// Close to Office's default theme colours. A metric and its previous period
// share a colour, so the dashed line reads as "the same, earlier".
constexpr lxw_color_t kPalette[] = {0x4472C4, 0xED7D31, 0x70AD47, 0xFFC000, 0x5B9BD5, 0x7030A0};

const ReportCell kEmptyCell;

bool isTime(ReportColumnType t)
{
    return t == ReportColumnType::Date || t == ReportColumnType::DateTime;
}

ReportColumnType metricType(MetricId m)
{
    if (m == MetricId::BounceRate)
        return ReportColumnType::Percent;
    if (m == MetricId::Bytes)
        return ReportColumnType::Bytes;
    return Metrics::def(m).real ? ReportColumnType::Real : ReportColumnType::Integer;
}

std::optional<double> numberOf(const ReportCell &c)
{
    if (const auto *i = std::get_if<std::int64_t>(&c))
        return double(*i);
    if (const auto *d = std::get_if<double>(&c))
        return *d;
    return std::nullopt;
}

// Characters a number needs on screen with its format, for the column width.
int numberChars(ReportColumnType type, double v)
{
    if (isTime(type))
        return type == ReportColumnType::Date ? 10 : 16;
    if (type == ReportColumnType::Percent)
        return 7;
    const double a = std::abs(v);
    const int digits = a < 1 ? 1 : int(std::floor(std::log10(a))) + 1;
    const int grouped = digits + (digits - 1) / 3 + (v < 0 ? 1 : 0);
    return type == ReportColumnType::Real ? grouped + 3 : grouped;
}

struct Sheet
{
    lxw_worksheet *ws = nullptr;
    const char *name = nullptr;
    std::map<lxw_col_t, double> widths; // in characters, from what the cells hold

    void fit(lxw_col_t col, int chars)
    {
        double &w = widths[col];
        w = std::max(w, std::clamp(chars * 1.1 + 2, kMinWidth, kMaxWidth));
    }
    void applyWidths()
    {
        for (const auto &[col, width] : widths)
            worksheet_set_column(ws, col, col, width, nullptr);
    }
};

// By ReportColumnType: Text, Integer, Real, Percent, Date, DateTime, Bytes.
constexpr const char *kNumFormats[kTypeCount] = {nullptr, "#,##0", "#,##0.00", "0.0%",
                                                 nullptr, nullptr, "#,##0"};

// Where a table landed on its sheet.
struct Placed
{
    lxw_col_t firstCol = 0;
    lxw_col_t lastCol = 0;
    lxw_row_t lastRow = kHeaderRow; // the last data row; the header row when there are none
};

class Builder
{
public:
    Builder(lxw_workbook *wb, const ReportData &data) : m_wb(wb), m_data(data)
    {
        auto add = [wb](bool bold = false, double size = 0, lxw_color_t italic = 0) {
            lxw_format *f = workbook_add_format(wb);
            if (bold)
                format_set_bold(f);
            if (size > 0)
                format_set_font_size(f, size);
            if (italic) {
                format_set_italic(f);
                format_set_font_color(f, italic);
            }
            return f;
        };
        m_title = add(true, 16);
        m_subtitle = add(true, 12);
        m_label = add(true);
        m_description = add(false, 0, 0x595959);
        m_error = add(false, 0, 0xC00000);
        format_set_text_wrap(m_paragraph = add());
        format_set_align(m_paragraph, LXW_ALIGN_VERTICAL_TOP);
        format_set_num_format_index(m_generated = add(), 22);
        format_set_align(m_generated, LXW_ALIGN_LEFT);
        format_set_num_format(m_change = add(), "+0.0%;-0.0%;0.0%");
        for (lxw_format *&f : m_header) {
            format_set_bg_color(f = add(true), 0xDDEBF7);
            format_set_bottom(f, LXW_BORDER_THIN);
        }
        format_set_align(m_header[1], LXW_ALIGN_RIGHT); // above right-aligned numbers
        for (int t = 0; t < kTypeCount; ++t) {
            for (int total = 0; total < 2; ++total) {
                lxw_format *f = m_cells[t][total] = add(total == 1);
                if (total)
                    format_set_top(f, LXW_BORDER_THIN);
                // Built-in formats 14 and 22 follow the regional settings of
                // whoever opens the file; a format string would fix one order.
                if (isTime(ReportColumnType(t)))
                    format_set_num_format_index(f, ReportColumnType(t) == ReportColumnType::Date ? 14 : 22);
                else if (kNumFormats[t])
                    format_set_num_format(f, kNumFormats[t]);
            }
        }
        for (int total = 0; total < 2; ++total) {
            format_set_num_format(m_signed[0][total] = add(total == 1), "+#,##0;-#,##0;0");
            format_set_num_format(m_signed[1][total] = add(total == 1), "+0.0%;-0.0%;0.0%");
            if (total) {
                format_set_top(m_signed[0][total], LXW_BORDER_THIN);
                format_set_top(m_signed[1][total], LXW_BORDER_THIN);
            }
        }
    }

    void writeSummary();
    void writeSection(const ReportSectionData &s);

private:
    const char *keep(const QString &s)
    {
        m_strings.push_back(s.toUtf8());
        return m_strings.back().constData();
    }
    Sheet addSheet(const QString &title);
    lxw_format *cellFormat(ReportColumnType t, bool total) const { return m_cells[int(t)][total ? 1 : 0]; }
    // A change column writes a rise with "+".
    lxw_format *cellFormat(const ReportColumn &c, bool total) const
    {
        if (c.change && c.type == ReportColumnType::Integer)
            return m_signed[0][total ? 1 : 0];
        if (c.change && c.type == ReportColumnType::Percent)
            return m_signed[1][total ? 1 : 0];
        return cellFormat(c.type, total);
    }

    void text(Sheet &s, lxw_row_t r, lxw_col_t c, const QString &text, lxw_format *f, bool measure = true);
    void time(Sheet &s, lxw_row_t r, lxw_col_t c, std::int64_t utcSecs, lxw_format *f);
    void number(Sheet &s, lxw_row_t r, lxw_col_t c, ReportColumnType type, double v, lxw_format *f);
    void cell(Sheet &s, lxw_row_t r, lxw_col_t c, const ReportColumn &column, const ReportCell &v,
              bool total);
    void header(Sheet &s, lxw_col_t c, const QString &title, bool numeric, lxw_row_t r = kHeaderRow)
    {
        text(s, r, c, title, m_header[numeric ? 1 : 0], false);
        s.fit(c, int(title.size()) + 3); // room for the filter button
    }
    lxw_row_t writeKpis(Sheet &s, lxw_row_t headerRow, const std::vector<ReportKpi> &kpis);
    Placed writeTable(Sheet &s, lxw_col_t col, const ReportTable &t);
    void addChart(Sheet &s, const ReportSectionData &section, const Placed &table, lxw_col_t freeCol);

    lxw_workbook *m_wb;
    const ReportData &m_data;
    // libxlsxwriter copies the strings it is given, but not every function
    // says so; names and descriptions handed to it stay valid until
    // workbook_close() anyway.
    std::deque<QByteArray> m_strings;
    QStringList m_sheetNames;
    lxw_format *m_title, *m_subtitle, *m_label, *m_description, *m_error, *m_paragraph, *m_generated,
        *m_change;
    std::array<lxw_format *, 2> m_header{};
    lxw_format *m_cells[kTypeCount][2] = {};
    lxw_format *m_signed[2][2] = {}; // [integer, percent][total]
};

Sheet Builder::addSheet(const QString &title)
{
    QString base = title;
    for (QChar &ch : base) {
        if (ch.unicode() < 0x20 || QStringView(u"[]:*?/\\").contains(ch))
            ch = QLatin1Char(' ');
    }
    base = base.simplified();
    // Excel reads a leading or trailing apostrophe as quoting.
    static const QRegularExpression edgeQuotes(QStringLiteral("^'+|'+$"));
    base.remove(edgeQuotes);
    // "History" is reserved by Excel for its change tracking.
    if (base.isEmpty() || base.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0)
        base = XlsxReportWriter::tr("Section %1").arg(m_sheetNames.size());
    // Excel counts UTF-16 units (an emoji takes two) and compares names ignoring case.
    auto clipped = [&](const QString &suffix) {
        QString head = base.left(kMaxSheetChars - suffix.size());
        if (!head.isEmpty() && head.back().isHighSurrogate())
            head.chop(1);
        return head.trimmed().remove(edgeQuotes) + suffix; // clipping may end on an apostrophe
    };
    QString name = clipped(QString());
    for (int n = 2; m_sheetNames.contains(name, Qt::CaseInsensitive); ++n)
        name = clipped(QStringLiteral(" (%1)").arg(n));
    m_sheetNames << name;
    Sheet s;
    s.name = keep(name);
    s.ws = workbook_add_worksheet(m_wb, s.name);
    return s;
}

void Builder::text(Sheet &s, lxw_row_t r, lxw_col_t c, const QString &text, lxw_format *f, bool measure)
{
    QString t = text;
    if (t.size() > kMaxCellChars) {
        t.truncate(kMaxCellChars);
        if (t.back().isHighSurrogate())
            t.chop(1);
    }
    worksheet_write_string(s.ws, r, c, t.toUtf8().constData(), f);
    if (measure)
        s.fit(c, int(t.size()));
}

void Builder::time(Sheet &s, lxw_row_t r, lxw_col_t c, std::int64_t utcSecs, lxw_format *f)
{
    // Excel has no time zones: a cell holds the wall-clock time of the
    // report's zone, as the report's header and the PDF show it.
    const QDateTime t = m_data.localTime(utcSecs);
    const QDate d = t.date();
    if (d.year() < 1900 || d.year() > 9999) { // outside what Excel can show as a date
        text(s, r, c, t.toString(Qt::ISODate), f);
        return;
    }
    lxw_datetime dt{d.year(),        d.month(),         d.day(),
                    t.time().hour(), t.time().minute(), double(t.time().second())};
    worksheet_write_datetime(s.ws, r, c, &dt, f);
}

void Builder::number(Sheet &s, lxw_row_t r, lxw_col_t c, ReportColumnType type, double v, lxw_format *f)
{
    if (!std::isfinite(v)) { // a blank keeps the totals row's border
        worksheet_write_blank(s.ws, r, c, f);
    } else {
        if (isTime(type))
            time(s, r, c, std::int64_t(v), f);
        else
            worksheet_write_number(s.ws, r, c, v, f);
        s.fit(c, numberChars(type, v));
    }
}

void Builder::cell(Sheet &s, lxw_row_t r, lxw_col_t c, const ReportColumn &column, const ReportCell &v,
                   bool total)
{
    const ReportColumnType type = column.type;
    lxw_format *f = cellFormat(column, total);
    if (const auto *str = std::get_if<QString>(&v))
        text(s, r, c, *str, f);
    else if (const auto n = numberOf(v))
        number(s, r, c, type, *n, f);
    else
        worksheet_write_blank(s.ws, r, c, f);
}

lxw_row_t Builder::writeKpis(Sheet &s, lxw_row_t headerRow, const std::vector<ReportKpi> &kpis)
{
    header(s, 0, XlsxReportWriter::tr("Metric"), false, headerRow);
    header(s, 1, XlsxReportWriter::tr("Value"), true, headerRow);
    header(s, 2, XlsxReportWriter::tr("Previous"), true, headerRow);
    header(s, 3, XlsxReportWriter::tr("Change"), true, headerRow);
    lxw_row_t r = headerRow;
    for (const ReportKpi &k : kpis) {
        ++r;
        text(s, r, 0, Labels::metricTitle(k.metric), nullptr);
        const ReportColumnType type = metricType(k.metric);
        if (!k.current.isNull)
            number(s, r, 1, type, k.current.asDouble(), cellFormat(type, false));
        if (!k.previous.isNull)
            number(s, r, 2, type, k.previous.asDouble(), cellFormat(type, false));
        // The engine gives the change in percent; Excel's % format wants a fraction.
        if (k.change)
            number(s, r, 3, ReportColumnType::Percent, *k.change / 100.0, m_change);
    }
    return r;
}

Placed Builder::writeTable(Sheet &s, lxw_col_t col, const ReportTable &t)
{
    Placed p{col, lxw_col_t(col + std::max<std::size_t>(t.columns.size(), 1) - 1), kHeaderRow};
    for (std::size_t c = 0; c < t.columns.size(); ++c)
        header(s, lxw_col_t(col + c), t.columns[c].header, t.columns[c].type != ReportColumnType::Text);
    lxw_row_t r = kFirstDataRow;
    auto writeRow = [&](const std::vector<ReportCell> &cells, bool total) {
        for (std::size_t c = 0; c < t.columns.size(); ++c)
            cell(s, r, lxw_col_t(col + c), t.columns[c], c < cells.size() ? cells[c] : kEmptyCell, total);
    };
    for (const auto &row : t.rows) {
        writeRow(row, false);
        p.lastRow = r++;
    }
    if (!t.totals.empty()) {
        // One empty row keeps the totals out of the filter's range, so
        // sorting the table never moves them among the values.
        ++r;
        writeRow(t.totals, true);
    }
    return p;
}

// The chart's data as a table: its categories, then one column per series.
ReportTable chartTable(const ReportChart &chart, const ReportTable &source)
{
    const bool line = chart.kind == ReportChart::Kind::Line;
    ReportTable t;
    t.columns.push_back(
        {source.columns.empty() ? QString() : source.columns.front().header,
         line && !source.columns.empty() ? source.columns.front().type : ReportColumnType::Text,
         std::nullopt});
    for (const ReportSeries &s : chart.series)
        t.columns.push_back({s.name, s.metric ? metricType(*s.metric) : ReportColumnType::Real, s.metric});
    const std::size_t n = line ? chart.buckets.size() : std::size_t(chart.categories.size());
    for (std::size_t r = 0; r < n; ++r) {
        std::vector<ReportCell> row;
        // No conditional expressions of ReportCell: GCC 12 then warns of an
        // uninitialized QString inside the variant.
        if (line)
            row.emplace_back(chart.buckets[r]);
        else
            row.emplace_back(chart.categories[qsizetype(r)]);
        for (const ReportSeries &s : chart.series) {
            if (r < s.values.size() && s.values[r])
                row.emplace_back(*s.values[r]);
            else
                row.emplace_back();
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

// The column of `t` holding exactly the values of column `c` of the chart
// table; -1 when none does.
int sameColumn(const ReportTable &t, const ReportTable &chart, std::size_t c)
{
    int found = -1;
    for (std::size_t tc = 0; tc < t.columns.size(); ++tc) {
        if (t.columns[tc].metric != chart.columns[c].metric)
            continue;
        bool same = t.rows.size() == chart.rows.size();
        for (std::size_t r = 0; same && r < t.rows.size(); ++r) {
            const ReportCell &a = tc < t.rows[r].size() ? t.rows[r][tc] : kEmptyCell;
            const ReportCell &b = chart.rows[r][c];
            const auto x = numberOf(a), y = numberOf(b);
            same = x || y ? x && y && std::abs(*x - *y) <= 1e-9 * std::max(1.0, std::abs(*x)) : a == b;
        }
        if (same && t.columns[tc].header == chart.columns[c].header)
            return int(tc); // a metric and its previous period may hold the same values
        if (same && found < 0)
            found = int(tc);
    }
    return found;
}

void Builder::addChart(Sheet &s, const ReportSectionData &section, const Placed &table, lxw_col_t freeCol)
{
    const ReportChart &chart = section.chart;
    const ReportTable data = chartTable(chart, section.tables.front());
    if (data.rows.empty() || chart.series.empty())
        return;
    const lxw_row_t lastRow = lxw_row_t(kFirstDataRow + data.rows.size() - 1);
    std::vector<lxw_col_t> cols;
    for (std::size_t c = 0; c < data.columns.size(); ++c) {
        const int found = sameColumn(section.tables.front(), data, c);
        if (found < 0 || (c == 0 && found != 0))
            break;
        cols.push_back(lxw_col_t(table.firstCol + found));
    }
    if (cols.size() < data.columns.size()) {
        // The chart shows more than the table (a pie's "Other" slice): its
        // numbers go next to the table, so the chart still reads cells.
        text(s, kCaptionRow, freeCol, XlsxReportWriter::tr("Chart data"), m_subtitle, false);
        const Placed p = writeTable(s, freeCol, data);
        cols.clear();
        for (lxw_col_t c = p.firstCol; c <= p.lastCol; ++c)
            cols.push_back(c);
        freeCol = lxw_col_t(p.lastCol + 2);
    }

    const bool line = chart.kind == ReportChart::Kind::Line;
    const bool pie = chart.kind == ReportChart::Kind::Pie;
    lxw_chart *c = workbook_add_chart(m_wb, line ? LXW_CHART_LINE : pie ? LXW_CHART_PIE : LXW_CHART_BAR);
    std::size_t metricIndex = 0;
    for (std::size_t i = 0; i < chart.series.size(); ++i) {
        const ReportSeries &series = chart.series[i];
        const lxw_col_t col = cols[i + 1];
        lxw_chart_series *cs = chart_add_series(c, nullptr, nullptr);
        chart_series_set_categories(cs, s.name, kFirstDataRow, cols[0], lastRow, cols[0]);
        chart_series_set_values(cs, s.name, kFirstDataRow, col, lastRow, col);
        chart_series_set_name_range(cs, s.name, kHeaderRow, col);
        if (line) {
            if (!series.comparison && i > 0)
                ++metricIndex;
            lxw_chart_line style{};
            style.color = kPalette[metricIndex % std::size(kPalette)];
            style.width = series.comparison ? 1.5f : 2.25f;
            style.dash_type = series.comparison ? LXW_CHART_LINE_DASH_DASH : LXW_CHART_LINE_DASH_SOLID;
            chart_series_set_line(cs, &style);
            // Markers only clutter a line with many points.
            const bool markers = data.rows.size() <= 31 && !series.comparison;
            chart_series_set_marker_type(cs, markers ? LXW_CHART_MARKER_CIRCLE : LXW_CHART_MARKER_NONE);
        } else if (pie) {
            chart_series_set_labels(cs);
            chart_series_set_labels_options(cs, LXW_FALSE, LXW_FALSE, LXW_FALSE);
            chart_series_set_labels_percentage(cs);
        }
    }
    // The title cell, so renaming the section in Excel renames the chart.
    chart_title_set_name_range(c, s.name, kTitleRow, 0);
    lxw_chart_options options{};
    options.x_scale = 1.5;
    options.y_scale = 1.5;
    options.description = const_cast<char *>(keep(section.title));
    if (line) {
        chart_legend_set_position(c, LXW_CHART_LEGEND_BOTTOM);
        // Viewers that draw from the chart's cached values would otherwise
        // label the axis with date serial numbers.
        const bool coarse = m_data.granularity >= Granularity::Month;
        const bool times = data.columns.front().type == ReportColumnType::DateTime;
        chart_axis_set_num_format(c->x_axis, coarse ? "mmm yyyy" : times ? "d mmm hh:mm" : "d mmm");
    } else if (pie) {
        chart_legend_set_position(c, LXW_CHART_LEGEND_RIGHT);
    } else {
        chart_axis_set_reverse(c->x_axis); // rank 1 at the top, as in the table
        chart_legend_set_position(c, LXW_CHART_LEGEND_NONE);
        options.y_scale = std::clamp(0.5 + 0.1 * double(data.rows.size()), 1.5, 4.0);
    }
    worksheet_insert_chart_opt(s.ws, kHeaderRow, freeCol, c, &options);
}

void Builder::writeSummary()
{
    Sheet s = addSheet(XlsxReportWriter::tr("Summary"));
    lxw_row_t r = 0;
    text(s, r, 0, m_data.tmpl.title, m_title, false);
    worksheet_set_row(s.ws, r++, 24, nullptr);
    if (!m_data.tmpl.description.isEmpty())
        text(s, r++, 0, m_data.tmpl.description, m_description, false);
    ++r;
    auto label = [&](const QString &name) { text(s, r, 0, name, m_label); };
    auto property = [&](const QString &name, const QString &value) {
        label(name);
        text(s, r++, 1, value, nullptr);
    };
    property(XlsxReportWriter::tr("Range"), m_data.rangeLabel());
    property(XlsxReportWriter::tr("Compared with"),
             m_data.previous.isEmpty() ? XlsxReportWriter::tr("No comparison") : m_data.previousLabel());
    property(XlsxReportWriter::tr("Time zone"), QString::fromUtf8(m_data.timeZone));
    label(XlsxReportWriter::tr("Generated"));
    number(s, r++, 1, ReportColumnType::DateTime, double(m_data.generatedMs / 1000), m_generated);
    property(XlsxReportWriter::tr("Workspace"), m_data.workspaceName);
    for (qsizetype i = 0; i < m_data.warnings.size(); ++i) {
        if (i == 0)
            label(XlsxReportWriter::tr("Warnings"));
        // Long messages run over the empty cells to their right.
        text(s, r++, 1, m_data.warnings[i], nullptr, false);
    }

    std::vector<ReportKpi> kpis;
    for (const ReportSectionData &section : m_data.sections) {
        if (section.section.kind == SectionKind::Kpis && section.error.isEmpty())
            kpis.insert(kpis.end(), section.kpis.begin(), section.kpis.end());
    }
    if (!kpis.empty()) {
        ++r;
        text(s, r++, 0, XlsxReportWriter::tr("Key figures"), m_subtitle, false);
        r = writeKpis(s, r, kpis) + 1;
    }

    // Text sections read as paragraphs here rather than as sheets of their own.
    std::vector<std::pair<lxw_row_t, QString>> paragraphs;
    static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
    for (const ReportSectionData &section : m_data.sections) {
        if (section.section.kind != SectionKind::Text)
            continue;
        ++r;
        text(s, r++, 0, section.title, m_subtitle, false);
        for (const QString &part : section.text.split(blankLine, Qt::SkipEmptyParts))
            paragraphs.emplace_back(r++, part.trimmed().left(kMaxCellChars));
    }
    double spanWidth = 0;
    for (lxw_col_t c = 0; c < kParagraphCols; ++c)
        spanWidth += s.widths.count(c) ? s.widths[c] : kMinWidth + 0.43;
    for (const auto &[row, paragraph] : paragraphs) {
        // Excel does not grow a merged row to its text; estimate the lines.
        double lines = 0;
        for (const QString &l : paragraph.split(QLatin1Char('\n')))
            lines += std::max(1.0, std::ceil(double(l.size()) * 1.1 / spanWidth));
        worksheet_merge_range(s.ws, row, 0, row, kParagraphCols - 1, paragraph.toUtf8().constData(),
                              m_paragraph);
        worksheet_set_row(s.ws, row, 15 * lines + 3, nullptr);
    }
    s.applyWidths();
}

void Builder::writeSection(const ReportSectionData &section)
{
    if (section.section.kind == SectionKind::Text)
        return;
    const QString title =
        section.title.isEmpty() ? ReportTemplates::kindTitle(section.section.kind) : section.title;
    Sheet s = addSheet(title);
    text(s, kTitleRow, 0, title, m_title, false);
    worksheet_set_row(s.ws, kTitleRow, 24, nullptr);
    std::vector<Placed> placed;
    if (!section.error.isEmpty()) {
        text(s, kHeaderRow, 0, section.error, m_error, false);
    } else if (section.section.kind == SectionKind::Kpis) {
        placed.push_back({0, 3, writeKpis(s, kHeaderRow, section.kpis)});
    } else {
        lxw_col_t col = 0;
        for (const ReportTable &t : section.tables) {
            if (!t.caption.isEmpty())
                text(s, kCaptionRow, col, t.caption, m_subtitle, false);
            placed.push_back(writeTable(s, col, t));
            col = lxw_col_t(placed.back().lastCol + 2);
        }
        if (placed.empty())
            text(s, kHeaderRow, 0, XlsxReportWriter::tr("No data in this range."), m_description, false);
    }
    if (!placed.empty()) {
        worksheet_freeze_panes(s.ws, kFirstDataRow, 0);
        // Excel allows one filter per sheet: the first table's.
        const Placed &first = placed.front();
        worksheet_autofilter(s.ws, kHeaderRow, first.firstCol, first.lastRow, first.lastCol);
        if (!section.tables.empty() && section.chart.kind != ReportChart::Kind::None)
            addChart(s, section, first, lxw_col_t(placed.back().lastCol + 2));
    }
    s.applyWidths();
}

} // namespace

bool XlsxReportWriter::write(const ReportData &data, const QString &path, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QFileInfo target(path);
    const QString file = QDir::toNativeSeparators(target.absoluteFilePath());
    const QString folder = QDir::toNativeSeparators(target.absolutePath());
    if (!target.absoluteDir().exists())
        return fail(tr("The folder \"%1\" does not exist. Choose an existing folder.").arg(folder));
    if (target.isDir())
        return fail(tr("\"%1\" is a folder. Choose a file name ending in .xlsx.").arg(file));
    if (!QFileInfo(target.absolutePath()).isWritable())
        return fail(
            tr("You cannot write to the folder \"%1\". Choose a folder you can write to.").arg(folder));
    if (target.exists() && !target.isWritable())
        return fail(tr("\"%1\" is read-only. Choose another file name or make the file writable.").arg(file));

    // Written next to the target and renamed over it at the end, so a failed
    // export leaves an earlier file as it was.
    const QString temp = target.absoluteDir().absoluteFilePath(
        QStringLiteral(".%1.%2.part")
            .arg(target.fileName())
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    lxw_workbook *wb = workbook_new(QFile::encodeName(temp).constData());
    if (!wb)
        return fail(tr("There is not enough memory to create the Excel file."));

    const QByteArray title = data.tmpl.title.toUtf8();
    const QByteArray subject = data.tmpl.description.toUtf8();
    QByteArray author("Eventscope");
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(title.constData());
    properties.subject = const_cast<char *>(subject.constData());
    properties.author = author.data();
    properties.created = time_t(data.generatedMs / 1000);
    workbook_set_properties(wb, &properties);

    Builder builder(wb, data);
    builder.writeSummary();
    for (const ReportSectionData &s : data.sections)
        builder.writeSection(s);

    if (const lxw_error err = workbook_close(wb); err != LXW_NO_ERROR) {
        QFile::remove(temp);
        const QString detail = QString::fromUtf8(lxw_strerror(err));
        if (err == LXW_ERROR_CREATING_TMPFILE)
            return fail(tr("No temporary file could be created for the Excel file (%1). Free some disk space "
                           "and export again.")
                            .arg(detail));
        return fail(
            tr("\"%1\" could not be written (%2). Check that you can write to the folder and that the "
               "disk is not full.")
                .arg(file, detail));
    }
    if (target.exists())
        QFile::setPermissions(temp, QFile::permissions(target.absoluteFilePath()));
    std::error_code ec;
    std::filesystem::rename(QFileInfo(temp).filesystemFilePath(), target.filesystemAbsoluteFilePath(), ec);
    if (ec) {
        QFile::remove(temp);
        return fail(tr("\"%1\" could not be replaced (%2). If it is open in another program such as Excel, "
                       "close it there and export again.")
                        .arg(file, QString::fromLocal8Bit(ec.message().c_str())));
    }
    return true;
}

} // namespace es::ui
