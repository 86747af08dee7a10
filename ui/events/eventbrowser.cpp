#include "events/eventbrowser.h"

#include "events/eventdetail.h"
#include "events/eventsearchworker.h"
#include "events/eventtablemodel.h"
#include "events/typecountmodel.h"
#include "store/raweventfilter.h"
#include "timerange/timerangepicker.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QtConcurrent>
#include <climits>

namespace es::ui {

EventBrowser::EventBrowser(QWidget *parent)
    : QWidget(parent, Qt::Window), m_pageThread(new QThread(this)), m_countThread(new QThread(this)),
      m_textThread(new QThread(this)), m_pageWorker(new EventSearchWorker),
      m_countWorker(new EventSearchWorker), m_textWorker(new EventSearchWorker),
      m_model(new EventTableModel(m_pageWorker, m_textWorker, this)), m_counts(new TypeCountModel(this)),
      m_debounce(new QTimer(this)), m_commitTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("eventBrowser"));
    setWindowTitle(tr("Event Browser"));
    resize(1280, 800);
    m_pageThread->setObjectName(QStringLiteral("EventPages"));
    m_countThread->setObjectName(QStringLiteral("EventCounts"));
    m_textThread->setObjectName(QStringLiteral("EventTexts"));
    m_pageWorker->moveToThread(m_pageThread);
    m_countWorker->moveToThread(m_countThread);
    m_textWorker->moveToThread(m_textThread);
    m_pageThread->start();
    m_countThread->start();
    m_textThread->start();
    buildLayout();

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &EventBrowser::applyFilters);
    m_commitTimer->setSingleShot(true);
    m_commitTimer->setInterval(1000);
    connect(m_commitTimer, &QTimer::timeout, this, &EventBrowser::refreshAfterCommit);
    connect(m_type, &QComboBox::currentIndexChanged, this, &EventBrowser::scheduleFilters);
    connect(m_source, &QComboBox::currentIndexChanged, this, &EventBrowser::scheduleFilters);
    connect(m_statusFilter, &QComboBox::editTextChanged, this, &EventBrowser::scheduleFilters);
    connect(m_text, &QLineEdit::textChanged, this, &EventBrowser::scheduleFilters);
    connect(m_picker, &TimeRangePicker::specChanged, this, &EventBrowser::scheduleFilters);

    connect(m_pageWorker, &EventSearchWorker::opened, this, [this](const QString &error) {
        if (!error.isEmpty())
            m_status->setText(tr("The workspace cannot be read: %1").arg(error));
    });
    connect(m_pageWorker, &EventSearchWorker::choicesReady, this, &EventBrowser::onChoices);
    connect(m_countWorker, &EventSearchWorker::countsReady, this, &EventBrowser::onCounts);
    connect(m_model, &EventTableModel::pageLoaded, this, &EventBrowser::updateStatus);
    connect(m_model, &EventTableModel::recordLoaded, this, &EventBrowser::onRecord);
    connect(m_model, &EventTableModel::modelReset, this, [this] {
        m_selectedKey.reset();
        m_detail->showRow(nullptr, QString());
        updateStatus();
    });
    // Rows put on top after a commit must not move the rows being looked at.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first) {
                m_scrollBeforeInsert = first == 0 ? m_table->verticalScrollBar()->value() : -1;
            });
    connect(m_model, &EventTableModel::newerRowsAdded, this, [this](int count) {
        if (m_scrollBeforeInsert > 0) {
            // The view grows its scroll range only at its next layout; the new
            // rows' height is known now.
            QScrollBar *bar = m_table->verticalScrollBar();
            const int shift = count * m_table->verticalHeader()->defaultSectionSize();
            bar->setMaximum(bar->maximum() + shift);
            bar->setValue(m_scrollBeforeInsert + shift);
        }
        m_scrollBeforeInsert = -1;
        updateStatus();
    });
    connect(&m_export, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_export, &QFutureWatcherBase::finished, this, &EventBrowser::onExportDone);
    updateStatus();
}

EventBrowser::~EventBrowser()
{
    m_pageWorker->setGeneration(-1);
    m_countWorker->setGeneration(-1);
    m_textWorker->setGeneration(-1);
    m_export.cancel();
    m_export.waitForFinished();
    for (QThread *t : {m_pageThread, m_countThread, m_textThread})
        t->quit();
    for (QThread *t : {m_pageThread, m_countThread, m_textThread})
        t->wait();
    delete m_pageWorker;
    delete m_countWorker;
    delete m_textWorker;
}

