// Raw-event search over other sources: the event types of JSON events, files
// that moved or changed after the import, CRLF lines, records of a stream whose
// lines the workspace stores, and a workspace that does not exist.

#include "raweventstestsupport.h"
#include "store/sqlite.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace es;
using namespace es::raweventstest;

class TestRawEventSources : public QObject
{
    Q_OBJECT

private slots:
    void eventTypesOfJsonEvents()
    {
        const QString gh = shared(kGharchive);
        const QString access = shared(kZanbil);
        if (gh.isEmpty() || access.isEmpty())
            QSKIP("the shared real-log folder is not available");
        // Independent count of the top-level "type" of every line.
        QMap<QString, int> byType;
        QMap<QString, QSet<QString>> linesByType;
        for (const QByteArray &l : linesOf(readAll(gh))) {
            const QString type = QJsonDocument::fromJson(l).object().value(QStringLiteral("type")).toString();
            ++byType[type];
            linesByType[type].insert(QString::fromUtf8(l));
        }
        QCOMPARE(byType.value(QStringLiteral("PushEvent")), 30);

        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("w.eventscope"));
        const FileImportResult r = importInto(db, gh);
        QCOMPARE(r.status, FileImportResult::Status::Imported);
        QVERIFY2(r.format.startsWith(QStringLiteral("json_events")), qPrintable(r.format));
        QCOMPARE(r.records, 50);
        const FileImportResult ra = importInto(db, access);
        QCOMPARE(ra.status, FileImportResult::Status::Imported);
        const qsizetype requests = combinedLines(access).size();
        QCOMPARE(ra.records, qint64(requests));

        RawEventSearch s;
        QVERIFY(s.open(db));
        QStringList types = byType.keys();
        types << QStringLiteral("request");
        types.sort();
        QCOMPARE(s.eventTypes(), types);

