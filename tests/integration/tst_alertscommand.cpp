// Runs "eventscope alerts" the way a user does, on a workspace imported from
// hand-written access logs whose downloads per hour the test knows: a burst
// of 500 downloads in the hour before a fixed "now", and, imported later, an
// older log with a burst of 300. The values, marks and times of the alerts
// must equal what the test counts itself from the hits it wrote.
//
// The slots build on each other in order: rules are added, changed and
// removed, then evaluated, then the history is read and acknowledged.

#include "../ui/alertdeliverysupport.h"
#include "alerts/alertrule.h"
#include "alerts/alertstore.h"
#include "core/localization.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <optional>
#include <vector>

using namespace es;
using namespace Qt::StringLiterals;

class TestAlertsCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_db;

    // 2024-10-21 12:00:00 UTC; evaluations run half a minute later, so the
    // window of the last hour is 11:00 to 12:00.
    static constexpr std::int64_t kNow = 1729512000;
    static constexpr std::int64_t kH = 3600;
    const QString m_evalAt = u"2024-10-21T12:00:30Z"_s;
    static constexpr std::int64_t kEvalMs = (kNow + 30) * 1000;
    static constexpr int kBurst = 500;    // downloads from 11:00 to 12:00
    static constexpr int kOldBurst = 300; // downloads from 02:00 to 03:00, imported later
    static constexpr int kPerHour = 20;   // downloads in every other hour
    // The high-mark after "edit", and the recovery level.
    static constexpr double kMark = 200;
    static constexpr double kRecover = 50;

    struct Hit
    {
        QString url;
        std::int64_t secs;
    };
    std::vector<Hit> m_live, m_old;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.remove(u"LANGUAGE"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"TZ"_s, u"UTC"_s); // the workspace zone
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ES_BINARY_PATH), args);
        Run r;
        // The event loop runs meanwhile, so servers of the test answer.
        QSignalSpy finished(&p, &QProcess::finished);
        if (!finished.wait(120000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    Run alerts(QStringList args)
    {
        args.prepend(u"alerts"_s);
        args << u"--db"_s << m_db;
        return run(args);
    }

    void saveChannels(const QList<ui::NotificationChannel> &channels)
    {
        AlertStore store;
        QVERIFY2(store.open(m_db), qPrintable(store.errorString()));
        QVERIFY(store.saveChannelsJson(ui::NotificationChannels::serializeList(channels)));
    }

    QJsonDocument json(const Run &r)
    {
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
        if (e.error != QJsonParseError::NoError)
            qWarning("not JSON: %s\n%s", qPrintable(e.errorString()), qPrintable(r.out));
        return doc;
    }

    static std::int64_t ms(const QJsonValue &v)
    {
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        return t.isValid() ? t.toMSecsSinceEpoch() : -1;
    }

    // `count` hits spread evenly over the hour starting at `hour`.
    static void spread(std::vector<Hit> &hits, const char *url, std::int64_t hour, int count, int offset)
    {
        for (int i = 0; i < count; ++i)
            hits.push_back({QString::fromLatin1(url), hour + std::int64_t(i) * kH / count + offset});
    }

    static bool writeLog(const QString &path, std::vector<Hit> &hits)
    {
        std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.secs < b.secs; });
        QByteArray text;
        for (const Hit &h : hits) {
            const QDateTime t = QDateTime::fromSecsSinceEpoch(h.secs, QTimeZone::utc());
            text += QStringLiteral("10.0.0.7 - - [%1 +0000] \"GET %2 HTTP/1.1\" 200 512 \"-\" \"Mozilla/5.0 "
                                   "(X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0\"\n")
                        .arg(QLocale::c().toString(t, u"dd/MMM/yyyy:HH:mm:ss"_s), h.url)
                        .toUtf8();
        }
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    }

    // Downloads in [from, to), seconds, from the hits the test wrote.
    int downloads(std::int64_t from, std::int64_t to) const
    {
        int n = 0;
        for (const std::vector<Hit> *hits : {&m_live, &m_old}) {
            for (const Hit &h : *hits)
                n += h.url == u"/download.zip"_s && h.secs >= from && h.secs < to;
        }
        return n;
    }

    // What the catch-up over the older log must find (docs/ALERTS.md,
    // "Historical catch-up"): the rule evaluated every 5 minutes from the
    // first whole hour of that data to its last whole minute, on the last
    // hour before each instant; it fires above the mark and recovers at the
    // recovery level.
    struct Incident
    {
        std::int64_t firedSecs = 0;
        int value = 0;
        std::int64_t resolvedSecs = 0;
        int resolvedValue = 0;
    };
    Incident expectedHistorical() const
    {
        const std::int64_t first = m_old.front().secs, last = m_old.back().secs;
        const std::int64_t step = 300;
        Incident out;
        for (std::int64_t t = (first + kH + step - 1) / step * step; t <= last / 60 * 60; t += step) {
            const int n = downloads(t - kH, t);
            if (out.firedSecs == 0 && n > kMark)
                out = {t, n, 0, 0};
            else if (out.firedSecs != 0 && out.resolvedSecs == 0 && n <= kRecover)
                out.resolvedSecs = t, out.resolvedValue = n;
        }
        return out;
    }

    QJsonObject ruleInList(const QString &id)
    {
        const Run r = alerts({u"list"_s, u"--json"_s});
        if (r.exitCode != 0)
            return {};
        for (const QJsonValue &v : json(r).array()) {
            if (v.toObject()[u"id"_s].toString() == id)
                return v.toObject();
        }
        return {};
    }

    QJsonArray history(QStringList args = {})
    {
        args.prepend(u"--json"_s);
        args.prepend(u"history"_s);
        const Run r = alerts(args);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return json(r).array();
    }

