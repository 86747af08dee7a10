#pragma once
// The bottom of an editor dialog that validates as the user types: a
// warning icon and the problems in plain words, beside OK and Cancel. OK is
// enabled only while there is no problem. Object names (problemLabel,
// buttonBox) are stable for tests and accessibility tools.

#include <QColor>
#include <QPalette>
#include <QWidget>

class QDialogButtonBox;
class QLabel;

namespace es::ui {

// Red that reads on both light and dark windows.
QColor errorColor(const QWidget *w);
QColor errorColor(const QPalette &palette);

class ProblemFooter : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemFooter(QWidget *parent = nullptr);

    QLabel *label() const { return m_label; }
    QLabel *icon() const { return m_icon; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    // The problems, one per line; empty when there is none.
    void setProblem(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColour();

    QLabel *m_icon;
    QLabel *m_label;
    QDialogButtonBox *m_buttons;
};

} // namespace es::ui
