#pragma once
// The filters of a rule or report template as rows of "dimension is values",
// with Add filter and Remove: the dimension from a combo (the built-in
// dimensions and the workspace's params.* keys), the values typed and
// separated by commas. Object names (filterRow, filterDimensionCombo,
// filterValuesEdit, removeFilterButton, addFilterButton) are stable for
// tests and accessibility tools.

#include "query/namedfilter.h"

#include <QWidget>
#include <vector>

class QComboBox;
class QLineEdit;
class QToolButton;
class QVBoxLayout;

namespace es::ui {

class FilterListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FilterListEditor(const QStringList &paramKeys, QWidget *parent = nullptr);

    void setFilters(const std::vector<es::NamedFilter> &filters);
    // Every row; rows without values too (keepEmpty) or not.
    std::vector<es::NamedFilter> filters(bool keepEmpty) const;
    int rowCount() const { return int(m_rows.size()); }

    void setValuesHint(const QString &toolTip, const QString &placeholder);
    QToolButton *addButton() const { return m_add; }
    // Adds a row (dimension url, no values) and puts the cursor in it.
    void addRow();

    // Fills a dimension combo: the built-in dimensions, then "params.KEY"
    // for each key; `current` is selected, and kept as an entry of its own
    // when it is unknown here (a params key of another workspace), so that
    // nothing changes behind the user's back.
    static void fillDimensions(QComboBox *combo, const QStringList &paramKeys, const QString &current);
    // "a, b,,c " -> a, b, c.
    static QStringList splitValues(const QString &text);

signals:
    void changed();

private:
    struct Row
    {
        QWidget *row = nullptr;
        QComboBox *dimension = nullptr;
        QLineEdit *values = nullptr;
        // A value may itself hold a comma: the loaded values are kept as they
        // were unless the field is edited.
        QStringList loadedValues;
        QString loadedText;
    };

    void appendRow(const es::NamedFilter &filter);
    void removeRow(QWidget *row);

    QStringList m_paramKeys;
    QString m_valuesToolTip;
    QString m_valuesPlaceholder;
    QVBoxLayout *m_rowsLayout;
    QToolButton *m_add;
    std::vector<Row> m_rows;
};

} // namespace es::ui
