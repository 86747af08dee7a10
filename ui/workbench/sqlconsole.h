#pragma once
// View → SQL Console: ad-hoc SELECTs against the open workspace over a
// strictly read-only connection (writes, ATTACH, state-changing PRAGMAs and
// extension loading are refused with a message). A schema browser lists the
// tables and views with their columns; statements run on a worker thread
// with Cancel and the elapsed time; results page into a table; Export CSV
// writes every row; the last statements are kept in a history, and
// statements can be saved by name.

#include <QWidget>

class QComboBox;
class QElapsedTimer;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QThread;
class QTimer;
class QTreeWidget;

namespace es::ui {

class SavedQueries;
class SqlHighlighter;
class SqlResultModel;
class SqlWorker;
struct SqlSchemaItem;

class SqlConsole : public QWidget
{
    Q_OBJECT
public:
    explicit SqlConsole(QWidget *parent = nullptr);
    ~SqlConsole() override; // interrupts a running statement and ends the worker

    void setWorkspace(const QString &path);
    QString workspace() const { return m_path; }

    void setSql(const QString &sql);
    QString sql() const;
    void run();
    void cancel();
    // Asks for a file, then writes every row of the statement to it.
    void exportCsv();
    void exportCsvTo(const QString &file);
    // The same as an Excel workbook.
    void exportXlsx();
    void exportXlsxTo(const QString &file);
    bool isRunning() const { return m_running; }

    SqlResultModel *model() const { return m_model; }
    QTableView *resultView() const { return m_results; }
    QTreeWidget *schemaTree() const { return m_schema; }
    SavedQueries *savedQueries() const { return m_saved; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }

    static constexpr int kMaxRows = 200'000;
    static constexpr int kHistory = 30;

signals:
    void finished(bool ok);
    void exported(const QString &file, const QString &error);
    void schemaLoaded();

private:
    void onSchema(const QList<es::ui::SqlSchemaItem> &items);
    void onFinished(int request, bool ok, const QString &error, qint64 rows, qint64 elapsedMs,
                    bool truncated);
    void setRunning(bool running);
    void remember(const QString &sql);
    void fillHistory();
    void showStatus(const QString &text, bool error);
    void startExport(const QString &file, bool xlsx);

    QString m_path;
    QThread *m_thread;
    SqlWorker *m_worker;
    SqlResultModel *m_model;
    SqlHighlighter *m_highlighter = nullptr;
    QTreeWidget *m_schema = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QComboBox *m_history = nullptr;
    SavedQueries *m_saved = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_exportXlsx = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_results = nullptr;
    QTimer *m_tick = nullptr;
    QElapsedTimer *m_clock = nullptr;
    int m_request = 0;
    int m_exportRequest = -1;
    QString m_exportFile;
    bool m_running = false;
};

} // namespace es::ui
