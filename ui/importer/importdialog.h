#pragma once
// File → Import Logs… and files dropped on the window: the files to import
// with their detected formats, a preview of the selected file's first lines
// parsed into fields, the format, time zone, site and follow options; then
// the progress of the import and a summary per file. The import itself runs
// in the SourceController; the preview is read and parsed on a worker
// thread, newer requests replacing older ones.

#include "importer/importpreview.h"
#include "ingest/importtypes.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace es::ui {

class ImportFileListModel;
class ImportPreviewModel;
class ImportProgressPage;
class ImportSummaryPage;
class ProblemFooter;
class SourceController;
class TimeZoneCombo;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(SourceController *sources, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Adds files, and the files in folders; they appear once read.
    void addPaths(const QStringList &paths);
    // The options the import would run with now.
    ImportOptions options() const;
    // The format argument chosen ("" = detect per file), or "" with *error set.
    QString chosenFormat(QString *error = nullptr) const;
    // Starts the import of every listed file (what Import does).
    bool startImport();

    // For tests and screenshots.
    ImportFileListModel *fileModel() const { return m_files; }
    QTableView *fileView() const { return m_fileView; }
    ImportPreviewModel *previewModel() const { return m_preview; }
    QTableView *previewView() const { return m_previewView; }
    QLabel *previewInfo() const { return m_previewInfo; }
    QComboBox *formatCombo() const { return m_format; }
    QLineEdit *customFormatEdit() const { return m_custom; }
    QCheckBox *zoneOverride() const { return m_zoneOverride; }
    TimeZoneCombo *zoneCombo() const { return m_zone; }
    QLineEdit *siteEdit() const { return m_site; }
    QCheckBox *followBox() const { return m_follow; }
    QPushButton *importButton() const;
    QPushButton *cancelButton() const;
    QLabel *problemLabel() const;
    ImportProgressPage *progressPage() const { return m_progress; }
    ImportSummaryPage *summaryPage() const { return m_summary; }
    QStackedWidget *pages() const { return m_pages; }
    // The path and format of the preview shown (empty while none).
    const ImportPreview &shownPreview() const { return m_shown; }

signals:
    // A preview for the current file and options is shown.
    void previewShown();
    // The summary is shown.
    void importDone();

private:
    QWidget *createSetupPage();
    void addFilesClicked();
    void addFolderClicked();
    void removeSelected();
    void fillRecentMenu();
    void formatChanged();
    void schedulePreview(int delayMs);
    void startPreview();
    void previewLoaded();
    void showPreviewInfo();
    void validate();
    int currentFileRow() const;
    void importProgress(const es::ImportProgress &progress, int fileIndex, int fileCount);
    void importResults(const std::vector<es::FileImportResult> &results, bool cancelled);
    void importFinished(const QStringList &summary, bool ok, bool cancelled);
    void showButtonsFor(int page);

    SourceController *m_sources;
    QStackedWidget *m_pages;
    ImportFileListModel *m_files;
    QTableView *m_fileView = nullptr;
    QPushButton *m_addFiles = nullptr;
    QPushButton *m_addFolder = nullptr;
    QPushButton *m_remove = nullptr;
    QToolButton *m_recent = nullptr;
    QMenu *m_recentMenu = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_custom = nullptr;
    QLabel *m_formatError = nullptr;
    QCheckBox *m_zoneOverride = nullptr;
    TimeZoneCombo *m_zone = nullptr;
    QLineEdit *m_site = nullptr;
    QCheckBox *m_follow = nullptr;
    QLabel *m_previewInfo = nullptr;
    ImportPreviewModel *m_preview;
    QTableView *m_previewView = nullptr;
    ProblemFooter *m_footer = nullptr;
    ImportProgressPage *m_progress = nullptr;
    ImportSummaryPage *m_summary = nullptr;
    QPushButton *m_stop = nullptr;

    QTimer *m_previewTimer;
    QFutureWatcher<ImportPreview> m_previewWatcher;
    int m_previewGeneration = 0;  // of the newest request
    int m_runningGeneration = 0;  // of the request the watcher runs
    bool m_previewWanted = false; // a request waits for the running one
    ImportPreview m_shown;
    bool m_running = false; // this dialog's import runs
    bool m_gotResults = false;
};

} // namespace es::ui
