#pragma once
// One alert notice over the main window: a bar in the colour of the
// severity (green once resolved), the rule's name, what was measured against
// what, when, and what to do about it (Open, Acknowledge, Snooze 1 h, ×).
// Esc on a focused notice dismisses it. The buttons carry no mnemonics: an
// Alt shortcut would be window-wide and clash between several notices.
// ToastManager stacks them.

#include "alerts/alertevaluator.h"
#include "alerts/alertrule.h"

#include <QFrame>
#include <optional>

class QLabel;
class QPushButton;
class QToolButton;

namespace es::ui {

class AlertToast : public QFrame
{
    Q_OBJECT
public:
    AlertToast(const es::AlertEvent &event, const std::optional<es::AlertRule> &rule,
               const QByteArray &timeZone, QWidget *parent = nullptr);

    const es::AlertEvent &event() const { return m_event; }
    QString titleText() const;
    QString valueText() const;
    QString timeText() const;
    // The bar's colour in the toast's palette.
    QColor barColor() const;

    QPushButton *openButton() const { return m_open; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }
    QPushButton *snoozeButton() const { return m_snooze; }
    QToolButton *closeButton() const { return m_close; }

    // "value 1,234 above 1,000": the measured value and the mark, written
    // as the metric is written on dashboards.
    static QString describeValue(const es::AlertEvent &event, const std::optional<es::AlertRule> &rule);
    // The instant in the workspace zone: the time, with the date unless it
    // is today there.
    static QString describeTime(std::int64_t utcMs, const QByteArray &timeZone);
    // Info blue, warning amber, critical red, resolved green, each readable
    // on a light and on a dark palette.
    static QColor severityColor(es::AlertSeverity severity, bool resolved, const QPalette &palette);

signals:
    void openRequested();
    void acknowledgeRequested();
    void snoozeRequested();
    void dismissRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateColors();

    es::AlertEvent m_event;
    QLabel *m_title;
    QLabel *m_time;
    QLabel *m_value;
    QPushButton *m_open;
    QPushButton *m_acknowledge;
    QPushButton *m_snooze;
    QToolButton *m_close;
};

} // namespace es::ui
