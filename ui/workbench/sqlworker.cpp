#include "workbench/sqlworker.h"

#include "models/csvexport.h"
#include "store/readonlysql.h"
#include "store/schemadoc.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <algorithm>
#include <xlsxwriter.h>

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
        SqlSchemaItem item{name, view, schemadoc::table(name), {}, {}};
        m_sql->run(QStringLiteral("SELECT name, type FROM pragma_table_info('%1')")
                       .arg(QString(name).replace(QLatin1Char('\''), QStringLiteral("''"))),
                   &columns, [&](const QVariantList &row) {
                       const QString type = row.value(1).toString();
                       const QString column = row.value(0).toString();
                       item.columns << (type.isEmpty() ? column : column + QLatin1Char(' ') + type);
                       item.descriptions << schemadoc::column(name, column);
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

void SqlWorker::exportXlsx(int request, const QString &sql, const QString &file)
{
    QElapsedTimer clock;
    clock.start();
    // libxlsxwriter writes the file itself; a temporary name next to it is
    // renamed at the end, so a failed export leaves no half-written workbook.
    const QString partial = file + QStringLiteral(".part");
    lxw_workbook *wb = workbook_new(QFile::encodeName(partial).constData());
    if (!wb) {
        emit finished(request, false, tr("Cannot write %1.").arg(file), 0, 0, false);
        return;
    }
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Query");
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    constexpr lxw_row_t kMaxDataRows = 1'048'575;
    QStringList columns;
    lxw_row_t row = 0;
    bool truncated = false;
    std::vector<int> widths;
    const auto header = [&] {
        widths.assign(size_t(columns.size()), 8);
        for (int c = 0; c < columns.size(); ++c) {
            worksheet_write_string(ws, 0, lxw_col_t(c), columns[c].toUtf8().constData(), bold);
            widths[size_t(c)] = std::max(widths[size_t(c)], int(columns[c].size()) + 2);
        }
    };
    const bool ok = m_sql->run(sql, &columns, [&](const QVariantList &values) {
        if (row == 0)
            header();
        if (row >= kMaxDataRows) {
            truncated = true;
            return false;
        }
        ++row;
        for (int c = 0; c < values.size(); ++c) {
            const QVariant &v = values[c];
            const lxw_col_t col = lxw_col_t(c);
            if (v.isNull())
                continue;
            if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Double) {
                worksheet_write_number(ws, row, col, v.toDouble(), nullptr);
                widths[size_t(c)] = std::max(widths[size_t(c)], int(sqlCellText(v).size()) + 2);
            } else {
                const QByteArray text = sqlCellText(v).toUtf8();
                worksheet_write_string(ws, row, col, text.constData(), nullptr);
                widths[size_t(c)] = std::min(60, std::max(widths[size_t(c)], int(text.size()) + 2));
            }
        }
        return true;
    });
    if (row == 0)
        header();
    if (!columns.isEmpty()) {
        worksheet_freeze_panes(ws, 1, 0);
        worksheet_autofilter(ws, 0, 0, row, lxw_col_t(columns.size() - 1));
        for (size_t c = 0; c < widths.size(); ++c)
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    }
    const lxw_error closed = workbook_close(wb);
    if (!ok && !truncated) {
        QFile::remove(partial);
        emit finished(request, false, m_sql->errorString(), row, clock.elapsed(), false);
        return;
    }
    if (closed != LXW_NO_ERROR || (QFile::exists(file) && !QFile::remove(file)) ||
        !QFile::rename(partial, file)) {
        QFile::remove(partial);
        emit finished(request, false,
                      tr("Cannot write %1: %2").arg(file, QString::fromUtf8(lxw_strerror(closed))), row,
                      clock.elapsed(), false);
        return;
    }
    emit finished(request, true, QString(), row, clock.elapsed(), truncated);
}

} // namespace es::ui
