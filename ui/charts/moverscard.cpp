#include "charts/moverscard.h"

#include "models/moversmodel.h"
#include "query/labels.h"
#include "query/queryservice.h"

#include <QHeaderView>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace es::ui {

MoversCard::MoversCard(const WidgetSpec &spec, QWidget *parent)
    : ChartCard(spec, parent), m_tabs(new QTabBar), m_table(new QTableView), m_model(new MoversModel(this))
{
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(tr("Top"));
    m_tabs->addTab(tr("Rising"));
    m_tabs->addTab(tr("Falling"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Movers list"));
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("moversTable"));
    m_table->setAccessibleName(title());
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAlternatingRowColors(true);
    m_table->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_tabs);
    layout->addWidget(m_table, 1);
    setBody(body);
    connect(m_tabs, &QTabBar::currentChanged, this,
            [this](int i) { m_model->setList(MoversModel::List(i)); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (m_dimension)
            emit filterRequested(
                Filter{*m_dimension, {m_model->index(index.row(), 0).data(MoversModel::RawRole).toString()}});
    });
}

void MoversCard::start(QueryService &service, const ViewState &state)
{
    m_dimension = dimensionOf(state);
    if (!m_dimension)
        return;
    m_model->setValueTitle(isParamDimension(*m_dimension) ? Dimensions::name(*m_dimension, state.paramKeys)
                                                          : Labels::dimensionTitle(*m_dimension));
    // The newest 15 minutes of the range against the 15 before.
    constexpr std::int64_t kWindow = 15 * 60;
    MoversQuery q;
    q.dimension = *m_dimension;
    q.metric = m_spec.metrics.front();
    q.window = TimeRange{state.range.toSecs - kWindow, state.range.toSecs};
    q.previousWindow = TimeRange{state.range.toSecs - 2 * kWindow, state.range.toSecs - kWindow};
    q.topN = m_spec.topN;
    q.filters = state.filters;
    q.bots = state.bots;
    await(service.topMovers(q), [this](const MoversResult &r) {
        if (!r.ok) {
            showError(r.error);
            return;
        }
        m_model->setResult(r);
        if (r.top.empty() && r.falling.empty()) {
            showEmpty(tr("Nothing in the last 30 minutes"));
            return;
        }
        QueryResult table;
        table.ok = true;
        table.columns = {{Dimensions::name(*m_dimension),
                          ColumnKind::Text,
                          ResultColumn::Role::Dimension,
                          {},
                          *m_dimension},
                         {Metrics::name(m_spec.metrics.front()),
                          ColumnKind::Integer,
                          ResultColumn::Role::Metric,
                          m_spec.metrics.front(),
                          {}},
                         {Metrics::name(m_spec.metrics.front()) + QLatin1String("_previous"),
                          ColumnKind::Integer,
                          ResultColumn::Role::Previous,
                          m_spec.metrics.front(),
                          {}}};
        for (const Mover &m : r.top)
            table.rows.push_back({m.value, m.current, m.previous});
        showReady(table);
    });
}

} // namespace es::ui
