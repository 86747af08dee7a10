#include "models/moversmodel.h"

#include "charts/valueformat.h"

#include <QLocale>

namespace es::ui {

MoversModel::MoversModel(QObject *parent) : QAbstractTableModel(parent) {}

void MoversModel::setResult(const MoversResult &r)
{
    beginResetModel();
    m_result = r;
    endResetModel();
}

void MoversModel::setList(List l)
{
    if (l == m_list)
        return;
    beginResetModel();
    m_list = l;
    endResetModel();
}

void MoversModel::setValueTitle(const QString &title)
{
    m_valueTitle = title;
    emit headerDataChanged(Qt::Horizontal, Value, Value);
}

const std::vector<Mover> &MoversModel::rows() const
{
    switch (m_list) {
    case List::Rising:
        return m_result.rising;
    case List::Falling:
        return m_result.falling;
    default:
        return m_result.top;
    }
}

int MoversModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows().size());
}

int MoversModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MoversModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Mover &m = rows()[size_t(index.row())];
    const QLocale l;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Value ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == RawRole) {
        switch (index.column()) {
        case Value:
            return m.value;
        case Now:
            return qint64(m.current);
        case Before:
            return qint64(m.previous);
        case Change:
            return qint64(m.change);
        case ChangePercent:
            return m.percent ? QVariant(*m.percent) : QVariant();
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Value:
        return m.value.isEmpty() ? tr("(none)") : m.value;
    case Now:
        return l.toString(qint64(m.current));
    case Before:
        return l.toString(qint64(m.previous));
    case Change:
        return m.change > 0 ? QStringLiteral("+") + l.toString(qint64(m.change))
                            : l.toString(qint64(m.change));
    case ChangePercent:
        return m.percent ? ValueFormat::percentChange(*m.percent) : tr("new");
    }
    return {};
}

QVariant MoversModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Value:
        return m_valueTitle.isEmpty() ? tr("Value") : m_valueTitle;
    case Now:
        return tr("Now");
    case Before:
        return tr("Before");
    case Change:
        return tr("Change");
    case ChangePercent:
        return tr("Change %");
    }
    return {};
}

} // namespace es::ui
