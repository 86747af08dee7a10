#pragma once
// The list of dashboards on the left. Selecting one shows it; the context
// menu adds, renames, removes and restores them. The list itself is owned by
// the main window, which stores it in the workspace.

#include "dashboard/dashboardspec.h"

#include <QWidget>

class QListView;
class QStandardItemModel;

namespace es::ui {

class DashboardSidebar : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardSidebar(QWidget *parent = nullptr);

    void setDashboards(const std::vector<DashboardSpec> &all, const QString &currentId);
    QString currentId() const;
    QListView *listView() const { return m_list; }

signals:
    void currentChanged(const QString &id);
    void addRequested();
    void renameRequested(const QString &id);
    void removeRequested(const QString &id);
    void restoreDefaultsRequested();

private:
    QListView *m_list;
    QStandardItemModel *m_model;
    bool m_updating = false;
};

} // namespace es::ui
