#pragma once
// Rebuilds the workspace's aggregates from its sources (WorkspaceRebuild):
// first the plan — which sources are read again, which are removed with
// their data, which cannot be read any more and why — then, on Start, the
// rebuild with a progress bar, its rate and ETA, and Cancel. The workspace
// is closed by the window while it runs (`release`) and opened again after
// (`reopen`); nothing changes unless the rebuild succeeds.

#include "ingest/workspacerebuild.h"

#include <QDialog>
#include <QFutureWatcher>
#include <atomic>
#include <functional>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace es::ui {

class RebuildDialog : public QDialog
{
    Q_OBJECT
public:
    // `release` closes the workspace everywhere and calls its argument once
    // nothing has it open; `reopen` opens it again.
    using Release = std::function<void(std::function<void()> ready)>;

    RebuildDialog(const QString &workspacePath, RebuildOptions options, const QString &intro, Release release,
                  std::function<void()> reopen, QWidget *parent = nullptr);
    ~RebuildDialog() override;

    const RebuildPlan &plan() const { return m_plan; }
    QTreeView *planView() const { return m_planView; }
    QStandardItemModel *planModel() const { return m_planModel; }
    QPushButton *startButton() const { return m_start; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QCheckBox *dropUnavailableBox() const { return m_dropUnavailable; }
    bool isRunning() const { return m_running; }
    void start();
    void cancel();

signals:
    void planned();
    // The rebuild ended (the workspace is being opened again).
    void finished(const es::RebuildResult &result);

protected:
    void reject() override;

private:
    void replan();
    void showPlan();
    void onProgress(const es::RebuildProgress &p);
    void onFinished();

    QString m_path;
    RebuildOptions m_options;
    Release m_release;
    std::function<void()> m_reopen;
    RebuildPlan m_plan;
    QFutureWatcher<RebuildPlan> m_planWatcher;
    QFutureWatcher<RebuildResult> m_runWatcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
    bool m_done = false;

    QLabel *m_intro;
    QTreeView *m_planView;
    QStandardItemModel *m_planModel;
    QCheckBox *m_dropUnavailable;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_start;
};

} // namespace es::ui

Q_DECLARE_METATYPE(es::RebuildProgress)
Q_DECLARE_METATYPE(es::RebuildResult)
