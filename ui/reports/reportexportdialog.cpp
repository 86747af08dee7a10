#include "reports/reportexportdialog.h"

#include "reports/reportexportjob.h"
#include "reports/templateeditordialog.h"
#include "reports/templatelistmodel.h"
#include "settings/preferences.h"
#include "timerange/timerangepicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace es::ui {

namespace {

QString defaultFolder()
{
    const QString chosen = prefs::reportFolder.get();
    if (!chosen.isEmpty())
        return chosen;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(ReportExportDialog::tr("Eventscope reports"));
}

} // namespace

ReportExportDialog::ReportExportDialog(const Context &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_model(new TemplateListModel(this)),
      m_job(new ReportExportJob(this))
{
    setWindowTitle(tr("Export Report"));
    setObjectName(QStringLiteral("reportExportDialog"));
    m_model->setTemplates(context.templates);
    m_model->setCheckedIds(prefs::reportTemplates.get());
    buildUi();
    connect(m_model, &TemplateListModel::checkedChanged, this, &ReportExportDialog::updateState);
    connect(m_job, &ReportExportJob::progress, this, [this](int percent, const QString &text) {
        m_progress->setValue(percent);
        m_status->setText(text);
    });
    connect(m_job, &ReportExportJob::finished, this, &ReportExportDialog::onFinished);
    connect(&m_importWatcher, &QFutureWatcher<ImportedFile>::finished, this,
            [this] { addImported(m_importWatcher.result()); });
    connect(&m_fileWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString message = m_fileWatcher.result();
        if (!message.isEmpty())
            m_status->setText(message);
    });
    updateState();
}

ReportExportDialog::~ReportExportDialog()
{
    m_fileWatcher.waitForFinished();
    m_importWatcher.waitForFinished();
}

