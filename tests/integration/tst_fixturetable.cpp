// Keeps docs/FIXTURES.md true. Every file listed there is imported alone into
// a fresh workspace with the built eventscope binary (`import --json`), and the
// detected format and the counts must equal its row exactly; files listed as
// not detected must be refused with the message the table names. Every file of
// the shared real-log folder must have a row, so a new fixture cannot go
// undocumented, and the summary lines above the tables must match their rows.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kFixturesDoc = QStringLiteral(ES_SOURCE_DIR "/docs/FIXTURES.md");

struct FixtureRow
{
    QString file; // relative to the shared real-log folder
    bool detected = false;
    QString format;
    qint64 lines = 0;
    qint64 events = 0;
    qint64 skipped = 0;
    qint64 malformed = 0;
    QString message; // for files whose format is not detected
};

struct FixtureTable
{
    QList<FixtureRow> rows;
    QStringList summaryLines; // prose lines outside the tables
    QString error;
};

QStringList splitCells(const QString &line)
{
    QString t = line.trimmed();
    if (t.startsWith(QLatin1Char('|')))
        t.remove(0, 1);
    if (t.endsWith(QLatin1Char('|')))
        t.chop(1);
    QStringList cells = t.split(QLatin1Char('|'));
    for (QString &c : cells) {
        c = c.trimmed();
        if (c.size() >= 2 && c.startsWith(QLatin1Char('`')) && c.endsWith(QLatin1Char('`')))
            c = c.mid(1, c.size() - 2);
    }
    return cells;
}

bool isSeparator(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^\\|(\\s*:?-+:?\\s*\\|)+\\s*$"));
    return re.match(line).hasMatch();
}

// Reads the two tables of docs/FIXTURES.md, identified by their header cells.
FixtureTable parseFixtureTable(const QString &path)
{
    FixtureTable table;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        table.error = QStringLiteral("cannot read %1").arg(path);
        return table;
    }
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    QSet<QString> seen;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (!line.startsWith(QLatin1Char('|'))) {
            table.summaryLines << line;
            continue;
        }
        if (i + 1 >= lines.size() || !isSeparator(lines[i + 1])) {
            table.error = QStringLiteral("line %1: table row outside a table").arg(i + 1);
            return table;
        }
        const QStringList header = splitCells(line);
        const bool imported = header.contains(QStringLiteral("Format"));
        const bool refused = header.contains(QStringLiteral("Message contains"));
        const QStringList needed =
            imported ? QStringList{QStringLiteral("File"),    QStringLiteral("Format"),
                                   QStringLiteral("Lines"),   QStringLiteral("Events"),
                                   QStringLiteral("Skipped"), QStringLiteral("Malformed")}
                     : QStringList{QStringLiteral("File"), QStringLiteral("Message contains")};
        if (imported == refused) {
            table.error = QStringLiteral("line %1: unknown table header").arg(i + 1);
            return table;
        }
        for (const QString &name : needed) {
            if (!header.contains(name)) {
                table.error = QStringLiteral("line %1: the table has no column \"%2\"").arg(i + 1).arg(name);
                return table;
            }
        }
        auto col = [&header](const char *name) { return header.indexOf(QLatin1String(name)); };
        for (i += 2; i < lines.size() && lines[i].startsWith(QLatin1Char('|')); ++i) {
            const QStringList cells = splitCells(lines[i]);
            if (cells.size() != header.size()) {
                table.error = QStringLiteral("line %1: %2 cells for %3 columns (a '|' inside a cell?)")
                                  .arg(i + 1)
                                  .arg(cells.size())
                                  .arg(header.size());
                return table;
            }
            FixtureRow row;
            row.file = cells[col("File")];
            row.detected = imported;
            if (imported) {
                row.format = cells[col("Format")];
                bool ok[4];
                row.lines = cells[col("Lines")].toLongLong(&ok[0]);
                row.events = cells[col("Events")].toLongLong(&ok[1]);
                row.skipped = cells[col("Skipped")].toLongLong(&ok[2]);
                row.malformed = cells[col("Malformed")].toLongLong(&ok[3]);
                if (!ok[0] || !ok[1] || !ok[2] || !ok[3]) {
                    table.error = QStringLiteral("line %1: a count is not a number").arg(i + 1);
                    return table;
                }
            } else {
                row.message = cells[col("Message contains")];
            }
            if (row.file.isEmpty() || seen.contains(row.file)) {
                table.error =
                    QStringLiteral("line %1: empty or repeated file \"%2\"").arg(i + 1).arg(row.file);
                return table;
            }
            seen.insert(row.file);
            table.rows << row;
        }
        --i; // the line after the table is prose again
    }
    return table;
}

