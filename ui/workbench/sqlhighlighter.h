#pragma once
// Colours SQL in the console: keywords, strings, numbers, comments, and the
// workspace's table and view names, in colours taken from the palette so
// they read in light and dark.

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace es::ui {

class SqlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit SqlHighlighter(QTextDocument *document);
    // Names of tables and views, highlighted as such.
    void setTableNames(const QStringList &names);

protected:
    void highlightBlock(const QString &text) override;

private:
    void updateFormats();

    QRegularExpression m_keywords;
    QRegularExpression m_tables;
    QTextCharFormat m_keyword, m_string, m_number, m_comment, m_table;
};

} // namespace es::ui
