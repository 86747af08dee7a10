#pragma once
// The backtest preview of the alert rule editor: the rule's number over the
// last 7 or 30 days as the rule would have read it at each evaluation, its
// marks, and where it would have fired and recovered with its pending
// period, hysteresis and keep-firing period (AlertEvaluator::backtest).
// The series is read through the query service off the GUI thread, once per
// change of what the rule reads; edits of marks and timing only run the
// cheap backtest again.

#include "alerts/alertevaluator.h"

#include <QByteArray>
#include <QFuture>
#include <QFutureWatcher>
#include <QStringList>
#include <QWidget>
#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
class QLabel;
class QStackedWidget;
class QToolButton;
QT_END_NAMESPACE

namespace es {
class QueryService;
}

namespace es::ui {

class ChartView;

// What the backtest runs on: one sample per evaluation instant of the
// previewed span, each the rule's window ending there (and the baseline
// window for change rules), as live evaluation would have read them.
struct BacktestData
{
    std::vector<es::AlertSample> samples;
    std::int64_t fromMs = 0; // the previewed span: (fromMs, toMs]
    std::int64_t toMs = 0;
    std::int64_t stepMs = 0; // between evaluations; the rule's interval unless too fine for the span
    QByteArray timeZone;
    QStringList notes; // translated: a coarser step, the service's warnings
    QString error;     // translated; set when nothing could be read
    std::uint64_t generation = 0;
};

// Reads the samples of `rule` over the `days` that end at the newest data
// (or at nowMs, if that is earlier). Blocks on the service: for worker
// threads. Gives up early, with an empty result, once `cancel` is set.
BacktestData readBacktestData(es::QueryService &service, const es::AlertRule &rule, int days,
                              std::int64_t nowMs, const std::atomic<bool> &cancel);

// How long incidents lasted, as the caption says it: "5 h 20 min".
QString backtestDuration(std::int64_t ms);

class BacktestChart : public QWidget
{
    Q_OBJECT
public:
    // service may be null: the preview says there is nothing to read.
    explicit BacktestChart(std::shared_ptr<es::QueryService> service, QWidget *parent = nullptr);
    ~BacktestChart() override;

    // A rule that validates: read its series if what it reads has changed,
    // then backtest it.
    void setRule(const es::AlertRule &rule);
    // A rule that does not validate: the preview shows why instead.
    void setProblem(const QString &message);
    int days() const { return m_days; }
    void setDays(int days); // 7 or 30

    bool isLoading() const { return m_loading; }
    const BacktestData &data() const { return m_data; }
    // The outcome shown; empty while loading or when there is a problem.
    const es::AlertBacktest &backtest() const { return m_backtest; }
    QString caption() const;
    QChart *chart() const { return m_chart; }

signals:
    // A backtest of the current rule on current data is shown (also an
    // error or an empty result).
    void updated();
    // The user picked another span; a caller that debounces edits passes
    // the latest rule now, so the new span is read once.
    void daysChanged(int days);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fetch();
    void fetched();
    void recompute();
    void draw();
    void showMessage(const QString &text);
    void showHover(double x, const QPoint &globalPos);
    QString captionText() const;
    QString valueText(double v) const;
    double xOf(std::int64_t ms) const;

    std::shared_ptr<es::QueryService> m_service;
    es::AlertRule m_rule;
    // What m_data was read for: the rule reduced to what decides the series.
    es::AlertRule m_readFor;
    int m_readDays = 0;
    int m_days = 7;
    bool m_hasRule = false;
    QString m_problem;
    bool m_loading = false;

    BacktestData m_data;
    es::AlertBacktest m_backtest;
    std::vector<std::optional<double>> m_measured; // per sample: what the condition compares
    std::uint64_t m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<BacktestData> m_watcher;
    // Every job started, so the destructor can wait for them: they use the
    // service, which must outlive them on the GUI thread.
    std::vector<QFuture<BacktestData>> m_jobs;

    QLabel *m_title = nullptr;
    QToolButton *m_days7 = nullptr;
    QToolButton *m_days30 = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QChart *m_chart = nullptr;
    ChartView *m_view = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_notes = nullptr;
};

} // namespace es::ui
