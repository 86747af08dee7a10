#pragma once
// Runs the SQL console's statements on a thread of its own, over a strictly
// read-only connection (ReadOnlySql): rows come back to the GUI thread in
// batches, the schema (tables and views with their columns) on request, and
// a CSV export streams every row of a statement to a file. cancel() may be
// called from any thread; it interrupts the running statement.

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <memory>

namespace es {
class ReadOnlySql;
}

namespace es::ui {

struct SqlSchemaItem
{
    QString name;
    bool view = false;
    QString description;      // schemadoc::table
    QStringList columns;      // "name TYPE"
    QStringList descriptions; // per column, schemadoc::column
};

class SqlWorker : public QObject
{
    Q_OBJECT
public:
    SqlWorker();
    ~SqlWorker() override;

    // Thread-safe.
    void cancel();

    static constexpr int kBatchRows = 500;

public slots:
    void open(const QString &workspacePath);
    void loadSchema();
    void run(int request, const QString &sql, int maxRows);
    void exportCsv(int request, const QString &sql, const QString &file);
    // An Excel workbook of every row (at most Excel's 1,048,575), numbers as
    // numbers, with a frozen, filterable header.
    void exportXlsx(int request, const QString &sql, const QString &file);

signals:
    void opened(const QString &error);
    void schemaLoaded(const QList<es::ui::SqlSchemaItem> &items);
    void columnsReady(int request, const QStringList &columns);
    void rowsReady(int request, const QList<QVariantList> &rows);
    // rows: how many the statement returned (all of them for an export,
    // up to maxRows plus one for a run, which is how the console knows
    // there were more); error empty on success.
    void finished(int request, bool ok, const QString &error, qint64 rows, qint64 elapsedMs, bool truncated);

private:
    std::unique_ptr<es::ReadOnlySql> m_sql;
    QString m_openError;
};

// One value as text: NULL empty, blobs in hex, reals exactly.
QString sqlCellText(const QVariant &v);

} // namespace es::ui

Q_DECLARE_METATYPE(es::ui::SqlSchemaItem)
