#pragma once
// A small line of a metric over the range, drawn with QPainter: a chart view
// per KPI tile would cost more than the tile.

#include <QWidget>
#include <vector>

namespace es::ui {

class Sparkline : public QWidget
{
    Q_OBJECT
public:
    explicit Sparkline(QWidget *parent = nullptr);
    void setValues(std::vector<double> values);
    const std::vector<double> &values() const { return m_values; }
    void setColor(const QColor &c);
    QSize sizeHint() const override { return {160, 36}; }

protected:
    void paintEvent(QPaintEvent *) override;

private:
    std::vector<double> m_values;
    QColor m_color;
};

} // namespace es::ui
