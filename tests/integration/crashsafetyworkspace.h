#pragma once
// Reading and checking the workspaces of the crash-safety tests: a plain
// sqlite3 connection, the checks of what a killed import left behind, and the
// row-by-row comparison with the workspace of an uninterrupted import.

#include "aggregate/aggregate.h"
#include "store/schema.h"

#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QVariant>
#include <cstring>
#include <sqlite3.h>
#include <tuple>

namespace crashsafetytest {

// The rollup groups whose d1 is a dictionary id, as an SQL list.
inline QString dictGroups()
{
    QStringList groups;
    for (int g = 0; g < es::schema::kGroupCount; ++g) {
        if (es::strDimOfGroup(g) >= 0)
            groups << QString::number(g);
    }
    return groups.join(QStringLiteral(", "));
}

// A plain sqlite3 connection to an existing database. It never checkpoints the
// WAL on close, so a killed import's WAL is left for the next import to recover.
class Sqlite
{
public:
    explicit Sqlite(const QString &path, int busyTimeoutMs = 10000)
    {
        const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
        if (rc != SQLITE_OK) {
            m_error = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
            sqlite3_close(m_db);
            m_db = nullptr;
            return;
        }
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        sqlite3_busy_timeout(m_db, busyTimeoutMs);
    }
    ~Sqlite() { sqlite3_close(m_db); }
    Sqlite(const Sqlite &) = delete;
    Sqlite &operator=(const Sqlite &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    QString error() const { return m_error; }

    // All rows of a statement; on failure an empty list, and error() says why.
    QList<QVariantList> rows(const QString &sql, const QVariantList &args = {})
    {
        QList<QVariantList> out;
        m_error.clear();
        if (!m_db) {
            m_error = QStringLiteral("not open");
            return out;
        }
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return out;
        }
        for (int i = 0; i < args.size(); ++i) {
            if (args[i].typeId() == QMetaType::QString)
                sqlite3_bind_text(st, i + 1, args[i].toString().toUtf8().constData(), -1, SQLITE_TRANSIENT);
            else
                sqlite3_bind_int64(st, i + 1, args[i].toLongLong());
        }
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            QVariantList row;
            for (int c = 0; c < sqlite3_column_count(st); ++c) {
                switch (sqlite3_column_type(st, c)) {
                case SQLITE_INTEGER:
                    row << QVariant(qint64(sqlite3_column_int64(st, c)));
                    break;
                case SQLITE_FLOAT:
                    row << QVariant(sqlite3_column_double(st, c));
                    break;
                case SQLITE_NULL:
                    row << QVariant();
                    break;
                default:
                    row << QVariant(
                        QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, c)),
                                          sqlite3_column_bytes(st, c)));
                    break;
                }
            }
            out << row;
        }
        if (rc != SQLITE_DONE) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            out.clear();
        }
        sqlite3_finalize(st);
        return out;
    }

    // The first column of the first row.
    QVariant value(const QString &sql, const QVariantList &args = {})
    {
        const QList<QVariantList> r = rows(sql, args);
        return r.isEmpty() || r.first().isEmpty() ? QVariant() : r.first().first();
    }

    bool exec(const QString &sql)
    {
        rows(sql);
        return m_error.isEmpty();
    }

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};

inline QString rowText(const QVariantList &row)
{
    QStringList parts;
    for (const QVariant &v : row)
        parts << (v.isNull() ? QStringLiteral("NULL") : v.toString());
    return parts.join(QStringLiteral(" | "));
}