qint64 number(const QString &text)
{
    QString digits = text;
    digits.remove(QLatin1Char(','));
    return digits.toLongLong();
}

} // namespace

class TestFixtureTable : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_shared;
    FixtureTable m_table;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    Run run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ES_BINARY_PATH), args);
        Run r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("timed out");
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private slots:
    void initTestCase()
    {
        m_shared = QStringLiteral(ES_SHARED_DATA_DIR);
        if (!QFileInfo(m_shared).isDir())
            QSKIP("the shared real-log folder is not available");
        QVERIFY(m_home.isValid());
        m_table = parseFixtureTable(kFixturesDoc);
        QVERIFY2(m_table.error.isEmpty(), qPrintable(QStringLiteral("docs/FIXTURES.md: ") + m_table.error));
        QVERIFY2(!m_table.rows.isEmpty(), "docs/FIXTURES.md lists no files");
    }

    void everyFileIsListed()
    {
        QSet<QString> listed;
        for (const FixtureRow &row : std::as_const(m_table.rows))
            listed.insert(row.file);
        QSet<QString> present;
        const QDir root(m_shared);
        QDirIterator it(m_shared, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString rel = root.relativeFilePath(it.next());
            if (rel != QLatin1String("SOURCES.md"))
                present.insert(rel);
        }
        QStringList missing = QSet<QString>(present).subtract(listed).values();
        QStringList gone = QSet<QString>(listed).subtract(present).values();
        missing.sort();
        gone.sort();
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in docs/FIXTURES.md: ") +
                                               missing.join(QStringLiteral(", "))));
        QVERIFY2(gone.isEmpty(), qPrintable(QStringLiteral("in docs/FIXTURES.md but not in the folder: ") +
                                            gone.join(QStringLiteral(", "))));
    }

    void summaryMatchesRows()
    {
        qint64 files = 0, lines = 0, events = 0, skipped = 0, malformed = 0, refused = 0;
        for (const FixtureRow &row : std::as_const(m_table.rows)) {
            if (!row.detected) {
                ++refused;
                continue;
            }
            ++files;
            lines += row.lines;
            events += row.events;
            skipped += row.skipped;
            malformed += row.malformed;
            QCOMPARE(row.lines, row.events + row.skipped + row.malformed);
        }
        static const QRegularExpression totals(QStringLiteral(
            "^(\\d+) files: ([\\d,]+) lines, ([\\d,]+) events, ([\\d,]+) skipped, ([\\d,]+) malformed\\.$"));
        static const QRegularExpression notDetected(QStringLiteral("^These (\\d+) files are refused"));
        bool sawTotals = false, sawRefused = false;
        for (const QString &line : std::as_const(m_table.summaryLines)) {
            const QRegularExpressionMatch m = totals.match(line);
            if (m.hasMatch()) {
                sawTotals = true;
                QCOMPARE(number(m.captured(1)), files);
                QCOMPARE(number(m.captured(2)), lines);
                QCOMPARE(number(m.captured(3)), events);
                QCOMPARE(number(m.captured(4)), skipped);
                QCOMPARE(number(m.captured(5)), malformed);
            }
            const QRegularExpressionMatch r = notDetected.match(line);
            if (r.hasMatch()) {
                sawRefused = true;
                QCOMPARE(number(r.captured(1)), refused);
            }
        }
        QVERIFY2(sawTotals, "docs/FIXTURES.md has no \"N files: ... lines, ... malformed.\" line");
        QVERIFY2(sawRefused, "docs/FIXTURES.md has no \"These N files are refused\" line");
    }

    void importMatchesTable_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("detected");
        QTest::addColumn<QString>("format");
        QTest::addColumn<qint64>("lines");
        QTest::addColumn<qint64>("events");
        QTest::addColumn<qint64>("skipped");
        QTest::addColumn<qint64>("malformed");
        QTest::addColumn<QString>("message");
        for (const FixtureRow &r : std::as_const(m_table.rows)) {
            QTest::newRow(qPrintable(r.file)) << r.file << r.detected << r.format << r.lines << r.events
                                              << r.skipped << r.malformed << r.message;
        }
    }

    void importMatchesTable()
    {
        QFETCH(QString, file);
        QFETCH(bool, detected);
        QFETCH(QString, format);
        QFETCH(qint64, lines);
        QFETCH(qint64, events);
        QFETCH(qint64, skipped);
        QFETCH(qint64, malformed);
        QFETCH(QString, message);

        const QString path = QDir(m_shared).filePath(file);
        QVERIFY2(QFileInfo::exists(path), qPrintable(path + QStringLiteral(" does not exist")));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("fixture.eventscope"));

        const Run imp =
            run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--json"), path});
        QVERIFY2(imp.exitCode == (detected ? 0 : 1),
                 qPrintable(QStringLiteral("exit code %1: %2").arg(imp.exitCode).arg(imp.err)));
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(imp.out, &perr);
        QVERIFY2(perr.error == QJsonParseError::NoError, qPrintable(perr.errorString()));
        const QJsonArray files = doc.object().value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 1);
        const QJsonObject r = files.first().toObject();
        const QString error = r.value(QStringLiteral("error")).toString();

        if (!detected) {
            QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
            QCOMPARE(r.value(QStringLiteral("format")).toString(), QString());
            QVERIFY2(error.contains(QStringLiteral("could not be detected")), qPrintable(error));
            QVERIFY2(error.contains(message), qPrintable(error));
            QCOMPARE(r.value(QStringLiteral("events")).toInteger(), qint64(0));
            return;
        }

        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
        QCOMPARE(r.value(QStringLiteral("format")).toString(), format);
        QCOMPARE(r.value(QStringLiteral("lines")).toInteger(), lines);
        QCOMPARE(r.value(QStringLiteral("events")).toInteger(), events);
        QCOMPARE(r.value(QStringLiteral("malformed")).toInteger(), malformed);

        // The workspace keeps the same counts, and the skipped lines.
        const Run sql =
            run({QStringLiteral("sql"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                 QStringLiteral("json"),
                 QStringLiteral("SELECT format, lines, events, malformed, skipped FROM imported_files")});
        QVERIFY2(sql.exitCode == 0, qPrintable(sql.err));
        const QJsonArray stored = QJsonDocument::fromJson(sql.out).array();
        QCOMPARE(stored.size(), 1);
        const QJsonObject s = stored.first().toObject();
        QCOMPARE(s.value(QStringLiteral("format")).toString(), format);
        QCOMPARE(s.value(QStringLiteral("lines")).toInteger(), lines);
        QCOMPARE(s.value(QStringLiteral("events")).toInteger(), events);
        QCOMPARE(s.value(QStringLiteral("malformed")).toInteger(), malformed);
        QCOMPARE(s.value(QStringLiteral("skipped")).toInteger(), skipped);

        QCOMPARE(r.value(QStringLiteral("skipped_lines")).toInteger(), skipped);
    }
};

QTEST_GUILESS_MAIN(TestFixtureTable)
#include "tst_fixturetable.moc"
