#pragma once
// The active filters as chips ("Country: DE ×"). Clicking a chart adds one;
// the chip's button or Backspace on a focused chip removes it.

#include "query/query.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace es::ui {

class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);
    void setFilters(const std::vector<Filter> &filters, const QStringList &paramKeys);
    int chipCount() const;

signals:
    void removeRequested(int index);
    void clearRequested();

private:
    QHBoxLayout *m_layout;
    QLabel *m_hint;
    std::vector<QWidget *> m_chips;
};

} // namespace es::ui
