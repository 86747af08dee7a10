#include "sources/sourcespanel.h"

#include "sources/kafkaprofile.h"
#include "sources/sourceactions.h"
#include "sources/sourcecontroller.h"
#include "sources/sourcesmodel.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace es::ui {

SourcesPanel::SourcesPanel(SourceController *sources, SourceActions *actions, RebuildDialog::Release release,
                           std::function<void()> reopen, QWidget *parent)
    : QWidget(parent), m_sources(sources), m_actions(actions), m_release(std::move(release)),
      m_reopen(std::move(reopen)), m_model(new SourcesModel(this)), m_toolbar(new QToolBar(this)),
      m_view(new QTableView(this)), m_detail(new QLabel(this)), m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("sourcesPanel"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    if (m_actions) {
        m_toolbar->addAction(m_actions->importAction());
        m_toolbar->addAction(m_actions->kafkaAction());
        m_toolbar->addSeparator();
    }
    m_pause = m_toolbar->addAction(tr("&Pause"), this, &SourcesPanel::pause);
    m_pause->setToolTip(tr("Stop reading this source for now; what was read is kept"));
    m_resume = m_toolbar->addAction(tr("Res&ume"), this, &SourcesPanel::resume);
    m_resume->setToolTip(tr("Go on reading this source where it stopped"));
    m_reimport = m_toolbar->addAction(tr("Re-&import…"), this, &SourcesPanel::reimport);
    m_reimport->setToolTip(
        tr("Count every source again from its files and stored records, with the current settings"));
    m_remove = m_toolbar->addAction(tr("&Remove…"), this, &SourcesPanel::remove);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_remove->setToolTip(tr("Remove this source, keeping its data or with it (Delete)"));

    m_view->setObjectName(QStringLiteral("sourcesView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_pause, m_resume, m_reimport, m_remove});
    m_detail->setObjectName(QStringLiteral("sourceDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(m_detail->fontMetrics().height() * 3);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(1000);
    connect(m_reloadTimer, &QTimer::timeout, this, &SourcesPanel::reload);
    connect(&m_list, &QFutureWatcher<SourceListResult>::finished, this, [this] {
        if (m_list.future().resultCount() == 0)
            return;
        const SourceListResult r = m_list.result();
        if (!r.ok)
            emit message(r.error);
        const std::int64_t selected = m_model->row(currentRow()) ? m_model->row(currentRow())->info.id : -1;
        m_model->setSources(r.sources);
        if (selected >= 0 && currentRow() < 0)
            selectRow(m_model->rowOfSource(selected));
        m_view->resizeColumnsToContents();
        updateActions();
        updateDetail();
        emit loaded();
    });
    connect(&m_removal, &QFutureWatcher<SourceRemoveResult>::finished, this, [this] {
        if (m_removal.future().resultCount() == 0)
            return;
        const SourceRemoveResult r = m_removal.result();
        emit message(r.ok ? tr("The source was removed; its data stays in the workspace.") : r.error);
        reload();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        updateDetail();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        updateDetail();
    });

    connect(m_sources, &SourceController::importProgress, this,
            [this](const ImportProgress &p, int fileIndex, int fileCount) {
                m_importPath = p.path;
                m_importFollow = m_importFollow || p.following;
                const QString detail = p.bytesTotal > 0 ? tr("File %1 of %2, %3%")
                                                              .arg(fileIndex + 1)
                                                              .arg(fileCount)
                                                              .arg(100 * p.bytesDone / p.bytesTotal)
                                                        : QString();
                m_model->setImport(QFileInfo(p.path).absoluteFilePath(), p.following, p.linesPerSecond,
                                   detail);
            });
    connect(m_sources, &SourceController::importFinished, this,
            [this](const QStringList &summary, bool ok, bool cancelled) {
                const QString path = QFileInfo(m_importPath).absoluteFilePath();
                m_model->clearImport();
                if (!ok && !cancelled && !m_importPath.isEmpty())
                    m_model->setImportError(path, summary.join(QLatin1Char('\n')));
                if (cancelled && m_pausedFile != path)
                    m_pausedFile.clear();
                m_importPath.clear();
                reload();
            });
    connect(m_sources, &SourceController::kafkaStatus, this,
            [this](const QString &name, const KafkaStatus &s) {
                m_model->setKafka(name, m_sources->kafkaTopic(name), s);
            });
    connect(m_sources, &SourceController::kafkaFinished, this,
            [this](const QString &name, const QString &error) {
                m_model->setKafkaStopped(name, error, m_pausedTopics.contains(name));
                reload();
            });
    connect(m_sources, &SourceController::committed, this, [this] {
        if (!m_reloadTimer->isActive())
            m_reloadTimer->start();
    });
    updateActions();
}

SourcesPanel::~SourcesPanel()
{
    if (m_rebuild) {
        disconnect(m_rebuild, nullptr, this, nullptr);
        delete m_rebuild;
    }
    m_list.waitForFinished();
    m_removal.waitForFinished();
}

void SourcesPanel::setWorkspace(const QString &path)
{
    if (path == m_path) {
        reload();
        return;
    }
    m_path = path;
    m_pausedTopics.clear();
    m_pausedFile.clear();
    m_model->clear();
    reload();
}

void SourcesPanel::reload()
{
    m_reloadTimer->stop();
    if (m_path.isEmpty() || (m_rebuild && m_rebuild->isRunning()))
        return;
    const QString path = m_path;
    m_list.setFuture(QtConcurrent::run([path] { return SourceCatalog::list(path); }));
}

int SourcesPanel::currentRow() const
{
    const QModelIndex i = m_view->selectionModel()->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void SourcesPanel::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                          QItemSelectionModel::Rows);
}

void SourcesPanel::updateActions()
{
    const SourcesModel::Row *r = m_model->row(currentRow());
    using S = SourcesModel::RowState;
    const bool kafka = r && (r->info.kind == QLatin1String("kafka") || !r->consumer.isEmpty());
    const bool running =
        r &&
        (r->state == S::Importing || r->state == S::Following || r->state == S::Connecting ||
         r->state == S::Consuming || r->state == S::CaughtUp || r->state == S::Disconnected) &&
        (kafka ? !r->consumer.isEmpty() : true);
    m_pause->setEnabled(running);
    const bool pausedFile = r && !kafka && !m_pausedFile.isEmpty() && r->info.uri == m_pausedFile;
    m_resume->setEnabled(r && !running && !m_sources->isImporting() && (kafka || pausedFile));
    const bool idle = !m_path.isEmpty() && m_model->rowCount() > 0 && !m_rebuild;
    m_reimport->setEnabled(idle);
    m_remove->setEnabled(r && r->info.id > 0 && !m_rebuild && !running);
}

void SourcesPanel::updateDetail()
{
    const SourcesModel::Row *r = m_model->row(currentRow());
    if (!r) {
        m_detail->setText(m_model->rowCount() ? tr("Select a source to see its details.")
                                              : tr("No sources yet. Import log files or connect to Kafka."));
        return;
    }
    const QLocale locale;
    QStringList lines;
    lines << m_model->index(currentRow(), SourcesModel::Location).data().toString();
    if (!r->info.format.isEmpty())
        lines << tr("Format: %1").arg(r->info.format);
    if (r->info.minEventMs > 0)
        lines << tr("Events from %1 to %2")
                     .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(r->info.minEventMs),
                                          QLocale::ShortFormat),
                          locale.toString(QDateTime::fromMSecsSinceEpoch(r->info.maxEventMs),
                                          QLocale::ShortFormat));
    if (r->info.kind == QLatin1String("file") && r->info.files > 1)
        lines << tr("%n file content(s) (rotations)", nullptr, r->info.files);
    if (!r->partitionLag.empty()) {
        QStringList parts;
        for (const auto &[p, lag] : r->partitionLag)
            parts << tr("#%1: %2").arg(p).arg(lag < 0 ? tr("?") : locale.toString(qlonglong(lag)));
        lines << tr("Lag per partition: %1").arg(parts.join(QStringLiteral(", ")));
    } else if (!r->info.kafkaOffsets.empty()) {
        QStringList parts;
        for (const KafkaPartitionOffset &o : r->info.kafkaOffsets)
            parts << tr("#%1: %2").arg(o.partition).arg(locale.toString(qlonglong(o.nextOffset)));
        lines << tr("Stored offsets: %1").arg(parts.join(QStringLiteral(", ")));
    }
    if (!r->detail.isEmpty())
        lines << r->detail;
    m_detail->setText(lines.join(QLatin1Char('\n')));
}

void SourcesPanel::pause()
{
    const SourcesModel::Row *r = m_model->row(currentRow());
    if (!r)
        return;
    if (!r->consumer.isEmpty()) {
        m_pausedTopics.insert(r->consumer, r->topic);
        m_sources->stopKafka(r->consumer);
        emit message(tr("Pausing %1; what it read is kept.").arg(r->consumer));
    } else if (m_sources->isImporting()) {
        m_pausedFile = r->info.uri;
        m_sources->cancelImport();
        emit message(tr("Paused %1; it goes on where it stopped when resumed.").arg(r->info.displayName));
    }
    updateActions();
}

void SourcesPanel::resume()
{
    const SourcesModel::Row *r = m_model->row(currentRow());
    if (!r)
        return;
    if (r->info.kind == QLatin1String("file") && r->consumer.isEmpty()) {
        ImportOptions options;
        options.follow = m_importFollow;
        const QString file = m_pausedFile;
        if (m_sources->importFiles({file}, options))
            m_pausedFile.clear();
        updateActions();
        return;
    }
    // A consumer: its profile by name, else the profile that reads this topic.
    const QString topic = !r->topic.isEmpty() ? r->topic : r->info.uri.section(QLatin1Char('/'), -1);
    const std::vector<KafkaProfile> profiles = loadKafkaProfiles();
    const KafkaProfile *match = nullptr;
    for (const KafkaProfile &p : profiles)
        if (!r->consumer.isEmpty() ? p.name == r->consumer : p.topic == topic)
            match = match ? match : &p;
    if (!match) {
        QMessageBox::information(this, tr("Resume"),
                                 tr("No Kafka connection reads the topic “%1”. Add one in File → Kafka "
                                    "Connections…; it goes on from the stored offsets.")
                                     .arg(topic));
        return;
    }
    m_pausedTopics.remove(match->name);
    m_model->forgetKafka(match->name);
    if (m_actions)
        m_actions->connectKafka(*match, QString());
}

void SourcesPanel::reimport()
{
    openRebuild(
        RebuildOptions(),
        tr("Re-importing counts every source again: the files are read again and the stored Kafka "
           "records replayed, with the current settings. Numbers cannot be taken out of the totals one "
           "source at a time, so all sources are read."));
}

void SourcesPanel::remove()
{
    const SourcesModel::Row *r = m_model->row(currentRow());
    if (!r || r->info.id <= 0)
        return;
    QMessageBox box(QMessageBox::Question, tr("Remove Source"),
                    tr("Remove “%1” from the workspace?").arg(r->info.displayName), QMessageBox::NoButton,
                    this);
    box.setInformativeText(
        tr("Keeping its data leaves its %1 events in the numbers and only takes it off this "
           "list. Removing its data counts the other sources again without it.")
            .arg(QLocale().toString(qlonglong(r->info.records))));
    QPushButton *keep = box.addButton(tr("Remove, &Keep Data"), QMessageBox::AcceptRole);
    QPushButton *withData = box.addButton(tr("Remove with &Data…"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == keep)
        removeSource(r->info.id, true);
    else if (box.clickedButton() == withData)
        removeSource(r->info.id, false);
}

void SourcesPanel::removeSource(std::int64_t id, bool keepData)
{
    if (keepData) {
        const QString path = m_path;
        m_removal.setFuture(
            QtConcurrent::run([path, id] { return SourceCatalog::removeSource(path, id, true); }));
        return;
    }
    RebuildOptions options;
    options.dropSources = {id};
    const int row = m_model->rowOfSource(id);
    const QString name = row >= 0 ? m_model->row(row)->info.displayName : QString::number(id);
    openRebuild(options,
                tr("“%1” and its data leave the workspace: the other sources are counted again without "
                   "it.")
                    .arg(name));
}

void SourcesPanel::openRebuild(const RebuildOptions &options, const QString &intro)
{
    if (m_rebuild || m_path.isEmpty())
        return;
    m_rebuild = new RebuildDialog(m_path, options, intro, m_release, m_reopen, this);
    m_rebuild->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_rebuild, &QObject::destroyed, this, [this] {
        m_rebuild = nullptr;
        updateActions();
    });
    updateActions();
    m_rebuild->open();
}

} // namespace es::ui
