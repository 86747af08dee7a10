#pragma once
// File → Export Report…: pick one or more templates, the period (the
// dashboard's by default), the formats and the folder; the export runs in a
// child process with progress and Cancel, then offers Open and Show in
// folder. Templates are created, edited, duplicated, deleted, imported and
// exported here too; changes are handed to the owner to store in the
// workspace.

#include "query/rangespec.h"
#include "reports/reporttemplate.h"

#include <QDialog>
#include <QFutureWatcher>
#include <vector>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace es::ui {

class ReportExportJob;
class TemplateListModel;
class TimeRangePicker;

class ReportExportDialog : public QDialog
{
    Q_OBJECT
public:
    struct Context
    {
        QString dbPath;
        QStringList paramKeys;
        std::vector<ReportTemplate> templates; // built-ins and the workspace's own
        RangeSpec dashboardRange;
        QByteArray timeZone; // the workspace's
        DataExtent extent;
    };

    explicit ReportExportDialog(const Context &context, QWidget *parent = nullptr);
    ~ReportExportDialog() override;

    TemplateListModel *model() const { return m_model; }
    ReportExportJob *job() const { return m_job; }
    // Starts the export of the checked templates (the Export button).
    void startExport();
    QStringList writtenFiles() const { return m_files; }

signals:
    // The user's own templates after a change, to be stored in the workspace.
    void templatesChanged(const std::vector<es::ReportTemplate> &userTemplates);

protected:
    void reject() override;

private:
    void buildUi();
    void updateState();
    void editTemplate(const ReportTemplate &t, bool isNew);
    void newTemplate();
    void editCurrent();
    void duplicateCurrent();
    void deleteCurrent();
    void importTemplates();
    struct ImportedFile
    {
        QString file;
        QByteArray bytes;
        QString error;
    };
    void addImported(const ImportedFile &r);
    void exportTemplates();
    void chooseFolder();
    void onFinished(bool ok, const QStringList &files, const QString &error);
    void emitUserTemplates();
    int currentRow() const;
    QString folder() const;

    Context m_context;
    TemplateListModel *m_model;
    ReportExportJob *m_job;
    QListView *m_list = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_exportTemplates = nullptr;
    QRadioButton *m_dashboardRange = nullptr;
    QRadioButton *m_ownRange = nullptr;
    TimeRangePicker *m_picker = nullptr;
    QCheckBox *m_pdf = nullptr;
    QCheckBox *m_xlsx = nullptr;
    QCheckBox *m_csv = nullptr;
    QComboBox *m_pageSize = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_showFolder = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_export = nullptr;
    // Template files are read and written off the GUI thread.
    QFutureWatcher<QString> m_fileWatcher;
    QFutureWatcher<ImportedFile> m_importWatcher;
    QStringList m_files;
};

} // namespace es::ui