void ReportExportDialog::buildUi()
{
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Report templates"));
    m_list->setToolTip(tr("Check every template to export; each one becomes its own report."));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReportExportDialog::updateState);
    connect(m_list, &QListView::doubleClicked, this, &ReportExportDialog::editCurrent);

    auto button = [this](const QString &text, const char *name, const QString &tip,
                         void (ReportExportDialog::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_new = button(tr("&New…"), "newTemplate", tr("Create a template of your own."),
                   &ReportExportDialog::newTemplate);
    m_edit = button(tr("&Edit…"), "editTemplate",
                    tr("Change the selected template. Built-in templates are "
                       "copied first."),
                    &ReportExportDialog::editCurrent);
    m_duplicate = button(tr("D&uplicate"), "duplicateTemplate", tr("Copy the selected template."),
                         &ReportExportDialog::duplicateCurrent);
    m_delete = button(tr("De&lete"), "deleteTemplate", tr("Delete the selected template (your own only)."),
                      &ReportExportDialog::deleteCurrent);
    m_import = button(tr("&Import…"), "importTemplates", tr("Add templates from a JSON file."),
                      &ReportExportDialog::importTemplates);
    m_exportTemplates = button(tr("Expor&t…"), "exportTemplates",
                               tr("Save the checked templates to a JSON file to share them."),
                               &ReportExportDialog::exportTemplates);
    auto *templateButtons = new QGridLayout;
    templateButtons->addWidget(m_new, 0, 0);
    templateButtons->addWidget(m_edit, 0, 1);
    templateButtons->addWidget(m_duplicate, 0, 2);
    templateButtons->addWidget(m_delete, 1, 0);
    templateButtons->addWidget(m_import, 1, 1);
    templateButtons->addWidget(m_exportTemplates, 1, 2);
    auto *templatesBox = new QGroupBox(tr("Templates"), this);
    auto *templatesLayout = new QVBoxLayout(templatesBox);
    templatesLayout->addWidget(m_list, 1);
    templatesLayout->addLayout(templateButtons);

    m_dashboardRange = new QRadioButton(tr("The &dashboard's period:"), this);
    m_dashboardRange->setObjectName(QStringLiteral("dashboardRange"));
    m_ownRange = new QRadioButton(tr("Each template's &own period"), this);
    m_ownRange->setObjectName(QStringLiteral("ownRange"));
    m_ownRange->setToolTip(tr("Daily traffic covers yesterday, Weekly summary last week, and so on."));
    (prefs::reportDashboardRange.get() ? m_dashboardRange : m_ownRange)->setChecked(true);
    m_picker = new TimeRangePicker(this);
    m_picker->setObjectName(QStringLiteral("reportRangePicker"));
    m_picker->setTimeZone(m_context.timeZone);
    m_picker->setDataExtent(m_context.extent);
    m_picker->setSpec(m_context.dashboardRange);
    connect(m_dashboardRange, &QRadioButton::toggled, this, &ReportExportDialog::updateState);

    m_pdf = new QCheckBox(tr("&PDF"), this);
    m_pdf->setObjectName(QStringLiteral("formatPdf"));
    m_xlsx = new QCheckBox(tr("E&xcel workbook"), this);
    m_xlsx->setObjectName(QStringLiteral("formatXlsx"));
    m_csv = new QCheckBox(tr("&CSV files"), this);
    m_csv->setObjectName(QStringLiteral("formatCsv"));
    m_csv->setToolTip(tr("One CSV file per table, in a folder per report."));
    const QStringList formats = prefs::reportFormats.get();
    m_pdf->setChecked(formats.contains(QStringLiteral("pdf")));
    m_xlsx->setChecked(formats.contains(QStringLiteral("xlsx")));
    m_csv->setChecked(formats.contains(QStringLiteral("csv")));
    for (QCheckBox *c : {m_pdf, m_xlsx, m_csv})
        connect(c, &QCheckBox::toggled, this, &ReportExportDialog::updateState);
    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    m_pageSize->addItem(tr("As the locale uses"), QStringLiteral("auto"));
    m_pageSize->addItem(tr("A4"), QStringLiteral("a4"));
    m_pageSize->addItem(tr("US Letter"), QStringLiteral("letter"));
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(prefs::reportPageSize.get())));
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_pdf);
    formatRow->addWidget(m_xlsx);
    formatRow->addWidget(m_csv);
    formatRow->addStretch();

    m_folder = new QLineEdit(QDir::toNativeSeparators(defaultFolder()), this);
    m_folder->setObjectName(QStringLiteral("folder"));
    m_folder->setAccessibleName(tr("Folder"));
    connect(m_folder, &QLineEdit::textChanged, this, &ReportExportDialog::updateState);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setAutoDefault(false);
    connect(m_browse, &QPushButton::clicked, this, &ReportExportDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);

    auto *options = new QGroupBox(tr("Options"), this);
    auto *form = new QFormLayout(options);
    auto *rangeBox = new QVBoxLayout;
    auto *dashboardRow = new QHBoxLayout;
    dashboardRow->addWidget(m_dashboardRange);
    dashboardRow->addWidget(m_picker, 1);
    rangeBox->addLayout(dashboardRow);
    rangeBox->addWidget(m_ownRange);
    form->addRow(tr("Period:"), rangeBox);
    form->addRow(tr("Formats:"), formatRow);
    form->addRow(tr("Page size:"), m_pageSize);
    form->addRow(tr("Save in:"), folderRow);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("openReport"));
    m_open->setAutoDefault(false);
    m_open->setToolTip(tr("Open the first report written."));
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_files.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_files.front()));
    });
    m_showFolder = new QPushButton(tr("Show in &Folder"), this);
    m_showFolder->setObjectName(QStringLiteral("showFolder"));
    m_showFolder->setAutoDefault(false);
    connect(m_showFolder, &QPushButton::clicked, this, [this] {
        const QString dir = m_files.isEmpty() ? folder() : QFileInfo(m_files.front()).absolutePath();
        QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
    });
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress, 1);
    statusRow->addWidget(m_open);
    statusRow->addWidget(m_showFolder);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    // From anywhere in the dialog, also while the template list has focus.
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &ReportExportDialog::startExport);
    }
    m_export->setToolTip(
        tr("Export the checked templates (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    connect(m_export, &QPushButton::clicked, this, &ReportExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReportExportDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(templatesBox, 2);
    top->addWidget(options, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(statusRow);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(900, 480);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
}

int ReportExportDialog::currentRow() const
{
    const QModelIndex ix = m_list->currentIndex();
    return ix.isValid() ? ix.row() : -1;
}

QString ReportExportDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

void ReportExportDialog::updateState()
{
    const bool running = m_job->isRunning();
    const int row = currentRow();
    const bool own = row >= 0 && !m_model->at(row).builtIn;
    const bool checked = !m_model->checkedIds().isEmpty();
    const bool anyFormat = m_pdf->isChecked() || m_xlsx->isChecked() || m_csv->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{m_list, m_new, m_import, m_dashboardRange, m_ownRange,
                                                       m_pdf, m_xlsx, m_csv, m_folder, m_browse})
        w->setEnabled(!running);
    m_edit->setEnabled(!running && row >= 0);
    m_duplicate->setEnabled(!running && row >= 0);
    m_delete->setEnabled(!running && own);
    m_exportTemplates->setEnabled(!running && checked);
    m_picker->setEnabled(!running && m_dashboardRange->isChecked());
    m_pageSize->setEnabled(!running && m_pdf->isChecked());
    m_open->setEnabled(!running && !m_files.isEmpty());
    m_showFolder->setEnabled(!running && !m_files.isEmpty());
    QString problem;
    if (!checked)
        problem = tr("Check at least one template.");
    else if (!anyFormat)
        problem = tr("Choose at least one format.");
    else if (folder().isEmpty())
        problem = tr("Choose a folder to save the reports in.");
    m_export->setEnabled(!running && problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("Cancel") : tr("Close"));
    if (!running && !problem.isEmpty() && m_files.isEmpty())
        m_status->setText(problem);
    else if (!running && problem.isEmpty() && m_files.isEmpty() && m_progress->value() == 0)
        m_status->setText(tr("%n report(s) to export.", nullptr, int(m_model->checkedIds().size())));
}

void ReportExportDialog::startExport()
{
    if (!m_export->isEnabled())
        return;
    ReportExportJob::Request r;
    r.dbPath = m_context.dbPath;
    r.templates = m_model->checkedTemplates();
    if (m_dashboardRange->isChecked())
        r.range = m_picker->spec();
    r.pdf = m_pdf->isChecked();
    r.xlsx = m_xlsx->isChecked();
    r.csv = m_csv->isChecked();
    r.folder = folder();
    const QString size = m_pageSize->currentData().toString();
    if (size == QLatin1String("a4"))
        r.pageSize = QPageSize::A4;
    else if (size == QLatin1String("letter"))
        r.pageSize = QPageSize::Letter;

    prefs::reportTemplates.set(m_model->checkedIds());
    QStringList formats;
    if (r.pdf)
        formats << QStringLiteral("pdf");
    if (r.xlsx)
        formats << QStringLiteral("xlsx");
    if (r.csv)
        formats << QStringLiteral("csv");
    prefs::reportFormats.set(formats);
    prefs::reportDashboardRange.set(m_dashboardRange->isChecked());
    prefs::reportPageSize.set(size);
    if (folder() != defaultFolder())
        prefs::reportFolder.set(folder());

    m_files.clear();
    m_progress->setValue(0);
    if (!m_job->start(r)) {
        m_status->setText(m_job->errorString());
        return;
    }
    updateState();
}

void ReportExportDialog::onFinished(bool ok, const QStringList &files, const QString &error)
{
    m_files = files;
    if (ok) {
        m_status->setText(tr("Wrote %n file(s) to %1.", nullptr, int(files.size()))
                              .arg(QDir::toNativeSeparators(
                                  files.isEmpty() ? folder() : QFileInfo(files.front()).absolutePath())));
    } else {
        m_progress->setValue(0);
        m_status->setText(error);
    }
    updateState();
}

void ReportExportDialog::reject()
{
    if (m_job->isRunning()) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

void ReportExportDialog::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Save Reports In"), folder());
    if (!dir.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(dir));
}

void ReportExportDialog::editTemplate(const ReportTemplate &t, bool isNew)
{
    TemplateEditorDialog editor(t, m_context.paramKeys, this);
    editor.setWindowTitle(isNew ? tr("New Report Template") : tr("Edit Report Template"));
    if (editor.exec() != QDialog::Accepted)
        return;
    ReportTemplate result = editor.result();
    result.builtIn = false;
    if (result.id.isEmpty() || isNew)
        result.id = ReportTemplates::uniqueId(m_model->templates(), result.title);
    const int row = m_model->put(result);
    m_list->setCurrentIndex(m_model->index(row));
    QStringList checked = m_model->checkedIds();
    if (!checked.contains(result.id))
        m_model->setCheckedIds(checked << result.id);
    emitUserTemplates();
}

void ReportExportDialog::newTemplate()
{
    ReportTemplate t;
    t.title = tr("My report");
    ReportSection kpis;
    kpis.kind = SectionKind::Kpis;
    kpis.metrics = {MetricId::Visitors, MetricId::PageViews, MetricId::Sessions};
    t.sections = {kpis};
    editTemplate(t, true);
}

void ReportExportDialog::editCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    ReportTemplate t = m_model->at(row);
    if (t.builtIn) {
        // Built-ins stay as shipped; the edit becomes a template of the user's.
        t.title = tr("%1 (copy)").arg(t.title);
        editTemplate(t, true);
        return;
    }
    editTemplate(t, false);
}