void EventBrowser::setWorkspace(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    m_haveChoices = false;
    m_countsCurrent = false;
    m_counts->setCounts({});
    m_status->setText(path.isEmpty() ? tr("Open a workspace to browse its events.")
                                     : tr("Opening the events…"));
    if (path.isEmpty())
        m_model->setQuery(es::EventQuery());
    QMetaObject::invokeMethod(m_pageWorker, "open", Qt::QueuedConnection, Q_ARG(QString, path));
    QMetaObject::invokeMethod(m_countWorker, "open", Qt::QueuedConnection, Q_ARG(QString, path));
    QMetaObject::invokeMethod(m_textWorker, "open", Qt::QueuedConnection, Q_ARG(QString, path));
}

void EventBrowser::setRange(const es::RangeSpec &spec)
{
    m_picker->setSpec(spec);
    scheduleFilters();
}

void EventBrowser::setDataExtent(const es::DataExtent &extent)
{
    m_picker->setDataExtent(extent);
}

void EventBrowser::dataCommitted()
{
    if (!m_path.isEmpty() && !m_commitTimer->isActive())
        m_commitTimer->start();
}

void EventBrowser::setTypeFilter(const QString &type)
{
    int at = m_type->findData(type);
    if (at < 0) {
        m_type->addItem(type, type);
        at = m_type->count() - 1;
    }
    m_type->setCurrentIndex(at);
}

void EventBrowser::setSourceFilter(const QString &source)
{
    int at = m_source->findData(source);
    if (at < 0) {
        m_source->addItem(source, source);
        at = m_source->count() - 1;
    }
    m_source->setCurrentIndex(at);
}

void EventBrowser::setStatusFilter(const QString &text)
{
    m_statusFilter->setEditText(text);
}

void EventBrowser::setTextFilter(const QString &text)
{
    m_text->setText(text);
}

void EventBrowser::scheduleFilters()
{
    if (m_haveChoices)
        m_debounce->start();
}

std::optional<es::EventQuery> EventBrowser::currentQuery(QString *error) const
{
    es::EventQuery q;
    const std::optional<QList<int>> statuses = StatusFilter::parse(m_statusFilter->currentText(), error);
    if (!statuses)
        return std::nullopt;
    q.statuses = *statuses;
    if (const QString type = m_type->currentData().toString(); !type.isEmpty())
        q.types = {type};
    if (const QString source = m_source->currentData().toString(); !source.isEmpty())
        q.sources = {source};
    q.grep = m_text->text();
    // "All data" means no bound at all, so events newer than the last extent stay in.
    const es::RangeSpec spec = m_picker->spec();
    if (!(spec.kind == es::RangeSpec::Kind::Preset && spec.preset == QLatin1String("all"))) {
        if (const std::optional<TimeRange> range = m_picker->currentRange()) {
            q.fromMs = range->fromSecs * 1000;
            q.toMs = range->toSecs * 1000;
        }
    }
    return q;
}

void EventBrowser::applyFilters()
{
    m_debounce->stop();
    if (!m_haveChoices)
        return;
    const std::optional<es::EventQuery> q = currentQuery(&m_filterProblem);
    if (!q) {
        updateStatus();
        return;
    }
    m_filterProblem.clear();
    m_model->setQuery(*q);
    requestCounts(*q);
}

void EventBrowser::requestCounts(const es::EventQuery &query)
{
    m_countsCurrent = false;
    m_countWorker->setGeneration(++m_countGeneration);
    m_countTitle->setText(tr("Events by type (counting…)"));
    QMetaObject::invokeMethod(m_countWorker, "countTypes", Qt::QueuedConnection,
                              Q_ARG(int, m_countGeneration), Q_ARG(es::EventQuery, query));
}

void EventBrowser::onChoices(const QStringList &types, const QStringList &sources, const QByteArray &timeZone)
{
    fillCombo(m_type, tr("All types"), types);
    fillCombo(m_source, tr("All sources"), sources);
    if (timeZone != m_zone || !m_haveChoices) {
        m_zone = timeZone;
        m_model->setTimeZone(timeZone);
        m_picker->setTimeZone(timeZone);
    }
    if (!m_haveChoices) {
        m_haveChoices = true;
        applyFilters();
    }
    emit choicesLoaded();
}

void EventBrowser::onCounts(int generation, const std::vector<es::TypeCount> &counts, const QString &error)
{
    if (generation != m_countGeneration)
        return;
    m_countsCurrent = error.isEmpty();
    m_counts->setCounts(counts);
    m_countTitle->setText(error.isEmpty() ? tr("Events by type") : tr("Events by type: %1").arg(error));
    updateStatus();
    emit countsUpdated();
}