        for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
            EventQuery q;
            q.types = {it.key()};
            q.limit = 1000;
            EventPage page;
            QVERIFY(runPage(s, q, page).isEmpty());
            QCOMPARE(int(page.rows.size()), it.value());
            QVERIFY(newestFirst(page.rows));
            for (const EventRow &row : page.rows) {
                QCOMPARE(row.type, it.key());
                QCOMPARE(row.status, -1);
                QCOMPARE(row.source, QStringLiteral("lnav_gharchive_events_50.jsonl"));
                QVERIFY(linesByType[it.key()].contains(row.text));
            }
        }

        // Several types, requests only, everything, and names that do not occur.
        EventQuery two;
        two.types = {QStringLiteral("PushEvent"), QStringLiteral("ForkEvent"), QStringLiteral("PushEvent")};
        two.limit = 1000;
        EventPage page;
        QVERIFY(runPage(s, two, page).isEmpty());
        QCOMPARE(int(page.rows.size()),
                 byType.value(QStringLiteral("PushEvent")) + byType.value(QStringLiteral("ForkEvent")));
        QVERIFY(newestFirst(page.rows));
        QVERIFY(page.unknownTypes.isEmpty());

        // The multi-type merge pages like a single query.
        EventQuery twoPaged = two;
        twoPaged.limit = 4;
        std::vector<EventRow> paged;
        QVERIFY(runAllPages(s, twoPaged, paged).isEmpty());
        QCOMPARE(idsOf(paged), idsOf(page.rows));

        EventQuery req;
        req.types = {QStringLiteral("request")};
        req.limit = 5000;
        QVERIFY(runPage(s, req, page).isEmpty());
        QCOMPARE(qsizetype(page.rows.size()), requests);
        QCOMPARE(sortedTexts(page.rows), sortedTexts(combinedLines(access)));

        EventQuery reqAndPush;
        reqAndPush.types = {QStringLiteral("request"), QStringLiteral("PushEvent")};
        reqAndPush.limit = 5000;
        QVERIFY(runPage(s, reqAndPush, page).isEmpty());
        QCOMPARE(qsizetype(page.rows.size()), requests + byType.value(QStringLiteral("PushEvent")));

        EventQuery everything;
        everything.limit = 5000;
        QVERIFY(runPage(s, everything, page).isEmpty());
        QCOMPARE(qsizetype(page.rows.size()), requests + 50);
        QVERIFY(newestFirst(page.rows));

        EventQuery unknown;
        unknown.types = {QStringLiteral("NoSuchEvent"), QStringLiteral("pushevent")};
        QVERIFY(runPage(s, unknown, page).isEmpty());
        QVERIFY(page.rows.empty());
        QCOMPARE(page.unknownTypes,
                 (QStringList{QStringLiteral("NoSuchEvent"), QStringLiteral("pushevent")}));

        EventQuery grepType;
        grepType.types = {QStringLiteral("PushEvent")};
        grepType.grep = QStringLiteral("\"ref\":\"refs/heads/main\"");
        int mainPushes = 0;
        for (const QString &l : std::as_const(linesByType[QStringLiteral("PushEvent")]))
            mainPushes += QJsonDocument::fromJson(l.toUtf8())
                                      .object()
                                      .value(QStringLiteral("payload"))
                                      .toObject()
                                      .value(QStringLiteral("ref"))
                                      .toString() == QLatin1String("refs/heads/main")
                              ? 1
                              : 0;
        QVERIFY(mainPushes > 0);
        QVERIFY(runPage(s, grepType, page).isEmpty());
        QCOMPARE(int(page.rows.size()), mainPushes);
    }

    void requestTypeInAJsonOnlyWorkspaceIsUnknown()
    {
        const QString gh = shared(kGharchive);
        if (gh.isEmpty())
            QSKIP("the shared real-log folder is not available");
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("w.eventscope"));
        QCOMPARE(importInto(db, gh).status, FileImportResult::Status::Imported);
        RawEventSearch s;
        QVERIFY(s.open(db));
        EventQuery q;
        q.types = {QStringLiteral("request")};
        EventPage page;
        QVERIFY(runPage(s, q, page).isEmpty());
        QVERIFY(page.rows.empty());
        QCOMPARE(page.unknownTypes, QStringList{QStringLiteral("request")});
    }

    void movedOrChangedFileGivesNoText()
    {
        const QString src = shared(kZanbil);
        if (src.isEmpty())
            QSKIP("the shared real-log folder is not available");
        const QByteArray original = readAll(src);
        const QList<QByteArray> lines = combinedLines(src);
        const QSet<QString> known = [&] {
            QSet<QString> s;
            for (const QByteArray &l : lines)
                s.insert(QString::fromUtf8(l));
            return s;
        }();
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("shop.log"));
        QVERIFY(writeAll(log, original));
        const QString db = dir.filePath(QStringLiteral("w.eventscope"));
        QCOMPARE(importInto(db, log).status, FileImportResult::Status::Imported);
        RawEventSearch s;
        QVERIFY(s.open(db));
        EventQuery q;
        q.limit = 5000;
        EventPage page;

        // Moved away: no text, and grep cannot look at these rows.
        const QString moved = dir.filePath(QStringLiteral("elsewhere.log"));
        QVERIFY(QFile::rename(log, moved));
        QVERIFY(runPage(s, q, page).isEmpty());
        QCOMPARE(qsizetype(page.rows.size()), lines.size());
        for (const EventRow &r : page.rows) {
            QCOMPARE(r.textState, TextState::FileMissing);
            QVERIFY(r.text.isEmpty());
            QCOMPARE(r.path, log);
        }
        QVERIFY(
            RawEventSearch::textStateText(TextState::FileMissing).contains(QStringLiteral("unavailable")));
        EventQuery g = q;
        g.grep = QStringLiteral("GET");
        QVERIFY(runPage(s, g, page).isEmpty());
        QVERIFY(page.rows.empty());
        QCOMPARE(page.unsearchable, qint64(lines.size()));

        // Another file at the same path: its head differs, so no row shows its lines.
        QVERIFY(writeAll(log, readAll(shared(kElastic))));
        QVERIFY(runPage(s, q, page).isEmpty());
        for (const EventRow &r : page.rows)
            QCOMPARE(r.textState, TextState::FileChanged);

        // The same head, but one line in the middle grew by a character: the
        // lines before it still read, the rest is unavailable, none is wrong.
        const qsizetype middle = original.indexOf('\n', original.size() / 2) + 1;
        QByteArray edited = original;
        edited.insert(middle + 10, 'X');
        QVERIFY(writeAll(log, edited));
        QVERIFY(runPage(s, q, page).isEmpty());
        QCOMPARE(qsizetype(page.rows.size()), lines.size());
        qsizetype before = 0;
        for (const QByteArray &l : linesOf(original.left(middle)))
            before += lines.contains(l) ? 1 : 0;
        qsizetype ok = 0;
        for (const EventRow &r : page.rows) {
            if (r.textState == TextState::Ok) {
                ++ok;
                QVERIFY2(known.contains(r.text), qPrintable(r.text));
            } else {
                QCOMPARE(r.textState, TextState::FileChanged);
            }
        }
        QCOMPARE(ok, before);

        // Back in place: all text returns.
        QVERIFY(writeAll(log, original));
        QVERIFY(runPage(s, q, page).isEmpty());
        QCOMPARE(sortedTexts(page.rows), sortedTexts(lines));
    }

    void crlfLinesAndStreamRows()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("crlf.log"));
        QVERIFY(writeAll(
            log, "1.2.3.4 - - [10/Oct/2025:13:55:36 +0000] \"GET /a HTTP/1.1\" 200 10 \"-\" \"ua\"\r\n"
                 "1.2.3.4 - - [10/Oct/2025:13:55:37 +0000] \"GET /b HTTP/1.1\" 404 10 \"-\" \"ua\"\r\n"
                 "1.2.3.4 - - [10/Oct/2025:13:55:38 +0000] \"GET /c HTTP/1.1\" 500 10 \"-\" \"ua\""));
        const QString db = dir.filePath(QStringLiteral("w.eventscope"));
        QCOMPARE(importInto(db, log, QStringLiteral("combined")).status, FileImportResult::Status::Imported);
        {
            // A record of a stream whose line the workspace stores (as a Kafka topic's) and one with no line.
            sql::Connection c;
            QVERIFY(c.open(db, sql::Connection::Mode::ReadWrite));
            QVERIFY(addStreamRecords(c, 1, QStringLiteral("kafka://test/crlf"),
                                     {{1760104539000, QByteArray("{\"kafka\":\"payload\"}")}}, 201) > 0);
            QVERIFY(c.exec("INSERT INTO raw_events(ts_ms, checkpoint_id, offset, source_id, type_id, status) "
                           "VALUES (1760104540000, 0, 2, 1, 0, 202)"));
        }
        RawEventSearch s;
        QVERIFY(s.open(db));
        EventPage page;
        QVERIFY(runPage(s, EventQuery{}, page).isEmpty());
        QCOMPARE(page.rows.size(), size_t(5));
        QCOMPARE(page.rows[0].textState, TextState::NotStored);
        QCOMPARE(page.rows[0].status, 202);
        QCOMPARE(page.rows[1].text, QStringLiteral("{\"kafka\":\"payload\"}"));
        QCOMPARE(page.rows[1].status, 201);
        QCOMPARE(page.rows[2].text,
                 QStringLiteral(
                     "1.2.3.4 - - [10/Oct/2025:13:55:38 +0000] \"GET /c HTTP/1.1\" 500 10 \"-\" \"ua\""));
        QCOMPARE(page.rows[3].text,
                 QStringLiteral(
                     "1.2.3.4 - - [10/Oct/2025:13:55:37 +0000] \"GET /b HTTP/1.1\" 404 10 \"-\" \"ua\""));
        QCOMPARE(page.rows[3].status, 404);
        QCOMPARE(page.rows[3].tsMs, 1760104537000);
        QCOMPARE(page.rows[4].text,
                 QStringLiteral(
                     "1.2.3.4 - - [10/Oct/2025:13:55:36 +0000] \"GET /a HTTP/1.1\" 200 10 \"-\" \"ua\""));
        EventQuery g;
        g.grep = QStringLiteral("KAFKA");
        QVERIFY(runPage(s, g, page).isEmpty());
        QCOMPARE(page.rows.size(), size_t(1));
        QCOMPARE(page.unsearchable, 1);
    }

    void missingWorkspaceIsAnError()
    {
        QTemporaryDir dir;
        RawEventSearch s;
        QVERIFY(!s.open(dir.filePath(QStringLiteral("none.eventscope"))));
        QVERIFY2(s.errorString().contains(QStringLiteral("does not exist")), qPrintable(s.errorString()));
        QVERIFY(!s.search(EventQuery{}).has_value());
    }
};

QTEST_GUILESS_MAIN(TestRawEventSources)
#include "tst_rawevents_sources.moc"
