#include "charts/tablecard.h"

#include "charts/barcelldelegate.h"
#include "charts/valueformat.h"
#include "models/resulttablemodel.h"
#include "query/dimensions.h"
#include "query/queryservice.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace es::ui {

TableCard::TableCard(const WidgetSpec &spec, QWidget *parent)
    : ChartCard(spec, parent), m_model(new ResultTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ResultTableModel::RawValueRole);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new BarCellDelegate(m_view));
    m_view->setObjectName(QStringLiteral("topTable"));
    m_view->setAccessibleName(title());
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setToolTip(tr("Double-click or press Enter on a row to filter by it."));
    setBody(m_view);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (!m_dimension)
            return;
        const QString key = keyOf(m_proxy->mapToSource(index).row());
        if (!key.isNull())
            emit filterRequested(Filter{*m_dimension, {key}});
    });
}

QString TableCard::keyOf(int sourceRow) const
{
    const es::QueryResult &r = m_model->result();
    if (sourceRow < 0 || sourceRow >= m_model->rowCount())
        return {};
    for (size_t c = 0; c < r.columns.size(); ++c) {
        if (r.columns[c].role == ResultColumn::Role::Dimension)
            return ValueFormat::text(m_model->cell(sourceRow, int(c)));
    }
    return {};
}

void TableCard::apply(const QueryResult &r)
{
    QStringList metrics;
    for (const MetricId m : m_spec.metrics)
        metrics << Metrics::name(m);
    const QString shape = Dimensions::name(*m_dimension) + QLatin1Char('|') + metrics.join(QLatin1Char(',')) +
                          QLatin1Char('|') + QString::number(m_spec.topN);
    const bool sameTable = shape == m_shape && m_model->rowCount() > 0;
    m_shape = shape;

    QString selected;
    if (sameTable) {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            selected = keyOf(m_proxy->mapToSource(rows.first()).row());
    }
    const int scroll = m_view->verticalScrollBar()->value();

    m_model->setResult(r); // the proxy sorts the new rows as the user last chose
    if (!sameTable) {
        // Another table: the query's own order, the largest first.
        m_view->sortByColumn(-1, Qt::DescendingOrder);
        m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        for (int c = 1; c < m_model->columnCount(); ++c)
            m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
        return;
    }
    if (!selected.isNull()) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (keyOf(row) != selected)
                continue;
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
            break;
        }
    }
    m_view->verticalScrollBar()->setValue(scroll);
}

void TableCard::start(QueryService &service, const ViewState &state)
{
    m_dimension = dimensionOf(state);
    if (!m_dimension)
        return;
    Query q = state.baseQuery();
    q.groupBy = {*m_dimension};
    q.metrics = m_spec.metrics;
    q.topN = m_spec.topN;
    m_model->setTimeZone(state.timeZone);
    await(service.run(q), [this](const QueryResult &r) {
        if (!r.ok) {
            showError(r.error);
            return;
        }
        if (r.rows.empty()) {
            m_model->clear();
            showEmpty();
            return;
        }
        apply(r);
        showReady(r);
    });
}

} // namespace es::ui
