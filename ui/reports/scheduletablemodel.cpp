#include "reports/scheduletablemodel.h"

#include "reports/reportschedule.h"
#include "reports/reportscheduler.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStyle>
#include <QTimeZone>

namespace es::ui {

ScheduleTableModel::ScheduleTableModel(ReportScheduler *scheduler, QObject *parent)
    : QAbstractTableModel(parent), m_scheduler(scheduler), m_rows(int(scheduler->schedules().size()))
{
    connect(m_scheduler, &ReportScheduler::schedulesChanged, this, &ScheduleTableModel::reload);
}

void ScheduleTableModel::reload()
{
    const int rows = int(m_scheduler->schedules().size());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    }
}

const ReportSchedule &ScheduleTableModel::at(int row) const
{
    return m_scheduler->schedules()[size_t(row)];
}

int ScheduleTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows; ++row) {
        if (at(row).id == id)
            return row;
    }
    return -1;
}

int ScheduleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ScheduleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScheduleTableModel::when(std::int64_t ms) const
{
    const QTimeZone zone(m_scheduler->zone().zoneId());
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, zone);
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_scheduler->now(), zone).date();
    const QString time = t.time().toString(QStringLiteral("HH:mm"));
    if (t.date() == today)
        return tr("Today %1").arg(time);
    if (t.date() == today.addDays(1))
        return tr("Tomorrow %1").arg(time);
    if (t.date() == today.addDays(-1))
        return tr("Yesterday %1").arg(time);
    return tr("%1 %2 %3", "weekday, date and time")
        .arg(QLocale().dayName(t.date().dayOfWeek(), QLocale::ShortFormat), t.date().toString(Qt::ISODate),
             time);
}

QString ScheduleTableModel::statusText(const ReportSchedule &s) const
{
    if (m_scheduler->runningId() == s.id)
        return tr("Running…");
    if (m_scheduler->isQueued(s.id))
        return tr("Waiting for another report");
    switch (s.lastStatus) {
    case ReportSchedule::Status::Never:
        return tr("Not run yet");
    case ReportSchedule::Status::Ok:
        return s.lastFiles.size() == 1 ? tr("Wrote %1").arg(QFileInfo(s.lastFiles.first()).fileName())
                                       : tr("Wrote %1 files").arg(s.lastFiles.size());
    case ReportSchedule::Status::Failed:
        return tr("Failed: %1").arg(s.lastMessage.section(QLatin1Char('\n'), 0, 0));
    }
    return {};
}

QVariant ScheduleTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const ReportSchedule &s = at(index.row());
    if (role == IdRole)
        return s.id;
    if (role == FailedRole)
        return s.lastStatus == ReportSchedule::Status::Failed;
    const auto column = Column(index.column());
    if (column == Enabled) {
        if (role == Qt::CheckStateRole)
            return s.enabled ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
            return s.enabled ? tr("Enabled") : tr("Disabled");
        return {};
    }
    if (column == Status && role == Qt::ForegroundRole && s.lastStatus == ReportSchedule::Status::Failed &&
        m_scheduler->runningId() != s.id)
        return QBrush(QColor(0xc6, 0x28, 0x28)); // red that reads on light and dark backgrounds
    // An icon as well as red: it stays visible on a selected row.
    if (column == Status && role == Qt::DecorationRole && s.lastStatus == ReportSchedule::Status::Failed &&
        m_scheduler->runningId() != s.id)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::ToolTipRole) {
        if (column == Status) {
            if (s.lastStatus == ReportSchedule::Status::Failed)
                return s.lastMessage;
            if (!s.lastFiles.isEmpty()) {
                QStringList shown;
                for (const QString &f : s.lastFiles)
                    shown << ReportSchedules::displayPath(f);
                return shown.join(QLatin1Char('\n'));
            }
        }
        if (column == Folder)
            return ReportSchedules::displayPath(s.folder);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case Template: {
        const auto t = ReportTemplates::find(m_scheduler->templates(), s.templateId);
        return t ? t->title : tr("%1 (missing)").arg(s.templateId);
    }
    case Frequency:
        return ReportSchedules::describe(s);
    case Folder:
        return ReportSchedules::displayPath(s.folder);
    case Formats:
        return ReportSchedules::formatsText(s);
    case LastRun:
        return s.lastRunMs > 0 ? when(s.lastRunMs) : tr("Never");
    case Status:
        return statusText(s);
    case NextRun: {
        const std::int64_t now = m_scheduler->now();
        const auto next = ReportSchedules::nextRun(s, now, m_scheduler->zone());
        if (!next)
            return tr("Disabled");
        return *next <= now ? tr("Now") : when(*next);
    }
    case Enabled:
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ScheduleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Template:
        return tr("Template");
    case Frequency:
        return tr("When");
    case Folder:
        return tr("Folder");
    case Formats:
        return tr("Formats");
    case Enabled:
        return tr("On");
    case LastRun:
        return tr("Last run");
    case Status:
        return tr("Status");
    case NextRun:
        return tr("Next run");
    case ColumnCount:
        break;
    }
    return {};
}

bool ScheduleTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Enabled || role != Qt::CheckStateRole)
        return false;
    std::vector<ReportSchedule> all = m_scheduler->schedules();
    ReportSchedule &s = all[size_t(index.row())];
    const bool enable = value.toInt() == Qt::Checked;
    if (enable && !s.enabled)
        s.createdMs = m_scheduler->now(); // slots missed while it was off are not owed
    s.enabled = enable;
    m_scheduler->setSchedules(std::move(all)); // reloads through schedulesChanged
    return true;
}

Qt::ItemFlags ScheduleTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Enabled)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

} // namespace es::ui
