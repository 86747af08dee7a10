#pragma once
// Adds or edits one scheduled report: the template, daily or weekly (and
// the weekday), the time of day, the formats and the folder. OK stays
// disabled while the schedule cannot run, and the reason is shown.

#include "reports/reportschedule.h"
#include "reports/reporttemplate.h"

#include <QDialog>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimeEdit;

namespace es::ui {

class ScheduleEditorDialog : public QDialog
{
    Q_OBJECT
public:
    ScheduleEditorDialog(const ReportSchedule &schedule, std::vector<ReportTemplate> templates,
                         QWidget *parent = nullptr);

    // The schedule as edited (its run history kept).
    ReportSchedule schedule() const;
    // Empty while the schedule can be saved.
    QString problem() const;

private:
    void browse();
    void update();

    ReportSchedule m_original;
    std::vector<ReportTemplate> m_templates;
    QComboBox *m_template;
    QComboBox *m_frequency;
    QComboBox *m_weekday;
    QTimeEdit *m_time;
    QCheckBox *m_pdf;
    QCheckBox *m_xlsx;
    QCheckBox *m_csv;
    QLineEdit *m_folder;
    QCheckBox *m_enabled;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace es::ui
