#include "models/resulttablemodel.h"

#include "query/labels.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>

namespace es::ui {

namespace {

using Role = es::ResultColumn::Role;

const es::Cell &nullCell()
{
    static const es::Cell empty;
    return empty;
}

std::optional<double> numberOf(const es::Cell &c)
{
    if (const auto *i = std::get_if<std::int64_t>(&c))
        return double(*i);
    if (const auto *d = std::get_if<double>(&c))
        return *d;
    return std::nullopt;
}

// 1 when more is better, -1 when more is worse, 0 when it depends.
int direction(es::MetricId m)
{
    using M = es::MetricId;
    switch (m) {
    case M::Hits:
    case M::Requests:
    case M::PageViews:
    case M::Downloads:
    case M::Events:
    case M::Status2xx:
    case M::Visitors:
    case M::Sessions:
    case M::PagesPerSession:
    case M::AvgSessionSeconds:
        return 1;
    case M::Status4xx:
    case M::Status5xx:
    case M::Errors:
    case M::AvgResponseMs:
    case M::Bounces:
    case M::BounceRate:
        return -1;
    case M::Bytes: // more traffic is growth and cost alike
    case M::Status1xx:
    case M::Status3xx:
        return 0;
    }
    return 0;
}

} // namespace

ResultTableModel::ResultTableModel(QObject *parent) : QAbstractTableModel(parent) {}

bool ResultTableModel::isNumeric(const es::ResultColumn &column)
{
    return column.role != Role::Dimension && column.role != Role::Bucket &&
           column.role != Role::PreviousBucket &&
           (column.kind == es::ColumnKind::Integer || column.kind == es::ColumnKind::Real);
}

void ResultTableModel::setResult(const es::QueryResult &result)
{
    beginResetModel();
    m_result = result;
    updateZone();
    updateColumnMaxima();
    endResetModel();
}

void ResultTableModel::clear()
{
    setResult(es::QueryResult());
}

void ResultTableModel::setTimeZone(const QByteArray &ianaId)
{
    if (ianaId == m_zoneId)
        return;
    m_zoneId = ianaId;
    updateZone();
    refreshAll();
}

void ResultTableModel::setGranularity(std::optional<es::Granularity> granularity)
{
    if (granularity == m_granularity)
        return;
    m_granularity = granularity;
    updateZone();
    refreshAll();
}

void ResultTableModel::updateZone()
{
    QTimeZone zone;
    if (!m_zoneId.isEmpty())
        zone = QTimeZone(m_zoneId);
    if (!zone.isValid() && !m_result.timeZone.isEmpty())
        zone = QTimeZone(m_result.timeZone);
    if (!zone.isValid())
        zone = QTimeZone::utc();
    m_formatter.setTimeZone(zone);

    if (m_granularity) {
        m_formatter.setGranularity(m_granularity);
        return;
    }
    // Callers that know the granularity say so; for the others, dates alone
    // are right when every bucket starts at local midnight.
    bool midnights = false;
    for (size_t c = 0; c < m_result.columns.size(); ++c) {
        const Role r = m_result.columns[c].role;
        if (r != Role::Bucket && r != Role::PreviousBucket)
            continue;
        for (const auto &row : m_result.rows) {
            const auto *secs = c < row.size() ? std::get_if<std::int64_t>(&row[c]) : nullptr;
            if (!secs)
                continue;
            if (QDateTime::fromSecsSinceEpoch(*secs, zone).time() != QTime(0, 0)) {
                m_formatter.setGranularity(std::nullopt);
                return;
            }
            midnights = true;
        }
    }
    m_formatter.setGranularity(midnights ? std::optional(es::Granularity::Day) : std::nullopt);
}

void ResultTableModel::updateColumnMaxima()
{
    m_columnMax.assign(m_result.columns.size(), std::nullopt);
    for (size_t c = 0; c < m_result.columns.size(); ++c) {
        const es::ResultColumn &col = m_result.columns[c];
        if (col.role != Role::Metric || !isNumeric(col))
            continue;
        double max = 0;
        bool negative = false;
        for (const auto &row : m_result.rows) {
            if (c >= row.size())
                continue;
            if (const std::optional<double> v = numberOf(row[c])) {
                negative = negative || *v < 0;
                max = std::max(max, *v);
            }
        }
        // Bars from zero mislead once values go below it.
        if (!negative)
            m_columnMax[c] = max;
    }
}

void ResultTableModel::refreshAll()
{
    if (!m_result.columns.empty())
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

const es::Cell &ResultTableModel::cell(int row, int column) const
{
    if (row < 0 || column < 0 || size_t(row) >= m_result.rows.size())
        return nullCell();
    const auto &r = m_result.rows[size_t(row)];
    return size_t(column) < r.size() ? r[size_t(column)] : nullCell();
}

int ResultTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.rows.size());
}

int ResultTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.columns.size());
}

QVariant ResultTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const es::ResultColumn &col = m_result.columns[size_t(index.column())];
    const es::Cell &c = cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return m_formatter.display(col, c);
    case Qt::ToolTipRole:
        return m_formatter.exact(col, c);
    case Qt::EditRole:
    case RawValueRole:
        if (const auto *i = std::get_if<std::int64_t>(&c))
            return QVariant::fromValue(qint64(*i));
        if (const auto *d = std::get_if<double>(&c))
            return *d;
        if (const auto *s = std::get_if<QString>(&c))
            return *s;
        return {};
    case Qt::TextAlignmentRole:
        return int((isNumeric(col) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case FractionRole: {
        const std::optional<double> &max = m_columnMax[size_t(index.column())];
        const std::optional<double> v = numberOf(c);
        if (!max || !v)
            return {};
        return *max > 0 ? *v / *max : 0.0;
    }
    case ChangeSignRole:
    case ChangeToneRole: {
        if (col.role != Role::Change && col.role != Role::ChangePercent)
            return {};
        const std::optional<double> v = numberOf(c);
        if (!v)
            return {};
        // A percentage shows one decimal; "0.0%" with an arrow would
        // contradict itself.
        const double shown = col.role == Role::ChangePercent ? std::round(*v * 10) : *v;
        const int sign = shown > 0 ? 1 : (shown < 0 ? -1 : 0);
        if (role == ChangeSignRole)
            return sign;
        return col.metric ? sign * direction(*col.metric) : 0;
    }
    default:
        return {};
    }
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= columnCount())
        return {};
    const es::ResultColumn &col = m_result.columns[size_t(section)];
    switch (role) {
    case Qt::DisplayRole:
        return Labels::columnTitle(col);
    case Qt::ToolTipRole:
        if (col.role == Role::Bucket || col.role == Role::PreviousBucket)
            return tr("%1 (%2)").arg(Labels::columnDescription(col),
                                     QString::fromUtf8(m_formatter.timeZone().id()));
        return Labels::columnDescription(col);
    case Qt::TextAlignmentRole:
        return int((isNumeric(col) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::InitialSortOrderRole:
        // One click on "Hits" should show the most hits first.
        return int(isNumeric(col) ? Qt::DescendingOrder : Qt::AscendingOrder);
    default:
        return {};
    }
}

QHash<int, QByteArray> ResultTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(FractionRole, "fraction");
    names.insert(ChangeSignRole, "changeSign");
    names.insert(ChangeToneRole, "changeTone");
    return names;
}

} // namespace es::ui
