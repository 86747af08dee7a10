#include "importer/importfilelistmodel.h"

#include "importer/importpreview.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QtConcurrent>
#include <algorithm>
#include <utility>

namespace es::ui {

ImportFileListModel::ImportFileListModel(QObject *parent) : QAbstractTableModel(parent)
{
    connect(&m_watcher, &QFutureWatcher<std::vector<Entry>>::finished, this, &ImportFileListModel::looked);
}

ImportFileListModel::~ImportFileListModel()
{
    // A job reads at most 64 KiB per file: waiting is short and keeps it
    // from outliving the model.
    m_watcher.waitForFinished();
}

void ImportFileListModel::addPaths(const QStringList &paths)
{
    m_queued += paths;
    startNext();
}

void ImportFileListModel::removeFiles(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int r : std::as_const(rows)) {
        if (r < 0 || r >= rowCount())
            continue;
        beginRemoveRows({}, r, r);
        m_files.erase(m_files.begin() + r);
        endRemoveRows();
    }
}

QStringList ImportFileListModel::paths() const
{
    QStringList out;
    for (const Entry &e : m_files)
        out << e.path;
    return out;
}

void ImportFileListModel::startNext()
{
    if (m_watcher.isRunning() || m_queued.isEmpty())
        return; // looked() starts the next batch
    const QStringList batch = std::exchange(m_queued, {});
    m_watcher.setFuture(QtConcurrent::run([batch] {
        QStringList files;
        for (const QString &p : batch) {
            const QFileInfo info(p);
            if (!info.isDir()) {
                files << info.absoluteFilePath();
                continue;
            }
            // The files directly in the folder, by name; not its subfolders.
            const QFileInfoList inside =
                QDir(p).entryInfoList(QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase);
            for (const QFileInfo &f : inside)
                files << f.absoluteFilePath();
        }
        files.removeDuplicates();
        std::vector<Entry> found;
        for (const QString &path : std::as_const(files)) {
            Entry e;
            e.path = path;
            e.size = QFileInfo(path).size();
            const ImportPreview p = loadImportPreview(path, QString(), QString(), 0);
            e.confidence = p.detection.confidence;
            if (!p.error.isEmpty())
                e.problem = p.error;
            else if (p.detection.detected)
                e.format = p.detection.spec.name;
            else
                e.problem = p.detection.reason;
            found.push_back(std::move(e));
        }
        return found;
    }));
}

void ImportFileListModel::looked()
{
    const std::vector<Entry> found = m_watcher.result();
    const int first = rowCount();
    for (const Entry &e : found) {
        if (std::any_of(m_files.begin(), m_files.end(), [&e](const Entry &o) { return o.path == e.path; }))
            continue;
        beginInsertRows({}, rowCount(), rowCount());
        m_files.push_back(e);
        endInsertRows();
    }
    emit filesAdded(first, rowCount() - first);
    startNext();
}

int ImportFileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int ImportFileListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportFileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_files[size_t(index.row())];
    if (role == PathRole)
        return e.path;
    if (role == Qt::ToolTipRole)
        return e.problem.isEmpty() ? e.path : e.path + QLatin1Char('\n') + e.problem;
    if (role == Qt::TextAlignmentRole && (index.column() == SizeColumn || index.column() == ConfidenceColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FileColumn:
        return QFileInfo(e.path).fileName();
    case SizeColumn:
        return e.size < 0 ? QString() : QLocale().formattedDataSize(e.size);
    case FormatColumn:
        return e.format.isEmpty() ? tr("unknown") : e.format;
    case ConfidenceColumn:
        return !e.format.isEmpty() ? QLocale().toString(e.confidence * 100, 'f', 0) + QLatin1Char('%')
                                   : QString();
    default:
        return {};
    }
}

QVariant ImportFileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case SizeColumn:
        return tr("Size");
    case FormatColumn:
        return tr("Detected format");
    case ConfidenceColumn:
        return tr("Confidence");
    default:
        return {};
    }
}

} // namespace es::ui
