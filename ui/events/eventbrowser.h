#pragma once
// View → Event Browser: the raw events of the workspace, newest first, in a
// table that loads page by page while it scrolls. Filters for the time range
// (the shared picker), event type, source, HTTP status and text are applied
// after a short pause in typing; a table beside them counts the matching
// events per type; the detail pane shows the selected record whole, with
// its JSON fields as a tree; Export CSV writes every matching event on a
// worker thread with progress and Cancel. New data committed to the
// workspace appears on top without moving what the user is looking at.
//
// Searches run on three threads of their own (pages of keys; the text of
// the rows on screen and the selected record; counts), each with one read
// connection; the GUI thread only sends requests and takes answers.

#include "events/eventcsvwriter.h"
#include "query/rangespec.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;
class QThread;
class QTimer;
class QToolButton;

namespace es::ui {

struct EventRecord;
class EventDetail;
class EventSearchWorker;
class EventTableModel;
class TimeRangePicker;
class TypeCountModel;

class EventBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit EventBrowser(QWidget *parent = nullptr);
    ~EventBrowser() override; // cancels running searches and the export, ends the threads

    // An empty path closes the workspace.
    void setWorkspace(const QString &path);
    QString workspace() const { return m_path; }
    // The range the browser starts with (the dashboard's) and the data's extent for "All data".
    void setRange(const es::RangeSpec &spec);
    void setDataExtent(const es::DataExtent &extent);
    // New data was committed: refreshes at most once a second.
    void dataCommitted();

    // The filters, as the controls would set them; applied after the pause.
    void setTypeFilter(const QString &type);
    void setSourceFilter(const QString &source);
    void setStatusFilter(const QString &text);
    void setTextFilter(const QString &text);
    // Applies pending filter changes now.
    void applyFilters();
    // The query of the current controls; nullopt while the status text cannot be read.
    std::optional<es::EventQuery> currentQuery(QString *error = nullptr) const;

    void exportCsv(); // asks for a file
    void exportCsvTo(const QString &file);
    void cancelExport();
    bool isExporting() const { return m_export.isRunning(); }

    EventTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    TypeCountModel *countModel() const { return m_counts; }
    QTableView *countView() const { return m_countView; }
    EventDetail *detail() const { return m_detail; }
    TimeRangePicker *rangePicker() const { return m_picker; }
    QComboBox *typeCombo() const { return m_type; }
    QComboBox *sourceCombo() const { return m_source; }
    QLabel *statusLabel() const { return m_status; }
    bool hasChoices() const { return m_haveChoices; }
    bool countsCurrent() const { return m_countsCurrent; }

    static constexpr int kDebounceMs = 250;

signals:
    void choicesLoaded();
    void countsUpdated();
    void exportFinished(const es::ui::EventCsvResult &result);

private:
    void buildLayout();
    void scheduleFilters();
    void onChoices(const QStringList &types, const QStringList &sources, const QByteArray &timeZone);
    void onCounts(int generation, const std::vector<es::TypeCount> &counts, const QString &error);
    void onSelection();
    void onRecord(const es::EventKey &key, const es::ui::EventRecord &record, const QString &error);
    void onExportDone();
    void refreshAfterCommit();
    void requestCounts(const es::EventQuery &query);
    void updateStatus();
    static void fillCombo(QComboBox *combo, const QString &allText, const QStringList &items);

    QString m_path;
    QByteArray m_zone = "UTC";
    QThread *m_pageThread;
    QThread *m_countThread;
    QThread *m_textThread;
    EventSearchWorker *m_pageWorker;
    EventSearchWorker *m_countWorker;
    EventSearchWorker *m_textWorker;
    EventTableModel *m_model;
    TypeCountModel *m_counts;
    TimeRangePicker *m_picker = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_text = nullptr;
    QPushButton *m_exportButton = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_countView = nullptr;
    QLabel *m_countTitle = nullptr;
    EventDetail *m_detail = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelExport = nullptr;
    QTimer *m_debounce;
    QTimer *m_commitTimer;
    QFutureWatcher<EventCsvResult> m_export;
    QString m_exportFile;
    QString m_filterProblem;
    int m_countGeneration = 0;
    bool m_haveChoices = false;
    bool m_countsCurrent = false;
    int m_scrollBeforeInsert = -1;
    std::optional<es::EventKey> m_selectedKey; // the row the detail pane shows or waits for
};

} // namespace es::ui
