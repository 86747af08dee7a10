#include "dashboard/filterbar.h"

#include "query/labels.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <algorithm>

namespace es::ui {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent), m_layout(new QHBoxLayout(this)), m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_layout->setContentsMargins(8, 2, 8, 2);
    m_layout->setSpacing(6);
    m_hint->setText(tr("Click a bar, slice or row to filter by it."));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_layout->addWidget(m_hint);
    m_layout->addStretch(1);
    setAccessibleName(tr("Filters"));
}

int FilterBar::chipCount() const
{
    return int(std::count_if(m_chips.begin(), m_chips.end(),
                             [](QWidget *w) { return w->objectName() == QLatin1String("filterChip"); }));
}

void FilterBar::setFilters(const std::vector<Filter> &filters, const QStringList &paramKeys)
{
    for (QWidget *w : m_chips)
        delete w;
    m_chips.clear();
    m_hint->setVisible(filters.empty());
    int i = 0;
    for (const Filter &f : filters) {
        auto *chip = new QToolButton(this);
        const QString dim = isParamDimension(f.dimension) ? Dimensions::name(f.dimension, paramKeys)
                                                          : Labels::dimensionTitle(f.dimension);
        QStringList values;
        for (const QString &v : f.values)
            values << (v.isEmpty() ? tr("(none)") : v);
        chip->setText(tr("%1: %2  ×").arg(dim, values.join(QStringLiteral(", "))));
        chip->setToolTip(tr("Remove this filter (Delete)"));
        chip->setAccessibleName(
            tr("Filter %1 is %2; press to remove").arg(dim, values.join(QStringLiteral(", "))));
        chip->setObjectName(QStringLiteral("filterChip"));
        chip->setAutoRaise(false);
        chip->setStyleSheet(
            QStringLiteral("QToolButton { border: 1px solid palette(highlight); border-radius: 10px; "
                           "padding: 2px 8px; background: palette(alternate-base); }"));
        connect(chip, &QToolButton::clicked, this, [this, i] { emit removeRequested(i); });
        m_layout->insertWidget(m_layout->count() - 1, chip);
        m_chips.push_back(chip);
        ++i;
    }
    if (filters.size() > 1) {
        auto *clear = new QToolButton(this);
        clear->setText(tr("Clear all"));
        clear->setAutoRaise(true);
        clear->setObjectName(QStringLiteral("clearFilters"));
        connect(clear, &QToolButton::clicked, this, &FilterBar::clearRequested);
        m_layout->insertWidget(m_layout->count() - 1, clear);
        m_chips.push_back(clear);
    }
}

} // namespace es::ui