inline void removeWorkspace(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// One file imported twice: uninterrupted into refDb, with kills into crashDb.
struct Subject
{
    QString input; // the file given to "eventscope import"
    QString text;  // its decompressed content, for line boundaries and numbers
    QString refDb;
    QString crashDb;
    qint64 size = 0; // decompressed bytes
    qint64 refMs = 0;
    int minKills = 0;
    int minInterrupted = 0;
    const char *fileData = nullptr; // text, mapped
};

inline qint64 newlinesBefore(const char *data, qint64 end)
{
    qint64 n = 0;
    const char *p = data;
    const char *stop = data + end;
    while (p < stop) {
        const void *nl = std::memchr(p, '\n', size_t(stop - p));
        if (!nl)
            break;
        ++n;
        p = static_cast<const char *>(nl) + 1;
    }
    return n;
}

// The checkpoint offset and the last raw-event id in a workspace: either
// changes when an import commits a batch. Empty while the workspace cannot
// be read (it is being created, or busy).
inline QVariantList batchState(const QString &db)
{
    if (!QFileInfo::exists(db))
        return {};
    Sqlite c(db, 20);
    const QList<QVariantList> r =
        c.rows(QStringLiteral("SELECT coalesce((SELECT max(offset) FROM file_checkpoints), 0), "
                              "coalesce((SELECT max(id) FROM commits), 0)"));
    return c.error().isEmpty() && !r.isEmpty() ? r.first() : QVariantList();
}

// What a killed import left behind: an intact database whose checkpoint,
// raw events and rollups all describe the same whole-line prefix of the
// file. Gives the committed offset and what the workspace holds.
inline void checkAfterKill(const Subject &s, qint64 &committed, const char *&state)
{
    committed = 0;
    state = "no workspace file";
    if (!QFileInfo::exists(s.crashDb))
        return;
    state = "no schema";
    Sqlite db(s.crashDb);
    QVERIFY2(db.isOpen(), qPrintable(db.error()));
    QStringList integrity;
    for (const QVariantList &row : db.rows(QStringLiteral("PRAGMA integrity_check")))
        integrity << row.first().toString();
    QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
    QVERIFY2(integrity == QStringList{QStringLiteral("ok")}, qPrintable(integrity.join(QLatin1Char('\n'))));

    if (db.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'file_checkpoints'"))
            .toLongLong() == 0)
        return;
    state = "file not registered";
    const QList<QVariantList> cps =
        db.rows(QStringLiteral("SELECT offset, line_no, records, malformed, skipped FROM file_checkpoints"));
    QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
    QVERIFY2(cps.size() <= 1, "one file must have one checkpoint");
    qint64 lineNo = 0, records = 0, malformed = 0, skipped = 0;
    if (!cps.isEmpty()) {
        state = "file registered";
        committed = cps[0][0].toLongLong();
        lineNo = cps[0][1].toLongLong();
        records = cps[0][2].toLongLong();
        malformed = cps[0][3].toLongLong();
        skipped = cps[0][4].toLongLong();
    }
    QVERIFY(committed >= 0 && committed <= s.size);
    QVERIFY2(committed == 0 || s.fileData[committed - 1] == '\n', "the checkpoint is not at a line end");
    QCOMPARE(lineNo, newlinesBefore(s.fileData, committed));
    QCOMPARE(records + malformed + skipped, lineNo);

    // Everything committed belongs to the same prefix: no batch is half there.
    // (Retention keeps raw events and minute and hour rows only for the
    // last days before the newest event; every run of the same file drops
    // the same ones, so raw events are compared with the reference below,
    // and the day rollups, which are never dropped, with the records.)
    const qint64 rawEvents = db.value(QStringLiteral("SELECT count(*) FROM raw_events")).toLongLong();
    QVERIFY(rawEvents <= records);
    QVERIFY(
        db.value(QStringLiteral("SELECT coalesce(max(offset + length), 0) FROM raw_events")).toLongLong() <
            committed ||
        records == 0);
    QCOMPARE(db.value(QStringLiteral("SELECT coalesce(sum(hits), 0) FROM rollup_day WHERE grp = %1")
                          .arg(es::schema::GroupTotal))
                 .toLongLong(),
             records);
    for (const char *table : {"rollup_minute", "rollup_hour", "rollup_day"}) {
        const QString t = QLatin1String(table);
        QVERIFY(db.value(QStringLiteral("SELECT coalesce(sum(hits), 0) FROM %1 WHERE grp = %2")
                             .arg(t)
                             .arg(es::schema::GroupTotal))
                    .toLongLong() <= records);
        QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM %1 WHERE grp IN (%2) AND d1 NOT IN "
                                         "(SELECT id FROM dict)")
                              .arg(t, dictGroups()))
                     .toLongLong(),
                 qint64(0));
    }
    db.rows(QStringLiteral("ATTACH DATABASE ?1 AS ref"), {s.refDb});
    QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
    QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM ref.raw_events WHERE offset < ?1"), {committed})
                 .toLongLong(),
             rawEvents);
}

