#pragma once
// The application's system tray icon, where the desktop offers one: its
// tooltip says how many alerts are firing and its icon carries a red dot
// while any is, and alerts raised while the window is minimised or in the
// background appear as tray notifications.

#include "alerts/alertrule.h"

#include <QIcon>
#include <QObject>
#include <QPointer>

class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace es::ui {

class AlertTray : public QObject
{
    Q_OBJECT
public:
    explicit AlertTray(QWidget *window);
    ~AlertTray() override;

    // False where the desktop has no tray (then nothing is shown).
    bool isAvailable() const { return m_tray != nullptr; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }

    void setFiringCount(int count);
    int firingCount() const { return m_firing; }
    QString toolTip() const;
    QIcon icon() const { return m_icon; }

    // Whether a notice should also go to the tray: the window is minimised,
    // hidden or not the active one.
    bool windowInBackground() const;
    // Shows a tray notification; false where there is no tray.
    bool notify(const QString &title, const QString &text, es::AlertSeverity severity);

    // The application icon with a red dot in its top-right corner.
    static QIcon badgeIcon(const QIcon &base);

signals:
    void showWindowRequested();
    void manageRequested();

private:
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QIcon m_base;
    QIcon m_icon;
    int m_firing = 0;
};

} // namespace es::ui
