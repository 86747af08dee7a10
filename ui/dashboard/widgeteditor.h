#pragma once
// Edits one dashboard widget: chart kind, metrics, dimension, top N, size and
// title. Only choices that fit the kind are enabled.

#include "dashboard/dashboardspec.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QLabel;
class QDialogButtonBox;

namespace es::ui {

class WidgetEditor : public QDialog
{
    Q_OBJECT
public:
    WidgetEditor(const WidgetSpec &spec, const QStringList &paramKeys, QWidget *parent = nullptr);
    WidgetSpec spec() const;

private:
    void updateEnabled();

    QComboBox *m_kind;
    QListWidget *m_metrics;
    QComboBox *m_dimension;
    QSpinBox *m_topN;
    QSpinBox *m_columns;
    QSpinBox *m_rows;
    QLineEdit *m_title;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace es::ui
