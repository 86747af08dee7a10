#include "alerts/toastmanager.h"

#include "alerts/alerttoast.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QToolButton>
#include <QWidget>

namespace es::ui {

namespace {
constexpr int kWidth = 380;
constexpr int kMargin = 16;
constexpr int kSpacing = 8;
} // namespace

ToastManager::ToastManager(QWidget *host, QWidget *area, QObject *parent)
    : QObject(parent), m_host(host), m_area(area ? area : host), m_more(new QToolButton(host))
{
    m_more->setObjectName(QStringLiteral("toastMore"));
    m_more->setToolTip(tr("Show every alert in the alert history"));
    m_more->hide();
    connect(m_more, &QToolButton::clicked, this, &ToastManager::moreRequested);
    host->installEventFilter(this);
    if (m_area != host)
        m_area->installEventFilter(this);
}

ToastManager::~ToastManager()
{
    // The host may already be tearing its children down.
    if (m_host)
        m_host->removeEventFilter(this);
    if (m_area)
        m_area->removeEventFilter(this);
}

AlertToast *ToastManager::showAlert(const AlertEvent &event, const std::optional<AlertRule> &rule,
                                    const QByteArray &timeZone)
{
    if (!m_host)
        return nullptr;
    // A reminder or the resolution of an incident supersedes its earlier
    // notice rather than piling up beside it.
    if (event.historyId != 0) {
        const QList<AlertToast *> current = m_toasts;
        for (AlertToast *t : current) {
            if (t->event().historyId == event.historyId && t->event().ruleId == event.ruleId)
                dismiss(t);
        }
    }
    auto *toast = new AlertToast(event, rule, timeZone, m_host);
    toast->setFixedWidth(kWidth);
    m_toasts.prepend(toast);
    connect(toast, &AlertToast::openRequested, this, [this, toast] { emit openRequested(toast->event()); });
    connect(toast, &AlertToast::acknowledgeRequested, this, [this, toast] {
        const AlertEvent e = toast->event();
        dismiss(toast);
        emit acknowledgeRequested(e);
    });
    connect(toast, &AlertToast::snoozeRequested, this, [this, toast] {
        const AlertEvent e = toast->event();
        dismiss(toast);
        emit snoozeRequested(e);
    });
    connect(toast, &AlertToast::dismissRequested, this, [this, toast] { dismiss(toast); });
    if (event.notice == AlertNotice::Resolved && m_resolvedTimeoutMs > 0) {
        // Good news needs no action; it fades out of the way.
        QTimer::singleShot(m_resolvedTimeoutMs, toast, [this, toast] { dismiss(toast); });
    }
    relayout();
    return toast;
}

QList<AlertToast *> ToastManager::toasts() const
{
    return m_toasts;
}

QList<AlertToast *> ToastManager::visibleToasts() const
{
    return m_toasts.mid(0, m_maxVisible);
}

int ToastManager::hiddenCount() const
{
    return std::max<int>(0, int(m_toasts.size()) - m_maxVisible);
}

void ToastManager::dismiss(AlertToast *toast)
{
    if (!m_toasts.removeOne(toast))
        return;
    const bool hadFocus = toast->isAncestorOf(QApplication::focusWidget()) || toast->hasFocus();
    toast->hide();
    toast->deleteLater();
    relayout();
    // Esc through a stack of notices: the next one takes the focus.
    if (hadFocus && !m_toasts.isEmpty())
        m_toasts.front()->setFocus(Qt::OtherFocusReason);
}

void ToastManager::clear()
{
    const QList<AlertToast *> all = m_toasts;
    for (AlertToast *t : all)
        dismiss(t);
}

void ToastManager::setMaxVisible(int n)
{
    m_maxVisible = std::max(1, n);
    relayout();
}

bool ToastManager::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_host || watched == m_area) &&
        (event->type() == QEvent::Resize || event->type() == QEvent::Move ||
         event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show))
        QTimer::singleShot(0, this, &ToastManager::relayout);
    return QObject::eventFilter(watched, event);
}

void ToastManager::relayout()
{
    if (!m_host || !m_area)
        return;
    const QRect area(m_area->mapTo(m_host, QPoint(0, 0)), m_area->size());
    const int width = std::min(kWidth, std::max(200, area.width() - 2 * kMargin));
    const int right = area.right() - kMargin;
    int bottom = area.bottom() - kMargin;
    for (int i = 0; i < int(m_toasts.size()); ++i) {
        AlertToast *t = m_toasts[i];
        if (i >= m_maxVisible) {
            t->hide();
            continue;
        }
        t->setFixedWidth(width);
        int h = t->heightForWidth(width);
        if (h <= 0)
            h = t->sizeHint().height();
        t->setGeometry(right - width + 1, bottom - h + 1, width, h);
        t->show();
        t->raise();
        bottom -= h + kSpacing;
    }
    const int hidden = hiddenCount();
    if (hidden > 0) {
        m_more->setText(tr("+%n more", nullptr, hidden));
        m_more->adjustSize();
        const QSize s = m_more->sizeHint();
        m_more->setGeometry(right - s.width() + 1, bottom - s.height() + 1, s.width(), s.height());
        m_more->show();
        m_more->raise();
    } else {
        m_more->hide();
    }
}

} // namespace es::ui
