#include "workbench/sqlhighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace es::ui {

namespace {

const char *const kKeywords[] = {
    "select",       "from",     "where",     "group",     "by",     "order",     "having",   "limit",
    "offset",       "as",       "and",       "or",        "not",    "in",        "is",       "null",
    "like",         "glob",     "between",   "case",      "when",   "then",      "else",     "end",
    "join",         "left",     "inner",     "outer",     "cross",  "on",        "using",    "union",
    "all",          "distinct", "with",      "asc",       "desc",   "exists",    "cast",     "collate",
    "escape",       "except",   "intersect", "recursive", "over",   "partition", "window",   "filter",
    "values",       "explain",  "query",     "plan",      "pragma", "count",     "sum",      "avg",
    "min",          "max",      "total",     "coalesce",  "ifnull", "strftime",  "datetime", "date",
    "json_extract", "true",     "false"};

} // namespace

SqlHighlighter::SqlHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    QStringList words;
    for (const char *k : kKeywords)
        words << QString::fromLatin1(k);
    m_keywords =
        QRegularExpression(QStringLiteral("\\b(") + words.join(QLatin1Char('|')) + QStringLiteral(")\\b"),
                           QRegularExpression::CaseInsensitiveOption);
    updateFormats();
}

void SqlHighlighter::updateFormats()
{
    const QPalette p = QGuiApplication::palette();
    const bool dark = p.color(QPalette::Base).lightness() < 128;
    m_keyword.setForeground(dark ? QColor(0x82, 0xaa, 0xff) : QColor(0x1f, 0x4e, 0xb4));
    m_keyword.setFontWeight(QFont::DemiBold);
    m_string.setForeground(dark ? QColor(0xc3, 0xe8, 0x8d) : QColor(0x2e, 0x7d, 0x32));
    m_number.setForeground(dark ? QColor(0xf7, 0x8c, 0x6c) : QColor(0xb3, 0x40, 0x0d));
    m_comment.setForeground(p.color(QPalette::PlaceholderText));
    m_comment.setFontItalic(true);
    m_table.setForeground(dark ? QColor(0xff, 0xcb, 0x6b) : QColor(0x8e, 0x24, 0xaa));
}

void SqlHighlighter::setTableNames(const QStringList &names)
{
    QStringList escaped;
    for (const QString &n : names)
        escaped << QRegularExpression::escape(n);
    m_tables = escaped.isEmpty()
                   ? QRegularExpression()
                   : QRegularExpression(QStringLiteral("\\b(") + escaped.join(QLatin1Char('|')) +
                                            QStringLiteral(")\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    rehighlight();
}

void SqlHighlighter::highlightBlock(const QString &text)
{
    auto apply = [&](const QRegularExpression &re, const QTextCharFormat &format) {
        if (!re.isValid() || re.pattern().isEmpty())
            return;
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), format);
        }
    };
    apply(m_keywords, m_keyword);
    apply(m_tables, m_table);
    static const QRegularExpression number(QStringLiteral("\\b\\d+(\\.\\d+)?\\b"));
    apply(number, m_number);
    // Strings and comments last: what is inside them is neither keyword nor number.
    static const QRegularExpression string(QStringLiteral("'([^']|'')*'?"));
    apply(string, m_string);
    static const QRegularExpression comment(QStringLiteral("--[^\\n]*"));
    apply(comment, m_comment);
}

} // namespace es::ui
