#include "charts/charttheme.h"

#include <QGraphicsLayout>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <array>

namespace es::ui::theme {

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Window).lightness() < 128;
}

QColor series(int i, const QPalette &p)
{
    // Tableau 10, slightly lighter on dark backgrounds.
    static constexpr std::array<QRgb, 10> kColors = {0x4e79a7, 0xf28e2b, 0x59a14f, 0xe15759, 0x76b7b2,
                                                     0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
    QColor c = QColor::fromRgb(kColors[size_t(i) % kColors.size()]);
    return isDark(p) ? c.lighter(125) : c;
}

QColor up(const QPalette &p)
{
    return isDark(p) ? QColor(0x6c, 0xd0, 0x7a) : QColor(0x1b, 0x8a, 0x3a);
}

QColor down(const QPalette &p)
{
    return isDark(p) ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
}

QColor muted(const QPalette &p)
{
    return p.color(QPalette::Disabled, QPalette::WindowText);
}

void applyAxis(QAbstractAxis *axis, const QPalette &p)
{
    axis->setLabelsColor(p.color(QPalette::Text));
    QColor grid = p.color(QPalette::Text);
    grid.setAlpha(35);
    axis->setGridLineColor(grid);
    QColor line = p.color(QPalette::Text);
    line.setAlpha(90);
    axis->setLinePenColor(line);
    axis->setMinorGridLineColor(grid);
    axis->setTitleBrush(p.color(QPalette::Text));
}

void apply(QChart *chart, const QPalette &p)
{
    chart->setTheme(isDark(p) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(p.color(QPalette::Text));
    chart->legend()->setLabelColor(p.color(QPalette::Text));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    for (QAbstractAxis *a : chart->axes())
        applyAxis(a, p);
}

} // namespace es::ui::theme
