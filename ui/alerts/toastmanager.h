#pragma once
// Stacks alert toasts in the bottom-right corner of an area of a window (the
// main window's central widget): the newest at the bottom, at most a few at
// once, older ones collapsed into "+N more". The toasts are child widgets,
// not windows of their own, so they never take the focus from what the user
// is typing into and show on every platform. A new notice of the same
// incident replaces its toast; resolved notices hide by themselves after a
// while, fired ones stay until acted on.

#include "alerts/alertevaluator.h"
#include "alerts/alertrule.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <optional>

class QToolButton;
class QWidget;

namespace es::ui {

class AlertToast;

class ToastManager : public QObject
{
    Q_OBJECT
public:
    // Toasts are children of `host`, placed over `area` (a descendant of
    // host, or host itself).
    ToastManager(QWidget *host, QWidget *area, QObject *parent = nullptr);
    ~ToastManager() override;

    AlertToast *showAlert(const es::AlertEvent &event, const std::optional<es::AlertRule> &rule,
                          const QByteArray &timeZone);
    // Newest first.
    QList<AlertToast *> toasts() const;
    QList<AlertToast *> visibleToasts() const;
    int hiddenCount() const;
    QToolButton *moreButton() const { return m_more; }
    void dismiss(AlertToast *toast);
    void clear();

    void setMaxVisible(int n);
    void setResolvedTimeoutMs(int ms) { m_resolvedTimeoutMs = ms; }
    int resolvedTimeoutMs() const { return m_resolvedTimeoutMs; }

signals:
    void openRequested(const es::AlertEvent &event);
    void acknowledgeRequested(const es::AlertEvent &event);
    void snoozeRequested(const es::AlertEvent &event);
    // "+N more" was clicked: the full list is in the alert history.
    void moreRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void relayout();

    QPointer<QWidget> m_host;
    QPointer<QWidget> m_area;
    QToolButton *m_more;
    QList<AlertToast *> m_toasts; // newest first
    int m_maxVisible = 4;
    int m_resolvedTimeoutMs = 10'000;
};

} // namespace es::ui
