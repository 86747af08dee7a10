#include "common/problemfooter.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace es::ui {

QColor errorColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x7b, 0x72)
                                                             : QColor(0xc6, 0x28, 0x28);
}

QColor errorColor(const QWidget *w)
{
    return errorColor(w->palette());
}

ProblemFooter::ProblemFooter(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_label(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    m_icon->hide();
    m_label->setObjectName(QStringLiteral("problemLabel"));
    m_label->setAccessibleName(tr("Problem"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addSpacing(12);
    layout->addWidget(m_buttons, 0, Qt::AlignBottom);
    updateColour();
}

void ProblemFooter::setProblem(const QString &text)
{
    m_label->setText(text);
    m_icon->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

void ProblemFooter::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColour();
}

void ProblemFooter::updateColour()
{
    QPalette p = m_label->palette();
    p.setColor(QPalette::WindowText, errorColor(this));
    m_label->setPalette(p);
}

} // namespace es::ui
