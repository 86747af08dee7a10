#pragma once
// The summary at the end of an import: one row per file with what became
// of it (imported, already imported, empty, cancelled, failed), its events,
// malformed lines and speed. Keeps the results with their malformed samples.

#include "ingest/importtypes.h"

#include <QAbstractTableModel>
#include <vector>

namespace es::ui {

class ImportSummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        FileColumn,
        StatusColumn,
        EventsColumn,
        MalformedColumn,
        RateColumn,
        FormatColumn,
        ColumnCount
    };

    explicit ImportSummaryModel(QObject *parent = nullptr);

    void setResults(std::vector<FileImportResult> results);
    const FileImportResult &result(int row) const { return m_results[size_t(row)]; }
    static QString statusText(const FileImportResult &r);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<FileImportResult> m_results;
};

} // namespace es::ui
