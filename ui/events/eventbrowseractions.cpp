#include "events/eventbrowseractions.h"

#include "dashboard/dashboardpage.h"
#include "events/eventbrowser.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/workspacecontroller.h"
#include "sources/sourcecontroller.h"

#include <QAction>

namespace es::ui {

EventBrowserActions::EventBrowserActions(MainWindow *window)
    : QObject(window), m_window(window), m_action(new QAction(tr("&Event Browser"), this))
{
    m_action->setObjectName(QStringLiteral("eventBrowserAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_action->setStatusTip(tr("Search and read the raw events of the workspace"));
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, &EventBrowserActions::show);
    connect(window->workspace(), &WorkspaceController::opened, this, [this](const WorkspaceInfo &info) {
        m_action->setEnabled(info.ok);
        m_extent = info.extent;
        if (m_browser) {
            m_browser->setDataExtent(info.extent);
            m_browser->setWorkspace(info.path);
        }
    });
    connect(window->workspace(), &WorkspaceController::failed, this, [this] {
        m_action->setEnabled(false);
        if (m_browser)
            m_browser->setWorkspace(QString());
    });
    connect(window->sources(), &SourceController::committed, this, [this] {
        if (m_browser)
            m_browser->dataCommitted();
    });
}

EventBrowser *EventBrowserActions::browser() const
{
    return m_browser;
}

void EventBrowserActions::show()
{
    if (!m_browser) {
        m_browser = new EventBrowser(m_window);
        // The dashboard's range is where the user was looking.
        m_browser->setDataExtent(m_extent);
        m_browser->setRange(m_window->dashboardPage()->state().spec);
    }
    m_browser->setWorkspace(m_window->workspace()->currentPath());
    m_browser->show();
    m_browser->raise();
    m_browser->activateWindow();
}

} // namespace es::ui
