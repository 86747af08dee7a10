#pragma once
// The alert history as a table, newest first: when each incident fired,
// the rule, severity, value and mark, when it was resolved, whether it was
// live or found in imported data, and who acknowledged it.

#include "alerts/alertstore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace es::ui {

class AlertHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Fired, Rule, Severity, Value, Mark, Resolved, Source, Acknowledged, Delivery, ColumnCount };
    enum Role {
        HistoryIdRole = Qt::UserRole + 1,
        SortRole,
        HistoricalRole,
        AcknowledgedRole,
    };

    explicit AlertHistoryModel(QObject *parent = nullptr);

    void setEntries(const QList<es::AlertHistoryEntry> &entries);
    // The rules, so that values are written as their metric is.
    void setRules(const QList<es::AlertRule> &rules);
    void setTimeZone(const QByteArray &zone);

    const es::AlertHistoryEntry *entryAt(int row) const;
    int rowOf(std::int64_t historyId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString number(const es::AlertHistoryEntry &e, double v) const;
    QString time(std::int64_t ms) const;
    // Per channel, whether its latest attempt worked: "ops ✓ · oncall ✗";
    // the tooltip lists every attempt with its error.
    QString deliveries(const AlertHistoryEntry &e, bool details) const;

    QList<es::AlertHistoryEntry> m_entries;
    QHash<QString, es::AlertRule> m_rules;
    QByteArray m_zone;
};

} // namespace es::ui
