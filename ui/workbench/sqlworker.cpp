#include "workbench/sqlworker.h"

#include "models/csvexport.h"
#include "store/readonlysql.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QSaveFile>

namespace es::ui {

QString sqlCellText(const QVariant &v)
{
    if (v.isNull())
        return QString();
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (v.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(v.toByteArray().toHex());
    return v.toString();
}

SqlWorker::SqlWorker() : m_sql(std::make_unique<ReadOnlySql>())
{
    qRegisterMetaType<es::ui::SqlSchemaItem>();
    qRegisterMetaType<QList<es::ui::SqlSchemaItem>>();
    qRegisterMetaType<QList<QVariantList>>();
}

SqlWorker::~SqlWorker() = default;

void SqlWorker::cancel()
{
    m_sql->cancel();
}

void SqlWorker::open(const QString &workspacePath)
{
    m_openError = m_sql->open(workspacePath) ? QString() : m_sql->errorString();
    emit opened(m_openError);
}

void SqlWorker::loadSchema()
{
    QList<SqlSchemaItem> items;
    QStringList columns;
    std::vector<std::pair<QString, bool>> names;
    m_sql->run(QStringLiteral("SELECT name, type = 'view' FROM sqlite_schema WHERE type IN ('table', 'view') "
                              "AND name NOT LIKE 'sqlite_%' ORDER BY type = 'table', name"),
               &columns, [&](const QVariantList &row) {
                   names.emplace_back(row.value(0).toString(), row.value(1).toInt() != 0);
                   return true;
               });
    for (const auto &[name, view] : names) {
        SqlSchemaItem item{name, view, {}};
        m_sql->run(QStringLiteral("SELECT name, type FROM pragma_table_info('%1')")
                       .arg(QString(name).replace(QLatin1Char('\''), QStringLiteral("''"))),
                   &columns, [&](const QVariantList &row) {
                       const QString type = row.value(1).toString();
                       item.columns << (type.isEmpty() ? row.value(0).toString()
                                                       : row.value(0).toString() + QLatin1Char(' ') + type);
                       return true;
                   });
        items << item;
    }
    emit schemaLoaded(items);
}

void SqlWorker::run(int request, const QString &sql, int maxRows)
{
    QElapsedTimer clock;
    clock.start();
    if (!m_openError.isEmpty()) {
        emit finished(request, false, m_openError, 0, 0, false);
        return;
    }
    QStringList columns;
    QList<QVariantList> batch;
    qint64 rows = 0;
    bool truncated = false;
    const bool ok = m_sql->run(sql, &columns, [&](const QVariantList &row) {
        if (rows == 0 && batch.isEmpty())
            emit columnsReady(request, columns);
        if (rows >= maxRows) {
            truncated = true;
            return false;
        }
        batch << row;
        ++rows;
        if (batch.size() >= kBatchRows) {
            emit rowsReady(request, batch);
            batch.clear();
        }
        return true;
    });
    if (rows == 0)
        emit columnsReady(request, columns);
    if (!batch.isEmpty())
        emit rowsReady(request, batch);
    emit finished(request, ok || truncated, ok || truncated ? QString() : m_sql->errorString(), rows,
                  clock.elapsed(), truncated);
}

void SqlWorker::exportCsv(int request, const QString &sql, const QString &file)
{
    QElapsedTimer clock;
    clock.start();
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        emit finished(request, false, tr("Cannot write %1: %2").arg(file, out.errorString()), 0, 0, false);
        return;
    }
    QStringList columns;
    qint64 rows = 0;
    bool headerDone = false;
    const auto writeRecord = [&out](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        out.write((quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8());
    };
    const bool ok = m_sql->run(sql, &columns, [&](const QVariantList &row) {
        if (!headerDone) {
            writeRecord(columns);
            headerDone = true;
        }
        QStringList fields;
        for (const QVariant &v : row)
            fields << sqlCellText(v);
        writeRecord(fields);
        ++rows;
        return true;
    });
    if (ok && !headerDone)
        writeRecord(columns);
    if (!ok) {
        out.cancelWriting();
        emit finished(request, false, m_sql->errorString(), rows, clock.elapsed(), false);
        return;
    }
    if (!out.commit()) {
        emit finished(request, false, tr("Cannot write %1: %2").arg(file, out.errorString()), rows,
                      clock.elapsed(), false);
        return;
    }
    emit finished(request, true, QString(), rows, clock.elapsed(), false);
}

} // namespace es::ui
