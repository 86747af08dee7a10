#include "dashboard/dashboardview.h"

#include "charts/dimensioncard.h"
#include "charts/kpicard.h"
#include "charts/moverscard.h"
#include "charts/tablecard.h"
#include "charts/timeseriescard.h"
#include "dashboard/widgeteditor.h"

#include <QGridLayout>

namespace es::ui {

DashboardView::DashboardView(QWidget *parent)
    : QScrollArea(parent), m_canvas(new QWidget), m_grid(new QGridLayout(m_canvas))
{
    setObjectName(QStringLiteral("dashboardView"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_grid->setContentsMargins(12, 12, 12, 12);
    m_grid->setSpacing(12);
    setWidget(m_canvas);
}

ChartCard *DashboardView::createCard(const WidgetSpec &spec, QWidget *parent)
{
    switch (spec.kind) {
    case WidgetKind::Kpi:
        return new KpiCard(spec, parent);
    case WidgetKind::Line:
    case WidgetKind::Area:
    case WidgetKind::StackedBar:
        return new TimeSeriesCard(spec, parent);
    case WidgetKind::Bar:
    case WidgetKind::Pie:
    case WidgetKind::Donut:
    case WidgetKind::Scatter:
        return new DimensionCard(spec, parent);
    case WidgetKind::Table:
        return new TableCard(spec, parent);
    case WidgetKind::Movers:
        return new MoversCard(spec, parent);
    }
    return new TimeSeriesCard(spec, parent);
}

void DashboardView::setDashboard(const DashboardSpec &spec)
{
    m_spec = spec;
    rebuild();
}

void DashboardView::rebuild()
{
    for (ChartCard *c : m_cards)
        c->deleteLater();
    m_cards.clear();
    // Clear stretch factors of rows the previous layout used.
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowStretch(r, 0);

    // First fit: each widget goes to the earliest row (and leftmost column)
    // where its span is free, so the order of the spec is the reading order.
    constexpr int kCols = DashboardSpec::kColumns;
    std::vector<std::array<bool, kCols>> used;
    auto isFree = [&used](int row, int col, int rows, int cols) {
        for (int r = row; r < row + rows; ++r)
            for (int c = col; c < col + cols; ++c)
                if (r < int(used.size()) && used[size_t(r)][size_t(c)])
                    return false;
        return true;
    };
    int index = 0;
    for (const WidgetSpec &w : m_spec.widgets) {
        const int cols = std::clamp(w.columnSpan, 1, kCols);
        const int rows = std::clamp(w.rowSpan, 1, 4);
        int row = 0, col = 0;
        for (;; ++row) {
            bool placed = false;
            for (col = 0; col + cols <= kCols; ++col)
                if (isFree(row, col, rows, cols)) {
                    placed = true;
                    break;
                }
            if (placed)
                break;
        }
        while (int(used.size()) < row + rows)
            used.push_back({});
        for (int r = row; r < row + rows; ++r)
            for (int c = col; c < col + cols; ++c)
                used[size_t(r)][size_t(c)] = true;

        ChartCard *card = createCard(w, m_canvas);
        m_grid->addWidget(card, row, col, rows, cols);
        m_cards.push_back(card);
        connect(card, &ChartCard::filterRequested, this, &DashboardView::filterRequested);
        connect(card, &ChartCard::rangeSelected, this, &DashboardView::rangeSelected);
        connect(card, &ChartCard::presented, this, [this] {
            if (m_waiting > 0 && --m_waiting == 0)
                emit allPresented();
        });
        connect(card, &ChartCard::editRequested, this, [this, index] { editWidget(index); });
        connect(card, &ChartCard::removeRequested, this, [this, index] {
            DashboardSpec s = m_spec;
            s.widgets.erase(s.widgets.begin() + index);
            changeSpec(std::move(s));
        });
        connect(card, &ChartCard::moveRequested, this, [this, index](int delta) {
            const int to = index + delta;
            if (to < 0 || to >= int(m_spec.widgets.size()))
                return;
            DashboardSpec s = m_spec;
            std::swap(s.widgets[size_t(index)], s.widgets[size_t(to)]);
            changeSpec(std::move(s));
        });
        connect(card, &ChartCard::resizeRequested, this, [this, index](int dc, int dr) {
            DashboardSpec s = m_spec;
            WidgetSpec &edited = s.widgets[size_t(index)];
            edited.columnSpan = std::clamp(edited.columnSpan + dc, 1, DashboardSpec::kColumns);
            edited.rowSpan = std::clamp(edited.rowSpan + dr, 1, 4);
            changeSpec(std::move(s));
        });
        ++index;
    }
    // Rows share the height; KPI rows stay compact.
    for (int c = 0; c < kCols; ++c)
        m_grid->setColumnStretch(c, 1);
    for (int r = 0; r < int(used.size()); ++r)
        m_grid->setRowStretch(r, 1);
    m_grid->setRowStretch(int(used.size()), 0);
    if (m_hasState)
        refresh(m_service, m_state);
}

void DashboardView::refresh(const std::shared_ptr<QueryService> &service, const ViewState &state)
{
    m_service = service;
    m_state = state;
    m_hasState = true;
    m_waiting = int(m_cards.size());
    for (ChartCard *c : m_cards)
        c->refresh(service, state);
    if (m_cards.empty())
        emit allPresented();
}

void DashboardView::changeSpec(DashboardSpec spec)
{
    m_spec = std::move(spec);
    rebuild();
    emit specChanged(m_spec);
}

void DashboardView::editWidget(int index)
{
    if (index < 0 || index >= int(m_spec.widgets.size()))
        return;
    WidgetEditor editor(m_spec.widgets[size_t(index)], m_state.paramKeys, this);
    editor.setWindowTitle(tr("Edit widget"));
    if (editor.exec() != QDialog::Accepted)
        return;
    DashboardSpec s = m_spec;
    s.widgets[size_t(index)] = editor.spec();
    changeSpec(std::move(s));
}

void DashboardView::addWidget()
{
    WidgetSpec w;
    w.kind = WidgetKind::Bar;
    w.metrics = {MetricId::PageViews};
    w.dimension = QStringLiteral("country");
    w.columnSpan = 2;
    w.rowSpan = 2;
    WidgetEditor editor(w, m_state.paramKeys, this);
    editor.setWindowTitle(tr("Add widget"));
    if (editor.exec() != QDialog::Accepted)
        return;
    DashboardSpec s = m_spec;
    s.widgets.push_back(editor.spec());
    changeSpec(std::move(s));
}

} // namespace es::ui
