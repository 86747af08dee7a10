#include "export/pdfreportwriter.h"

#include "charts/charttheme.h"
#include "export/reportcellformat.h"
#include "export/reportchartbuilder.h"
#include "query/labels.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextLayout>
#include <QTextOption>
#include <algorithm>
#include <cmath>
#include <functional>
#include <iterator>
#include <numeric>
#include <vector>

namespace es::ui {

namespace {

const QColor kText(0x1d, 0x23, 0x2b);
const QColor kMuted(0x5f, 0x6b, 0x7a);
const QColor kAccent(0x1f, 0x4e, 0x79);
const QColor kRule(0xc9, 0xd1, 0xdb);
const QColor kHeaderFill(0xe4, 0xea, 0xf1);
const QColor kZebra(0xf5, 0xf7, 0xf9);
const QColor kTile(0xf3, 0xf6, 0xf9);
const QColor kErrorFill(0xfd, 0xec, 0xea);
const QColor kErrorText(0x9b, 0x1c, 0x1c);
const QColor kNoteFill(0xfd, 0xf6, 0xe3);

// TimeSeries tables longer than this are left to the Excel export: pages of
// hourly numbers are not something a reader of the PDF wants.
constexpr int kMaxSeriesRows = 31;

QFont reportFont(double pt, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(pt);
    f.setBold(bold);
    // A tiny letter spacing turns ligatures off, so "fi" stays two letters
    // that search and copy find in the PDF.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

// Positions everything in device units of the PDF writer in a first pass, so
// that the page count is known when the footers are painted.
class Layout
{
public:
    Layout(QPdfWriter &writer, const ReportData &data)
        : m_writer(writer), m_data(data), m_dpp(writer.resolution() / 72.0)
    {
        const QRect r = writer.pageLayout().paintRectPixels(writer.resolution());
        m_width = r.width();
        m_height = r.height();
        m_bottom = m_height - pt(22);
        newPage();
    }

    void build();
    void paint(QPainter &p) const;

private:
    using Op = std::function<void(QPainter &)>;

    double pt(double v) const { return v * m_dpp; }
    QFontMetricsF metrics(const QFont &f) const { return QFontMetricsF(f, &m_writer); }
    // The lines of `text` at `width`; a word longer than a line (a URL)
    // breaks anywhere rather than run past the margin.
    QStringList lines(const QString &text, const QFont &f, double width) const
    {
        QStringList out;
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        for (const QString &para : text.split(QLatin1Char('\n'))) {
            QTextLayout layout(para, f, &m_writer);
            layout.setTextOption(option);
            layout.beginLayout();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(width);
                out << para.mid(line.textStart(), line.textLength()).trimmed();
            }
            layout.endLayout();
        }
        return out;
    }
    QString wrap(const QString &text, const QFont &f, double width) const
    {
        return lines(text, f, width).join(QLatin1Char('\n'));
    }
    double wrappedHeight(const QFont &f, double width, const QString &text) const
    {
        return std::max<qsizetype>(1, lines(text, f, width).size()) * metrics(f).lineSpacing();
    }
    bool atTop() const { return m_y <= m_top + 0.5; }
    void add(Op op) { m_pages.back().push_back(std::move(op)); }
    void addText(const QRectF &r, const QFont &f, const QColor &c, const QString &text,
                 int flags = Qt::AlignLeft | Qt::AlignTop)
    {
        add([=](QPainter &p) {
            p.setFont(f);
            p.setPen(c);
            p.drawText(r, flags, text);
        });
    }
    // One line that is cut at the width rather than run past it.
    void addLine(double y, double h, const QFont &f, const QColor &c, const QString &text)
    {
        addText(QRectF(0, y, m_width, h), f, c, metrics(f).elidedText(text, Qt::ElideRight, m_width));
    }
    void addRule(double y, const QColor &c, double widthPt, double length = 0)
    {
        add([=, this](QPainter &p) {
            p.setPen(QPen(c, pt(widthPt)));
            p.drawLine(QPointF(0, y), QPointF(length > 0 ? length : m_width, y));
        });
    }
    void gap(double points)
    {
        if (!atTop())
            m_y += pt(points);
    }
    void newPage()
    {
        m_pages.emplace_back();
        m_top = m_pages.size() == 1 ? 0 : pt(28);
        m_y = m_top;
    }
    double titleHeight() const
    {
        return m_pendingTitle.isEmpty() ? 0 : metrics(reportFont(13, true)).height() + pt(9);
    }
    // Moves to a new page unless `h` (and a pending section title) fits.
    void keep(double h)
    {
        if (m_y + titleHeight() + h > m_bottom && !atTop())
            newPage();
    }
    // Places a block of height h (after the pending title) and returns its y.
    double reserve(double h)
    {
        keep(h);
        if (!m_pendingTitle.isEmpty()) {
            const double th = titleHeight();
            addLine(m_y, th, reportFont(13, true), kAccent, m_pendingTitle);
            addRule(m_y + th - pt(4.5), kRule, 0.75);
            m_pendingTitle.clear();
            m_y += th;
        }
        const double y = m_y;
        m_y += h;
        return y;
    }

    void titleBlock();
    void section(const ReportSectionData &s);
    void kpis(const ReportSectionData &s);
    void chart(const ReportSectionData &s);
    void table(const ReportTable &t, const QString &sectionTitle);
    void paragraphs(const QString &text, const QFont &font, const QColor &color);
    void box(const QString &text, const QColor &fill, const QColor &color);
    void note(const QString &text);

    QPdfWriter &m_writer;
    const ReportData &m_data;
    double m_dpp; // device units per point
    double m_width = 0, m_height = 0;
    double m_top = 0, m_bottom = 0, m_y = 0;
    QString m_pendingTitle;
    std::vector<std::vector<Op>> m_pages;
};

void Layout::build()
{
    titleBlock();
    for (const QString &w : m_data.warnings) {
        gap(6);
        box(w, kNoteFill, kText);
    }
    for (const ReportSectionData &s : m_data.sections)
        section(s);
}

void Layout::titleBlock()
{
    const QFont titleFont = reportFont(20, true);
    const double titleH = wrappedHeight(titleFont, m_width, m_data.tmpl.title);
    addText(QRectF(0, reserve(titleH), m_width, titleH), titleFont, kAccent,
            wrap(m_data.tmpl.title, titleFont, m_width));
    if (!m_data.tmpl.description.isEmpty()) {
        m_y += pt(3);
        paragraphs(m_data.tmpl.description, reportFont(10), kMuted);
    }
    m_y += pt(10);

    // Facts in a grid of three: a small label above each value.
    std::vector<std::pair<QString, QString>> facts{{PdfReportWriter::tr("Period"), m_data.rangeLabel()}};
    if (const QString prev = m_data.previousLabel(); !prev.isEmpty())
        facts.emplace_back(PdfReportWriter::tr("Compared with"), prev);
    if (!m_data.workspaceName.isEmpty())
        facts.emplace_back(PdfReportWriter::tr("Workspace"), m_data.workspaceName);
    facts.emplace_back(PdfReportWriter::tr("Time zone"), QString::fromUtf8(m_data.timeZone));
    facts.emplace_back(PdfReportWriter::tr("Generated"), ReportCellFormat::generated(m_data));
    const QFont labelFont = reportFont(7.5, true), valueFont = reportFont(9.5);
    const int cols = 3;
    const double colW = (m_width - pt(12) * (cols - 1)) / cols;
    for (size_t i = 0; i < facts.size(); i += cols) {
        double rowH = 0;
        for (size_t j = i; j < std::min(facts.size(), i + cols); ++j)
            rowH = std::max(rowH, wrappedHeight(valueFont, colW, facts[j].second));
        const double labelH = metrics(labelFont).height();
        const double y = reserve(labelH + pt(1.5) + rowH);
        for (size_t j = i; j < std::min(facts.size(), i + cols); ++j) {
            const double x = double(j - i) * (colW + pt(12));
            addText(QRectF(x, y, colW, labelH), labelFont, kMuted,
                    metrics(labelFont).elidedText(QLocale().toUpper(facts[j].first), Qt::ElideRight, colW));
            addText(QRectF(x, y + labelH + pt(1.5), colW, rowH), valueFont, kText,
                    wrap(facts[j].second, valueFont, colW));
        }
        m_y += pt(7);
    }
    addRule(m_y + pt(2), kAccent, 1.5);
    m_y += pt(18);
}

void Layout::section(const ReportSectionData &s)
{
    gap(18);
    m_pendingTitle = s.title;
    if (!s.error.isEmpty()) {
        box(s.error, kErrorFill, kErrorText);
        return;
    }
    switch (s.section.kind) {
    case SectionKind::Kpis:
        kpis(s);
        break;
    case SectionKind::Text:
        paragraphs(s.text, reportFont(9.5), kText);
        m_pendingTitle.clear(); // a section without text is left out
        break;
    default: {
        const bool drawn = ReportChartBuilder::hasChart(s);
        if (drawn)
            chart(s);
        if (s.section.kind == SectionKind::Pie && drawn)
            break; // the legend beside the pie lists the values
        for (const ReportTable &t : s.tables) {
            gap(10);
            if (s.section.kind == SectionKind::TimeSeries && t.rows.size() > size_t(kMaxSeriesRows)) {
                note(PdfReportWriter::tr("%n periods: the Excel export of this report lists each one.", "",
                                         int(t.rows.size())));
                continue;
            }
            table(t, s.title);
        }
        break;
    }
    }
    if (!m_pendingTitle.isEmpty()) // nothing was placed
        note(PdfReportWriter::tr("No data in this period."));
    m_pendingTitle.clear();
}

void Layout::kpis(const ReportSectionData &s)
{
    const int n = int(s.kpis.size());
    if (n == 0)
        return;
    const int cols = n <= 4 ? n : (n % 3 == 0 || n == 5 ? 3 : 4);
    const double gapW = pt(8), pad = pt(8);
    const double tileW = (m_width - gapW * (cols - 1)) / cols, inner = tileW - 2 * pad;
    const QFont titleFont = reportFont(8), changeFont = reportFont(8), changeBold = reportFont(8, true);
    const QPalette pal(Qt::white); // paper: the light theme's greens and reds
    for (int row = 0; row * cols < n; ++row) {
        const int first = row * cols, last = std::min(n, first + cols);
        double titleH = 0;
        for (int i = first; i < last; ++i)
            titleH = std::max(titleH,
                              wrappedHeight(titleFont, inner, Labels::metricTitle(s.kpis[size_t(i)].metric)));
        const double valueH = metrics(reportFont(17, true)).height();
        const double changeH = metrics(changeFont).height();
        const double tileH = pad + titleH + pt(3) + valueH + pt(2) + changeH + pad;
        if (row > 0)
            m_y += gapW;
        const double y = reserve(tileH);
        for (int i = first; i < last; ++i) {
            const ReportKpi &k = s.kpis[size_t(i)];
            const double x = (i - first) * (tileW + gapW);
            const QString value = k.current.isNull
                                      ? ReportCellFormat::nullText()
                                      : ReportCellFormat::metricValue(k.metric, k.current.asDouble());
            // A long value (bytes, durations) gets a smaller font, never a cut.
            QFont valueFont = reportFont(17, true);
            while (metrics(valueFont).horizontalAdvance(value) > inner && valueFont.pointSizeF() > 9)
                valueFont.setPointSizeF(valueFont.pointSizeF() - 1);
            const auto line = ReportCellFormat::kpiChange(k, m_data.comparison != Comparison::None);
            const QColor tone = line.tone > 0 ? theme::up(pal) : line.tone < 0 ? theme::down(pal) : kMuted;
            add([=, this](QPainter &p) {
                p.setPen(QPen(kRule, pt(0.5)));
                p.setBrush(kTile);
                p.drawRoundedRect(QRectF(x, y, tileW, tileH), pt(3), pt(3));
            });
            const double tx = x + pad, vy = y + pad + titleH + pt(3), cy = vy + valueH + pt(2);
            const double cw = metrics(changeBold).horizontalAdvance(line.change);
            addText(QRectF(tx, y + pad, inner, titleH), titleFont, kMuted,
                    wrap(Labels::metricTitle(k.metric), titleFont, inner));
            addText(QRectF(tx, vy, inner, valueH), valueFont, kText, value, Qt::AlignLeft | Qt::AlignVCenter);
            addText(QRectF(tx, cy, inner, changeH), changeBold, tone, line.change);
            addText(QRectF(tx + cw, cy, inner - cw, changeH), changeFont, kMuted,
                    metrics(changeFont).elidedText(line.previous, Qt::ElideRight, inner - cw));
        }
    }
}

void Layout::chart(const ReportSectionData &s)
{
    // A chart is one block: it never splits across pages.
    const double h = pt(ReportChartBuilder::preferredHeight(s, m_width / m_dpp));
    const QRectF target(0, reserve(h), m_width, h);
    const ReportData *data = &m_data;
    const ReportSectionData *section = &s;
    add([=](QPainter &p) { ReportChartBuilder::paint(p, target, *section, *data); });
    const int shown = ReportChartBuilder::barCount(s.chart);
    if (s.chart.kind == ReportChart::Kind::Bar && shown < s.chart.categories.size()) {
        m_y += pt(3);
        note(PdfReportWriter::tr("The chart shows the first %1 of %2; the table lists all.")
                 .arg(shown)
                 .arg(s.chart.categories.size()));
    }
}

void Layout::table(const ReportTable &t, const QString &sectionTitle)
{
    const QFont body = reportFont(8), bold = reportFont(8, true), captionFont = reportFont(9, true);
    const QFontMetricsF fm = metrics(body), fmb = metrics(bold);
    // The slop keeps a value that fits exactly from being elided by the
    // rounding of text widths.
    const double padX = pt(5), padY = pt(3), slop = pt(1);
    const int nc = int(t.columns.size());
    if (nc == 0)
        return;
    const double captionH = metrics(captionFont).height() + pt(4);
    if (t.rows.empty()) {
        if (!t.caption.isEmpty())
            paragraphs(t.caption, captionFont, kText);
        note(PdfReportWriter::tr("None in this period."));
        return;
    }

    auto format = [&](const std::vector<ReportCell> &cells) {
        std::vector<QString> out;
        for (size_t c = 0; c < t.columns.size(); ++c)
            out.push_back(c < cells.size() ? ReportCellFormat::text(t.columns[c], cells[c], m_data)
                                           : QString());
        return out;
    };
    std::vector<std::vector<QString>> rows;
    for (const auto &r : t.rows)
        rows.push_back(format(r));
    const std::vector<QString> totals = t.totals.empty() ? std::vector<QString>() : format(t.totals);

    // Natural widths; text columns give way (elided in the middle) when the
    // numbers need the room, and take the slack when there is some.
    std::vector<double> widths, minimum;
    std::vector<bool> isText;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (int c = 0; c < nc; ++c) {
        const ReportColumn &col = t.columns[size_t(c)];
        double values = totals.empty() ? 0 : fmb.horizontalAdvance(totals[size_t(c)]), word = 0;
        for (const auto &r : rows)
            values = std::max(values, fm.horizontalAdvance(r[size_t(c)]));
        for (const QString &part : col.header.split(space))
            word = std::max(word, fmb.horizontalAdvance(part));
        isText.push_back(col.type == ReportColumnType::Text);
        widths.push_back(std::max(values, fmb.horizontalAdvance(col.header)) + 2 * padX + slop);
        minimum.push_back(std::max(word, isText.back() ? std::min(values, pt(80)) : values) + 2 * padX +
                          slop);
    }
    auto sum = [](const std::vector<double> &v) { return std::accumulate(v.begin(), v.end(), 0.0); };
    const int textCols = int(std::count(isText.begin(), isText.end(), true));
    // A narrow table (a dimension and a count) is not stretched across the
    // page, where the eye loses the row between label and number.
    const double w = sum(widths) < m_width * 0.6 ? m_width * 0.6 : m_width;
    double slack = w - sum(widths);
    for (int pass = 0; pass < 2 && slack < 0; ++pass) {
        // First the text columns shrink, then the numeric ones down to their
        // values (their headers wrap).
        double room = 0;
        for (int c = 0; c < nc; ++c)
            if (isText[size_t(c)] == (pass == 0))
                room += widths[size_t(c)] - minimum[size_t(c)];
        const double take = std::min(1.0, room > 0 ? -slack / room : 0);
        for (int c = 0; c < nc; ++c)
            if (isText[size_t(c)] == (pass == 0))
                widths[size_t(c)] -= (widths[size_t(c)] - minimum[size_t(c)]) * take;
        slack = w - sum(widths);
    }
    for (int c = 0; c < nc; ++c) {
        if (slack < 0) // still too wide: everything shrinks and elides
            widths[size_t(c)] *= w / (w - slack);
        else if (textCols == 0 || isText[size_t(c)])
            widths[size_t(c)] += slack / (textCols == 0 ? nc : textCols);
    }
    std::vector<double> xs(size_t(nc) + 1, 0);
    for (int c = 0; c < nc; ++c)
        xs[size_t(c) + 1] = xs[size_t(c)] + widths[size_t(c)];

    double headerH = 0;
    for (int c = 0; c < nc; ++c)
        headerH =
            std::max(headerH, wrappedHeight(bold, widths[size_t(c)] - 2 * padX, t.columns[size_t(c)].header));
    headerH += 2 * padY;
    const double rowH = fm.height() + 2 * padY;

    std::vector<Qt::Alignment> aligns;
    std::vector<Qt::TextElideMode> elide;
    for (const ReportColumn &c : t.columns) {
        aligns.push_back(ReportCellFormat::alignRight(c.type) ? Qt::AlignRight : Qt::AlignLeft);
        // The distinct end of a URL or path matters as much as its start.
        elide.push_back(c.type == ReportColumnType::Text ? Qt::ElideMiddle : Qt::ElideRight);
    }
    auto drawRow = [=, this](QPainter &p, double y, double h, const std::vector<QString> &texts,
                             const QFont &f, bool header) {
        const QFontMetricsF m = metrics(f);
        p.setFont(f);
        p.setPen(kText);
        for (int c = 0; c < nc; ++c) {
            const QRectF cell(xs[size_t(c)] + padX, y, widths[size_t(c)] - 2 * padX, h);
            const Qt::Alignment a = aligns[size_t(c)];
            if (header) {
                p.drawText(cell, int(a | Qt::AlignBottom), texts[size_t(c)]);
                continue;
            }
            p.drawText(cell, int(a | Qt::AlignVCenter),
                       m.elidedText(texts[size_t(c)], elide[size_t(c)], cell.width()));
        }
    };
    std::vector<QString> headers;
    for (int c = 0; c < nc; ++c)
        headers.push_back(wrap(t.columns[size_t(c)].header, bold, widths[size_t(c)] - 2 * padX));
    auto header = [&]() {
        const double y = reserve(headerH);
        add([=](QPainter &p) {
            p.fillRect(QRectF(0, y, w, headerH), kHeaderFill);
            drawRow(p, y + padY, headerH - 2 * padY, headers, bold, true);
        });
    };

    // A short table stays in one piece; a long one starts with a few rows.
    const int allRows = int(rows.size() + (totals.empty() ? 0 : 1));
    const bool whole = allRows * rowH < (m_bottom - pt(28)) / 3;
    const size_t pages = m_pages.size();
    keep((t.caption.isEmpty() ? 0 : captionH) + headerH + (whole ? allRows : std::min(3, allRows)) * rowH);
    if (m_pages.size() != pages && m_pendingTitle.isEmpty())
        addLine(reserve(captionH), captionH, body, kMuted,
                PdfReportWriter::tr("%1 (continued)").arg(sectionTitle));
    if (!t.caption.isEmpty())
        addLine(reserve(captionH), captionH, captionFont, kText, t.caption);
    header();
    const QString continued =
        PdfReportWriter::tr("%1 (continued)")
            .arg(t.caption.isEmpty() ? sectionTitle
                                     : PdfReportWriter::tr("%1: %2").arg(sectionTitle, t.caption));
    for (size_t i = 0; i < rows.size(); ++i) {
        // The totals row never stands alone at the top of a page.
        const double need = rowH * ((i + 1 == rows.size() && !totals.empty()) ? 2 : 1);
        if (m_y + need > m_bottom) {
            newPage();
            addLine(reserve(captionH), captionH, body, kMuted, continued);
            header();
        }
        const double y = reserve(rowH);
        const bool zebra = i % 2 == 1;
        add([=, texts = rows[i]](QPainter &p) {
            if (zebra)
                p.fillRect(QRectF(0, y, w, rowH), kZebra);
            drawRow(p, y, rowH, texts, body, false);
        });
    }
    if (totals.empty()) {
        addRule(m_y, kRule, 0.75, w);
        return;
    }
    const double y = reserve(rowH);
    addRule(y, kText, 0.8, w);
    add([=](QPainter &p) { drawRow(p, y, rowH, totals, bold, false); });
}

void Layout::paragraphs(const QString &text, const QFont &font, const QColor &color)
{
    static const QRegularExpression blank(QStringLiteral("\\n\\s*\\n"));
    const QStringList paras = text.trimmed().split(blank, Qt::SkipEmptyParts);
    const double lineH = metrics(font).lineSpacing();
    for (qsizetype i = 0; i < paras.size(); ++i) {
        if (i > 0)
            m_y += pt(6);
        // Line by line, so a long paragraph continues on the next page.
        for (const QString &line : lines(paras[i], font, m_width))
            addText(QRectF(0, reserve(lineH), m_width, lineH), font, color, line,
                    Qt::AlignLeft | Qt::AlignVCenter);
    }
}

void Layout::box(const QString &text, const QColor &fill, const QColor &color)
{
    const QFont f = reportFont(9);
    const double pad = pt(7), inner = m_width - 2 * pad - pt(3);
    const QString wrapped = wrap(text, f, inner);
    const double h = wrappedHeight(f, inner, text) + 2 * pad;
    const double y = reserve(h);
    const double w = m_width;
    add([=, this](QPainter &p) {
        p.fillRect(QRectF(0, y, w, h), fill);
        p.fillRect(QRectF(0, y, pt(3), h), color);
        p.setFont(f);
        p.setPen(color);
        p.drawText(QRectF(pad + pt(3), y + pad, inner, h - 2 * pad), Qt::AlignLeft | Qt::AlignTop, wrapped);
    });
}

void Layout::note(const QString &text)
{
    paragraphs(text, reportFont(8), kMuted);
}

void Layout::paint(QPainter &p) const
{
    const QFont small = reportFont(7.5);
    const QFontMetricsF fm = metrics(small);
    const int count = int(m_pages.size());
    const QString right = PdfReportWriter::tr("%1 · generated %2")
                              .arg(QString::fromUtf8(m_data.timeZone), ReportCellFormat::generated(m_data));
    // A long title gives way; the range always shows in full.
    const QString range = PdfReportWriter::tr(" · %1").arg(m_data.rangeLabel());
    const double titleW = m_width - fm.horizontalAdvance(right) - fm.horizontalAdvance(range) - pt(12);
    const QString left = fm.elidedText(m_data.tmpl.title, Qt::ElideRight, titleW) + range;
    const double h = fm.height();
    auto rule = [&](double y) {
        p.setPen(QPen(kRule, pt(0.75)));
        p.drawLine(QPointF(0, y), QPointF(m_width, y));
        p.setFont(small);
        p.setPen(kMuted);
    };
    for (int i = 0; i < count; ++i) {
        if (i > 0) {
            // The running header: what, when and in which zone, as the first
            // page says in full.
            m_writer.newPage();
            rule(h + pt(4));
            p.drawText(QRectF(0, 0, m_width, h), Qt::AlignLeft, left);
            p.drawText(QRectF(0, 0, m_width, h), Qt::AlignRight, right);
        }
        for (const Op &op : m_pages[size_t(i)]) {
            p.save();
            op(p);
            p.restore();
        }
        const double fy = m_height - h;
        rule(fy - pt(5));
        const QString page = PdfReportWriter::tr("Page %1 of %2").arg(i + 1).arg(count);
        const double room = m_width - fm.horizontalAdvance(page) - pt(12);
        p.drawText(QRectF(0, fy, room, h), Qt::AlignLeft,
                   fm.elidedText(m_data.workspaceName, Qt::ElideRight, room));
        p.drawText(QRectF(0, fy, m_width, h), Qt::AlignRight, page);
    }
}

} // namespace

QPageSize::PageSizeId PdfReportWriter::defaultPageSize(const QLocale &locale)
{
    // Where Letter is the usual paper (CLDR): the US, Canada, Mexico, parts
    // of Central and South America, and the Philippines.
    static const QLocale::Territory letter[] = {
        QLocale::UnitedStates, QLocale::Canada,     QLocale::Mexico,     QLocale::Belize,    QLocale::Chile,
        QLocale::Colombia,     QLocale::CostaRica,  QLocale::Guatemala,  QLocale::Nicaragua, QLocale::Panama,
        QLocale::Philippines,  QLocale::PuertoRico, QLocale::ElSalvador, QLocale::Venezuela};
    if (locale.measurementSystem() == QLocale::ImperialUSSystem ||
        std::find(std::begin(letter), std::end(letter), locale.territory()) != std::end(letter))
        return QPageSize::Letter;
    return QPageSize::A4;
}

bool PdfReportWriter::write(const ReportData &data, const QString &path, QString *error,
                            const PdfReportOptions &options)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QFileInfo info(path);
    if (!info.dir().exists())
        return fail(tr("The folder %1 does not exist. Choose an existing folder or create it first.")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));

    // Painted into memory first: a failed export leaves an earlier file of
    // the same name as it was.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(data.tmpl.title);
        writer.setCreator(options.creator);
        writer.setPageSize(QPageSize(options.pageSize.value_or(defaultPageSize())));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        Layout layout(writer, data);
        layout.build();
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(
                tr("The PDF could not be started. Try again; if it keeps failing, restart Eventscope."));
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        layout.paint(painter);
        painter.end();
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("%1 cannot be written (%2). Choose a folder you can write to, or close the file if "
                       "another program has it open.")
                        .arg(QDir::toNativeSeparators(info.absoluteFilePath()), file.errorString()));
    if (file.write(pdf) != pdf.size() || !file.commit())
        return fail(tr("%1 could not be saved (%2). Check that the disk has free space and try again.")
                        .arg(QDir::toNativeSeparators(info.absoluteFilePath()), file.errorString()));
    return true;
}

} // namespace es::ui
