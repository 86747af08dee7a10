#pragma once
// View → Sources: every file and Kafka source of the workspace with its
// state, events, malformed lines, last checkpoint and Kafka lag (per
// partition in the details), and what can be done with it: pause and resume
// a consumer or a followed file, re-import (a rebuild from the sources),
// remove — keeping its data or with it. The list is read off the GUI thread
// and refreshed as commits land.

#include "ingest/sourcecatalog.h"
#include "sources/rebuilddialog.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QTimer;
class QToolBar;

namespace es::ui {

class SourceActions;
class SourceController;
class SourcesModel;

class SourcesPanel : public QWidget
{
    Q_OBJECT
public:
    SourcesPanel(SourceController *sources, SourceActions *actions, RebuildDialog::Release release,
                 std::function<void()> reopen, QWidget *parent = nullptr);
    ~SourcesPanel() override;

    void setWorkspace(const QString &path);
    void reload();

    SourcesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *detailLabel() const { return m_detail; }
    QAction *pauseAction() const { return m_pause; }
    QAction *resumeAction() const { return m_resume; }
    QAction *reimportAction() const { return m_reimport; }
    QAction *removeAction() const { return m_remove; }
    // The rebuild dialog while one is open (for tests).
    RebuildDialog *rebuildDialog() const { return m_rebuild; }

    void selectRow(int row);
    void pause();
    void resume();
    void reimport();
    // Opens the rebuild dialog (one at a time).
    void openRebuild(const RebuildOptions &options, const QString &intro);
    // Asks, then removes the selected source.
    void remove();
    // Removes without asking: keeping the data at once, else through the rebuild dialog.
    void removeSource(std::int64_t id, bool keepData);

signals:
    void loaded();
    void message(const QString &text);

private:
    void updateActions();
    void updateDetail();
    int currentRow() const;

    SourceController *m_sources;
    SourceActions *m_actions;
    RebuildDialog::Release m_release;
    std::function<void()> m_reopen;
    QString m_path;
    SourcesModel *m_model;
    QToolBar *m_toolbar;
    QTableView *m_view;
    QLabel *m_detail;
    QAction *m_pause;
    QAction *m_resume;
    QAction *m_reimport;
    QAction *m_remove;
    QTimer *m_reloadTimer;
    QFutureWatcher<SourceListResult> m_list;
    QFutureWatcher<SourceRemoveResult> m_removal;
    RebuildDialog *m_rebuild = nullptr;
    // Consumers the user paused, by profile name, and the followed file paused.
    QHash<QString, QString> m_pausedTopics;
    QString m_importPath;
    bool m_importFollow = false;
    QString m_pausedFile;
};

} // namespace es::ui