void EventBrowser::onSelection()
{
    const int row = m_table->selectionModel()->currentIndex().row();
    const EventTableModel::Row *r = m_model->row(row);
    if (!r) {
        m_selectedKey.reset();
        m_detail->showRow(nullptr, QString());
        return;
    }
    m_selectedKey = r->key();
    const QString time = m_model->timeText(r->tsMs);
    if (const std::optional<EventRecord> cached = m_model->cachedRecord(row)) {
        m_detail->showRow(&*cached, time);
        return;
    }
    // The table keeps only the start of long lines, and only of rows seen lately.
    EventRecord head;
    head.source = m_model->sourceName(*r);
    head.type = m_model->typeName(*r);
    head.status = r->status;
    m_detail->showPending(head, time, tr("Loading the event…"));
    m_model->requestRecord(row);
}

void EventBrowser::onRecord(const es::EventKey &key, const EventRecord &record, const QString &error)
{
    if (key != m_selectedKey)
        return; // another row was selected meanwhile
    if (!error.isEmpty())
        m_detail->setMessage(tr("The event cannot be read: %1. Open the workspace again.").arg(error));
    else
        m_detail->showRow(&record, m_model->timeText(key.tsMs));
}

void EventBrowser::refreshAfterCommit()
{
    QMetaObject::invokeMethod(m_pageWorker, "loadChoices", Qt::QueuedConnection);
    if (m_debounce->isActive() || !m_haveChoices)
        return; // the pending filter change searches anyway
    const std::optional<es::EventQuery> q = currentQuery();
    if (!q)
        return;
    m_model->refreshNewer(*q);
    requestCounts(*q);
}

void EventBrowser::updateStatus()
{
    if (!m_filterProblem.isEmpty()) {
        m_status->setText(m_filterProblem);
        return;
    }
    if (m_path.isEmpty() || !m_haveChoices)
        return;
    const QLocale locale;
    QString text;
    if (!m_model->errorString().isEmpty()) {
        text = tr("The search failed: %1").arg(m_model->errorString());
    } else if (m_model->rowCount() == 0 && m_model->isComplete()) {
        text = tr("No events match the filters. Widen the time range or clear a filter.");
    } else if (m_countsCurrent) {
        text = tr("%1 of %2 matching events loaded")
                   .arg(locale.toString(m_model->rowCount()), locale.toString(qlonglong(m_counts->total())));
    } else {
        text = tr("%1 events loaded").arg(locale.toString(m_model->rowCount()));
    }
    if (m_model->isCapped())
        text += QLatin1Char(' ') + tr("(the newest %1 are kept; narrow the range or the filters to see older "
                                      "ones, or export them)")
                                       .arg(locale.toString(EventTableModel::kMaxRows));
    else if (m_model->isFetching())
        text += QStringLiteral(" …");
    m_status->setText(text);
}

void EventBrowser::exportCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("events-%1.csv")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Events"), QDir(dir).filePath(name),
                                                      tr("CSV files (*.csv)"));
    if (!file.isEmpty())
        exportCsvTo(file);
}

void EventBrowser::exportCsvTo(const QString &file)
{
    if (m_export.isRunning() || m_path.isEmpty())
        return;
    QString problem;
    const std::optional<es::EventQuery> q = currentQuery(&problem);
    if (!q) {
        m_status->setText(problem);
        return;
    }
    m_exportFile = file;
    const qint64 total = m_countsCurrent ? m_counts->total() : 0;
    m_progress->setRange(0, int(std::min<qint64>(total, INT_MAX)));
    m_progress->setValue(0);
    m_progress->show();
    m_cancelExport->show();
    m_exportButton->setEnabled(false);
    m_export.setFuture(QtConcurrent::run(
        [path = m_path, query = *q, zone = m_zone, file](QPromise<EventCsvResult> &promise) {
            const EventCsvResult r = EventCsvWriter::write(path, query, zone, file, [&promise](qint64 rows) {
                promise.setProgressValue(int(std::min<qint64>(rows, INT_MAX)));
                return !promise.isCanceled();
            });
            promise.addResult(r);
        }));
}

void EventBrowser::cancelExport()
{
    m_export.cancel();
}

void EventBrowser::onExportDone()
{
    m_progress->hide();
    m_cancelExport->hide();
    m_exportButton->setEnabled(true);
    EventCsvResult r;
    if (m_export.future().resultCount() > 0)
        r = m_export.result();
    else
        r.cancelled = true;
    const QString file = QDir::toNativeSeparators(m_exportFile);
    if (r.cancelled)
        m_status->setText(tr("Export cancelled; %1 was not written.").arg(file));
    else if (!r.error.isEmpty())
        m_status->setText(r.error);
    else
        m_status->setText(tr("%1 events exported to %2").arg(QLocale().toString(r.rows), file));
    emit exportFinished(r);
}

} // namespace es::ui
