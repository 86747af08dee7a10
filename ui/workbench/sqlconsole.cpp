#include "workbench/sqlconsole.h"

#include "settings/preferences.h"
#include "workbench/savedqueries.h"
#include "workbench/sqlhighlighter.h"
#include "workbench/sqlresultmodel.h"
#include "workbench/sqlworker.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace es::ui {

namespace {

QString elapsedText(qint64 ms)
{
    return ms < 1000 ? SqlConsole::tr("%1 ms").arg(ms)
                     : SqlConsole::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

} // namespace

SqlConsole::SqlConsole(QWidget *parent)
    : QWidget(parent, Qt::Window), m_thread(new QThread(this)), m_worker(new SqlWorker),
      m_model(new SqlResultModel(this)), m_tick(new QTimer(this)), m_clock(new QElapsedTimer)
{
    setObjectName(QStringLiteral("sqlConsole"));
    setWindowTitle(tr("SQL Console"));
    resize(1220, 760);

    m_thread->setObjectName(QStringLiteral("sql console"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    connect(m_worker, &SqlWorker::schemaLoaded, this, &SqlConsole::onSchema);
    connect(m_worker, &SqlWorker::columnsReady, this, [this](int request, const QStringList &columns) {
        if (request == m_request)
            m_model->reset(columns);
    });
    connect(m_worker, &SqlWorker::rowsReady, this, [this](int request, const QList<QVariantList> &rows) {
        if (request == m_request)
            m_model->append(rows);
    });
    connect(m_worker, &SqlWorker::finished, this, &SqlConsole::onFinished);
    connect(m_worker, &SqlWorker::opened, this, [this](const QString &error) {
        if (!error.isEmpty())
            showStatus(error, true);
    });

    m_schema = new QTreeWidget(this);
    m_schema->setObjectName(QStringLiteral("schemaTree"));
    m_schema->setColumnCount(2);
    m_schema->setHeaderLabels({tr("Tables and views"), tr("Description")});
    m_schema->setAccessibleName(tr("Schema"));
    m_schema->setToolTip(tr("Double-click a name to insert it"));
    connect(m_schema, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item->parent())
            m_editor->insertPlainText(item->text(0).section(QLatin1Char(' '), 0, 0));
    });

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("sqlEditor"));
    m_editor->setAccessibleName(tr("SQL statement"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlaceholderText(tr("One SELECT statement; Ctrl+Enter runs it"));
    m_editor->setPlainText(QStringLiteral("SELECT * FROM traffic_by_day ORDER BY day_start DESC LIMIT 100"));
    m_highlighter = new SqlHighlighter(m_editor->document());

    m_history = new QComboBox(this);
    m_history->setObjectName(QStringLiteral("sqlHistory"));
    m_history->setAccessibleName(tr("Recent statements"));
    m_history->setMinimumContentsLength(30);
    m_history->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_history, &QComboBox::activated, this, [this](int index) {
        const QString sql = m_history->itemData(index).toString();
        if (!sql.isEmpty())
            setSql(sql);
    });
    fillHistory();
    m_saved = new SavedQueries([this] { return sql(); }, this);
    connect(m_saved, &SavedQueries::picked, this, &SqlConsole::setSql);

    m_run = new QPushButton(tr("&Run"), this);
    m_run->setObjectName(QStringLiteral("runSqlButton"));
    m_run->setToolTip(tr("Run the statement (Ctrl+Enter)"));
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelSqlButton"));
    m_cancel->setToolTip(tr("Interrupt the running statement (Esc)"));
    m_cancel->setEnabled(false);
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportSqlButton"));
    m_export->setToolTip(tr("Write every row of the statement to a CSV file"));
    connect(m_run, &QPushButton::clicked, this, &SqlConsole::run);
    connect(m_cancel, &QPushButton::clicked, this, &SqlConsole::cancel);
    connect(m_export, &QPushButton::clicked, this, &SqlConsole::exportCsv);
    m_exportXlsx = new QPushButton(tr("Export E&xcel…"), this);
    m_exportXlsx->setObjectName(QStringLiteral("exportXlsxButton"));
    m_exportXlsx->setToolTip(tr("Write every row of the statement to an Excel workbook"));
    connect(m_exportXlsx, &QPushButton::clicked, this, &SqlConsole::exportXlsx);
    for (const QKeySequence &k :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(k, this), &QShortcut::activated, this, &SqlConsole::run);
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), this), &QShortcut::activated, this,
            &SqlConsole::cancel);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sqlStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    connect(m_tick, &QTimer::timeout, this,
            [this] { showStatus(tr("Running… %1").arg(elapsedText(m_clock->elapsed())), false); });
    m_tick->setInterval(100);

    m_results = new QTableView(this);
    m_results->setObjectName(QStringLiteral("sqlResults"));
    m_results->setModel(m_model);
    m_results->setAlternatingRowColors(true);
    m_results->setWordWrap(false);
    m_results->verticalHeader()->setDefaultSectionSize(m_results->fontMetrics().height() + 6);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_results->horizontalHeader()->setDefaultSectionSize(140);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_export);
    buttons->addWidget(m_exportXlsx);
    buttons->addStretch(1);
    auto *recall = new QHBoxLayout;
    auto *savedLabel = new QLabel(tr("Sa&ved:"), this);
    savedLabel->setBuddy(m_saved->comboBox());
    recall->addWidget(savedLabel);
    recall->addWidget(m_saved, 2);
    auto *historyLabel = new QLabel(tr("&History:"), this);
    historyLabel->setBuddy(m_history);
    recall->addSpacing(12);
    recall->addWidget(historyLabel);
    recall->addWidget(m_history, 3);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_editor, 1);
    topLayout->addLayout(buttons);
    topLayout->addLayout(recall);
    topLayout->addWidget(m_status);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(top);
    right->addWidget(m_results);
    right->setStretchFactor(1, 3);
    right->setSizes({200, 520});
    auto *main = new QSplitter(this);
    main->addWidget(m_schema);
    main->addWidget(right);
    main->setStretchFactor(1, 4);
    main->setSizes({360, 740});
    m_schema->setColumnWidth(0, 165);
    m_schema->setMinimumWidth(420);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(main);
}

