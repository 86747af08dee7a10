#include "reports/reportscheduler.h"

#include "reports/reportexportjob.h"

#include <QDir>
#include <QFileInfo>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace es::ui {

namespace {
constexpr int kMaxWaitMs = 60 * 1000; // checks at least once a minute (sleep, clock changes)
}

ReportScheduler::ReportScheduler(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReportScheduler::check);
    connect(&m_targets, &QFutureWatcher<Targets>::finished, this, &ReportScheduler::onTargets);
}

ReportScheduler::~ReportScheduler()
{
    m_targets.waitForFinished();
    delete m_job; // kills a running report
}

void ReportScheduler::setWorkspace(const QString &dbPath, const QByteArray &timeZone,
                                   const QByteArray &storedSchedules, std::vector<ReportTemplate> templates)
{
    stop();
    if (dbPath.isEmpty())
        return;
    m_dbPath = dbPath;
    m_zone = ZoneBucketer(timeZone.isEmpty() ? QByteArray("UTC") : timeZone);
    m_templates = std::move(templates);
    QString error;
    m_schedules = ReportSchedules::deserialize(storedSchedules, &error);
    if (!error.isEmpty())
        emit statusMessage(tr("Some scheduled reports of the workspace were skipped: %1").arg(error));
    emit schedulesChanged();
    // Runs missed while the app was closed start right away.
    QTimer::singleShot(0, this, &ReportScheduler::check);
}

void ReportScheduler::setTemplates(std::vector<ReportTemplate> templates)
{
    m_templates = std::move(templates);
    emit schedulesChanged();
}

void ReportScheduler::stop()
{
    ++m_generation;
    m_timer.stop();
    m_queue.clear();
    if (m_job && m_job->isRunning()) {
        delete m_job; // a kill; the half-written run is not recorded
        m_job = nullptr;
    }
    const bool wasActive = isActive();
    m_running = Run();
    m_dbPath.clear();
    m_schedules.clear();
    if (wasActive)
        emit schedulesChanged();
}

void ReportScheduler::setSchedules(std::vector<ReportSchedule> all)
{
    m_schedules = std::move(all);
    m_queue.erase(
        std::remove_if(m_queue.begin(), m_queue.end(), [this](const Run &r) { return !find(r.id); }),
        m_queue.end());
    save();
    emit schedulesChanged();
    check();
}

void ReportScheduler::runNow(const QString &id)
{
    const ReportSchedule *s = find(id);
    if (!s || !isActive() || m_running.id == id || isQueued(id))
        return;
    m_queue.push_back({id, ReportSchedules::latestSlot(*s, now(), m_zone), 0});
    emit schedulesChanged();
    startNext();
}

bool ReportScheduler::isQueued(const QString &id) const
{
    return std::any_of(m_queue.begin(), m_queue.end(), [&](const Run &r) { return r.id == id; });
}

void ReportScheduler::check()
{
    if (!isActive())
        return;
    const std::int64_t t = now();
    bool queued = false;
    for (const ReportSchedule &s : m_schedules) {
        if (s.id == m_running.id || isQueued(s.id))
            continue;
        if (const auto run = ReportSchedules::due(s, t, m_zone)) {
            m_queue.push_back({s.id, run->slotMs, 0});
            queued = true;
        }
    }
    if (queued)
        emit schedulesChanged();
    startNext();
    armTimer();
}

void ReportScheduler::armTimer()
{
    if (!isActive())
        return;
    const std::int64_t t = now();
    std::int64_t wait = kMaxWaitMs;
    for (const ReportSchedule &s : m_schedules) {
        if (const auto next = ReportSchedules::nextRun(s, t, m_zone); next && *next > t)
            wait = std::min(wait, *next - t);
    }
    // A little late rather than early: the slot must have passed when the timer fires.
    m_timer.start(int(std::clamp<std::int64_t>(wait + 200, 1000, kMaxWaitMs)));
}

void ReportScheduler::startNext()
{
    if (!isActive() || !m_running.id.isEmpty() || m_queue.empty())
        return;
    m_running = m_queue.front();
    m_queue.pop_front();
    m_running.startedMs = now();
    const ReportSchedule *s = find(m_running.id);
    if (!s) {
        m_running = Run();
        startNext();
        return;
    }
    emit runStarted(s->id);
    emit schedulesChanged();
    const auto t = ReportTemplates::find(m_templates, s->templateId);
    if (!t) {
        finish(false, {},
               tr("The template \"%1\" no longer exists. Edit the schedule and choose another template.")
                   .arg(s->templateId));
        return;
    }
    m_runningTemplate = *t;
    // The period is read in the report's own zone: a template with a zone of
    // its own reports on that zone's days.
    const ZoneBucketer reportZone = t->timeZone.isEmpty() ? m_zone : ZoneBucketer(t->timeZone);
    m_runningRange = ReportSchedules::coveredRange(*s, m_running.slotMs, reportZone);
    const QDate firstDay =
        QDateTime::fromSecsSinceEpoch(m_runningRange.fromSecs, QTimeZone(reportZone.zoneId())).date();
    emit statusMessage(tr("Writing the scheduled report \"%1\"…").arg(title(*s)));
    // Looking at the folder is file I/O: off the GUI thread (it may be a network share).
    const ReportSchedule copy = *s;
    const int generation = ++m_generation;
    m_targets.setFuture(QtConcurrent::run([copy, firstDay, generation] {
        Targets targets = chooseTargets(copy, firstDay);
        targets.generation = generation;
        return targets;
    }));
}

