#include "reports/scheduledreportsdialog.h"

#include "reports/reportscheduler.h"
#include "reports/scheduleeditordialog.h"
#include "reports/scheduletablemodel.h"
#include "settings/preferences.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace es::ui {

namespace {

QString defaultFolder()
{
    const QString chosen = prefs::reportFolder.get();
    if (!chosen.isEmpty())
        return chosen;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(ScheduledReportsDialog::tr("Eventscope reports"));
}

} // namespace

ScheduledReportsDialog::ScheduledReportsDialog(ReportScheduler *scheduler, QWidget *parent)
    : QDialog(parent), m_scheduler(scheduler), m_model(new ScheduleTableModel(scheduler, this)),
      m_view(new QTableView(this)), m_detail(new QLabel(this)), m_add(new QPushButton(tr("&Add…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)), m_remove(new QPushButton(tr("&Remove"), this)),
      m_run(new QPushButton(tr("Run &Now"), this)), m_open(new QPushButton(tr("Open &Folder"), this))
{
    setObjectName(QStringLiteral("scheduledReportsDialog"));
    setWindowTitle(tr("Scheduled Reports"));
    resize(1060, 380);

    auto *intro =
        new QLabel(tr("Reports written to a folder daily or weekly while Eventscope is open. Times are "
                      "in the workspace's time zone (%1); a run missed while the app was closed "
                      "runs once when it opens.")
                       .arg(QString::fromLatin1(scheduler->zone().zoneId())),
                   this);
    intro->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("scheduleTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ScheduleTableModel::Folder, QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(ScheduleTableModel::Status, QHeaderView::Stretch);
    m_view->setColumnWidth(ScheduleTableModel::Folder, 200);
    m_view->setAccessibleName(tr("Scheduled reports"));
    m_view->installEventFilter(this);

    // The whole message of the selected schedule's last run; the table cell is one line.
    m_detail->setObjectName(QStringLiteral("scheduleDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_add->setObjectName(QStringLiteral("addSchedule"));
    m_edit->setObjectName(QStringLiteral("editSchedule"));
    m_remove->setObjectName(QStringLiteral("removeSchedule"));
    m_run->setObjectName(QStringLiteral("runSchedule"));
    m_open->setObjectName(QStringLiteral("openScheduleFolder"));
    m_run->setToolTip(tr("Write the report for the latest scheduled period now"));
    m_open->setToolTip(tr("Open the folder the reports are written to"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_remove, m_run, m_open}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ScheduledReportsDialog::addSchedule);
    connect(m_edit, &QPushButton::clicked, this, &ScheduledReportsDialog::editSchedule);
    connect(m_remove, &QPushButton::clicked, this, &ScheduledReportsDialog::removeSchedule);
    connect(m_run, &QPushButton::clicked, this, &ScheduledReportsDialog::runNow);
    connect(m_open, &QPushButton::clicked, this, &ScheduledReportsDialog::openFolder);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.column() != ScheduleTableModel::Enabled)
            editSchedule();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ScheduledReportsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ScheduledReportsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ScheduledReportsDialog::updateButtons);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    m_view->setFocus();
    updateButtons();
}

bool ScheduledReportsDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Delete removes the selected schedule, as in other lists of the app.
    if (watched == m_view && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete) && m_remove->isEnabled()) {
        removeSchedule();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

int ScheduledReportsDialog::currentRow() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() && i.row() < m_model->rowCount() ? i.row() : -1;
}

void ScheduledReportsDialog::updateButtons()
{
    const int row = currentRow();
    const bool active = m_scheduler->isActive();
    m_add->setEnabled(active);
    m_edit->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_open->setEnabled(row >= 0);
    const bool busy = row >= 0 && (m_scheduler->runningId() == m_model->at(row).id ||
                                   m_scheduler->isQueued(m_model->at(row).id));
    m_run->setEnabled(row >= 0 && active && !busy);
    if (row < 0) {
        m_detail->setText(m_model->rowCount() == 0
                              ? tr("No scheduled reports yet. Add one to have a template written to a folder "
                                   "every day or every week.")
                              : QString());
        m_detail->setStyleSheet(QString());
        return;
    }
    const ReportSchedule &s = m_model->at(row);
    const bool failed = s.lastStatus == ReportSchedule::Status::Failed && !busy;
    m_detail->setStyleSheet(failed ? QStringLiteral("color: #c62828;") : QString());
    if (busy || s.lastStatus == ReportSchedule::Status::Never) {
        m_detail->setText(QString());
    } else if (failed) {
        m_detail->setText(tr("The last run failed: %1").arg(s.lastMessage));
    } else {
        QStringList shown;
        for (const QString &f : s.lastFiles)
            shown << ReportSchedules::displayPath(f);
        m_detail->setText(tr("The last run wrote %1").arg(shown.join(tr(", "))));
    }
}

void ScheduledReportsDialog::addSchedule()
{
    ReportSchedule s;
    s.folder = defaultFolder();
    ScheduleEditorDialog editor(s, m_scheduler->templates(), this);
    if (editor.exec() != QDialog::Accepted)
        return;
    std::vector<ReportSchedule> all = m_scheduler->schedules();
    s = editor.schedule();
    s.id = ReportSchedules::uniqueId(all);
    s.createdMs = m_scheduler->now();
    all.push_back(s);
    m_scheduler->setSchedules(std::move(all));
    m_view->setCurrentIndex(m_model->index(m_model->rowOf(s.id), 0));
}

void ScheduledReportsDialog::editSchedule()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const ReportSchedule before = m_model->at(row);
    ScheduleEditorDialog editor(before, m_scheduler->templates(), this);
    if (editor.exec() != QDialog::Accepted)
        return;
    const ReportSchedule edited = editor.schedule();
    std::vector<ReportSchedule> all = m_scheduler->schedules();
    for (ReportSchedule &s : all) {
        if (s.id != edited.id)
            continue;
        // Only what the editor shows: a run may have finished while it was open.
        if (edited.enabled && !s.enabled)
            s.createdMs = m_scheduler->now(); // slots missed while it was off are not owed
        s.templateId = edited.templateId;
        s.frequency = edited.frequency;
        s.weekday = edited.weekday;
        s.time = edited.time;
        s.pdf = edited.pdf;
        s.xlsx = edited.xlsx;
        s.csv = edited.csv;
        s.folder = edited.folder;
        s.enabled = edited.enabled;
    }
    m_scheduler->setSchedules(std::move(all));
}

void ScheduledReportsDialog::removeSchedule()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString id = m_model->at(row).id;
    const QString name = m_model->data(m_model->index(row, ScheduleTableModel::Template)).toString();
    if (QMessageBox::question(this, tr("Remove Scheduled Report"),
                              tr("Stop writing \"%1\" on schedule? Reports already written stay in their "
                                 "folder.")
                                  .arg(name),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) != QMessageBox::Yes)
        return;
    std::vector<ReportSchedule> all = m_scheduler->schedules();
    all.erase(std::remove_if(all.begin(), all.end(), [&](const ReportSchedule &s) { return s.id == id; }),
              all.end());
    m_scheduler->setSchedules(std::move(all));
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
    updateButtons();
}

void ScheduledReportsDialog::runNow()
{
    const int row = currentRow();
    if (row >= 0)
        m_scheduler->runNow(m_model->at(row).id);
}

void ScheduledReportsDialog::openFolder()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString folder = m_model->at(row).folder;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        QMessageBox::warning(this, tr("Open Folder"),
                             tr("%1 could not be opened. Check that the folder exists.")
                                 .arg(ReportSchedules::displayPath(folder)));
}

} // namespace es::ui
