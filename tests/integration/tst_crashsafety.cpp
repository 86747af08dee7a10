// Crash safety of "eventscope import": the import is killed with SIGKILL at
// random moments, resumed each time, and the finished workspace must equal the
// one written by a single uninterrupted import, row by row.
//
// The kill points come from a seeded random generator. The seed is printed;
// ES_CRASH_SEED=<seed> repeats the same choices (the timing of the machine
// still varies).

#include "aggregate/aggregate.h"
#include "store/schema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <csignal>
#include <cstring>
#include <sqlite3.h>

namespace {

// The rollup groups whose d1 is a dictionary id, as an SQL list.
QString dictGroups()
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

QString rowText(const QVariantList &row)
{
    QStringList parts;
    for (const QVariant &v : row)
        parts << (v.isNull() ? QStringLiteral("NULL") : v.toString());
    return parts.join(QStringLiteral(" | "));
}

void removeWorkspace(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QRandomGenerator m_rng;

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

    enum class KillMode { Fixed, OnDatabaseFile, AfterCommit, Timed, AtPosition };

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }

    Run run(const QStringList &args, int timeoutMs = 300000) const
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(ES_BINARY_PATH), args);
        Run r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("timed out");
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    static QStringList importArgs(const QString &db, const QString &file)
    {
        return {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--json"), file};
    }

    // The one file entry of "import --json" output.
    static QJsonObject importSummary(const Run &r)
    {
        const QJsonArray files =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("files")).toArray();
        return files.size() == 1 ? files.first().toObject() : QJsonObject();
    }

    void generate(const QString &path, int lines, int seed)
    {
        const Run r = run({QStringLiteral("generate"), QStringLiteral("--lines"), QString::number(lines),
                           QStringLiteral("--days"), QStringLiteral("30"), QStringLiteral("--seed"),
                           QString::number(seed), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(path).size() > 0);
    }

    void importReference(Subject &s)
    {
        QElapsedTimer clock;
        clock.start();
        const Run r = run(importArgs(s.refDb, s.input));
        s.refMs = clock.elapsed();
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject summary = importSummary(r);
        QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
        QCOMPARE(qint64(summary.value(QStringLiteral("bytes_read")).toDouble()), s.size);
        Sqlite ref(s.refDb);
        const qint64 commits = ref.value(QStringLiteral("SELECT count(*) FROM commits")).toLongLong();
        qInfo("reference import of %s: %lld ms, %lld commits", qPrintable(QFileInfo(s.input).fileName()),
              s.refMs, commits);
    }

    // The checkpoint offset and the last raw-event id in a workspace: either
    // changes when an import commits a batch. Empty while the workspace cannot
    // be read (it is being created, or busy).
    static QVariantList batchState(const QString &db)
    {
        if (!QFileInfo::exists(db))
            return {};
        Sqlite c(db, 20);
        const QList<QVariantList> r =
            c.rows(QStringLiteral("SELECT coalesce((SELECT max(offset) FROM file_checkpoints), 0), "
                                  "coalesce((SELECT max(id) FROM commits), 0)"));
        return c.error().isEmpty() && !r.isEmpty() ? r.first() : QVariantList();
    }

    // How far process pid has read file (Linux: the offset of its descriptor in
    // /proc/<pid>/fdinfo), or -1 while it has the file not open.
    static qint64 readPosition(pid_t pid, const QString &canonicalFile)
    {
        const QString dir = QStringLiteral("/proc/%1/fd").arg(pid);
        const QStringList fds = QDir(dir).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &fd : fds) {
            if (QFileInfo(dir + QLatin1Char('/') + fd).symLinkTarget() != canonicalFile)
                continue;
            QFile info(QStringLiteral("/proc/%1/fdinfo/%2").arg(pid).arg(fd));
            if (!info.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &line : info.readAll().split('\n')) {
                if (line.startsWith("pos:"))
                    return line.mid(4).trimmed().toLongLong();
            }
        }
        return -1;
    }

    static qint64 newlinesBefore(const char *data, qint64 end)
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

    // What a killed import left behind: an intact database whose checkpoint,
    // raw events and rollups all describe the same whole-line prefix of the
    // file. Gives the committed offset and what the workspace holds.
    void checkAfterKill(const Subject &s, qint64 &committed, const char *&state)
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
        QVERIFY2(integrity == QStringList{QStringLiteral("ok")},
                 qPrintable(integrity.join(QLatin1Char('\n'))));

        if (db.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'file_checkpoints'"))
                .toLongLong() == 0)
            return;
        state = "file not registered";
        const QList<QVariantList> cps = db.rows(
            QStringLiteral("SELECT offset, line_no, records, malformed, skipped FROM file_checkpoints"));
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
        QVERIFY(db.value(QStringLiteral("SELECT coalesce(max(offset + length), 0) FROM raw_events"))
                        .toLongLong() < committed ||
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
        QCOMPARE(
            db.value(QStringLiteral("SELECT count(*) FROM ref.raw_events WHERE offset < ?1"), {committed})
                .toLongLong(),
            rawEvents);
    }

    // Exact comparison of the crash workspace with the reference. Dict ids and
    // source ids may differ between the two, so they are compared by value.
    void compareWithReference(const Subject &s)
    {
        Sqlite db(s.crashDb);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        db.rows(QStringLiteral("ATTACH DATABASE ?1 AS ref"), {s.refDb});
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));

        const QString d1 =
            QStringLiteral("CASE WHEN r.grp IN (%1) THEN (SELECT 'dict:' || value FROM "
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
            parts << Part{
                QLatin1String(table),
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
            const QString theirs =
                QString(part.select).replace(QStringLiteral("$s."), QStringLiteral("ref."));
            const qint64 n = db.value(QStringLiteral("SELECT count(*) FROM (%1)").arg(mine)).toLongLong();
            QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
            const qint64 refN =
                db.value(QStringLiteral("SELECT count(*) FROM (%1)").arg(theirs)).toLongLong();
            QVERIFY2(n == refN,
                     qPrintable(QStringLiteral("%1: %2 rows after the crashes, %3 in the reference")
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

    static const char *modeName(KillMode m)
    {
        switch (m) {
        case KillMode::Fixed:
            return "fixed";
        case KillMode::OnDatabaseFile:
            return "on workspace file";
        case KillMode::AfterCommit:
            return "after a commit";
        case KillMode::Timed:
            return "timed";
        case KillMode::AtPosition:
            return "at a read position";
        }
        return "";
    }

    // Kills imports into crashDb until enough kills interrupted a running
    // import, then lets the import finish and compares with the reference.
    void crashAndResume(Subject &s)
    {
        QFile text(s.text);
        QVERIFY(text.open(QIODevice::ReadOnly));
        s.fileData = reinterpret_cast<const char *>(text.map(0, s.size));
        QVERIFY(s.fileData);
        removeWorkspace(s.crashDb);

        // Where /proc shows how far the import has read its input, a kill can
        // aim at a position in the file, and a run is killed at the latest when
        // the whole input has been read: the last batches are then still on
        // their way to the workspace, so the run does not complete the import.
        const bool positionVisible = QFileInfo::exists(QStringLiteral("/proc/self/fdinfo"));
        const QString canonicalInput = QFileInfo(s.input).canonicalFilePath();
        const qint64 inputSize = QFileInfo(s.input).size();
        const bool compressed = s.input != s.text;

        int kills = 0, interrupted = 0, finishedFirst = 0, completed = 0, resumedInside = 0;
        qint64 committed = 0;
        const int maxKills = s.minKills + 8;
        while (kills < maxKills && (kills < s.minKills || interrupted < s.minInterrupted)) {
            // The time a resumed import needs: its start and the first hand-over
            // of a batch after about a second, then time in proportion to the
            // bytes left.
            const qint64 fixedMs = std::min<qint64>(1000, s.refMs / 2);
            const qint64 remainingMs = fixedMs + (s.refMs - fixedMs) * (s.size - committed) / s.size;
            // Input offsets: a compressed file is first decompressed again up to
            // the checkpoint, then parsed from there; an uncompressed one is
            // parsed from the checkpoint on.
            const qint64 resumeAt = qint64(double(committed) / double(s.size) * double(inputSize));
            const qint64 firstRead = compressed ? 0 : resumeAt;
            const double u = m_rng.generateDouble();
            KillMode mode = KillMode::Timed;
            qint64 limitMs = std::max<qint64>(1, qint64(remainingMs * (0.05 + 0.9 * u)));
            qint64 target = firstRead + qint64(double(inputSize - firstRead) * u);
            if (kills == 0) {
                mode = KillMode::Fixed;
                limitMs = 20;
            } else if (!QFileInfo::exists(s.crashDb)) {
                mode = KillMode::OnDatabaseFile;
                limitMs = remainingMs;
            } else if (kills % 3 == 2) {
                mode = KillMode::AfterCommit;
                limitMs = 3 * s.refMs;
                target = resumeAt + qint64(double(inputSize - resumeAt) * (0.1 + 0.6 * u));
            } else if (kills % 2 == 0 && positionVisible) {
                mode = KillMode::AtPosition;
                limitMs = 2 * s.refMs;
            }
            if (committed > 0 && committed < s.size && mode != KillMode::Fixed)
                ++resumedInside;
            QVariantList baseline = batchState(s.crashDb);
            if (baseline.isEmpty())
                baseline = {qint64(0), qint64(0)};

            QProcess p;
            p.setProcessEnvironment(environment());
            QElapsedTimer clock;
            clock.start();
            p.start(QStringLiteral(ES_BINARY_PATH), importArgs(s.crashDb, s.input));
            QVERIFY(p.waitForStarted());
            const auto pid = pid_t(p.processId());
            bool finished = false;
            bool paused = false;
            bool stoppedAtEnd = false;
            qint64 position = -1;
            qint64 extraMs = 0;
            while (!finished && clock.elapsed() < limitMs) {
                if (positionVisible) {
                    position = readPosition(pid, canonicalInput);
                    if (position >= inputSize && !paused) {
                        stoppedAtEnd = true;
                        break;
                    }
                    if (mode == KillMode::AtPosition && position >= target)
                        break;
                    if (mode == KillMode::AfterCommit && !paused && position >= target) {
                        // Held for longer than the import's hand-over interval
                        // (250 ms), the import hands over a batch that ends here,
                        // before the end of the input: so the first commit that
                        // follows is not the last one.
                        ::kill(pid, SIGSTOP);
                        QThread::msleep(1200);
                        ::kill(pid, SIGCONT);
                        paused = true;
                    }
                }
                if (mode == KillMode::OnDatabaseFile && QFileInfo::exists(s.crashDb)) {
                    // Lands between the creation of the workspace and the file's registration.
                    extraMs = m_rng.bounded(20);
                    break;
                }
                if (mode == KillMode::AfterCommit) {
                    // Lands right after a commit, or inside one that is not atomic.
                    const QVariantList now = batchState(s.crashDb);
                    if (!now.isEmpty() && now != baseline) {
                        extraMs = m_rng.bounded(20);
                        break;
                    }
                }
                const qint64 left = limitMs - clock.elapsed();
                finished = left > 0 && p.waitForFinished(int(std::min<qint64>(left, 5)));
            }
            if (!finished && extraMs > 0)
                finished = p.waitForFinished(int(extraMs));
            const qint64 killedAt = clock.elapsed();
            if (!finished) {
                p.kill();
                QVERIFY(p.waitForFinished(60000));
            }
            // An import that exited on its own just before the kill counts as finished.
            const bool running = p.exitStatus() == QProcess::CrashExit;
            if (!running) {
                const QString err = QString::fromUtf8(p.readAllStandardError());
                QVERIFY2(p.exitCode() == 0, qPrintable(err));
                ++finishedFirst;
            }
            ++kills;

            qInfo("kill %2d (%s): %s at %lld ms of an expected %lld ms, input read %lld of %lld bytes, "
                  "committed before %lld of %lld bytes",
                  kills, stoppedAtEnd ? "at the end of the input" : modeName(mode),
                  running ? "killed" : "finished before its kill", killedAt, remainingMs, position, inputSize,
                  committed, s.size);
            const char *state = "";
            checkAfterKill(s, committed, state);
            if (QTest::currentTestFailed())
                return;
            qInfo("         %s, committed after %lld bytes", state, committed);
            // Kills before the file was registered stop the program, not an import.
            const bool complete = committed == s.size;
            if (running && !complete && std::strcmp(state, "file registered") == 0)
                ++interrupted;
            if (complete) {
                // The import got through before the kill: check this workspace,
                // then start over with a new one.
                qInfo("the import completed before the kill; comparing and starting again");
                compareWithReference(s);
                if (QTest::currentTestFailed())
                    return;
                removeWorkspace(s.crashDb);
                committed = 0;
                ++completed;
            }
        }
        qInfo("%d kills, %d interrupted a running import, %d runs resumed inside the file, %d runs finished "
              "first, %d completed imports",
              kills, interrupted, resumedInside, finishedFirst, completed);
        QVERIFY2(interrupted >= s.minInterrupted, "too few kills interrupted a running import");
        if (positionVisible)
            QVERIFY2(resumedInside > 0, "no run resumed from a checkpoint inside the file");

        const Run last = run(importArgs(s.crashDb, s.input));
        QVERIFY2(last.exitCode == 0, qPrintable(last.err));
        QCOMPARE(importSummary(last).value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
        QCOMPARE(qint64(importSummary(last).value(QStringLiteral("already_imported_bytes")).toDouble()),
                 committed);

        const Run again = run(importArgs(s.crashDb, s.input));
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        const QJsonObject summary = importSummary(again);
        QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("already-imported"));
        QCOMPARE(qint64(summary.value(QStringLiteral("already_imported_bytes")).toDouble()), s.size);
        QCOMPARE(qint64(summary.value(QStringLiteral("bytes_read")).toDouble()), qint64(0));

        compareWithReference(s);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(ES_BINARY_PATH)).isExecutable(), ES_BINARY_PATH);
        bool ok = false;
        quint32 seed = qEnvironmentVariable("ES_CRASH_SEED").toUInt(&ok);
        if (!ok)
            seed = QRandomGenerator::system()->generate();
        m_rng.seed(seed);
        qInfo("kill points from seed %u (ES_CRASH_SEED=%u repeats them)", seed, seed);
    }

    void plainFile()
    {
        Subject s;
        s.input = m_dir.filePath(QStringLiteral("access.log"));
        s.text = s.input;
        s.refDb = m_dir.filePath(QStringLiteral("plain-ref.eventscope"));
        s.crashDb = m_dir.filePath(QStringLiteral("plain-crash.eventscope"));
        s.minKills = 12;
        s.minInterrupted = 10;
        generate(s.input, 1000000, 7);
        if (QTest::currentTestFailed())
            return;
        s.size = QFileInfo(s.input).size();
        importReference(s);
        if (QTest::currentTestFailed())
            return;
        crashAndResume(s);
        QFile::remove(s.input);
    }

    // A compressed file resumes by decompressing again up to the checkpoint.
    void gzipFile()
    {
        Subject s;
        s.text = m_dir.filePath(QStringLiteral("small.log"));
        s.input = s.text + QStringLiteral(".gz");
        s.refDb = m_dir.filePath(QStringLiteral("gzip-ref.eventscope"));
        s.crashDb = m_dir.filePath(QStringLiteral("gzip-crash.eventscope"));
        s.minKills = 7;
        s.minInterrupted = 5;
        const QString gzip = QStandardPaths::findExecutable(QStringLiteral("gzip"));
        if (gzip.isEmpty())
            QSKIP("gzip is not installed");
        generate(s.text, 300000, 11);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(QProcess::execute(gzip, {QStringLiteral("-1"), QStringLiteral("-k"), s.text}), 0);
        s.size = QFileInfo(s.text).size();
        importReference(s);
        if (QTest::currentTestFailed())
            return;
        crashAndResume(s);
    }
};

int main(int argc, char *argv[])
{
    // Generating, importing and comparing a 250 MB log several times can take
    // longer than Qt Test's default per-function limit on a slow or busy machine.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "900000");
    QCoreApplication app(argc, argv);
    TestCrashSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
