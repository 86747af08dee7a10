#pragma once
// View → Event Browser (Ctrl+Shift+B) and its wiring into the main window:
// the browser follows the open workspace, starts with the dashboard's time
// range and refreshes when new data is committed. The window is made the
// first time it is shown.

#include "query/rangespec.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace es::ui {

class EventBrowser;
class MainWindow;

class EventBrowserActions : public QObject
{
    Q_OBJECT
public:
    explicit EventBrowserActions(MainWindow *window);

    QAction *action() const { return m_action; }
    // nullptr until first shown.
    EventBrowser *browser() const;
    void show();

private:
    MainWindow *m_window;
    QAction *m_action;
    QPointer<EventBrowser> m_browser;
    es::DataExtent m_extent;
};

} // namespace es::ui
