#pragma once
// Creates and edits an alert rule: what to watch (metric, filters, bots,
// window, interval), when it is alarming (the condition with its marks and
// recovery levels), how patient and how loud to be (pending, keep firing,
// reminders, severity, mute). Beside the form, a backtest shows where the
// rule would have fired on the workspace's last days, updated as the marks
// are edited. OK stays disabled while AlertRules::validate() finds a
// problem, and the dialog says which in plain words.

#include "alerts/alertevaluator.h"
#include "alerts/alertrule.h"

#include <QDialog>
#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;
class QVBoxLayout;
class QWidget;

namespace es {
class QueryService;
}

namespace es::ui {

class BacktestChart;
class FilterListEditor;
class ProblemFooter;

class RuleEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // service: the workspace's query service (null: no preview); paramKeys:
    // the workspace's params.* keys, offered as "params.KEY" dimensions.
    RuleEditorDialog(const es::AlertRule &rule, std::shared_ptr<es::QueryService> service,
                     const QStringList &paramKeys, QWidget *parent = nullptr);

    // The edited rule; fields its condition does not use are left at their
    // defaults, as the rule reads back from its JSON.
    es::AlertRule result() const;
    // The workspace's other rules: a name one of them has is refused, as on
    // the command line.
    void setOtherRules(std::vector<es::AlertRule> rules);

    BacktestChart *preview() const { return m_preview; }
    // For tests: the last backtest outcome shown.
    int previewIncidents() const;
    std::vector<std::int64_t> previewFireTimes() const;

signals:
    // The preview shows a backtest of the rule as it is now.
    void previewUpdated();

private:
    // A number with a unit picker; units are minutes per unit, 0 for
    // "evaluations" (the pending period).
    struct DurationEdit
    {
        QSpinBox *value = nullptr;
        QComboBox *unit = nullptr;
        int maxMinutes = 0;
        int factor() const;
        int minutes() const; // 0 when the unit is evaluations
        void setMinutes(int minutes);
        void unitChanged();
    };
    // A recovery level: unset unless checked.
    struct Recovery
    {
        QCheckBox *set = nullptr;
        QDoubleSpinBox *level = nullptr;
    };

    // ruleeditorlayout.cpp
    void buildUi();
    QWidget *buildWatchGroup();
    QWidget *buildConditionGroup();
    QWidget *buildTimingGroup();
    DurationEdit makeDuration(const char *name, const QString &accessibleName, int maxMinutes,
                              bool evaluations = false);
    QDoubleSpinBox *makeNumber(const char *name, const QString &accessibleName);
    Recovery makeRecovery(const char *name, const QString &text, const QString &accessibleName);

    void loadRule(const es::AlertRule &rule);
    void connectEdits();
    void updateState();
    void updatePreview();

    es::AlertRule m_original;
    QStringList m_paramKeys;
    bool m_loading = false;
    QTimer *m_previewTimer = nullptr;

    QLineEdit *m_name = nullptr;
    QComboBox *m_metric = nullptr;
    QComboBox *m_bots = nullptr;
    FilterListEditor *m_filters = nullptr;
    QComboBox *m_windowKind = nullptr;
    DurationEdit m_window;
    DurationEdit m_interval;

    QComboBox *m_kind = nullptr;
    QDoubleSpinBox *m_high = nullptr;
    Recovery m_recoveryHigh;
    QDoubleSpinBox *m_low = nullptr;
    Recovery m_recoveryLow;
    QComboBox *m_baseline = nullptr;
    QComboBox *m_direction = nullptr;
    QDoubleSpinBox *m_amount = nullptr;
    QComboBox *m_unit = nullptr;
    Recovery m_recoveryAmount;
    DurationEdit m_noData;
    QList<QWidget *> m_highRow, m_lowRow, m_changeRow, m_noDataRow, m_windowRow;

    DurationEdit m_pending;
    DurationEdit m_keepFiring;
    DurationEdit m_repeat;
    QComboBox *m_severity = nullptr;
    QCheckBox *m_enabled = nullptr;
    QCheckBox *m_mute = nullptr;
    QDateTimeEdit *m_muteUntil = nullptr;

    BacktestChart *m_preview = nullptr;
    ProblemFooter *m_footer = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::vector<es::AlertRule> m_others;
};

} // namespace es::ui
