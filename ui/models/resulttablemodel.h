#pragma once
// A query result as a table for views: readable texts for display, the raw
// values for sorting, and what the bar delegate needs (a cell's share of its
// column's largest value, the sign of a change).

#include "core/granularity.h"
#include "models/cellformatter.h"
#include "query/query.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <optional>
#include <vector>

namespace es::ui {

class ResultTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        // qint64 (counts, epoch seconds), double or QString; invalid for an
        // empty cell. Also returned for Qt::EditRole.
        RawValueRole = Qt::UserRole + 1,
        // double 0..1: the cell's value over the largest of its column. Only
        // for metric columns whose values are all non-negative.
        FractionRole,
        // int -1, 0 or 1: the sign of a change or change % cell (of the
        // percentage as shown, to one decimal).
        ChangeSignRole,
        // int: 1 when the change is good news (more visitors), -1 when bad
        // (more errors, a higher bounce rate, slower responses), 0 neither.
        ChangeToneRole,
    };
    Q_ENUM(Roles)

    explicit ResultTableModel(QObject *parent = nullptr);

    void setResult(const es::QueryResult &result);
    const es::QueryResult &result() const { return m_result; }
    void clear();

    // IANA id; empty for the zone the result was computed in (UTC if none).
    void setTimeZone(const QByteArray &ianaId);
    QTimeZone timeZone() const { return m_formatter.timeZone(); }
    // nullopt: guessed from the buckets (dates alone when every bucket starts
    // at midnight, else date and time).
    void setGranularity(std::optional<es::Granularity> granularity);
    std::optional<es::Granularity> granularity() const { return m_granularity; }

    const es::Cell &cell(int row, int column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Whether a column holds quantities (right-aligned, barred, sortable as
    // numbers) rather than labels or times.
    static bool isNumeric(const es::ResultColumn &column);

private:
    void updateZone();
    void updateColumnMaxima();
    void refreshAll();

    es::QueryResult m_result;
    CellFormatter m_formatter;
    QByteArray m_zoneId;
    std::optional<es::Granularity> m_granularity;
    // Per column: the largest value, or nullopt when the column gets no bars.
    std::vector<std::optional<double>> m_columnMax;
};

} // namespace es::ui
