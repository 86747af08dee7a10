#pragma once
// Shows the malformed lines sampled while a file was imported: line number,
// reason and the line itself, from FileImportResult::samples. The model is
// MalformedSamplesModel; the full line is in the tooltip and below the table.

#include "aggregate/aggregate.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <vector>

class QTableView;

namespace es::ui {

class MalformedSamplesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LineColumn, ReasonColumn, TextColumn, ColumnCount };

    explicit MalformedSamplesModel(std::vector<MalformedSample> samples, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<MalformedSample> m_samples;
};

class MalformedLinesDialog : public QDialog
{
    Q_OBJECT
public:
    // `total` is the file's count of malformed lines (more than the samples
    // when there are many).
    MalformedLinesDialog(const QString &fileName, std::vector<MalformedSample> samples, qint64 total,
                         QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    MalformedSamplesModel *model() const { return m_model; }

private:
    MalformedSamplesModel *m_model;
    QTableView *m_view;
};

} // namespace es::ui