ReportScheduler::Targets ReportScheduler::chooseTargets(const ReportSchedule &s, const QDate &firstDay)
{
    Targets t;
    const QFileInfo folder(s.folder);
    const QString shown = ReportSchedules::displayPath(s.folder);
    if (!folder.exists()) {
        t.error =
            tr("The folder %1 does not exist. Create it, or edit the schedule and choose another folder.")
                .arg(shown);
        return t;
    }
    if (!folder.isDir()) {
        t.error = tr("%1 is a file, not a folder. Edit the schedule and choose a folder.").arg(shown);
        return t;
    }
    if (!folder.isWritable()) {
        t.error = tr("The folder %1 is not writable. Check its permissions, or edit the schedule and choose "
                     "another folder.")
                      .arg(shown);
        return t;
    }
    const QDir dir(s.folder);
    for (int attempt = 1; attempt < 1000; ++attempt) {
        const QString stem = ReportSchedules::fileStem(s.templateId, firstDay, attempt);
        const QString pdf = s.pdf ? dir.absoluteFilePath(stem + QLatin1String(".pdf")) : QString();
        const QString xlsx = s.xlsx ? dir.absoluteFilePath(stem + QLatin1String(".xlsx")) : QString();
        const QString csv = s.csv ? dir.absoluteFilePath(stem) : QString();
        if ((!pdf.isEmpty() && QFileInfo::exists(pdf)) || (!xlsx.isEmpty() && QFileInfo::exists(xlsx)) ||
            (!csv.isEmpty() && QFileInfo::exists(csv)))
            continue;
        t.pdf = pdf;
        t.xlsx = xlsx;
        t.csv = csv;
        return t;
    }
    t.error = tr("The folder %1 already holds 999 reports for this period. Move some away.").arg(shown);
    return t;
}

void ReportScheduler::onTargets()
{
    const Targets t = m_targets.result();
    if (t.generation != m_generation || m_running.id.isEmpty())
        return; // stopped meanwhile
    if (!t.error.isEmpty()) {
        finish(false, {}, t.error);
        return;
    }
    if (!m_job) {
        m_job = new ReportExportJob(this);
        connect(
            m_job, &ReportExportJob::finished, this,
            [this](bool ok, const QStringList &files, const QString &error) { finish(ok, files, error); });
    }
    ReportExportJob::Request r;
    r.dbPath = m_dbPath;
    r.templates = {m_runningTemplate};
    r.range = RangeSpec::absolute(m_runningRange);
    r.pdf = !t.pdf.isEmpty();
    r.xlsx = !t.xlsx.isEmpty();
    r.csv = !t.csv.isEmpty();
    r.pdfFile = t.pdf;
    r.xlsxFile = t.xlsx;
    r.csvFolder = t.csv;
    if (!m_job->start(r))
        finish(false, {}, m_job->errorString());
}

void ReportScheduler::finish(bool ok, const QStringList &files, const QString &message)
{
    const Run run = m_running;
    m_running = Run();
    if (ReportSchedule *s = find(run.id)) {
        s->lastRunMs = run.startedMs;
        s->lastStatus = ok ? ReportSchedule::Status::Ok : ReportSchedule::Status::Failed;
        s->lastMessage = message.trimmed();
        s->lastFiles = files;
        if (ok)
            emit statusMessage(files.isEmpty()
                                   ? tr("Scheduled report \"%1\" written.").arg(title(*s))
                                   : tr("Scheduled report \"%1\" written to %2.")
                                         .arg(title(*s), ReportSchedules::displayPath(
                                                             QFileInfo(files.first()).absolutePath())));
        else
            emit statusMessage(tr("Scheduled report \"%1\" failed: %2").arg(title(*s), s->lastMessage));
        save();
    }
    emit runFinished(run.id, ok, message.trimmed());
    emit schedulesChanged();
    startNext();
    armTimer();
}

void ReportScheduler::save()
{
    if (m_save && isActive())
        m_save(ReportSchedules::serialize(m_schedules));
}

ReportSchedule *ReportScheduler::find(const QString &id)
{
    auto it = std::find_if(m_schedules.begin(), m_schedules.end(),
                           [&](const ReportSchedule &s) { return s.id == id; });
    return it == m_schedules.end() ? nullptr : &*it;
}

QString ReportScheduler::title(const ReportSchedule &s) const
{
    const auto t = ReportTemplates::find(m_templates, s.templateId);
    return t ? t->title : s.templateId;
}

} // namespace es::ui
