#pragma once
// The scheduled reports of a workspace as a table: template, frequency,
// folder, formats, enabled (checkable), last run, status (a failure in red,
// its message in full as tooltip) and next run. Reads the scheduler and
// follows its changes.

#include <QAbstractTableModel>

namespace es {
struct ReportSchedule;
}

namespace es::ui {

class ReportScheduler;

class ScheduleTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Template, Frequency, Folder, Formats, Enabled, LastRun, Status, NextRun, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, FailedRole };

    explicit ScheduleTableModel(ReportScheduler *scheduler, QObject *parent = nullptr);

    const ReportSchedule &at(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void reload();
    QString when(std::int64_t ms) const;
    QString statusText(const ReportSchedule &s) const;

    ReportScheduler *m_scheduler;
    int m_rows = 0;
};

} // namespace es::ui
