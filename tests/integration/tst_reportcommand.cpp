// "eventscope report" as users run it, on a workspace made with "eventscope
// generate" and "eventscope import". The PDF is read back with poppler
// (pdftotext, pdfinfo), the workbook with openpyxl: every key figure equals
// what "eventscope query" answers for the same range (QueryService), and
// hits and page views also equal sums read from the rollups directly.

#include "../support/python.h"
#include "export/reportcellformat.h"
#include "query/labels.h"
#include "query/metrics.h"
#include "reports/reportexportjob.h"
#include "reports/reporttemplate.h"
#include "store/sqlite.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <numeric>
#include <tuple>

using namespace es;

class TestReportCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_db;
    // The last full week of the generated data, Monday to Monday, in UTC.
    const QString m_from = QStringLiteral("2024-10-21");
    const QString m_to = QStringLiteral("2024-10-28");
    const std::int64_t m_fromSecs = 1729468800;
    const std::int64_t m_toSecs = 1730073600;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        return env;
    }

    Run run(const QString &program, const QStringList &args, int timeoutMs = 120000)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(program, args);
        Run r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    Run cli(QStringList args) { return run(QStringLiteral(ES_BINARY_PATH), args); }

    // Sum of a rollup_day column over the week, without Eventscope's query code.
    std::int64_t rollupSum(const char *column, bool humansOnly)
    {
        sql::Connection c;
        if (!c.open(m_db, sql::Connection::Mode::ReadOnly))
            return -1;
        auto st = c.prepare(std::string("SELECT coalesce(sum(") + column +
                            "), 0) FROM rollup_day WHERE grp = 0 AND bucket >= ?1 AND bucket < ?2" +
                            (humansOnly ? " AND bot = 0" : ""));
        st.bind(1, m_fromSecs).bind(2, m_toSecs);
        return st.step() ? st.int64(0) : -1;
    }

    // One total row of "eventscope query" for the week, with the comparison.
    QJsonObject queryTotals(const QStringList &metrics)
    {
        const Run r = cli({QStringLiteral("query"), QStringLiteral("--db"), m_db, QStringLiteral("--metric"),
                           metrics.join(QLatin1Char(',')), QStringLiteral("--from"), m_from,
                           QStringLiteral("--to"), m_to, QStringLiteral("--compare"),
                           QStringLiteral("previous"), QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray rows =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("rows")).toArray();
        return rows.isEmpty() ? QJsonObject() : rows.first().toObject();
    }

    static bool have(const char *tool)
    {
        return !QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty();
    }

    QStringList pdfPages(const QString &pdf)
    {
        const Run r = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        return r.out.split(QLatin1Char('\f'));
    }

    int pdfPageCount(const QString &pdf)
    {
        const Run r = run(QStringLiteral("pdfinfo"), {pdf});
        const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(r.out);
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }

    QJsonObject openpyxl(const QString &xlsx)
    {
        // Cell values with their Python types, number formats, frozen panes,
        // filters and the charts in the package.
        const QString script = QStringLiteral(R"PY(
import json, sys, zipfile, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": {}, "title": wb.properties.title, "creator": wb.properties.creator}
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            t = type(v).__name__
            if isinstance(v, datetime.datetime):
                v = v.isoformat()
            cells.append({"v": v, "t": t, "f": c.number_format})
        rows.append(cells)
    out["sheets"][ws.title] = {"rows": rows, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref}
names = zipfile.ZipFile(sys.argv[1]).namelist()
out["charts"] = [open_name for open_name in names if open_name.startswith("xl/charts/chart")]
out["chart_xml"] = "".join(zipfile.ZipFile(sys.argv[1]).read(n).decode() for n in out["charts"])
print(json.dumps(out))
)PY");
        const Run r =
            run(es::test::pythonWith(QStringLiteral("openpyxl")), {QStringLiteral("-c"), script, xlsx});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_db = m_home.filePath(QStringLiteral("w.eventscope"));
        const QString log = m_home.filePath(QStringLiteral("access.log"));
        Run g = cli({QStringLiteral("generate"), QStringLiteral("--kind"), QStringLiteral("access"),
                     QStringLiteral("--lines"), QStringLiteral("30000"), QStringLiteral("--days"),
                     QStringLiteral("21"), QStringLiteral("--seed"), QStringLiteral("5"),
                     QStringLiteral("--end"), QStringLiteral("1730160000"), log});
        QCOMPARE(g.exitCode, 0);
        Run i = cli({QStringLiteral("import"), QStringLiteral("--db"), m_db, log});
        QVERIFY2(i.exitCode == 0, qPrintable(i.err));
    }

    void weeklySummaryPdfAndExcel()
    {
        const QString pdf = m_home.filePath(QStringLiteral("weekly.pdf"));
        const QString xlsx = m_home.filePath(QStringLiteral("weekly.xlsx"));
        const Run r = cli(
            {QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--template"),
             QStringLiteral("weekly-summary"), QStringLiteral("--from"), m_from, QStringLiteral("--to"), m_to,
             QStringLiteral("--pdf"), pdf, QStringLiteral("--xlsx"), xlsx, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("reports"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(report.value(QStringLiteral("from")).toInteger(), m_fromSecs);
        QCOMPARE(report.value(QStringLiteral("to")).toInteger(), m_toSecs);
        QCOMPARE(report.value(QStringLiteral("files")).toArray().size(), 2);

        // The key figures against QueryService ("eventscope query") and the rollups.
        const QJsonObject kpiSection = report.value(QStringLiteral("sections")).toArray().first().toObject();
        const QJsonArray kpis = kpiSection.value(QStringLiteral("kpis")).toArray();
        QCOMPARE(kpis.size(), 6);
        QStringList names;
        for (const QJsonValue &k : kpis)
            names << k.toObject().value(QStringLiteral("metric")).toString();
        const QJsonObject totals = queryTotals(names);
        QVERIFY(!totals.isEmpty());
        QMap<QString, double> values;
        for (const QJsonValue &kv : kpis) {
            const QJsonObject k = kv.toObject();
            const QString m = k.value(QStringLiteral("metric")).toString();
            QCOMPARE(k.value(QStringLiteral("value")).toDouble(), totals.value(m).toDouble());
            QCOMPARE(k.value(QStringLiteral("previous")).toDouble(),
                     totals.value(m + QStringLiteral("_previous")).toDouble());
            QVERIFY(qAbs(k.value(QStringLiteral("change_pct")).toDouble() -
                         totals.value(m + QStringLiteral("_change_pct")).toDouble()) < 1e-9);
            values[m] = k.value(QStringLiteral("value")).toDouble();
        }
        QCOMPARE(qint64(values.value(QStringLiteral("hits"))), rollupSum("hits", false));
        QCOMPARE(qint64(values.value(QStringLiteral("page_views"))), rollupSum("page_views", true));
        QVERIFY(values.value(QStringLiteral("hits")) > 5000);

        if (!have("pdftotext") || !have("pdfinfo"))
            QSKIP("poppler-utils is not installed");
        const QStringList pages = pdfPages(pdf);
        const QString first = pages.value(0);
        QVERIFY2(first.contains(QStringLiteral("Weekly summary")), qPrintable(first));
        QVERIFY2(first.contains(report.value(QStringLiteral("range")).toString()), qPrintable(first));
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const QString shown = ui::ReportCellFormat::metricValue(*Metrics::fromName(it.key()), it.value());
            QVERIFY2(first.contains(shown), qPrintable(it.key() + QStringLiteral(": ") + shown));
        }
        const int count = pdfPageCount(pdf);
        QVERIFY(count >= 2);
        QVERIFY2(first.contains(QStringLiteral("Page 1 of %1").arg(count)), qPrintable(first));
        const Run info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.out.contains(QRegularExpression(QStringLiteral("Title:\\s+Weekly summary"))));
        QVERIFY(info.out.contains(QRegularExpression(QStringLiteral("Creator:\\s+Eventscope"))));

        if (es::test::pythonWith(QStringLiteral("openpyxl")).isEmpty())
            QSKIP("python3-openpyxl is not installed");
        const QJsonObject book = openpyxl(xlsx);
        const QJsonObject sheets = book.value(QStringLiteral("sheets")).toObject();
        QVERIFY2(sheets.contains(QStringLiteral("Summary")), qPrintable(sheets.keys().join(u',')));
        // Every key figure is a number cell of the Summary sheet, next to its title.
        const QJsonArray summary =
            sheets.value(QStringLiteral("Summary")).toObject().value(QStringLiteral("rows")).toArray();
        int found = 0;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const QString title = Labels::metricTitle(*Metrics::fromName(it.key()));
            for (const QJsonValue &row : summary) {
                const QJsonArray cells = row.toArray();
                if (cells.size() < 2 || cells[0].toObject().value(QStringLiteral("v")).toString() != title)
                    continue;
                const QJsonObject value = cells[1].toObject();
                QVERIFY2(value.value(QStringLiteral("t")).toString() == QLatin1String("int") ||
                             value.value(QStringLiteral("t")).toString() == QLatin1String("float"),
                         qPrintable(title));
                QVERIFY(qAbs(value.value(QStringLiteral("v")).toDouble() - it.value()) < 1e-9);
                ++found;
                break;
            }
        }
        QCOMPARE(found, int(values.size()));
        // The daily series: real dates, one per day of the week, and native charts.
        bool sawDates = false;
        for (const QString &name : sheets.keys()) {
            const QJsonArray rows = sheets.value(name).toObject().value(QStringLiteral("rows")).toArray();
            QStringList dates;
            for (const QJsonValue &row : rows) {
                const QJsonObject c = row.toArray().first().toObject();
                if (c.value(QStringLiteral("t")).toString() == QLatin1String("datetime"))
                    dates << c.value(QStringLiteral("v")).toString();
            }
            if (dates.size() == 7) {
                sawDates = true;
                QCOMPARE(dates.first(), QStringLiteral("2024-10-21T00:00:00"));
                QCOMPARE(dates.last(), QStringLiteral("2024-10-27T00:00:00"));
            }
        }
        QVERIFY(sawDates);
        QVERIFY(book.value(QStringLiteral("charts")).toArray().size() >= 3);
        const QString chartXml = book.value(QStringLiteral("chart_xml")).toString();
        QVERIFY(chartXml.contains(QStringLiteral("<c:lineChart>")));
        QVERIFY(chartXml.contains(QStringLiteral("<c:pieChart>")));
        QVERIFY(chartXml.contains(QStringLiteral("<c:barChart>")));
    }

    void longTableRepeatsItsHeader()
    {
        if (!have("pdftotext"))
            QSKIP("poppler-utils is not installed");
        const QString file = m_home.filePath(QStringLiteral("urls.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"id":"urls","title":"All pages","range":"preset:last-7d","comparison":"none",
                   "sections":[{"kind":"breakdown","dimension":"url","metrics":["hits","page_views"],"top":150}]})");
        f.close();
        const QString pdf = m_home.filePath(QStringLiteral("urls.pdf"));
        const Run r =
            cli({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--template-file"),
                 file, QStringLiteral("--range"), m_from + QStringLiteral("..") + m_to,
                 QStringLiteral("--pdf"), pdf, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const int rows = QJsonDocument::fromJson(r.out.toUtf8())
                             .object()
                             .value(QStringLiteral("reports"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("sections"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("table_rows"))
                             .toArray()
                             .first()
                             .toInt();
        QVERIFY2(rows > 60, qPrintable(QString::number(rows)));
        const QStringList pages = pdfPages(pdf);
        const QRegularExpression header(QStringLiteral("URL\\s+Hits\\s+Share\\s+Page views"));
        int withHeader = 0;
        for (const QString &page : pages) {
            if (page.contains(header))
                ++withHeader;
        }
        QVERIFY2(withHeader >= 2, qPrintable(pages.join(QStringLiteral("\n----\n"))));
        QCOMPARE(withHeader, pdfPageCount(pdf));
    }

    void usageErrorsSayWhatToDo()
    {
        Run r =
            cli({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--template"),
                 QStringLiteral("nope"), QStringLiteral("--pdf"), m_home.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("weekly-summary")), qPrintable(r.err));
        r = cli({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--template"),
                 QStringLiteral("weekly-summary")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--pdf FILE")), qPrintable(r.err));
        r = cli({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--template"),
                 QStringLiteral("weekly-summary"), QStringLiteral("--range"), QStringLiteral("soon"),
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("last-7d")), qPrintable(r.err));
    }

    // A pie's whole is what the values of its dimension add up to, as on the
    // dashboard. JSON events have no HTTP status, so in a workspace with both
    // they are in no slice of "hits by status class", nor in "Other".
    void pieLeavesOutRecordsWithoutItsDimension()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("mixed.eventscope"));
        const QString log = dir.filePath(QStringLiteral("access.log"));
        const QString events = dir.filePath(QStringLiteral("events.jsonl"));
        for (const auto &[kind, file, lines] :
             {std::tuple{"access", log, "6000"}, {"events", events, "3000"}}) {
            const Run g = cli({QStringLiteral("generate"), QStringLiteral("--kind"), QLatin1String(kind),
                               QStringLiteral("--lines"), QLatin1String(lines), QStringLiteral("--days"),
                               QStringLiteral("7"), QStringLiteral("--seed"), QStringLiteral("9"),
                               QStringLiteral("--end"), QString::number(m_toSecs), file});
            QCOMPARE(g.exitCode, 0);
            const Run i = cli({QStringLiteral("import"), QStringLiteral("--db"), db, file});
            QVERIFY2(i.exitCode == 0, qPrintable(i.err));
        }
        const QStringList period = {QStringLiteral("--from"), m_from, QStringLiteral("--to"), m_to};

        // Hits per status class, and all hits, from QueryService.
        Run q =
            cli(QStringList{QStringLiteral("query"), QStringLiteral("--db"), db, QStringLiteral("--metric"),
                            QStringLiteral("hits"), QStringLiteral("--by"), QStringLiteral("status_class"),
                            QStringLiteral("--format"), QStringLiteral("json")} +
                period);
        QVERIFY2(q.exitCode == 0, qPrintable(q.err));
        std::vector<std::int64_t> classes;
        for (const QJsonValue &row :
             QJsonDocument::fromJson(q.out.toUtf8()).object().value(QStringLiteral("rows")).toArray())
            classes.push_back(row.toObject().value(QStringLiteral("hits")).toInteger());
        std::sort(classes.rbegin(), classes.rend());
        QVERIFY2(classes.size() >= 3, qPrintable(q.out));
        const std::int64_t withStatus = std::accumulate(classes.begin(), classes.end(), std::int64_t(0));
        q = cli(QStringList{QStringLiteral("query"), QStringLiteral("--db"), db, QStringLiteral("--metric"),
                            QStringLiteral("hits"), QStringLiteral("--format"), QStringLiteral("json")} +
                period);
        const std::int64_t allHits = QJsonDocument::fromJson(q.out.toUtf8())
                                         .object()
                                         .value(QStringLiteral("rows"))
                                         .toArray()
                                         .first()
                                         .toObject()
                                         .value(QStringLiteral("hits"))
                                         .toInteger();
        QVERIFY2(allHits > withStatus, "the events should count as hits without a status");

        ReportTemplate t;
        t.id = QStringLiteral("user-status");
        t.title = QStringLiteral("Status classes");
        ReportSection pie;
        pie.kind = SectionKind::Pie;
        pie.metrics = {MetricId::Hits};
        pie.dimension = QStringLiteral("status_class");
        pie.topN = 2;
        t.sections = {pie};
        const QString file = dir.filePath(QStringLiteral("status.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ReportTemplates::serialize({t}));
        f.close();
        const QString csv = dir.filePath(QStringLiteral("csv"));
        const QString pdf = dir.filePath(QStringLiteral("status.pdf"));
        const Run r = cli(QStringList{QStringLiteral("report"), QStringLiteral("--db"), db,
                                      QStringLiteral("--template-file"), file, QStringLiteral("--csv"), csv,
                                      QStringLiteral("--pdf"), pdf} +
                          period);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // The table: the top two, then the total of the classes, with shares of it.
        const QStringList tables = QDir(csv).entryList({QStringLiteral("*.csv")}, QDir::Files);
        QCOMPARE(tables.size(), 1);
        QFile table(QDir(csv).filePath(tables.first()));
        QVERIFY(table.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(table.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // header, two classes, total
        const QStringList first = lines[1].split(QLatin1Char(','));
        QCOMPARE(first.value(1).toLongLong(), classes[0]);
        QVERIFY(qAbs(first.value(2).toDouble() - double(classes[0]) / double(withStatus)) < 1e-9);
        QCOMPARE(lines[3].split(QLatin1Char(',')).value(1).toLongLong(), withStatus);

        // The chart's "Other" is the classes after the top two.
        if (!have("pdftotext"))
            QSKIP("poppler-utils is not installed");
        const QString text = pdfPages(pdf).join(QLatin1Char('\n'));
        const QRegularExpressionMatch other =
            QRegularExpression(QStringLiteral("Other\\s+([0-9,]+)")).match(text);
        QVERIFY2(other.hasMatch(), qPrintable(text));
        QCOMPARE(other.captured(1).remove(QLatin1Char(',')).toLongLong(),
                 withStatus - classes[0] - classes[1]);
    }

    void templatesTravelAsFiles()
    {
        const QString file = m_home.filePath(QStringLiteral("shared.json"));
        ReportTemplate t = ReportTemplates::builtIns()[3];
        t.id = QStringLiteral("user-downloads");
        t.title = QStringLiteral("Downloads for the team");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ReportTemplates::serialize({t}));
        f.close();
        Run r = cli({QStringLiteral("report"), QStringLiteral("--db"), m_db,
                     QStringLiteral("--import-templates"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--list-templates")});
        QVERIFY(r.out.contains(QStringLiteral("user-downloads\tDownloads for the team")));
        QCOMPARE(r.out.count(QLatin1Char('\n')), 5);
        const QString out = m_home.filePath(QStringLiteral("back.json"));
        r = cli({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--template"),
                 QStringLiteral("Downloads for the team"), QStringLiteral("--export-templates"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile back(out);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QString error;
        const auto read = ReportTemplates::deserialize(back.readAll(), &error);
        QCOMPARE(read.size(), size_t(1));
        t.builtIn = false;
        QCOMPARE(read.front(), t);
    }

    // The alert-history section lists what "eventscope alerts" recorded for
    // the period: here incidents found in imported (historical) data.
    void alertHistorySection()
    {
        const QString db = m_home.filePath(QStringLiteral("alerts.eventscope"));
        const QString log = m_home.filePath(QStringLiteral("access.log"));
        // A new rule watches data committed after it: the workspace, then the rule, then the data.
        QCOMPARE(cli({QStringLiteral("retention"), QStringLiteral("--db"), db}).exitCode, 0);
        Run r = cli({QStringLiteral("alerts"), QStringLiteral("add"), QStringLiteral("--db"), db,
                     QStringLiteral("--name"), QStringLiteral("Busy hour"), QStringLiteral("--metric"),
                     QStringLiteral("hits"), QStringLiteral("--window"), QStringLiteral("1h"),
                     QStringLiteral("--above"), QStringLiteral("120")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), db, log}).exitCode, 0);
        r = cli({QStringLiteral("alerts"), QStringLiteral("eval"), QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("alerts"), QStringLiteral("history"), QStringLiteral("--db"), db,
                 QStringLiteral("--from"), m_from, QStringLiteral("--to"), m_to, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonDocument history = QJsonDocument::fromJson(r.out.toUtf8());
        const QJsonArray incidents =
            history.isArray() ? history.array() : history.object().value(QStringLiteral("history")).toArray();
        QVERIFY2(incidents.size() > 0, qPrintable(r.out.left(400)));

        const QString file = m_home.filePath(QStringLiteral("alerts.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"id":"alerts","title":"Alerts","comparison":"none","sections":[{"kind":"alerts"}]})");
        f.close();
        const QString pdf = m_home.filePath(QStringLiteral("alerts.pdf"));
        r = cli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--template-file"),
                 file, QStringLiteral("--from"), m_from, QStringLiteral("--to"), m_to,
                 QStringLiteral("--pdf"), pdf, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject section = QJsonDocument::fromJson(r.out.toUtf8())
                                        .object()
                                        .value(QStringLiteral("reports"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QStringLiteral("sections"))
                                        .toArray()
                                        .first()
                                        .toObject();
        QCOMPARE(section.value(QStringLiteral("title")).toString(), QStringLiteral("Alerts in this period"));
        QCOMPARE(section.value(QStringLiteral("table_rows")).toArray().first().toInt(),
                 int(incidents.size()));
        if (have("pdftotext")) {
            const QString text = pdfPages(pdf).join(QLatin1Char('\n'));
            QCOMPARE(text.count(QStringLiteral("Busy hour")), int(incidents.size()));
            QCOMPARE(text.count(QStringLiteral("in imported data")), int(incidents.size()));
        }
    }

    // The desktop app's export runs this command as a child process; several
    // templates at once go into one folder.
    void exportJobWritesEveryFormat()
    {
        ui::ReportExportJob::setProgram(QStringLiteral(ES_BINARY_PATH));
        ui::ReportExportJob job;
        QSignalSpy finished(&job, &ui::ReportExportJob::finished);
        QSignalSpy progress(&job, &ui::ReportExportJob::progress);
        ui::ReportExportJob::Request request;
        request.dbPath = m_db;
        const auto all = ReportTemplates::builtIns();
        request.templates = {all[0], all[1]};
        request.range = RangeSpec::fromUserText(m_from + QStringLiteral("..") + m_to);
        request.pdf = request.xlsx = request.csv = true;
        request.folder = m_home.filePath(QStringLiteral("exports"));
        QVERIFY(job.start(request));
        QVERIFY(finished.wait(120000));
        const QList<QVariant> args = finished.takeFirst();
        QVERIFY2(args.at(0).toBool(), qPrintable(args.at(2).toString()));
        const QStringList files = args.at(1).toStringList();
        QCOMPARE(files.filter(QStringLiteral(".pdf")).size(), 2);
        QCOMPARE(files.filter(QStringLiteral(".xlsx")).size(), 2);
        QVERIFY(files.filter(QStringLiteral(".csv")).size() >= 8);
        for (const QString &file : files)
            QVERIFY2(QFileInfo(file).size() > 0, qPrintable(file));
        QVERIFY(
            files.contains(QDir(request.folder).filePath(QStringLiteral("Weekly summary 2024-10-21.pdf"))));
        QVERIFY(progress.size() >= 3);
        QCOMPARE(progress.last().at(0).toInt(), 100);
    }

    void cancelledExportSaysSo()
    {
        ui::ReportExportJob::setProgram(QStringLiteral(ES_BINARY_PATH));
        ui::ReportExportJob job;
        QSignalSpy finished(&job, &ui::ReportExportJob::finished);
        ui::ReportExportJob::Request request;
        request.dbPath = m_db;
        request.templates = ReportTemplates::builtIns();
        request.folder = m_home.filePath(QStringLiteral("cancelled"));
        QVERIFY(job.start(request));
        job.cancel();
        QVERIFY(finished.wait(30000));
        const QList<QVariant> args = finished.takeFirst();
        QVERIFY(!args.at(0).toBool());
        QVERIFY2(args.at(2).toString().contains(QStringLiteral("cancelled")),
                 qPrintable(args.at(2).toString()));
    }
};

QTEST_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
