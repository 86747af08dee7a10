#include "alerts/alerthistorymodel.h"

#include "alerts/alerttoast.h"
#include "charts/valueformat.h"

#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QPalette>
#include <algorithm>
#include <cmath>

namespace es::ui {

AlertHistoryModel::AlertHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void AlertHistoryModel::setEntries(const QList<AlertHistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void AlertHistoryModel::setRules(const QList<AlertRule> &rules)
{
    m_rules.clear();
    for (const AlertRule &r : rules)
        m_rules.insert(r.id, r);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

void AlertHistoryModel::setTimeZone(const QByteArray &zone)
{
    m_zone = zone;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

const AlertHistoryEntry *AlertHistoryModel::entryAt(int row) const
{
    return row >= 0 && row < int(m_entries.size()) ? &m_entries[row] : nullptr;
}

int AlertHistoryModel::rowOf(std::int64_t historyId) const
{
    for (int i = 0; i < int(m_entries.size()); ++i) {
        if (m_entries[i].id == historyId)
            return i;
    }
    return -1;
}

int AlertHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AlertHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertHistoryModel::number(const AlertHistoryEntry &e, double v) const
{
    const auto it = m_rules.constFind(e.ruleId);
    if (it == m_rules.constEnd())
        return QLocale().toString(v, 'f', std::floor(v) == v ? 0 : 2);
    // Change rules measure the change, not the metric.
    if (it->condition.kind == AlertConditionKind::Change && it->condition.unit == ChangeUnit::Percent)
        return ValueFormat::percentChange(v);
    return ValueFormat::metric(it->metric, v);
}

QString AlertHistoryModel::time(std::int64_t ms) const
{
    return AlertToast::describeTime(ms, m_zone);
}

namespace {

// Whether the latest attempt on some channel failed.
bool deliveryFailing(const AlertHistoryEntry &e)
{
    QHash<QString, bool> ok;
    for (const AlertDelivery &d : e.deliveries)
        ok.insert(d.channel, d.ok);
    return std::any_of(ok.cbegin(), ok.cend(), [](bool v) { return !v; });
}

} // namespace

QString AlertHistoryModel::deliveries(const AlertHistoryEntry &e, bool details) const
{
    if (details) {
        QStringList lines;
        for (const AlertDelivery &d : e.deliveries) {
            const QString when = time(d.attemptedMs);
            lines << (d.ok ? tr("%1 · %2: delivered").arg(when, d.channel)
                           : tr("%1 · %2: failed: %3").arg(when, d.channel, d.error));
        }
        return lines.join(QLatin1Char('\n'));
    }
    // The latest attempt of each channel: on screen first, then the
    // channels by name.
    QHash<QString, bool> ok;
    for (const AlertDelivery &d : e.deliveries)
        ok.insert(d.channel, d.ok);
    QStringList order = ok.keys();
    std::sort(order.begin(), order.end(), [](const QString &a, const QString &b) {
        const bool popupA = a == QLatin1String("popup"), popupB = b == QLatin1String("popup");
        if (popupA != popupB)
            return popupA;
        return a.section(QLatin1Char(':'), 1) < b.section(QLatin1Char(':'), 1);
    });
    QStringList parts;
    for (const QString &c : order) {
        const QString name = c == QLatin1String("popup") ? tr("on screen") : c.section(QLatin1Char(':'), 1);
        parts << (ok.value(c) ? tr("%1 ✓").arg(name) : tr("%1 failed").arg(name));
    }
    return parts.join(QStringLiteral(" · "));
}

QVariant AlertHistoryModel::data(const QModelIndex &index, int role) const
{
    const AlertHistoryEntry *e = entryAt(index.row());
    if (!e || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case HistoryIdRole:
        return qint64(e->id);
    case HistoricalRole:
        return e->historical;
    case AcknowledgedRole:
        return e->isAcknowledged();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole: {
        const bool sort = role == SortRole;
        switch (Column(index.column())) {
        case Fired:
            return sort ? QVariant(qint64(e->firedMs)) : QVariant(time(e->firedMs));
        case Rule:
            return e->ruleName;
        case Severity:
            return sort ? QVariant(int(e->severity)) : QVariant(AlertRules::severityTitle(e->severity));
        case Value:
            if (sort)
                return e->value ? QVariant(*e->value) : QVariant();
            return e->value ? number(*e, *e->value) : QString();
        case Mark:
            if (sort)
                return e->threshold ? QVariant(*e->threshold) : QVariant();
            return e->threshold ? number(*e, *e->threshold) : QString();
        case Resolved:
            if (sort)
                return qint64(e->resolvedMs);
            return e->isOpen() ? tr("Open") : time(e->resolvedMs);
        case Source:
            if (e->historical)
                return tr("Historical");
            return e->muted ? tr("Live, muted") : tr("Live");
        case Acknowledged:
            if (sort)
                return qint64(e->ackedMs);
            return e->isAcknowledged() ? tr("%1, %2").arg(e->ackedBy, time(e->ackedMs)) : QString();
        case Delivery:
            if (sort) {
                return qint64(std::count_if(e->deliveries.begin(), e->deliveries.end(),
                                            [](const AlertDelivery &d) { return !d.ok; }));
            }
            return deliveries(*e, role == Qt::ToolTipRole);
        case ColumnCount:
            break;
        }
        return {};
    }
    case Qt::ForegroundRole:
        if (index.column() == Delivery && deliveryFailing(*e))
            return AlertToast::severityColor(AlertSeverity::Critical, false, QGuiApplication::palette());
        if (index.column() == Severity)
            return AlertToast::severityColor(e->severity, false, QGuiApplication::palette());
        if (index.column() == Resolved && e->isOpen() && !e->historical)
            return AlertToast::severityColor(AlertSeverity::Critical, false, QGuiApplication::palette());
        if (e->historical || e->isAcknowledged())
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Value || index.column() == Mark)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant AlertHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Fired:
        return tr("Fired");
    case Rule:
        return tr("Rule");
    case Severity:
        return tr("Severity");
    case Value:
        return tr("Value");
    case Mark:
        return tr("Mark");
    case Resolved:
        return tr("Resolved");
    case Source:
        return tr("Source");
    case Acknowledged:
        return tr("Acknowledged");
    case Delivery:
        return tr("Delivery");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace es::ui
