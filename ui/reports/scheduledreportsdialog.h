#pragma once
// File → Scheduled Reports…: the workspace's scheduled reports in a table
// with their last run, its outcome (errors in red) and the next run; Add,
// Edit, Remove, Run Now and Open Folder. Changes go straight to the
// scheduler, which stores them in the workspace.

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace es::ui {

class ReportScheduler;
class ScheduleTableModel;

class ScheduledReportsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ScheduledReportsDialog(ReportScheduler *scheduler, QWidget *parent = nullptr);

    ScheduleTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    void addSchedule();
    void editSchedule();
    void removeSchedule();
    void runNow();
    void openFolder();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int currentRow() const;
    void updateButtons();

    ReportScheduler *m_scheduler;
    ScheduleTableModel *m_model;
    QTableView *m_view;
    QLabel *m_detail;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_run;
    QPushButton *m_open;
};

} // namespace es::ui
