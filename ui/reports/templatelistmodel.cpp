#include "reports/templatelistmodel.h"

namespace es::ui {

TemplateListModel::TemplateListModel(QObject *parent) : QAbstractListModel(parent) {}

void TemplateListModel::setTemplates(std::vector<ReportTemplate> all)
{
    beginResetModel();
    m_all = std::move(all);
    QSet<QString> ids;
    for (const ReportTemplate &t : m_all)
        ids.insert(t.id);
    m_checked.intersect(ids);
    endResetModel();
    emit checkedChanged();
}

int TemplateListModel::put(const ReportTemplate &t)
{
    for (size_t i = 0; i < m_all.size(); ++i) {
        if (m_all[i].id == t.id) {
            m_all[i] = t;
            const QModelIndex ix = index(int(i));
            emit dataChanged(ix, ix);
            return int(i);
        }
    }
    const int row = int(m_all.size());
    beginInsertRows({}, row, row);
    m_all.push_back(t);
    endInsertRows();
    return row;
}

void TemplateListModel::remove(int row)
{
    if (row < 0 || row >= int(m_all.size()))
        return;
    beginRemoveRows({}, row, row);
    m_checked.remove(m_all[size_t(row)].id);
    m_all.erase(m_all.begin() + row);
    endRemoveRows();
    emit checkedChanged();
}

void TemplateListModel::setCheckedIds(const QStringList &ids)
{
    m_checked = QSet<QString>(ids.begin(), ids.end());
    if (!m_all.empty())
        emit dataChanged(index(0), index(int(m_all.size()) - 1), {Qt::CheckStateRole});
    emit checkedChanged();
}

QStringList TemplateListModel::checkedIds() const
{
    QStringList ids;
    for (const ReportTemplate &t : m_all) {
        if (m_checked.contains(t.id))
            ids << t.id;
    }
    return ids;
}

std::vector<ReportTemplate> TemplateListModel::checkedTemplates() const
{
    std::vector<ReportTemplate> out;
    for (const ReportTemplate &t : m_all) {
        if (m_checked.contains(t.id))
            out.push_back(t);
    }
    return out;
}

int TemplateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_all.size());
}

QVariant TemplateListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_all.size()))
        return {};
    const ReportTemplate &t = m_all[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return t.builtIn ? t.title : tr("%1 (yours)").arg(t.title);
    case Qt::ToolTipRole:
        return t.description;
    case Qt::CheckStateRole:
        return m_checked.contains(t.id) ? Qt::Checked : Qt::Unchecked;
    case IdRole:
        return t.id;
    case BuiltInRole:
        return t.builtIn;
    default:
        return {};
    }
}

bool TemplateListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole)
        return false;
    const QString id = m_all[size_t(index.row())].id;
    if (Qt::CheckState(value.toInt()) == Qt::Checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

Qt::ItemFlags TemplateListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

} // namespace es::ui
