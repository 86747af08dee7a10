#pragma once
// The frame every dashboard widget lives in: a title, the chart body, and the
// states around it (loading, no data in this range, error). It runs the
// widget's queries through QueryService off the GUI thread and drops results
// of superseded refreshes by generation.
//
// The context menu exports the chart (PNG, SVG), copies its data as CSV,
// opens it in a table and carries the editing actions of the dashboard.

#include "dashboard/dashboardspec.h"
#include "dashboard/viewstate.h"
#include "query/query.h"

#include <QFrame>
#include <QFuture>
#include <QFutureWatcher>
#include <memory>

class QLabel;
class QStackedWidget;
class QIODevice;

namespace es {
class QueryService;
}

namespace es::ui {

class ChartCard : public QFrame
{
    Q_OBJECT
public:
    enum class State { Idle, Loading, Empty, Error, Ready };

    explicit ChartCard(const WidgetSpec &spec, QWidget *parent = nullptr);
    ~ChartCard() override;

    const WidgetSpec &spec() const { return m_spec; }
    QString title() const;
    State state() const { return m_state; }
    QString message() const; // the text of the empty or error state

    // Starts the widget's queries for `state`. When only the clock moved (the
    // same picked range, filters and options), the chart shown stays until the
    // new one is ready; otherwise the loading state replaces it at once, so a
    // stale chart is never shown for a new question.
    void refresh(const std::shared_ptr<QueryService> &service, const ViewState &state);
    // The data behind the chart, for CSV and the table view.
    const QueryResult &data() const { return m_data; }

    QImage renderImage() const;
    bool writeSvg(QIODevice *device) const;

    void setEditable(bool on);

signals:
    void filterRequested(const es::Filter &filter);
    void rangeSelected(const es::TimeRange &range);
    void editRequested();
    void removeRequested();
    void moveRequested(int delta);
    void resizeRequested(int dColumns, int dRows);
    // A result was shown (data, empty or error state).
    void presented();

protected:
    // Subclasses start their queries here through await(); the last finished
    // one calls present() or the empty / error state.
    virtual void start(QueryService &service, const ViewState &state) = 0;
    // The widget that shows the data (owned by the card).
    void setBody(QWidget *body);
    QWidget *body() const { return m_body; }

    template<typename T, typename F> void await(QFuture<T> future, F onResult)
    {
        const quint64 gen = m_generation;
        ++m_outstanding;
        auto *watcher = new QFutureWatcher<T>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, gen, onResult] {
            watcher->deleteLater();
            if (gen != m_generation)
                return;
            --m_outstanding;
            if (watcher->isCanceled())
                return;
            onResult(watcher->result());
        });
        m_cancel.push_back([future]() mutable { future.cancel(); });
        watcher->setFuture(future);
    }
    bool allArrived() const { return m_outstanding == 0; }
    // The widget's dimension in `state`; nullopt after showing the error.
    std::optional<DimensionId> dimensionOf(const ViewState &state);

    void showReady(const QueryResult &data);
    void showEmpty(const QString &message = {});
    void showError(const QString &message);
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    // Re-applies colours after a palette change.
    virtual void paletteChanged() {}

    const ViewState &viewState() const { return m_view; }
    const WidgetSpec m_spec;

private:
    void setState(State s);
    void exportImage();
    void copyCsv();
    void openTable();
    static QString viewKey(const ViewState &s);

    QLabel *m_title;
    QStackedWidget *m_stack;
    QLabel *m_status;
    QWidget *m_body = nullptr;
    State m_state = State::Idle;
    QueryResult m_data;
    ViewState m_view;
    QString m_shownKey;
    quint64 m_generation = 0;
    int m_outstanding = 0;
    std::vector<std::function<void()>> m_cancel;
    bool m_editable = false;
};

} // namespace es::ui
