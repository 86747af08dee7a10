#pragma once
// The workspace's alert rules as a table: name, metric, condition,
// severity, live state (in its colour) and when each last fired. Filled from
// AlertsController::rulesChanged; a reload that keeps the same rules updates
// the rows in place, so the selection stays.

#include "alerts/alertscontroller.h"

#include <QAbstractTableModel>
#include <functional>

namespace es::ui {

class AlertRulesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Metric, Condition, Severity, State, LastFired, ColumnCount };
    enum Role {
        RuleIdRole = Qt::UserRole + 1,
        SortRole, // numbers and times as numbers
        // "firing", "pending", "recovering", "normal", "disabled"; "muted"
        // is added for a muted rule as a separate role.
        StateNameRole,
        MutedRole,
    };

    explicit AlertRulesModel(QObject *parent = nullptr);

    void setRules(const QList<AlertRuleStatus> &rules);
    // The zone of "last fired" times (the workspace's).
    void setTimeZone(const QByteArray &zone);
    // The instant "muted until" is compared with; tests pin it.
    void setNow(std::function<std::int64_t()> now) { m_now = std::move(now); }

    const AlertRuleStatus *statusAt(int row) const;
    int rowOf(const QString &ruleId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What the state column says: "Firing", "Disabled", "Normal · muted until 11:20".
    QString stateText(const AlertRuleStatus &s) const;
    static QString stateName(const AlertRuleStatus &s);

private:
    QList<AlertRuleStatus> m_rules;
    QByteArray m_zone;
    std::function<std::int64_t()> m_now;
};

} // namespace es::ui
