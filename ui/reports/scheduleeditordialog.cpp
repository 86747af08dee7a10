#include "reports/scheduleeditordialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace es::ui {

ScheduleEditorDialog::ScheduleEditorDialog(const ReportSchedule &schedule,
                                           std::vector<ReportTemplate> templates, QWidget *parent)
    : QDialog(parent), m_original(schedule), m_templates(std::move(templates)),
      m_template(new QComboBox(this)), m_frequency(new QComboBox(this)), m_weekday(new QComboBox(this)),
      m_time(new QTimeEdit(this)), m_pdf(new QCheckBox(tr("&PDF"), this)),
      m_xlsx(new QCheckBox(tr("E&xcel workbook"), this)), m_csv(new QCheckBox(tr("CS&V files"), this)),
      m_folder(new QLineEdit(this)), m_enabled(new QCheckBox(tr("&Run on schedule"), this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("scheduleEditorDialog"));
    setWindowTitle(schedule.templateId.isEmpty() ? tr("Add Scheduled Report") : tr("Edit Scheduled Report"));

    m_template->setObjectName(QStringLiteral("scheduleTemplate"));
    for (const ReportTemplate &t : m_templates)
        m_template->addItem(t.title, t.id);
    if (!schedule.templateId.isEmpty() && m_template->findData(schedule.templateId) < 0)
        m_template->addItem(tr("%1 (missing)").arg(schedule.templateId), schedule.templateId);
    m_template->setCurrentIndex(std::max(0, m_template->findData(schedule.templateId)));

    m_frequency->setObjectName(QStringLiteral("scheduleFrequency"));
    m_frequency->addItem(tr("Daily"), int(ReportSchedule::Frequency::Daily));
    m_frequency->addItem(tr("Weekly"), int(ReportSchedule::Frequency::Weekly));
    m_frequency->setCurrentIndex(schedule.frequency == ReportSchedule::Frequency::Weekly ? 1 : 0);
    m_weekday->setObjectName(QStringLiteral("scheduleWeekday"));
    for (int d = 1; d <= 7; ++d)
        m_weekday->addItem(QLocale().dayName(d), d);
    m_weekday->setCurrentIndex(std::clamp(schedule.weekday, 1, 7) - 1);
    m_weekday->setAccessibleName(tr("Weekday"));
    m_time->setObjectName(QStringLiteral("scheduleTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setTime(schedule.time.isValid() ? schedule.time : QTime(7, 0));
    m_time->setAccessibleName(tr("Time of day"));
    auto *when = new QHBoxLayout;
    when->addWidget(m_frequency);
    when->addWidget(m_weekday);
    when->addWidget(m_time);
    when->addStretch(1);

    m_pdf->setObjectName(QStringLiteral("formatPdf"));
    m_xlsx->setObjectName(QStringLiteral("formatXlsx"));
    m_csv->setObjectName(QStringLiteral("formatCsv"));
    m_pdf->setChecked(schedule.pdf);
    m_xlsx->setChecked(schedule.xlsx);
    m_csv->setChecked(schedule.csv);
    auto *formats = new QHBoxLayout;
    formats->addWidget(m_pdf);
    formats->addWidget(m_xlsx);
    formats->addWidget(m_csv);
    formats->addStretch(1);

    m_folder->setObjectName(QStringLiteral("scheduleFolder"));
    m_folder->setText(QDir::toNativeSeparators(schedule.folder));
    m_folder->setMinimumWidth(320);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseFolder"));
    auto *folder = new QHBoxLayout;
    folder->addWidget(m_folder, 1);
    folder->addWidget(browse);

    m_enabled->setObjectName(QStringLiteral("scheduleEnabled"));
    m_enabled->setChecked(schedule.enabled);

    auto *form = new QFormLayout;
    form->addRow(tr("&Template:"), m_template);
    auto *whenLabel = new QLabel(tr("&When:"), this);
    whenLabel->setBuddy(m_frequency);
    form->addRow(whenLabel, when);
    auto *formatsLabel = new QLabel(tr("Formats:"), this);
    form->addRow(formatsLabel, formats);
    auto *folderLabel = new QLabel(tr("Save &in:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folder);
    form->addRow(QString(), m_enabled);

    auto *note = new QLabel(tr("Runs while Eventscope is open, at the time in the workspace's time zone. A "
                               "daily report covers the day before, a weekly report the week before (Monday "
                               "to Sunday). Files are named after the template and the first day covered."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_problem->setObjectName(QStringLiteral("scheduleProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &ScheduleEditorDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_template, &QComboBox::currentIndexChanged, this, &ScheduleEditorDialog::update);
    connect(m_frequency, &QComboBox::currentIndexChanged, this, &ScheduleEditorDialog::update);
    connect(m_weekday, &QComboBox::currentIndexChanged, this, &ScheduleEditorDialog::update);
    connect(m_time, &QTimeEdit::timeChanged, this, &ScheduleEditorDialog::update);
    for (QCheckBox *box : {m_pdf, m_xlsx, m_csv})
        connect(box, &QCheckBox::toggled, this, &ScheduleEditorDialog::update);
    connect(m_folder, &QLineEdit::textChanged, this, &ScheduleEditorDialog::update);
    update();
}

ReportSchedule ScheduleEditorDialog::schedule() const
{
    ReportSchedule s = m_original;
    s.templateId = m_template->currentData().toString();
    s.frequency = ReportSchedule::Frequency(m_frequency->currentData().toInt());
    s.weekday = m_weekday->currentData().toInt();
    s.time = m_time->time();
    s.pdf = m_pdf->isChecked();
    s.xlsx = m_xlsx->isChecked();
    s.csv = m_csv->isChecked();
    s.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    s.enabled = m_enabled->isChecked();
    return s;
}

QString ScheduleEditorDialog::problem() const
{
    return ReportSchedules::validate(schedule(), &m_templates);
}

void ScheduleEditorDialog::browse()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Folder for Scheduled Reports"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void ScheduleEditorDialog::update()
{
    m_weekday->setEnabled(m_frequency->currentIndex() == 1);
    m_weekday->setVisible(m_frequency->currentIndex() == 1);
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace es::ui
