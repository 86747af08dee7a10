#include "alerts/alertrulesmodel.h"

#include "alerts/alerttoast.h"
#include "query/labels.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace es::ui {

AlertRulesModel::AlertRulesModel(QObject *parent)
    : QAbstractTableModel(parent), m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

void AlertRulesModel::setRules(const QList<AlertRuleStatus> &rules)
{
    bool sameRows = rules.size() == m_rules.size();
    for (int i = 0; sameRows && i < int(rules.size()); ++i)
        sameRows = rules[i].rule.id == m_rules[i].rule.id;
    if (sameRows) {
        m_rules = rules;
        if (!m_rules.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rules.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rules = rules;
    endResetModel();
}

void AlertRulesModel::setTimeZone(const QByteArray &zone)
{
    m_zone = zone;
    if (!m_rules.isEmpty())
        emit dataChanged(index(0, LastFired), index(int(m_rules.size()) - 1, LastFired));
}

const AlertRuleStatus *AlertRulesModel::statusAt(int row) const
{
    return row >= 0 && row < int(m_rules.size()) ? &m_rules[row] : nullptr;
}

int AlertRulesModel::rowOf(const QString &ruleId) const
{
    for (int i = 0; i < int(m_rules.size()); ++i) {
        if (m_rules[i].rule.id == ruleId)
            return i;
    }
    return -1;
}

int AlertRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int AlertRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertRulesModel::stateName(const AlertRuleStatus &s)
{
    return s.rule.enabled ? alertStateName(s.state.state) : QStringLiteral("disabled");
}

QString AlertRulesModel::stateText(const AlertRuleStatus &s) const
{
    if (!s.rule.enabled)
        return tr("Disabled");
    const QString state = alertStateTitle(s.state.state);
    if (s.rule.isMuted(m_now()))
        return tr("%1 · muted until %2").arg(state, AlertToast::describeTime(s.rule.muteUntilMs, m_zone));
    return state;
}

QVariant AlertRulesModel::data(const QModelIndex &index, int role) const
{
    const AlertRuleStatus *s = statusAt(index.row());
    if (!s || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const AlertRule &r = s->rule;
    switch (role) {
    case RuleIdRole:
        return r.id;
    case StateNameRole:
        return stateName(*s);
    case MutedRole:
        return r.isMuted(m_now());
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        switch (Column(index.column())) {
        case Name:
            return r.name;
        case Metric:
            return Labels::metricTitle(r.metric);
        case Condition:
            return AlertRules::describe(r);
        case Severity:
            return role == SortRole ? QVariant(int(r.severity))
                                    : QVariant(AlertRules::severityTitle(r.severity));
        case State:
            if (role == SortRole)
                return r.enabled ? int(s->state.state) : -1;
            return stateText(*s);
        case LastFired:
            if (role == SortRole)
                return qint64(s->lastFiredMs);
            return s->lastFiredMs == 0 ? tr("Never") : AlertToast::describeTime(s->lastFiredMs, m_zone);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ForegroundRole: {
        if (index.column() != State)
            return {};
        const QPalette p = QGuiApplication::palette();
        if (!r.enabled)
            return p.color(QPalette::PlaceholderText);
        switch (s->state.state) {
        case AlertState::Firing:
            return AlertToast::severityColor(AlertSeverity::Critical, false, p);
        case AlertState::Pending:
        case AlertState::Recovering:
            return AlertToast::severityColor(AlertSeverity::Warning, false, p);
        case AlertState::Normal:
            return AlertToast::severityColor(r.severity, true, p);
        }
        return {};
    }
    case Qt::FontRole:
        if (index.column() == State && r.enabled && s->state.state == AlertState::Firing) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant AlertRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Metric:
        return tr("Metric");
    case Condition:
        return tr("Condition");
    case Severity:
        return tr("Severity");
    case State:
        return tr("State");
    case LastFired:
        return tr("Last fired");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace es::ui
