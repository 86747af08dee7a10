#include "timerange/rangelistmodel.h"

namespace es::ui {

RangeListModel::RangeListModel(QObject *parent) : QAbstractListModel(parent) {}

void RangeListModel::setSpecs(const QList<RangeSpec> &specs)
{
    if (specs == m_specs)
        return;
    beginResetModel();
    m_specs = specs;
    endResetModel();
}

void RangeListModel::setLabeler(Describer labeler)
{
    m_labeler = std::move(labeler);
    refresh();
}

void RangeListModel::setDescriber(Describer describer)
{
    m_describer = std::move(describer);
    refresh();
}

void RangeListModel::refresh()
{
    if (!m_specs.isEmpty())
        emit dataChanged(index(0), index(int(m_specs.size()) - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

int RangeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_specs.size());
}

QVariant RangeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RangeSpec &spec = m_specs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return m_labeler ? m_labeler(spec) : spec.toString();
    case Qt::ToolTipRole:
        return m_describer ? m_describer(spec) : QString();
    case SpecTextRole:
        return spec.toString();
    default:
        return {};
    }
}

QHash<int, QByteArray> RangeListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SpecTextRole, "spec");
    return names;
}

} // namespace es::ui
