#pragma once
// Runs user-written SQL against a workspace strictly read-only: the file is
// opened read-only, `query_only` is on, extension loading is disabled, and an
// authoriser refuses every write, ATTACH/DETACH, PRAGMA that changes state and
// load_extension(), each with a message that says what was refused.

#include "store/sqlite.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <atomic>
#include <functional>

namespace es {

class ReadOnlySql
{
    Q_DECLARE_TR_FUNCTIONS(es::ReadOnlySql)
public:
    bool open(const QString &workspacePath);
    QString errorString() const { return m_error; }

    using RowCallback = std::function<bool(const QVariantList &row)>; // return false to stop
    // Runs one statement. `columns` receives the column names before the first row.
    bool run(const QString &sql, QStringList *columns, const RowCallback &onRow);

    // Thread-safe: interrupts a running statement (SQLite progress handler).
    void cancel() { m_cancel = true; }

private:
    static int authorize(void *self, int action, const char *a, const char *b, const char *db,
                         const char *trigger);
    static int progress(void *self);

    sql::Connection m_conn;
    QString m_error;
    QString m_refusal;
    std::atomic<bool> m_cancel{false};
};

} // namespace es
