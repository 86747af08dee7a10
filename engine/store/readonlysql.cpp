#include "store/readonlysql.h"

#include "store/sketchsql.h"
#include "store/streamtext.h"
#include "store/workspacedb.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <cstring>
#include <sqlite3.h>

namespace es {

// PRAGMAs that only read.
static bool isReadOnlyPragma(const char *name, const char *arg)
{
    static const char *const readOnly[] = {
        "table_info",       "table_xinfo",   "index_list",      "index_info",    "index_xinfo",
        "foreign_key_list", "database_list", "collation_list",  "function_list", "pragma_list",
        "table_list",       "user_version",  "schema_version",  "page_count",    "page_size",
        "freelist_count",   "encoding",      "compile_options", "quick_check",   "integrity_check",
        "data_version"};
    if (!name)
        return false;
    for (const char *p : readOnly) {
        if (sqlite3_stricmp(name, p) == 0) {
            // user_version = N and similar assignments carry an argument.
            const bool assignable = sqlite3_stricmp(name, "user_version") == 0 ||
                                    sqlite3_stricmp(name, "schema_version") == 0 ||
                                    sqlite3_stricmp(name, "page_size") == 0;
            return !(assignable && arg);
        }
    }
    return false;
}

int ReadOnlySql::authorize(void *selfPtr, int action, const char *a, const char *b, const char *,
                           const char *)
{
    auto *self = static_cast<ReadOnlySql *>(selfPtr);
    switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
    case SQLITE_RECURSIVE:
        return SQLITE_OK;
    case SQLITE_FUNCTION:
        if (b && (sqlite3_stricmp(b, "load_extension") == 0 || sqlite3_stricmp(b, "writefile") == 0)) {
            self->m_refusal = tr("Loading extensions is not allowed in the read-only SQL console.");
            return SQLITE_DENY;
        }
        return SQLITE_OK;
    case SQLITE_PRAGMA:
        if (isReadOnlyPragma(a, b))
            return SQLITE_OK;
        self->m_refusal = tr("PRAGMA %1 is not allowed: the SQL console is read-only and may only run "
                             "PRAGMAs that read.")
                              .arg(QString::fromUtf8(a ? a : "?"));
        return SQLITE_DENY;
    case SQLITE_ATTACH:
    case SQLITE_DETACH:
        self->m_refusal =
            tr("ATTACH and DETACH are not allowed: the SQL console only reads the open workspace.");
        return SQLITE_DENY;
    case SQLITE_UPDATE:
        // Reading a table-valued PRAGMA (pragma_table_info(...)) registers
        // its virtual table, which SQLite authorises as an update of the
        // schema table. The connection is opened read-only and in defensive
        // mode, so no statement can really write it.
        if (a && sqlite3_stricmp(a, "sqlite_master") == 0)
            return SQLITE_OK;
        [[fallthrough]];
    case SQLITE_INSERT:
    case SQLITE_DELETE:
        if (a &&
            (sqlite3_stricmp(a, "sqlite_master") == 0 || sqlite3_stricmp(a, "sqlite_temp_master") == 0)) {
            self->m_refusal = tr("This statement changes the database or its schema, which the read-only SQL "
                                 "console does not allow.");
            return SQLITE_DENY;
        }
        // sqlite_master/temp tables are never legitimately written by a SELECT.
        self->m_refusal = tr("%1 is not allowed: the SQL console is read-only. Use the application's "
                             "commands to change data.")
                              .arg(action == SQLITE_INSERT   ? QStringLiteral("INSERT")
                                   : action == SQLITE_UPDATE ? QStringLiteral("UPDATE")
                                                             : QStringLiteral("DELETE"));
        return SQLITE_DENY;
    default:
        self->m_refusal = tr("This statement changes the database or its schema, which the read-only SQL "
                             "console does not allow.");
        return SQLITE_DENY;
    }
}

int ReadOnlySql::progress(void *selfPtr)
{
    return static_cast<ReadOnlySql *>(selfPtr)->m_cancel.load() ? 1 : 0;
}

bool ReadOnlySql::open(const QString &workspacePath)
{
    WorkspaceDb probe; // checks integrity and schema version read-only
    if (!probe.open(workspacePath, WorkspaceDb::Access::ReadOnly)) {
        m_error = probe.errorString();
        return false;
    }
    probe.close();
    if (!m_conn.open(workspacePath, sql::Connection::Mode::ReadOnly)) {
        m_error = m_conn.errorString();
        return false;
    }
    sqlite3 *db = m_conn.handle();
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    m_conn.exec("PRAGMA query_only=1");
    // Read-only functions over the stored sketches and stream text (docs/SCHEMA.md).
    if (!sql::registerSketchFunctions(db) || !sql::registerStreamTextFunction(db)) {
        m_error = m_conn.errorString();
        m_conn.close();
        return false;
    }
    sqlite3_set_authorizer(db, &ReadOnlySql::authorize, this);
    sqlite3_progress_handler(db, 10000, &ReadOnlySql::progress, this);
    return true;
}

bool ReadOnlySql::run(const QString &sqlText, QStringList *columns, const RowCallback &onRow)
{
    m_error.clear();
    m_refusal.clear();
    m_cancel = false;
    const QByteArray utf8 = sqlText.trimmed().toUtf8();
    sqlite3_stmt *st = nullptr;
    const char *tail = nullptr;
    int rc = sqlite3_prepare_v2(m_conn.handle(), utf8.constData(), int(utf8.size()), &st, &tail);
    if (rc != SQLITE_OK) {
        m_error = !m_refusal.isEmpty() ? m_refusal : QString::fromUtf8(sqlite3_errmsg(m_conn.handle()));
        sqlite3_finalize(st);
        return false;
    }
    if (!st) {
        m_error = tr("The statement is empty.");
        return false;
    }
    if (tail && std::strspn(tail, " \t\r\n;") != std::strlen(tail)) {
        sqlite3_finalize(st);
        m_error = tr("Run one statement at a time.");
        return false;
    }
    if (!sqlite3_stmt_readonly(st)) {
        sqlite3_finalize(st);
        m_error = tr("Only statements that read are allowed in the read-only SQL console.");
        return false;
    }
    const int n = sqlite3_column_count(st);
    if (columns) {
        columns->clear();
        for (int i = 0; i < n; ++i)
            columns->append(QString::fromUtf8(sqlite3_column_name(st, i)));
    }
    QVariantList row;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        row.clear();
        for (int i = 0; i < n; ++i) {
            switch (sqlite3_column_type(st, i)) {
            case SQLITE_INTEGER:
                row.append(qlonglong(sqlite3_column_int64(st, i)));
                break;
            case SQLITE_FLOAT:
                row.append(sqlite3_column_double(st, i));
                break;
            case SQLITE_NULL:
                row.append(QVariant());
                break;
            case SQLITE_BLOB:
                row.append(QByteArray(static_cast<const char *>(sqlite3_column_blob(st, i)),
                                      sqlite3_column_bytes(st, i)));
                break;
            default:
                row.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, i)),
                                             sqlite3_column_bytes(st, i)));
            }
        }
        if (onRow && !onRow(row)) {
            rc = SQLITE_DONE;
            break;
        }
    }
    if (rc == SQLITE_INTERRUPT) {
        m_error = tr("The query was cancelled.");
    } else if (rc != SQLITE_DONE) {
        m_error = !m_refusal.isEmpty() ? m_refusal : QString::fromUtf8(sqlite3_errmsg(m_conn.handle()));
    }
    sqlite3_finalize(st);
    return m_error.isEmpty();
}

} // namespace es
