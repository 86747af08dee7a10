#pragma once
// Reading a workspace in tests, as the SQL console reads it.

#include "store/readonlysql.h"

#include <QString>
#include <QVariantList>

namespace es::test {

// The first column of the first row of `query`, as an integer; -1 when the
// workspace cannot be opened or the query gives no row.
inline qint64 scalar(const QString &db, const QString &query)
{
    ReadOnlySql sql;
    qint64 v = -1;
    if (sql.open(db))
        sql.run(query, nullptr, [&](const QVariantList &r) {
            v = r[0].toLongLong();
            return false;
        });
    return v;
}

// The first column of the first row of `query`, as text; empty when there is none.
inline QString text(const QString &db, const QString &query)
{
    ReadOnlySql sql;
    QString v;
    if (sql.open(db))
        sql.run(query, nullptr, [&](const QVariantList &r) {
            v = r[0].toString();
            return false;
        });
    return v;
}

} // namespace es::test
