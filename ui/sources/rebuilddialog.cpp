#include "sources/rebuilddialog.h"

#include "common/problemfooter.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace es::ui {

namespace {

QString etaText(double seconds)
{
    if (seconds < 0)
        return QString();
    const qint64 s = qRound64(seconds);
    return s >= 60 ? RebuildDialog::tr("%1 min %2 s left").arg(s / 60).arg(s % 60)
                   : RebuildDialog::tr("%1 s left").arg(s);
}

} // namespace

RebuildDialog::RebuildDialog(const QString &workspacePath, RebuildOptions options, const QString &intro,
                             Release release, std::function<void()> reopen, QWidget *parent)
    : QDialog(parent), m_path(workspacePath), m_options(std::move(options)), m_release(std::move(release)),
      m_reopen(std::move(reopen)), m_intro(new QLabel(intro, this)), m_planView(new QTreeView(this)),
      m_planModel(new QStandardItemModel(this)),
      m_dropUnavailable(
          new QCheckBox(tr("Remove the sources that cannot be read again, with their data"), this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Rebuild Workspace"));
    setObjectName(QStringLiteral("rebuildDialog"));
    resize(720, 420);
    m_intro->setWordWrap(true);
    m_planView->setObjectName(QStringLiteral("rebuildPlan"));
    m_planView->setModel(m_planModel);
    m_planView->setRootIsDecorated(false);
    m_planView->setUniformRowHeights(true);
    m_planView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_planView->setWordWrap(true);
    m_planModel->setHorizontalHeaderLabels({tr("Source"), tr("Records"), tr("What happens")});
    m_dropUnavailable->setObjectName(QStringLiteral("dropUnavailable"));
    m_dropUnavailable->setVisible(false);
    connect(m_dropUnavailable, &QCheckBox::toggled, this, [this](bool on) {
        m_options.dropUnavailable = on;
        replan();
    });
    m_progress->setObjectName(QStringLiteral("rebuildProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("rebuildStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_start = m_buttons->addButton(tr("&Start Rebuild"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startRebuild"));
    m_start->setEnabled(false);
    connect(m_start, &QPushButton::clicked, this, &RebuildDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RebuildDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_planView, 1);
    layout->addWidget(m_dropUnavailable);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(&m_planWatcher, &QFutureWatcher<RebuildPlan>::finished, this, [this] {
        if (m_planWatcher.future().resultCount() == 0)
            return;
        m_plan = m_planWatcher.result();
        showPlan();
        emit planned();
    });
    connect(&m_runWatcher, &QFutureWatcher<RebuildResult>::finished, this, &RebuildDialog::onFinished);
    replan();
}

RebuildDialog::~RebuildDialog()
{
    if (m_cancel)
        *m_cancel = true;
    m_planWatcher.waitForFinished();
    m_runWatcher.waitForFinished();
}

void RebuildDialog::replan()
{
    m_start->setEnabled(false);
    m_status->setText(tr("Looking at the sources…"));
    const QString path = m_path;
    const RebuildOptions options = m_options;
    // A plan asked for earlier is dropped: the watcher only reports the last.
    m_planWatcher.setFuture(QtConcurrent::run(
        [path, options]() -> RebuildPlan { return WorkspaceRebuild::plan(path, options); }));
}

void RebuildDialog::showPlan()
{
    const QLocale locale;
    m_planModel->removeRows(0, m_planModel->rowCount());
    bool unavailable = false;
    for (const RebuildSourcePlan &s : m_plan.sources) {
        QString what;
        switch (s.action) {
        case RebuildSourcePlan::Action::Rebuild:
            what = s.kind == QLatin1String("kafka") ? tr("Stored records replayed")
                                                    : tr("Read again: %n file(s), %1", nullptr, s.files)
                                                          .arg(locale.formattedDataSize(s.bytes));
            break;
        case RebuildSourcePlan::Action::Drop:
            what = tr("Removed with its data");
            break;
        case RebuildSourcePlan::Action::Unavailable:
            what = s.reason;
            unavailable = true;
            break;
        }
        auto *name = new QStandardItem(s.displayName);
        name->setToolTip(QDir::toNativeSeparators(s.uri));
        auto *records = new QStandardItem(locale.toString(qlonglong(s.records)));
        records->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *action = new QStandardItem(what);
        action->setToolTip(what);
        if (s.action == RebuildSourcePlan::Action::Unavailable)
            action->setForeground(errorColor(this));
        m_planModel->appendRow({name, records, action});
    }
    m_planView->resizeColumnToContents(0);
    m_planView->resizeColumnToContents(1);
    m_dropUnavailable->setVisible(unavailable || m_options.dropUnavailable);
    if (!m_plan.ok && !m_plan.error.isEmpty()) {
        m_status->setText(m_plan.error);
        m_status->setStyleSheet(QStringLiteral("color: %1;").arg(errorColor(this).name()));
    } else if (!m_plan.runnable) {
        m_status->setText(m_plan.problems.join(QLatin1Char('\n')));
        m_status->setStyleSheet(QStringLiteral("color: %1;").arg(errorColor(this).name()));
    } else {
        m_status->setText(tr("%1 to read. The workspace is closed while it runs; if anything fails or you "
                             "cancel, it stays as it is.")
                              .arg(locale.formattedDataSize(m_plan.bytes)));
        m_status->setStyleSheet(QString());
    }
    m_start->setEnabled(m_plan.ok && m_plan.runnable && !m_running && !m_done);
}

void RebuildDialog::start()
{
    if (m_running || m_done || !m_plan.runnable)
        return;
    m_running = true;
    m_start->setEnabled(false);
    m_dropUnavailable->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setValue(0);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Closing the workspace…"));
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    QPointer<RebuildDialog> self(this);
    m_release([self] {
        if (!self)
            return;
        if (*self->m_cancel) {
            self->m_running = false;
            self->onFinished();
            return;
        }
        self->m_status->setText(tr("Rebuilding…"));
        const QString path = self->m_path;
        const RebuildOptions options = self->m_options;
        const auto cancel = self->m_cancel;
        self->m_runWatcher.setFuture(QtConcurrent::run([self, path, options, cancel] {
            return WorkspaceRebuild::run(path, options, [self, cancel](const RebuildProgress &p) {
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, p] {
                        if (self)
                            self->onProgress(p);
                    },
                    Qt::QueuedConnection);
                return !*cancel;
            });
        }));
    });
}

void RebuildDialog::cancel()
{
    if (m_cancel)
        *m_cancel = true;
    if (m_running)
        m_status->setText(tr("Cancelling…"));
}

void RebuildDialog::reject()
{
    if (m_running) {
        cancel();
        return;
    }
    QDialog::reject();
}

void RebuildDialog::onProgress(const RebuildProgress &p)
{
    if (!m_running)
        return;
    const QLocale locale;
    m_progress->setValue(int(p.fraction * 1000));
    QStringList parts{tr("Source %1 of %2: %3").arg(p.sourceIndex + 1).arg(p.sourceCount).arg(p.source),
                      tr("%1 lines/s").arg(locale.toString(qRound64(p.linesPerSecond)))};
    const QString eta = etaText(p.etaSeconds);
    if (!eta.isEmpty())
        parts << eta;
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void RebuildDialog::onFinished()
{
    RebuildResult result;
    if (m_runWatcher.future().resultCount() > 0)
        result = m_runWatcher.result();
    else
        result.cancelled = true;
    m_running = false;
    m_done = true;
    const QLocale locale;
    if (result.ok) {
        m_progress->setValue(1000);
        QString text =
            tr("Rebuilt %1 records from %2 lines in %3 s (%4 lines/s).")
                .arg(locale.toString(qlonglong(result.records)), locale.toString(qlonglong(result.lines)),
                     locale.toString(result.seconds, 'f', 1),
                     locale.toString(qRound64(result.linesPerSecond)));
        if (!result.warnings.isEmpty())
            text += QLatin1Char('\n') + result.warnings.join(QLatin1Char('\n'));
        m_status->setText(text);
    } else if (result.cancelled) {
        m_status->setText(tr("Cancelled. The workspace is unchanged."));
    } else {
        m_status->setText(result.error);
        m_status->setStyleSheet(QStringLiteral("color: %1;").arg(errorColor(this).name()));
    }
    m_start->hide();
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    if (m_reopen)
        m_reopen();
    emit finished(result);
}

} // namespace es::ui
