#include "importer/importpreviewmodel.h"

#include <QBrush>
#include <QPalette>
#include <algorithm>

namespace es::ui {

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setPreview(const ImportPreview &preview)
{
    beginResetModel();
    m_rows = preview.rows;
    m_fields.clear();
    for (int f = 0; f < kPreviewFieldCount; ++f) {
        const bool used = std::any_of(m_rows.begin(), m_rows.end(),
                                      [f](const PreviewRow &r) { return !r.values[size_t(f)].isEmpty(); });
        if (used)
            m_fields.push_back(PreviewField(f));
    }
    endResetModel();
}

void ImportPreviewModel::clear()
{
    setPreview({});
}

void ImportPreviewModel::setMalformedLook(const QColor &background, const QIcon &icon)
{
    m_malformedBackground = background;
    m_malformedIcon = icon;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int ImportPreviewModel::columnOf(PreviewField field) const
{
    const auto it = std::find(m_fields.begin(), m_fields.end(), field);
    return it == m_fields.end() ? -1 : int(it - m_fields.begin()) + kFirstFieldColumn;
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kFirstFieldColumn + int(m_fields.size());
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PreviewRow &row = m_rows[size_t(index.row())];
    const bool malformed = row.result == ParseResult::Malformed;
    const int col = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (col == 0)
            return row.lineNo;
        if (col == 1) {
            if (malformed)
                return row.reason;
            return row.result == ParseResult::Skip ? tr("skipped (header or comment)") : QString();
        }
        if (malformed) // the view spans this cell over the fields
            return col == kFirstFieldColumn ? row.text : QString();
        return row.values[size_t(m_fields[size_t(col - kFirstFieldColumn)])];
    case Qt::ToolTipRole:
        if (malformed)
            return tr("Line %1 is malformed: %2\n%3").arg(row.lineNo).arg(row.reason, row.text.left(500));
        return row.text.left(500);
    case Qt::DecorationRole:
        if (col == 0 && malformed)
            return m_malformedIcon;
        break;
    case Qt::BackgroundRole:
        if (malformed && m_malformedBackground.isValid())
            return QBrush(m_malformedBackground);
        break;
    case Qt::ForegroundRole:
        if (row.result == ParseResult::Skip)
            return QPalette().brush(QPalette::PlaceholderText);
        break;
    case Qt::TextAlignmentRole:
        if (col == 0 || (col >= kFirstFieldColumn &&
                         (m_fields[size_t(col - kFirstFieldColumn)] == PreviewField::Status ||
                          m_fields[size_t(col - kFirstFieldColumn)] == PreviewField::Bytes ||
                          m_fields[size_t(col - kFirstFieldColumn)] == PreviewField::Duration)))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ResultRole:
        return int(row.result);
    default:
        break;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Line");
    if (section == 1)
        return tr("Problem");
    return previewFieldTitle(m_fields[size_t(section - kFirstFieldColumn)]);
}

} // namespace es::ui