SqlConsole::~SqlConsole()
{
    m_worker->cancel();
    m_thread->quit();
    m_thread->wait();
    delete m_clock;
}

void SqlConsole::setWorkspace(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    setWindowTitle(path.isEmpty() ? tr("SQL Console")
                                  : tr("SQL Console — %1").arg(QFileInfo(path).completeBaseName()));
    m_worker->cancel();
    ++m_request;
    setRunning(false);
    m_model->clear();
    m_schema->clear();
    showStatus(QString(), false);
    if (path.isEmpty())
        return;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, path] { w->open(path); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_worker, &SqlWorker::loadSchema, Qt::QueuedConnection);
}

void SqlConsole::setSql(const QString &sql)
{
    m_editor->setPlainText(sql);
}

QString SqlConsole::sql() const
{
    return m_editor->toPlainText().trimmed();
}

void SqlConsole::run()
{
    const QString statement = sql();
    if (m_running || statement.isEmpty() || m_path.isEmpty())
        return;
    remember(statement);
    const int request = ++m_request;
    m_model->clear();
    setRunning(true);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, request, statement] { w->run(request, statement, kMaxRows); },
        Qt::QueuedConnection);
}

void SqlConsole::cancel()
{
    if (m_running)
        m_worker->cancel();
}

void SqlConsole::exportCsv()
{
    if (m_running || sql().isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export CSV"), QDir(folder).filePath(QStringLiteral("query.csv")), tr("CSV files (*.csv)"));
    if (!file.isEmpty())
        exportCsvTo(file);
}

void SqlConsole::exportCsvTo(const QString &file)
{
    startExport(file, false);
}

void SqlConsole::exportXlsx()
{
    if (m_running || sql().isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Excel"),
                                                      QDir(folder).filePath(QStringLiteral("query.xlsx")),
                                                      tr("Excel workbooks (*.xlsx)"));
    if (!file.isEmpty())
        exportXlsxTo(file);
}

void SqlConsole::exportXlsxTo(const QString &file)
{
    startExport(file, true);
}

void SqlConsole::startExport(const QString &file, bool xlsx)
{
    const QString statement = sql();
    if (m_running || statement.isEmpty() || m_path.isEmpty())
        return;
    const int request = ++m_request;
    m_exportRequest = request;
    m_exportFile = file;
    setRunning(true);
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, request, statement, file, xlsx] {
            if (xlsx)
                w->exportXlsx(request, statement, file);
            else
                w->exportCsv(request, statement, file);
        },
        Qt::QueuedConnection);
}

