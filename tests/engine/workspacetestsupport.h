#pragma once
// Reading a workspace in tests, as the SQL console reads it.

#include "store/readonlysql.h"
#include "store/sqlite.h"
#include "store/streamtext.h"

#include <QString>
#include <QVariantList>
#include <utility>
#include <vector>

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

// A stream's stored text blocks (every stream's when `checkpointId` < 0),
// unpacked, in offset order: (offset, text). A damaged block gives an empty
// list and `*damaged` (when given) is set.
inline std::vector<std::pair<std::int64_t, QByteArray>>
streamBlocks(sql::Connection &c, std::int64_t checkpointId = -1, bool *damaged = nullptr)
{
    std::vector<std::pair<std::int64_t, QByteArray>> out;
    auto st = c.prepare("SELECT offset, bytes, codec, text_len FROM stream_text "
                        "WHERE ?1 < 0 OR checkpoint_id = ?1 ORDER BY checkpoint_id, offset");
    st.bind(1, checkpointId);
    while (st.step()) {
        QByteArray text;
        if (!streamtext::unpack(int(st.int64(2)), st.blob(1), st.int64(3), text)) {
            if (damaged)
                *damaged = true;
            return {};
        }
        out.emplace_back(st.int64(0), text);
    }
    return out;
}

} // namespace es::test