// Exact comparison of the crash workspace with the reference. Dict ids and
// source ids may differ between the two, so they are compared by value.
inline void compareWithReference(const Subject &s)
{
    Sqlite db(s.crashDb);
    QVERIFY2(db.isOpen(), qPrintable(db.error()));
    db.rows(QStringLiteral("ATTACH DATABASE ?1 AS ref"), {s.refDb});
    QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));

    const QString d1 = QStringLiteral("CASE WHEN r.grp IN (%1) THEN (SELECT 'dict:' || value FROM "
                                      "$s.dict WHERE id = r.d1) WHEN r.grp = %2 THEN (SELECT 'source:' || "
                                      "uri FROM $s.sources WHERE id = r.d1) ELSE r.d1 END")
                           .arg(dictGroups())
                           .arg(es::schema::GroupSource);
    struct Part
    {
        QString name;
        QString select; // $s. stands for the schema: main or ref
    };
    QList<Part> parts;
    for (const char *table : {"rollup_minute", "rollup_hour", "rollup_day"}) {
        parts << Part{QLatin1String(table),
                      QStringLiteral("SELECT r.grp, r.bucket, ") + d1 +
                          QStringLiteral(", r.d2, r.hits, r.bytes, r.s1xx, r.s2xx, r.s3xx, r.s4xx, r.s5xx, "
                                         "r.events FROM $s.") +
                          QLatin1String(table) + QStringLiteral(" r")};
    }
    parts << Part{QStringLiteral("raw_events"),
                  QStringLiteral("SELECT ts_ms, offset, length, status, count(*) FROM $s.raw_events "
                                 "GROUP BY ts_ms, offset, length, status")};
    parts << Part{QStringLiteral("file_checkpoints"),
                  QStringLiteral("SELECT path, head_len, head_hash, compressed, offset, line_no, format, "
                                 "parser_state, records, malformed, skipped, min_ts_ms, max_ts_ms FROM "
                                 "$s.file_checkpoints")};
    parts << Part{QStringLiteral("sources"),
                  QStringLiteral("SELECT kind, uri, display_name, format, site FROM $s.sources")};
    parts << Part{QStringLiteral("dict"), QStringLiteral("SELECT dim, value FROM $s.dict")};
    parts << Part{QStringLiteral("malformed_samples"),
                  QStringLiteral("SELECT line_no, reason, sample FROM $s.malformed_samples")};

    qint64 compared = 0;
    for (const Part &part : std::as_const(parts)) {
        const QString mine = QString(part.select).replace(QStringLiteral("$s."), QStringLiteral("main."));
        const QString theirs = QString(part.select).replace(QStringLiteral("$s."), QStringLiteral("ref."));
        const qint64 n = db.value(QStringLiteral("SELECT count(*) FROM (%1)").arg(mine)).toLongLong();
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        const qint64 refN = db.value(QStringLiteral("SELECT count(*) FROM (%1)").arg(theirs)).toLongLong();
        QVERIFY2(n == refN, qPrintable(QStringLiteral("%1: %2 rows after the crashes, %3 in the reference")
                                           .arg(part.name)
                                           .arg(n)
                                           .arg(refN)));
        for (const auto &[a, b, what] : {std::tuple{mine, theirs, "only after the crashes"},
                                         std::tuple{theirs, mine, "only in the reference"}}) {
            const QList<QVariantList> diff =
                db.rows(QStringLiteral("SELECT * FROM (%1 EXCEPT %2) LIMIT 5").arg(a, b));
            QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
            QStringList shown;
            for (const QVariantList &row : diff)
                shown << rowText(row);
            QVERIFY2(diff.isEmpty(),
                     qPrintable(QStringLiteral("%1, rows %2:\n%3")
                                    .arg(part.name, QLatin1String(what), shown.join(QLatin1Char('\n')))));
        }
        compared += n;
    }
    qInfo("%s: %lld rows equal to the reference", qPrintable(QFileInfo(s.input).fileName()), compared);
}

} // namespace crashsafetytest
