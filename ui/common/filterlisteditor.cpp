#include "common/filterlisteditor.h"

#include "query/dimensions.h"
#include "query/labels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace es::ui {

FilterListEditor::FilterListEditor(const QStringList &paramKeys, QWidget *parent)
    : QWidget(parent), m_paramKeys(paramKeys),
      m_valuesToolTip(tr("One or more values separated by commas; any of them matches")),
      m_valuesPlaceholder(tr("e.g. DE, AT")), m_rowsLayout(new QVBoxLayout), m_add(new QToolButton(this))
{
    setObjectName(QStringLiteral("filterBox"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    layout->addLayout(m_rowsLayout);
    m_add->setObjectName(QStringLiteral("addFilterButton"));
    m_add->setText(tr("&Add filter"));
    m_add->setToolTip(tr("Count only events with these values of a dimension; separate several values "
                         "with commas"));
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_add, &QToolButton::clicked, this, &FilterListEditor::addRow);
    auto *addRowLayout = new QHBoxLayout;
    addRowLayout->addWidget(m_add);
    addRowLayout->addStretch(1);
    layout->addLayout(addRowLayout);
}

void FilterListEditor::setValuesHint(const QString &toolTip, const QString &placeholder)
{
    m_valuesToolTip = toolTip;
    m_valuesPlaceholder = placeholder;
    for (const Row &r : m_rows) {
        r.values->setToolTip(toolTip);
        r.values->setPlaceholderText(placeholder);
    }
}

void FilterListEditor::setFilters(const std::vector<NamedFilter> &filters)
{
    for (const Row &r : m_rows)
        delete r.row;
    m_rows.clear();
    for (const NamedFilter &f : filters)
        appendRow(f);
    emit changed();
}

std::vector<NamedFilter> FilterListEditor::filters(bool keepEmpty) const
{
    std::vector<NamedFilter> out;
    for (const Row &r : m_rows) {
        const QString text = r.values->text();
        NamedFilter f{r.dimension->currentData().toString(),
                      text == r.loadedText ? r.loadedValues : splitValues(text)};
        if (keepEmpty || !f.values.isEmpty())
            out.push_back(f);
    }
    return out;
}

void FilterListEditor::addRow()
{
    appendRow(NamedFilter{QStringLiteral("url"), {}});
    m_rows.back().values->setFocus();
    emit changed();
}

void FilterListEditor::appendRow(const NamedFilter &filter)
{
    Row r;
    r.row = new QWidget(this);
    r.row->setObjectName(QStringLiteral("filterRow"));
    r.dimension = new QComboBox(r.row);
    r.dimension->setObjectName(QStringLiteral("filterDimensionCombo"));
    r.dimension->setAccessibleName(tr("Filter dimension"));
    r.dimension->setToolTip(tr("The dimension to filter on"));
    fillDimensions(r.dimension, m_paramKeys, filter.dimension);
    auto *is = new QLabel(tr("is"), r.row);
    r.values = new QLineEdit(r.row);
    r.values->setObjectName(QStringLiteral("filterValuesEdit"));
    r.values->setAccessibleName(tr("Filter values"));
    r.values->setToolTip(m_valuesToolTip);
    r.values->setPlaceholderText(m_valuesPlaceholder);
    r.loadedValues = filter.values;
    r.loadedText = filter.values.join(QStringLiteral(", "));
    r.values->setText(r.loadedText);
    auto *remove = new QToolButton(r.row);
    remove->setObjectName(QStringLiteral("removeFilterButton"));
    remove->setText(tr("Remove"));
    remove->setAccessibleName(tr("Remove filter"));
    remove->setToolTip(tr("Remove this filter"));
    auto *layout = new QHBoxLayout(r.row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(r.dimension);
    layout->addWidget(is);
    layout->addWidget(r.values, 1);
    layout->addWidget(remove);
    m_rowsLayout->addWidget(r.row);

    QWidget *row = r.row;
    connect(remove, &QToolButton::clicked, this, [this, row] { removeRow(row); });
    connect(r.dimension, &QComboBox::currentIndexChanged, this, &FilterListEditor::changed);
    connect(r.values, &QLineEdit::textChanged, this, &FilterListEditor::changed);
    m_rows.push_back(r);
}

void FilterListEditor::removeRow(QWidget *row)
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [row](const Row &r) { return r.row == row; });
    if (it == m_rows.end())
        return;
    m_rows.erase(it);
    // Later: the click that asked for this is still being delivered to the
    // row's button.
    row->hide();
    row->deleteLater();
    emit changed();
}

void FilterListEditor::fillDimensions(QComboBox *combo, const QStringList &paramKeys, const QString &current)
{
    QSignalBlocker block(combo);
    combo->clear();
    for (const DimensionDef &d : Dimensions::all()) {
        if (isParamDimension(d.id))
            continue;
        combo->addItem(Labels::dimensionTitle(d.id), Dimensions::name(d.id));
        combo->setItemData(combo->count() - 1, Dimensions::definition(d.id), Qt::ToolTipRole);
    }
    for (const QString &key : paramKeys) {
        if (!key.isEmpty())
            combo->addItem(QStringLiteral("params.") + key, QStringLiteral("params.") + key);
    }
    int index = combo->findData(current);
    if (index < 0 && !current.isEmpty()) {
        combo->addItem(current, current);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(0, index));
}

QStringList FilterListEditor::splitValues(const QString &text)
{
    QStringList values;
    for (const QString &v : text.split(QLatin1Char(','))) {
        if (!v.trimmed().isEmpty())
            values << v.trimmed();
    }
    return values;
}

} // namespace es::ui