void SqlConsole::onSchema(const QList<SqlSchemaItem> &items)
{
    m_schema->clear();
    auto *tables = new QTreeWidgetItem(m_schema, {tr("Tables")});
    auto *views = new QTreeWidgetItem(m_schema, {tr("Views")});
    QStringList names;
    for (const SqlSchemaItem &i : items) {
        auto *item = new QTreeWidgetItem(i.view ? views : tables, {i.name, i.description});
        item->setToolTip(0, i.description);
        item->setToolTip(1, i.description);
        for (qsizetype c = 0; c < i.columns.size(); ++c) {
            const QString description = i.descriptions.value(c);
            auto *column = new QTreeWidgetItem(item, {i.columns[c], description});
            column->setToolTip(0, description);
            column->setToolTip(1, description);
        }
        names << i.name;
    }
    views->setExpanded(true);
    m_highlighter->setTableNames(names);
    emit schemaLoaded();
}

void SqlConsole::onFinished(int request, bool ok, const QString &error, qint64 rows, qint64 elapsedMs,
                            bool truncated)
{
    if (request != m_request)
        return;
    setRunning(false);
    const QLocale locale;
    if (request == m_exportRequest) {
        m_exportRequest = -1;
        if (ok && truncated)
            showStatus(tr("Wrote the first %1 rows to %2 in %3: an Excel sheet holds no more. Export CSV "
                          "writes all of them.")
                           .arg(locale.toString(rows), QDir::toNativeSeparators(m_exportFile),
                                elapsedText(elapsedMs)),
                       false);
        else if (ok)
            showStatus(tr("Wrote %1 rows to %2 in %3")
                           .arg(locale.toString(rows), QDir::toNativeSeparators(m_exportFile),
                                elapsedText(elapsedMs)),
                       false);
        else
            showStatus(error, true);
        emit exported(m_exportFile, ok ? QString() : error);
        return;
    }
    if (!ok)
        showStatus(error, true);
    else if (truncated)
        showStatus(tr("The first %1 rows in %2; Export CSV writes all of them.")
                       .arg(locale.toString(rows), elapsedText(elapsedMs)),
                   false);
    else
        showStatus(
            tr("%n row(s) in %1", nullptr, int(std::min<qint64>(rows, INT_MAX))).arg(elapsedText(elapsedMs)),
            false);
    emit finished(ok);
}

void SqlConsole::setRunning(bool running)
{
    m_running = running;
    m_run->setEnabled(!running);
    m_export->setEnabled(!running);
    m_exportXlsx->setEnabled(!running);
    m_cancel->setEnabled(running);
    if (running) {
        m_clock->start();
        m_tick->start();
        showStatus(tr("Running…"), false);
    } else {
        m_tick->stop();
    }
}

void SqlConsole::remember(const QString &sql)
{
    QStringList history = prefs::sqlHistory.get();
    history.removeAll(sql);
    history.prepend(sql);
    while (history.size() > kHistory)
        history.removeLast();
    prefs::sqlHistory.set(history);
    fillHistory();
}

void SqlConsole::fillHistory()
{
    m_history->clear();
    for (const QString &sql : prefs::sqlHistory.get()) {
        QString shown = sql.simplified();
        if (shown.size() > 80)
            shown = shown.left(79) + QStringLiteral("…");
        m_history->addItem(shown, sql);
        m_history->setItemData(m_history->count() - 1, sql, Qt::ToolTipRole);
    }
    m_history->setEnabled(m_history->count() > 0);
}

void SqlConsole::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

} // namespace es::ui
