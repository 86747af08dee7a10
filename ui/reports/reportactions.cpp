#include "reports/reportactions.h"

#include "dashboard/dashboardpage.h"
#include "reports/dashboardreport.h"
#include "reports/reportexportdialog.h"
#include "reports/reportexportjob.h"
#include "reports/reportscheduler.h"
#include "reports/scheduledreportsdialog.h"
#include "settings/preferences.h"
#include "timerange/timerangepicker.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

namespace es::ui {

ReportActions::ReportActions(QWidget *window, WorkspaceController *workspace, DashboardPage *page,
                             std::function<DashboardSpec()> currentDashboard)
    : QObject(window), m_window(window), m_workspace(workspace), m_page(page),
      m_currentDashboard(std::move(currentDashboard)),
      m_exportReport(new QAction(tr("Export &Report…"), this)),
      m_exportDashboard(new QAction(tr("Export Dashboard as &PDF…"), this)),
      m_scheduledReports(new QAction(tr("Scheduled Rep&orts…"), this)), m_scheduler(new ReportScheduler(this))
{
    m_exportReport->setObjectName(QStringLiteral("exportReportAction"));
    m_exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportReport->setStatusTip(tr("Export report templates as PDF, Excel or CSV"));
    m_exportReport->setEnabled(false);
    connect(m_exportReport, &QAction::triggered, this, &ReportActions::exportReport);
    m_exportDashboard->setObjectName(QStringLiteral("exportDashboardAction"));
    m_exportDashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportDashboard->setStatusTip(tr("Save the dashboard as shown, with its range and filters, as a PDF"));
    m_exportDashboard->setEnabled(false);
    connect(m_exportDashboard, &QAction::triggered, this, &ReportActions::exportDashboard);
    m_scheduledReports->setObjectName(QStringLiteral("scheduledReportsAction"));
    m_scheduledReports->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_scheduledReports->setStatusTip(tr("Write reports to a folder every day or every week"));
    m_scheduledReports->setEnabled(false);
    connect(m_scheduledReports, &QAction::triggered, this, &ReportActions::showScheduledReports);

    m_scheduler->setSaver([this](const QByteArray &json) { m_workspace->saveReportSchedules(json); });
    connect(m_scheduler, &ReportScheduler::statusMessage, this, &ReportActions::statusMessage);
    // Another workspace: what runs for this one stops before the switch.
    connect(m_workspace, &WorkspaceController::opening, m_scheduler, &ReportScheduler::stop);
}

void ReportActions::setWorkspace(const WorkspaceInfo &info)
{
    m_info = info;
    QString error;
    m_templates = ReportTemplates::merged(info.reportTemplates, &error);
    if (!error.isEmpty())
        emit statusMessage(tr("Some report templates of the workspace were skipped: %1").arg(error));
    m_exportReport->setEnabled(info.ok);
    m_exportDashboard->setEnabled(info.ok);
    m_scheduledReports->setEnabled(info.ok);
    m_scheduler->setWorkspace(info.ok ? info.path : QString(), info.timeZone, info.reportSchedules,
                              m_templates);
}

void ReportActions::exportReport()
{
    if (!m_info.ok)
        return;
    ReportExportDialog::Context c;
    c.dbPath = m_info.path;
    c.paramKeys = m_info.paramKeys;
    c.templates = m_templates;
    c.dashboardRange = m_page->state().spec;
    c.timeZone = m_info.timeZone;
    c.extent = m_info.extent;
    ReportExportDialog dialog(c, m_window);
    connect(&dialog, &ReportExportDialog::templatesChanged, this,
            [this](const std::vector<ReportTemplate> &user) {
                m_workspace->saveReportTemplates(ReportTemplates::serialize(user));
                m_templates = ReportTemplates::merged(ReportTemplates::serialize(user));
                m_scheduler->setTemplates(m_templates);
            });
    dialog.exec();
}

void ReportActions::showScheduledReports()
{
    if (!m_info.ok)
        return;
    ScheduledReportsDialog dialog(m_scheduler, m_window);
    dialog.exec();
}

void ReportActions::shutdown()
{
    m_scheduler->stop();
}

void ReportActions::exportDashboard()
{
    if (!m_info.ok || (m_dashboardJob && m_dashboardJob->isRunning()))
        return;
    const DashboardSpec dashboard = m_currentDashboard();
    const ReportTemplate t = templateFromDashboard(dashboard, m_page->state());
    QString folder = prefs::reportFolder.get();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        tr("%1 dashboard %2.pdf")
            .arg(dashboard.title, m_page->picker()->spec().label(m_page->picker()->zone()))
            .replace(QLatin1Char('/'), QLatin1Char('-'))
            .replace(QLatin1Char(':'), QLatin1Char('-')));
    QString file = QFileDialog::getSaveFileName(m_window, tr("Export Dashboard as PDF"), suggested,
                                                tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return;
    if (!file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        file += QLatin1String(".pdf");

    if (!m_dashboardJob) {
        m_dashboardJob = new ReportExportJob(this);
        m_dashboardProgress = new QProgressDialog(m_window);
        m_dashboardProgress->setWindowTitle(tr("Export Dashboard as PDF"));
        m_dashboardProgress->setRange(0, 100);
        m_dashboardProgress->setMinimumDuration(300);
        m_dashboardProgress->setAutoClose(false);
        m_dashboardProgress->setAutoReset(false);
        connect(m_dashboardProgress, &QProgressDialog::canceled, m_dashboardJob, &ReportExportJob::cancel);
        connect(m_dashboardJob, &ReportExportJob::progress, m_dashboardProgress,
                [this](int percent, const QString &text) {
                    m_dashboardProgress->setValue(percent);
                    m_dashboardProgress->setLabelText(text);
                });
        connect(m_dashboardJob, &ReportExportJob::finished, this,
                [this](bool ok, const QStringList &files, const QString &error) {
                    m_dashboardProgress->hide();
                    if (!ok) {
                        QMessageBox::warning(m_window, tr("Export Dashboard as PDF"), error);
                        return;
                    }
                    const QString written = files.value(0);
                    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(written)));
                    QMessageBox box(QMessageBox::Information, tr("Export Dashboard as PDF"),
                                    tr("Saved %1").arg(QDir::toNativeSeparators(written)), QMessageBox::Close,
                                    m_window);
                    QPushButton *open = box.addButton(tr("&Open"), QMessageBox::AcceptRole);
                    QPushButton *show = box.addButton(tr("Show in &Folder"), QMessageBox::ActionRole);
                    box.exec();
                    if (box.clickedButton() == open)
                        QDesktopServices::openUrl(QUrl::fromLocalFile(written));
                    else if (box.clickedButton() == show)
                        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(written).absolutePath()));
                });
    }
    ReportExportJob::Request r;
    r.dbPath = m_info.path;
    r.templates = {t};
    r.range = m_page->state().spec;
    r.pdfFile = file;
    r.pdf = true;
    m_dashboardProgress->reset();
    m_dashboardProgress->setLabelText(tr("Exporting %1…").arg(dashboard.title));
    m_dashboardProgress->show();
    if (!m_dashboardJob->start(r)) {
        m_dashboardProgress->hide();
        QMessageBox::warning(m_window, tr("Export Dashboard as PDF"), m_dashboardJob->errorString());
    }
}

} // namespace es::ui
