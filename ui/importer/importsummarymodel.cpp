#include "importer/importsummarymodel.h"

#include <QFileInfo>
#include <QLocale>

namespace es::ui {

ImportSummaryModel::ImportSummaryModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportSummaryModel::setResults(std::vector<FileImportResult> results)
{
    beginResetModel();
    m_results = std::move(results);
    endResetModel();
}

QString ImportSummaryModel::statusText(const FileImportResult &r)
{
    switch (r.status) {
    case FileImportResult::Status::Imported:
        return r.resumed ? tr("imported (continued)") : tr("imported");
    case FileImportResult::Status::AlreadyImported:
        return tr("already imported");
    case FileImportResult::Status::Empty:
        return tr("empty");
    case FileImportResult::Status::Cancelled:
        return tr("cancelled; importing it again continues there");
    case FileImportResult::Status::Failed:
        return tr("failed: %1").arg(r.error);
    }
    return {};
}

int ImportSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int ImportSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FileImportResult &r = m_results[size_t(index.row())];
    const QLocale locale;
    const bool counted =
        r.status != FileImportResult::Status::AlreadyImported && r.status != FileImportResult::Status::Empty;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn:
            return QFileInfo(r.path).fileName();
        case StatusColumn:
            return statusText(r);
        case EventsColumn:
            return counted ? locale.toString(r.records) : QString();
        case MalformedColumn:
            return counted ? locale.toString(r.malformed) : QString();
        case RateColumn:
            return counted && r.linesPerSecond > 0 ? locale.toString(qRound64(r.linesPerSecond)) : QString();
        case FormatColumn:
            return r.format;
        default:
            return {};
        }
    case Qt::EditRole: // raw numbers, for sorting and tests
        switch (index.column()) {
        case EventsColumn:
            return qint64(r.records);
        case MalformedColumn:
            return qint64(r.malformed);
        case RateColumn:
            return r.linesPerSecond;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole: {
        QStringList lines{r.path};
        lines += r.warnings;
        if (r.status == FileImportResult::Status::Failed)
            lines << r.error;
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == EventsColumn || index.column() == MalformedColumn ||
            index.column() == RateColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ImportSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case StatusColumn:
        return tr("Status");
    case EventsColumn:
        return tr("Events");
    case MalformedColumn:
        return tr("Malformed lines");
    case RateColumn:
        return tr("Lines/s");
    case FormatColumn:
        return tr("Format");
    default:
        return {};
    }
}

} // namespace es::ui
