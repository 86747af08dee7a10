#pragma once
// The files of the import dialog: name, size and the format the detector
// found in each, with its confidence. Added paths are looked at on a worker
// thread (a folder contributes the files in it, each file's head is read
// for detection) and appear once that is done, one batch after the other.

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QStringList>
#include <vector>

namespace es::ui {

class ImportFileListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FileColumn, SizeColumn, FormatColumn, ConfidenceColumn, ColumnCount };
    static constexpr int PathRole = Qt::UserRole + 1;

    explicit ImportFileListModel(QObject *parent = nullptr);
    ~ImportFileListModel() override;

    // Adds files and the files of folders that are not in the list yet.
    void addPaths(const QStringList &paths);
    void removeFiles(QList<int> rows);
    QStringList paths() const;
    qint64 sizeOf(int row) const { return m_files[size_t(row)].size; }
    QString formatOf(int row) const { return m_files[size_t(row)].format; }
    double confidenceOf(int row) const { return m_files[size_t(row)].confidence; }
    QString problemOf(int row) const { return m_files[size_t(row)].problem; }
    bool isBusy() const { return m_watcher.isRunning() || !m_queued.isEmpty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // Paths given to addPaths() are in the list: `first` is the row of the
    // first new file, `count` how many were new (0: none).
    void filesAdded(int first, int count);

private:
    struct Entry
    {
        QString path;
        qint64 size = -1;
        QString format; // "" when nothing fits
        double confidence = 0;
        QString problem; // why nothing fits, or why the file cannot be read
    };
    void startNext();
    void looked();

    std::vector<Entry> m_files;
    QStringList m_queued; // paths waiting for the running job
    QFutureWatcher<std::vector<Entry>> m_watcher;
};

} // namespace es::ui