void ReportExportDialog::duplicateCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    ReportTemplate t = m_model->at(row);
    t.title = tr("%1 (copy)").arg(t.title);
    t.builtIn = false;
    t.id = ReportTemplates::uniqueId(m_model->templates(), t.title);
    const int added = m_model->put(t);
    m_list->setCurrentIndex(m_model->index(added));
    emitUserTemplates();
}

void ReportExportDialog::deleteCurrent()
{
    const int row = currentRow();
    if (row < 0 || m_model->at(row).builtIn)
        return;
    const QString title = m_model->at(row).title;
    if (QMessageBox::question(this, tr("Delete Template"), tr("Delete the template \"%1\"?").arg(title),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_model->remove(row);
    emitUserTemplates();
    updateState();
}

void ReportExportDialog::importTemplates()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import Report Templates"), folder(),
                                                      tr("Report templates (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    m_importWatcher.setFuture(QtConcurrent::run([file] {
        QFile f(file);
        ImportedFile r{file, {}, {}};
        if (!f.open(QIODevice::ReadOnly))
            r.error = f.errorString();
        else
            r.bytes = f.readAll();
        return r;
    }));
}

void ReportExportDialog::addImported(const ImportedFile &r)
{
    if (!r.error.isEmpty()) {
        QMessageBox::warning(this, tr("Import Report Templates"),
                             tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(r.file), r.error));
        return;
    }
    QString error;
    std::vector<ReportTemplate> incoming = ReportTemplates::deserialize(r.bytes, &error);
    for (ReportTemplate &t : incoming) {
        t.builtIn = false;
        const auto clash = ReportTemplates::find(m_model->templates(), t.id);
        if (t.id.isEmpty() || (clash && clash->builtIn))
            t.id = ReportTemplates::uniqueId(m_model->templates(), t.title);
        m_model->put(t);
    }
    if (!incoming.empty())
        emitUserTemplates();
    m_status->setText(tr("Imported %n template(s).", nullptr, int(incoming.size())));
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Import Report Templates"),
                             tr("Some templates in the file were skipped:\n%1").arg(error));
}

void ReportExportDialog::exportTemplates()
{
    const std::vector<ReportTemplate> chosen = m_model->checkedTemplates();
    if (chosen.empty())
        return;
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export Report Templates"),
        QDir(folder()).filePath(chosen.size() == 1 ? chosen.front().title + QStringLiteral(".json")
                                                   : tr("Report templates.json")),
        tr("Report templates (*.json)"));
    if (file.isEmpty())
        return;
    const QByteArray bytes = ReportTemplates::serialize(chosen);
    m_fileWatcher.setFuture(QtConcurrent::run([file, bytes, n = int(chosen.size())] {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            return tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(file), f.errorString());
        return tr("Saved %n template(s) to %1.", nullptr, n).arg(QDir::toNativeSeparators(file));
    }));
}

void ReportExportDialog::emitUserTemplates()
{
    std::vector<ReportTemplate> user;
    for (const ReportTemplate &t : m_model->templates()) {
        if (!t.builtIn)
            user.push_back(t);
    }
    emit templatesChanged(user);
}

} // namespace es::ui
