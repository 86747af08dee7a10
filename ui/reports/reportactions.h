#pragma once
// The report entries of the File menu: Export Report… (the dialog), Export
// Dashboard as PDF… (what is on screen, straight to a file) and Scheduled
// Reports…. Keeps the workspace's templates, stores the user's own through
// the workspace controller, and owns the scheduler of scheduled reports.

#include "dashboard/dashboardspec.h"
#include "mainwindow/workspacecontroller.h"
#include "reports/reporttemplate.h"

#include <QObject>
#include <functional>
#include <vector>

class QAction;
class QProgressDialog;
class QWidget;

namespace es::ui {

class DashboardPage;
class ReportExportJob;
class ReportScheduler;

class ReportActions : public QObject
{
    Q_OBJECT
public:
    ReportActions(QWidget *window, WorkspaceController *workspace, DashboardPage *page,
                  std::function<DashboardSpec()> currentDashboard);

    QAction *exportReportAction() const { return m_exportReport; }
    QAction *exportDashboardAction() const { return m_exportDashboard; }
    QAction *scheduledReportsAction() const { return m_scheduledReports; }
    ReportScheduler *scheduler() const { return m_scheduler; }

    void setWorkspace(const WorkspaceInfo &info);
    const std::vector<ReportTemplate> &templates() const { return m_templates; }

    void exportReport();
    void exportDashboard();
    void showScheduledReports();
    // Stops scheduled reports (a running one is killed); on close.
    void shutdown();

signals:
    void statusMessage(const QString &text);

private:
    QWidget *m_window;
    WorkspaceController *m_workspace;
    DashboardPage *m_page;
    std::function<DashboardSpec()> m_currentDashboard;
    QAction *m_exportReport;
    QAction *m_exportDashboard;
    QAction *m_scheduledReports;
    ReportScheduler *m_scheduler;
    WorkspaceInfo m_info;
    std::vector<ReportTemplate> m_templates;
    ReportExportJob *m_dashboardJob = nullptr;
    QProgressDialog *m_dashboardProgress = nullptr;
};

} // namespace es::ui