private slots:
    void initTestCase()
    {
        // The command prints English plural forms ("1 hour"); so does the
        // test when it words a rule the same way.
        es::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QVERIFY(m_home.isValid());
        m_db = m_home.filePath(u"w.eventscope"_s);
        for (std::int64_t hour = kNow - 6 * kH; hour < kNow; hour += kH) {
            spread(m_live, "/download.zip", hour, hour == kNow - kH ? kBurst : kPerHour, 0);
            spread(m_live, "/index.html", hour, 10, 17);
        }
        for (std::int64_t hour = kNow - 12 * kH; hour < kNow - 8 * kH; hour += kH) {
            spread(m_old, "/download.zip", hour, hour == kNow - 10 * kH ? kOldBurst : kPerHour, 0);
            spread(m_old, "/index.html", hour, 10, 17);
        }
        QVERIFY(writeLog(m_home.filePath(u"live.log"_s), m_live));
        QVERIFY(writeLog(m_home.filePath(u"old.log"_s), m_old));
        QCOMPARE(downloads(kNow - kH, kNow), kBurst);
        const Run i = run({u"import"_s, u"--db"_s, m_db, m_home.filePath(u"live.log"_s)});
        QVERIFY2(i.exitCode == 0, qPrintable(i.err));
    }

    void usageErrors()
    {
        Run r = alerts({});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"list, show, add, edit, remove, history, ack, eval"_s), qPrintable(r.err));
        r = alerts({u"frobnicate"_s});
        QCOMPARE(r.exitCode, 2);
        r = alerts({u"list"_s, u"--above"_s, u"5"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"list does not take --above"_s), qPrintable(r.err));
        r = alerts({u"add"_s, u"--name"_s, u"x"_s, u"--metric"_s, u"hits"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"a condition (--above"_s), qPrintable(r.err));
        r = alerts({u"add"_s, u"--name"_s, u"x"_s, u"--metric"_s, u"hits"_s, u"--above"_s, u"1"_s,
                    u"--window"_s, u"7x"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--window takes a length"_s), qPrintable(r.err));
        // An option whose value is missing does not swallow the next one.
        r = alerts(
            {u"add"_s, u"--name"_s, u"x"_s, u"--metric"_s, u"hits"_s, u"--above"_s, u"--window"_s, u"1h"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--above needs a value, but the next word is the option \"--window\""_s),
                 qPrintable(r.err));
        // A bounce rate is a fraction.
        r = alerts({u"add"_s, u"--name"_s, u"x"_s, u"--metric"_s, u"bounce_rate"_s, u"--above"_s, u"50"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"Give 0.5 for 50 %."_s), qPrintable(r.err));
        // A mistyped workspace is not created.
        r = run({u"alerts"_s, u"list"_s, u"--db"_s, m_home.filePath(u"missing.eventscope"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(m_home.filePath(u"missing.eventscope"_s)));
        // Nothing was saved.
        r = alerts({u"list"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).array().size(), 0);
    }

    void addFromOptions()
    {
        Run r = alerts({u"add"_s, u"--name"_s, u"Download burst"_s, u"--metric"_s, u"hits"_s, u"--filter"_s,
                        u"url=/download.zip"_s, u"--window"_s, u"1h"_s, u"--above"_s, u"100"_s,
                        u"--recover"_s, u"50"_s, u"--severity"_s, u"critical"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(u"Added the rule \"Download burst\" (download-burst)"_s),
                 qPrintable(r.out));

        const QJsonObject listed = ruleInList(u"download-burst"_s);
        QCOMPARE(listed[u"name"_s].toString(), u"Download burst"_s);
        QCOMPARE(listed[u"state"_s].toString(), u"normal"_s);
        QCOMPARE(listed[u"severity"_s].toString(), u"critical"_s);
        QCOMPARE(listed[u"enabled"_s].toBool(), true);

        r = alerts({u"show"_s, u"download-burst"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject rule = json(r).object()[u"rule"_s].toObject();
        QString error;
        const std::optional<AlertRule> parsed = AlertRules::fromJson(rule, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->metric, MetricId::Hits);
        QCOMPARE(parsed->filters.size(), size_t(1));
        QCOMPARE(parsed->filters[0].dimension, u"url"_s);
        QCOMPARE(parsed->filters[0].values, QStringList{u"/download.zip"_s});
        QCOMPARE(parsed->window.kind, AlertWindowKind::Trailing);
        QCOMPARE(parsed->window.minutes, 60);
        QCOMPARE(parsed->condition.kind, AlertConditionKind::Above);
        QCOMPARE(parsed->condition.high, 100.0);
        QCOMPARE(parsed->condition.recoveryHigh, std::optional<double>(50));
        QCOMPARE(parsed->intervalMinutes, 5);
        QCOMPARE(listed[u"condition"_s].toString(), AlertRules::describe(*parsed));
    }

    void namesAreUnique()
    {
        Run r = alerts(
            {u"add"_s, u"--name"_s, u"Errors high"_s, u"--metric"_s, u"errors"_s, u"--above"_s, u"10"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = alerts(
            {u"add"_s, u"--name"_s, u"errors HIGH "_s, u"--metric"_s, u"errors"_s, u"--above"_s, u"20"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"a rule named \"errors HIGH\" exists already (errors-high)"_s),
                 qPrintable(r.err));
        r = alerts(
            {u"add"_s, u"--name"_s, u"Errors higher"_s, u"--metric"_s, u"errors"_s, u"--above"_s, u"20"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = alerts({u"edit"_s, u"errors-higher"_s, u"--name"_s, u"Errors high"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"another rule is named \"Errors high\" (errors-high)"_s), qPrintable(r.err));
        QVERIFY(alerts({u"remove"_s, u"errors-high"_s}).exitCode == 0);
        QVERIFY(alerts({u"remove"_s, u"errors-higher"_s}).exitCode == 0);
    }

    void olderRuleWithAnOddMarkCanBeDisabled()
    {
        {
            // Stored before marks were checked against the metric.
            AlertStore store;
            QVERIFY2(store.open(m_db), qPrintable(store.errorString()));
            AlertRule r;
            r.name = u"Legacy"_s;
            r.metric = MetricId::Hits;
            r.condition.kind = AlertConditionKind::Above;
            r.condition.high = -5;
            QVERIFY2(store.saveRule(r, QDateTime::currentMSecsSinceEpoch()), qPrintable(store.errorString()));
        }
        Run r = alerts({u"edit"_s, u"legacy"_s, u"--disabled"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Changing what it watches checks the mark.
        r = alerts({u"edit"_s, u"legacy"_s, u"--above"_s, u"-3"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"hits is never negative"_s), qPrintable(r.err));
        QVERIFY(alerts({u"remove"_s, u"legacy"_s}).exitCode == 0);
    }

    void addRejectsWhatValidationRejects()
    {
        const Run r = alerts({u"add"_s, u"--name"_s, u"Band"_s, u"--metric"_s, u"hits"_s, u"--outside"_s,
                              u"50:20"_s, u"--interval"_s, u"10m"_s, u"--repeat"_s, u"5m"_s});
        QCOMPARE(r.exitCode, 2);
        // Every problem, in full.
        QVERIFY2(r.err.contains(QLatin1String("The low-mark (50) must be below the high-mark (20) for an "
                                              "outside-band rule.")),
                 qPrintable(r.err));
        QVERIFY2(
            r.err.contains(QLatin1String("Reminders every 5 minutes cannot come more often than the rule is "
                                         "evaluated (every 10 minutes).")),
            qPrintable(r.err));
        const Run list = alerts({u"list"_s, u"--json"_s});
        QCOMPARE(json(list).array().size(), 1);
    }

    void addFromFile()
    {
        const QString path = m_home.filePath(u"rule.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({
  "name": "Downloads stopped",
  "metric": "hits",
  "filters": [{ "dimension": "url", "values": ["/download.zip"] }],
  "window": { "kind": "last", "minutes": 30 },
  "intervalMinutes": 10,
  "condition": { "kind": "below", "low": 1 },
  "timing": { "pendingEvaluations": 2 },
  "severity": "info"
})");
        f.close();
        Run r = alerts({u"add"_s, u"--file"_s, path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = alerts({u"show"_s, u"Downloads stopped"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject rule = json(r).object()[u"rule"_s].toObject();
        QCOMPARE(rule[u"id"_s].toString(), u"downloads-stopped"_s);
        QCOMPARE(rule[u"intervalMinutes"_s].toInt(), 10);
        QCOMPARE(rule[u"condition"_s].toObject()[u"kind"_s].toString(), u"below"_s);
        QCOMPARE(rule[u"condition"_s].toObject()[u"low"_s].toDouble(), 1.0);
        QCOMPARE(rule[u"timing"_s].toObject()[u"pendingEvaluations"_s].toInt(), 2);
        QCOMPARE(json(r).object()[u"state"_s].toObject()[u"state"_s].toString(), u"normal"_s);

        // The same id again is refused, and a broken file names its problem.
        r = alerts({u"add"_s, u"--file"_s, path, u"--id"_s, u"downloads-stopped"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"a rule with the id downloads-stopped exists already"_s), qPrintable(r.err));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(R"({"name": "Broken", "metric": "hits", "condition": {"kind": "above", "high": "many"}})");
        f.close();
        r = alerts({u"add"_s, u"--file"_s, path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"In \"condition\": \"high\" must be a number."_s), qPrintable(r.err));
        QCOMPARE(json(alerts({u"list"_s, u"--json"_s})).array().size(), 2);
    }

    void editChangesOnlyWhatIsGiven()
    {
        Run r = alerts({u"edit"_s, u"Download burst"_s, u"--above"_s, u"200"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = alerts({u"show"_s, u"download-burst"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject rule = json(r).object()[u"rule"_s].toObject();
        const QJsonObject condition = rule[u"condition"_s].toObject();
        QCOMPARE(condition[u"high"_s].toDouble(), kMark);
        QCOMPARE(condition[u"recoveryHigh"_s].toDouble(), kRecover);
        QCOMPARE(rule[u"severity"_s].toString(), u"critical"_s);
        QCOMPARE(rule[u"window"_s].toObject()[u"minutes"_s].toInt(), 60);
        QCOMPARE(rule[u"filters"_s].toArray().size(), 1);

        // One form of pending period replaces the other; muting round-trips.
        r = alerts({u"edit"_s, u"downloads-stopped"_s, u"--pending"_s, u"20m"_s, u"--mute-until"_s,
                    u"2099-01-01T00:00Z"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = alerts({u"show"_s, u"downloads-stopped"_s, u"--json"_s});
        const QJsonObject stopped = json(r).object()[u"rule"_s].toObject();
        QCOMPARE(stopped[u"timing"_s].toObject()[u"pendingMinutes"_s].toInt(), 20);
        QCOMPARE(stopped[u"timing"_s].toObject()[u"pendingEvaluations"_s].toInt(), 0);
        QCOMPARE(stopped[u"muteUntil"_s].toString(), u"2099-01-01T00:00:00.000Z"_s);
        QCOMPARE(ruleInList(u"downloads-stopped"_s)[u"muted"_s].toBool(), true);

        // An edit that breaks the rule is refused and leaves it as it was.
        r = alerts({u"edit"_s, u"download-burst"_s, u"--recover"_s, u"300"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"The recovery level (300) must not be above the high-mark (200)"_s),
                 qPrintable(r.err));
        r = alerts({u"show"_s, u"download-burst"_s, u"--json"_s});
        QCOMPARE(
            json(r).object()[u"rule"_s].toObject()[u"condition"_s].toObject()[u"recoveryHigh"_s].toDouble(),
            kRecover);
    }

    void removeByName()
    {
        Run r = alerts(
            {u"add"_s, u"--name"_s, u"Temporary"_s, u"--metric"_s, u"hits"_s, u"--no-data"_s, u"30m"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(ruleInList(u"temporary"_s)[u"name"_s].toString(), u"Temporary"_s);
        r = alerts({u"remove"_s, u"temporary"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(ruleInList(u"temporary"_s).isEmpty());
        QCOMPARE(json(alerts({u"list"_s, u"--json"_s})).array().size(), 2);
        r = alerts({u"show"_s, u"Temporary"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"there is no rule with the id or name \"Temporary\""_s), qPrintable(r.err));
        r = alerts({u"remove"_s, u"Temporary"_s});
        QCOMPARE(r.exitCode, 1);
    }

    void evalFiresOnTheBurst()
    {
        // A webhook channel on a local server receives the live notice.
        alertdelivery::HttpSink sink;
        QVERIFY(sink.listen());
        saveChannels({alertdelivery::webhook(sink.url(u"/hook"_s))});
        const Run r = alerts({u"eval"_s, u"--now"_s, m_evalAt, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject doc = json(r).object();
        const QJsonArray sent = doc[u"deliveries"_s].toArray();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent[0].toObject()[u"channel"_s].toString(), u"webhook:ops"_s);
        QCOMPARE(sent[0].toObject()[u"ok"_s].toBool(), true);
        QCOMPARE(sink.requests.size(), 1);
        const QJsonObject body = QJsonDocument::fromJson(sink.requests.first().body).object();
        QCOMPARE(body[u"ruleId"_s].toString(), u"download-burst"_s);
        QCOMPARE(body[u"notice"_s].toString(), u"fired"_s);
        QCOMPARE(body[u"value"_s].toDouble(), double(kBurst));
        QCOMPARE(body[u"workspace"_s].toString(), u"w"_s);
        QCOMPARE(body[u"historyId"_s].toInteger(), sent[0].toObject()[u"history_id"_s].toInteger());
        QCOMPARE(ms(doc[u"now"_s]), kEvalMs);
        QCOMPARE(doc[u"live_data"_s].toBool(), true);
        QCOMPARE(doc[u"live_evaluations"_s].toInt(), 2);
        QCOMPARE(doc[u"catch_up_steps"_s].toInt(), 0);
        const QJsonArray rules = doc[u"rules"_s].toArray();
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules[0].toObject()[u"id"_s].toString(), u"download-burst"_s);
        QCOMPARE(rules[0].toObject()[u"state"_s].toString(), u"firing"_s);
        QCOMPARE(rules[0].toObject()[u"last_value"_s].toDouble(), double(kBurst));
        QCOMPARE(rules[1].toObject()[u"state"_s].toString(), u"normal"_s);
        QCOMPARE(rules[1].toObject()[u"last_value"_s].toDouble(), double(downloads(kNow - 30 * 60, kNow)));

        const QJsonArray events = doc[u"events"_s].toArray();
        QCOMPARE(events.size(), 1);
        const QJsonObject e = events[0].toObject();
        QCOMPARE(e[u"rule_id"_s].toString(), u"download-burst"_s);
        QCOMPARE(e[u"notice"_s].toString(), u"fired"_s);
        QCOMPARE(e[u"from"_s].toString(), u"normal"_s);
        QCOMPARE(e[u"to"_s].toString(), u"firing"_s);
        QCOMPARE(e[u"value"_s].toDouble(), double(kBurst));
        QCOMPARE(e[u"threshold"_s].toDouble(), kMark);
        QCOMPARE(ms(e[u"at"_s]), kEvalMs);
        QCOMPARE(ms(e[u"window_from"_s]), (kNow - kH) * 1000);
        QCOMPARE(ms(e[u"window_to"_s]), kNow * 1000);
        QCOMPARE(e[u"historical"_s].toBool(), false);
        QCOMPARE(e[u"notify"_s].toBool(), true);

        const QJsonArray h = history();
        QCOMPARE(h.size(), 1);
        const QJsonObject entry = h[0].toObject();
        QCOMPARE(entry[u"rule_id"_s].toString(), u"download-burst"_s);
        QCOMPARE(entry[u"rule_name"_s].toString(), u"Download burst"_s);
        QCOMPARE(entry[u"severity"_s].toString(), u"critical"_s);
        QCOMPARE(ms(entry[u"fired"_s]), kEvalMs);
        QCOMPARE(entry[u"value"_s].toDouble(), double(kBurst));
        QCOMPARE(entry[u"threshold"_s].toDouble(), kMark);
        QVERIFY(entry[u"resolved"_s].isNull());
        QCOMPARE(entry[u"historical"_s].toBool(), false);
        QVERIFY(entry[u"acknowledged_by"_s].isNull());
        QCOMPARE(entry[u"id"_s].toInteger(), e[u"history_id"_s].toInteger());

        // Evaluating again at the same time changes nothing: still firing, no second alert.
        const Run again = alerts({u"eval"_s, u"--now"_s, m_evalAt});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(!again.out.contains(u"Events:"_s), qPrintable(again.out));
        QCOMPARE(sink.requests.size(), 1); // nothing new to tell
        QVERIFY2(
            again.out.contains(QRegularExpression(u"\\ndownload-burst +firing +500 +Download burst\\n"_s)),
            qPrintable(again.out));
        QCOMPARE(history().size(), 1);
    }

    void importedOlderDataIsHistorical()
    {
        const Run i = run({u"import"_s, u"--db"_s, m_db, m_home.filePath(u"old.log"_s)});
        QVERIFY2(i.exitCode == 0, qPrintable(i.err));
        const Incident want = expectedHistorical();
        // The fixture really has an incident inside the old burst hour that ends after it.
        QVERIFY(want.firedSecs > kNow - 10 * kH && want.firedSecs <= kNow - 9 * kH);
        QVERIFY(want.resolvedSecs > kNow - 9 * kH);

        const Run r = alerts({u"eval"_s, u"--now"_s, m_evalAt, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject doc = json(r).object();
        QVERIFY(doc[u"catch_up_steps"_s].toInt() > 0);
        const QJsonArray events = doc[u"events"_s].toArray();
        QCOMPARE(events.size(), 2);
        const QJsonObject fired = events[0].toObject(), resolved = events[1].toObject();
        QCOMPARE(fired[u"rule_id"_s].toString(), u"download-burst"_s);
        QCOMPARE(fired[u"notice"_s].toString(), u"fired"_s);
        QCOMPARE(fired[u"historical"_s].toBool(), true);
        QCOMPARE(fired[u"notify"_s].toBool(), false);
        QCOMPARE(ms(fired[u"at"_s]), want.firedSecs * 1000);
        QCOMPARE(fired[u"value"_s].toDouble(), double(want.value));
        QCOMPARE(resolved[u"notice"_s].toString(), u"resolved"_s);
        QCOMPARE(resolved[u"historical"_s].toBool(), true);
        QCOMPARE(ms(resolved[u"at"_s]), want.resolvedSecs * 1000);
        QCOMPARE(resolved[u"value"_s].toDouble(), double(want.resolvedValue));
        // The live incident goes on untouched.
        QCOMPARE(doc[u"rules"_s].toArray()[0].toObject()[u"state"_s].toString(), u"firing"_s);

        const QJsonArray all = history();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].toObject()[u"historical"_s].toBool(), false); // newest first
        const QJsonArray old = history({u"--historical"_s});
        QCOMPARE(old.size(), 1);
        const QJsonObject entry = old[0].toObject();
        QCOMPARE(entry[u"historical"_s].toBool(), true);
        QCOMPARE(ms(entry[u"fired"_s]), want.firedSecs * 1000);
        QCOMPARE(entry[u"value"_s].toDouble(), double(want.value));
        QCOMPARE(entry[u"threshold"_s].toDouble(), kMark);
        QCOMPARE(ms(entry[u"resolved"_s]), want.resolvedSecs * 1000);
        QCOMPARE(entry[u"resolved_value"_s].toDouble(), double(want.resolvedValue));
        QCOMPARE(ms(entry[u"window_to"_s]), want.firedSecs * 1000);
        QCOMPARE(ms(entry[u"window_from"_s]), (want.firedSecs - kH) * 1000);

        const QJsonArray live = history({u"--live"_s});
        QCOMPARE(live.size(), 1);
        QCOMPARE(ms(live[0].toObject()[u"fired"_s]), kEvalMs);
        // Times, rule and limit select.
        QCOMPARE(history({u"--from"_s, u"2024-10-21T06:00Z"_s}).size(), 1);
        QCOMPARE(history({u"--to"_s, u"2024-10-21T06:00Z"_s}).size(), 1);
        QCOMPARE(history({u"--rule"_s, u"Download burst"_s}).size(), 2);
        QCOMPARE(history({u"--rule"_s, u"downloads-stopped"_s}).size(), 0);
        QCOMPARE(history({u"--limit"_s, u"1"_s})[0].toObject()[u"historical"_s].toBool(), false);
        QCOMPARE(history({u"--historical"_s, u"--limit"_s, u"1"_s}).size(), 1);
    }

    void acknowledgeAndDeliveries()
    {
        const QJsonArray live = history({u"--live"_s});
        QCOMPARE(live.size(), 1);
        const qint64 id = live[0].toObject()[u"id"_s].toInteger();
        const std::int64_t before = QDateTime::currentMSecsSinceEpoch();
        Run r = alerts({u"ack"_s, QString::number(id), u"--by"_s, u"alice"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const std::int64_t after = QDateTime::currentMSecsSinceEpoch();
        // A second acknowledgement does not replace who took care of it.
        r = alerts({u"ack"_s, QString::number(id), u"--by"_s, u"bob"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"already acknowledged by alice"_s), qPrintable(r.err));
        r = alerts({u"ack"_s, u"9999"_s, u"--by"_s, u"bob"_s});
        QCOMPARE(r.exitCode, 1);

        // Delivery results as a notifier records them.
        {
            AlertStore store;
            QVERIFY2(store.open(m_db), qPrintable(store.errorString()));
            AlertDelivery popup{0, id, AlertNotice::Fired, u"popup"_s, true, QString(), kEvalMs + 1000};
            AlertDelivery mail{
                0, id, AlertNotice::Fired, u"email"_s, false, u"connection refused"_s, kEvalMs + 2000};
            QVERIFY(store.recordDelivery(popup));
            QVERIFY(store.recordDelivery(mail));
        }

        const QJsonObject entry = history({u"--live"_s})[0].toObject();
        QCOMPARE(entry[u"acknowledged_by"_s].toString(), u"alice"_s);
        const std::int64_t at = ms(entry[u"acknowledged_at"_s]);
        QVERIFY(at >= before / 1000 * 1000 && at <= after);
        const QJsonArray deliveries = entry[u"deliveries"_s].toArray();
        QCOMPARE(deliveries.size(), 3);
        QCOMPARE(deliveries[2].toObject()[u"channel"_s].toString(),
                 u"webhook:ops"_s); // by eval, at the real time
        QCOMPARE(deliveries[2].toObject()[u"ok"_s].toBool(), true);
        QCOMPARE(deliveries[0].toObject()[u"channel"_s].toString(), u"popup"_s);
        QCOMPARE(deliveries[0].toObject()[u"ok"_s].toBool(), true);
        QCOMPARE(deliveries[1].toObject()[u"channel"_s].toString(), u"email"_s);
        QCOMPARE(deliveries[1].toObject()[u"ok"_s].toBool(), false);
        QCOMPARE(deliveries[1].toObject()[u"error"_s].toString(), u"connection refused"_s);

        r = alerts({u"history"_s, u"--live"_s, u"--csv"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0],
                 QStringLiteral("id,fired,resolved,rule_id,rule_name,severity,value,threshold,historical,"
                                "muted,reminders,acknowledged_by,acknowledged_at,deliveries"));
        QCOMPARE(lines[1].section(QLatin1Char(','), 0, 11),
                 QStringLiteral(
                     "%1,2024-10-21T12:00:30Z,,download-burst,Download burst,critical,500,200,0,0,0,alice")
                     .arg(id));
        QCOMPARE(lines[1].section(QLatin1Char(','), 13),
                 u"popup fired ok; email fired failed (connection refused); webhook:ops fired ok"_s);
    }

    void channelsListAndTest()
    {
        alertdelivery::HttpSink sink;
        QVERIFY(sink.listen());
        ui::NotificationChannel ops = alertdelivery::webhook(sink.url(u"/hook/secret-token"_s));
        ui::NotificationChannel dead =
            alertdelivery::webhook(QUrl(u"http://127.0.0.1:%1/x"_s.arg(alertdelivery::closedPort())));
        dead.id = u"dead"_s;
        dead.name = u"Dead"_s;
        dead.retries = 0;
        dead.enabled = false;
        saveChannels({ops, dead});

        Run r = alerts({u"channels"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(
                     QRegularExpression(u"\\nops +webhook +on +Ops +http://127.0.0.1:\\d+/hook/…\\n"_s)),
                 qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"secret-token"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(u"\\ndead +webhook +off +Dead "_s)), qPrintable(r.out));
        r = alerts({u"channels"_s, u"--json"_s});
        QCOMPARE(json(r).array().size(), 2);

        r = alerts({u"test-channel"_s, u"ops"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(u"attempt 1 of 4: "_s), qPrintable(r.out));
        QCOMPARE(sink.requests.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(sink.requests.first().body).object()[u"test"_s].toBool(), true);
        // Even a channel that is off can be tried.
        r = alerts({u"test-channel"_s, u"dead"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(json(r).object()[u"ok"_s].toBool(), false);
        r = alerts({u"test-channel"_s, u"nope"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"there is no channel \"nope\"; the channels are: ops, dead."_s),
                 qPrintable(r.err));
        saveChannels({});
    }

    void evalReportsRuleErrors()
    {
        Run r = alerts({u"add"_s, u"--name"_s, u"By OS"_s, u"--metric"_s, u"hits"_s, u"--filter"_s,
                        u"params.os=linux"_s, u"--above"_s, u"1"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"warning: this workspace has no dimension params.os"_s), qPrintable(r.err));
        r = alerts({u"eval"_s, u"--now"_s, m_evalAt});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(
                     QLatin1String("rule by-os: The rule \"By OS\" filters on \"params.os\", which this "
                                   "workspace does not have.")),
                 qPrintable(r.err));
        // The other rules were evaluated all the same.
        QVERIFY2(r.out.contains(u"download-burst"_s), qPrintable(r.out));
        QVERIFY(alerts({u"remove"_s, u"by-os"_s}).exitCode == 0);
        QCOMPARE(alerts({u"eval"_s, u"--now"_s, m_evalAt}).exitCode, 0);
    }

    void demoRules()
    {
        Run r = alerts({u"add"_s, u"--demo"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(json(r).object()[u"rules"_s].toArray().size(), 3);
        QStringList ids;
        for (const QJsonValue &v : json(alerts({u"list"_s, u"--json"_s})).array())
            ids << v.toObject()[u"id"_s].toString();
        QCOMPARE(ids, (QStringList{u"download-burst"_s, u"downloads-stopped"_s, u"downloads-spike"_s,
                                   u"page-views-low"_s, u"page-views-drop"_s}));
        // Adding them again leaves them as they are.
        r = alerts({u"add"_s, u"--demo"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err.count(u"exists already"_s), 3);
        QCOMPARE(json(alerts({u"list"_s, u"--json"_s})).array().size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestAlertsCommand)
#include "tst_alertscommand.moc"
