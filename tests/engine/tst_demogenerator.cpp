// Tests of the deterministic demo-data generators: byte-identical output for a
// seed, the line budget, the combined / vhost_combined and JSON-lines formats,
// time order and span, and that the traffic looks like real traffic.

#include "demo/accessloggenerator.h"
#include "demo/clftimestamp.h"
#include "demo/demowriter.h"
#include "demo/discretesampler.h"
#include "demo/eventgenerator.h"
#include "demo/rng.h"
#include "demo/sitecatalog.h"
#include "demo/useragentcatalog.h"

#include <QCryptographicHash>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <string>

using namespace es::demo;
using namespace Qt::StringLiterals;

// lo < value < hi, printing the value when not.
#define VERIFY_BETWEEN(value, lo, hi)                                                                        \
    do {                                                                                                     \
        const double v_ = double(value);                                                                     \
        QVERIFY2(v_ > (lo) && v_ < (hi), qPrintable(QStringLiteral(#value " = %1").arg(v_)));                \
    } while (false)

namespace {

enum class Kind { Combined, Vhost, Events };

template<class Generator> std::string drain(Generator &g, std::size_t chunk)
{
    std::string all, buf;
    for (bool more = true; more; all += buf) {
        buf.clear();
        more = g.generate(buf, chunk);
    }
    return all;
}

std::string generateText(Kind kind, const GeneratorOptions &o, std::size_t chunk = 1 << 20)
{
    if (kind == Kind::Events) {
        EventGenerator g(o);
        return drain(g, chunk);
    }
    GeneratorOptions opt = o;
    opt.vhostPrefix = kind == Kind::Vhost;
    AccessLogGenerator g(opt);
    return drain(g, chunk);
}

template<class F> void forEachLine(const std::string &text, F &&f)
{
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t nl = text.find('\n', pos);
        f(QString::fromUtf8(text.data() + pos,
                            qsizetype((nl == std::string::npos ? text.size() : nl) - pos)));
        pos = nl == std::string::npos ? text.size() : nl + 1;
    }
}

const QRegularExpression &combinedPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"re(^(?:(?<host>[a-z0-9.-]+):(?<port>\d+) )?(?<ip>[0-9a-f.:]+) - (?<user>[a-z-]+) )re"
        R"re(\[(?<day>\d\d)/(?<mon>[A-Z][a-z]{2})/(?<year>\d{4}):(?<h>\d\d):(?<m>\d\d):(?<s>\d\d) (?<tz>[+-]\d{4})\] )re"
        R"re("(?<method>GET|POST|HEAD) (?<path>/[^ ?"]*)(?:\?(?<query>[^ "]+))? (?<proto>HTTP/1\.1|HTTP/2\.0)" )re"
        R"re((?<status>[1-5]\d\d) (?<bytes>\d+|-) "(?<ref>[^"]*)" "(?<ua>[^"]+)"$)re"));
    return re;
}

const QRegularExpression &botPattern()
{
    static const QRegularExpression re(
        QStringLiteral(
            "bot|crawl|spider|curl/|python-requests|wget|go-http-client|zgrab|facebookexternalhit"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isAssetPath(QStringView path)
{
    static const QRegularExpression re(QStringLiteral(R"re(\.(css|js|png|jpe?g|webp|svg|woff2|ico)$)re"));
    return re.match(path).hasMatch() || path == u"/api/v1/collect";
}

// Independent of the generator: calendar arithmetic through QDate.
qint64 utcSecondsOf(const QRegularExpressionMatch &m)
{
    static const QString months = QStringLiteral("JanFebMarAprMayJunJulAugSepOctNovDec");
    const int month = int(months.indexOf(m.capturedView(u"mon")) / 3 + 1);
    const QDate date(m.capturedView(u"year").toInt(), month, m.capturedView(u"day").toInt());
    const QStringView tz = m.capturedView(u"tz");
    const int offset = (tz.mid(1, 2).toInt() * 60 + tz.mid(3, 2).toInt()) * (tz[0] == u'-' ? -1 : 1);
    return (date.toJulianDay() - 2440588) * 86400 + m.capturedView(u"h").toInt() * 3600 +
           m.capturedView(u"m").toInt() * 60 + m.capturedView(u"s").toInt() - qint64(offset) * 60;
}

// Everything the access-log tests assert on, gathered in one pass.
struct AccessStats
{
    qint64 lines = 0, malformed = 0, outOfOrder = 0, firstSecs = 0, lastSecs = 0;
    QHash<int, qint64> status;
    qint64 bots = 0, botAssets = 0, assets = 0, notModifiedAssets = 0;
    qint64 humanPages = 0, humanDownloads = 0, partialOutsideDownloads = 0, smallFullDownloads = 0;
    qint64 shortGaps = 0, longGaps = 0, humanAssets = 0;
    QSet<QString> ips, agents, pagePaths, hosts, zones;
    QHash<QString, qint64> humanPageHits, lastPageOfClient;
    QSet<int> ports;
    QList<qint64> humanByLocalHour = QList<qint64>(24, 0), humanByDay, byHour;

    double share(qint64 n) const { return lines ? double(n) / double(lines) : 0.0; }
    qint64 statusRange(int lo, int hi) const
    {
        qint64 n = 0;
        for (auto it = status.cbegin(); it != status.cend(); ++it)
            n += (it.key() >= lo && it.key() <= hi) ? it.value() : 0;
        return n;
    }
};

AccessStats analyse(const std::string &text, const GeneratorOptions &o)
{
    AccessStats st;
    const qint64 start = o.startUtcSecs();
    st.humanByDay = QList<qint64>(o.resolvedDays(), 0);
    st.byHour = QList<qint64>(o.resolvedDays() * 24, 0);
    forEachLine(text, [&](const QString &line) {
        ++st.lines;
        const QRegularExpressionMatch m = combinedPattern().match(line);
        if (!m.hasMatch()) {
            if (++st.malformed < 4)
                qWarning("malformed: %s", qPrintable(line));
            return;
        }
        const qint64 t = utcSecondsOf(m);
        st.outOfOrder += st.lines > 1 && t < st.lastSecs;
        st.firstSecs = st.lines == 1 ? t : st.firstSecs;
        st.lastSecs = t;
        const int status = m.capturedView(u"status").toInt();
        ++st.status[status];
        const QString path = m.captured(u"path");
        const QString agent = m.captured(u"ua");
        const bool bot = botPattern().match(agent).hasMatch();
        const bool asset = isAssetPath(path);
        st.ips.insert(m.captured(u"ip"));
        st.agents.insert(agent);
        st.zones.insert(m.captured(u"tz"));
        if (m.hasCaptured(u"host")) {
            st.hosts.insert(m.captured(u"host"));
            st.ports.insert(m.capturedView(u"port").toInt());
        }
        ++st.byHour[int(qBound<qint64>(0, (t - start) / 3600, st.byHour.size() - 1))];
        st.bots += bot;
        st.assets += asset;
        st.botAssets += bot && asset;
        st.notModifiedAssets += asset && status == 304;
        const bool download = path.startsWith(u"/downloads/");
        st.partialOutsideDownloads += status == 206 && !download;
        st.smallFullDownloads += download && status == 200 && m.capturedView(u"bytes").toLongLong() < 1000000;
        if (!asset)
            st.pagePaths.insert(path);
        if (bot)
            return;
        const qint64 local = t + qint64(o.utcOffsetMinutes) * 60;
        ++st.humanByLocalHour[int((local % 86400 + 86400) % 86400 / 3600)];
        ++st.humanByDay[int(qBound<qint64>(0, (t - start) / 86400, st.humanByDay.size() - 1))];
        if (asset) {
            ++st.humanAssets;
            return;
        }
        ++st.humanPages;
        st.humanDownloads += download;
        ++st.humanPageHits[path];
        const QString client = m.captured(u"ip") + u'|' + agent;
        const auto last = st.lastPageOfClient.constFind(client);
        if (last != st.lastPageOfClient.cend())
            ++(t - *last < 1800 ? st.shortGaps : st.longGaps);
        st.lastPageOfClient.insert(client, t);
    });
    return st;
}

GeneratorOptions defaults(qint64 lines, quint64 seed = 42)
{
    GeneratorOptions o;
    o.seed = seed;
    o.targetLines = lines;
    return o;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private:
    GeneratorOptions m_options;
    AccessStats m_stats; // default options, 200k lines

private slots:
    void initTestCase()
    {
        m_options = defaults(200000);
        m_stats = analyse(generateText(Kind::Combined, m_options), m_options);
        QCOMPARE(m_stats.malformed, 0);
    }

    void primitives()
    {
        Rng a(5), b(5), c(6);
        const std::uint64_t first = a.next();
        QVERIFY(first == b.next() && first != c.next());
        for (int i = 0; i < 10000; ++i) {
            QVERIFY(a.below(7) < 7u);
            VERIFY_BETWEEN(a.between(-3, 3), -3.5, 3.5);
            const double u = a.unit();
            QVERIFY(u >= 0.0 && u < 1.0);
        }
        // Zipf(1.1): p(rank 1) / p(rank 2) = 2^1.1.
        const DiscreteSampler zipf = DiscreteSampler::zipf(5000, 1.1);
        QCOMPARE(zipf.size(), 5000);
        QVERIFY(qAbs(zipf.probability(0) / zipf.probability(1) - 2.1435469250725863) < 1e-9);
        double sum = 0.0;
        for (int i = 0; i < zipf.size(); ++i)
            sum += zipf.probability(i);
        QVERIFY(qAbs(sum - 1.0) < 1e-12);
        Rng r(11);
        int top = 0;
        constexpr int kDraws = 200000;
        for (int i = 0; i < kDraws; ++i) {
            const int k = zipf.sample(r);
            QVERIFY(k >= 0 && k < 5000);
            top += k == 0;
        }
        QVERIFY(qAbs(top / double(kDraws) - zipf.probability(0)) < 0.005);
        // Zero weights are never drawn.
        const double w[] = {0.0, 1.0, 0.0, 3.0};
        const DiscreteSampler d(w);
        QVERIFY(d.probability(0) == 0.0 && d.probability(2) == 0.0 && d.probability(3) == 0.75);
    }

    void userAgentCatalog()
    {
        const UserAgentCatalog def(60);
        QCOMPARE(def.size(), 60);
        QCOMPARE(int(def.bots().size()), 6);
        QCOMPARE(int(def.humans().size()), 54);
        const UserAgentCatalog big(300);
        QSet<QString> distinct;
        for (int i = 0; i < big.size(); ++i)
            distinct.insert(QString::fromStdString(big.at(i).text));
        QCOMPARE(distinct.size(), 300);
        QCOMPARE(int(big.bots().size()), UserAgentCatalog::builtinBotCount());
        bool tablet = false, ios = false, android = false, desktopLinux = false;
        for (int i : def.humans()) {
            tablet |= def.at(i).device == DeviceClass::Tablet;
            ios |= def.at(i).os == OsFamily::Ios;
            android |= def.at(i).os == OsFamily::Android;
            desktopLinux |= def.at(i).os == OsFamily::Linux;
            QVERIFY(!botPattern().match(QString::fromStdString(def.at(i).text)).hasMatch());
        }
        QVERIFY(tablet && ios && android && desktopLinux);
        for (int i : def.bots())
            QVERIFY(botPattern().match(QString::fromStdString(def.at(i).text)).hasMatch());
    }

    void timestamps()
    {
        ClfTimestamp utc(0), east(120), west(-330);
        QCOMPARE(QString::fromLatin1(utc.format(1760104536)), QStringLiteral("[10/Oct/2025:13:55:36 +0000]"));
        QCOMPARE(QString::fromLatin1(east.format(1760104536)),
                 QStringLiteral("[10/Oct/2025:15:55:36 +0200]"));
        QCOMPARE(QString::fromLatin1(west.format(1760104536)),
                 QStringLiteral("[10/Oct/2025:08:25:36 -0530]"));
        QCOMPARE(QString::fromLatin1(utc.format(1709164800)), QStringLiteral("[29/Feb/2024:00:00:00 +0000]"));
        QCOMPARE(QString::fromLatin1(west.format(0)), QStringLiteral("[31/Dec/1969:18:30:00 -0530]"));
    }

    void determinism_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("combined") << int(Kind::Combined);
        QTest::newRow("vhost") << int(Kind::Vhost);
        QTest::newRow("events") << int(Kind::Events);
    }

    void determinism()
    {
        QFETCH(int, kind);
        GeneratorOptions o = defaults(30000, 7);
        o.sites = {QStringLiteral("www.example.com"), QStringLiteral("shop.example.com")};
        // The chunk size must not matter: only whole lines are appended.
        const std::string a = generateText(Kind(kind), o, 1 << 20);
        const std::string b = generateText(Kind(kind), o, 4096);
        QVERIFY(a.size() > 1000000);
        QVERIFY(a == b);
        o.seed = 8;
        const std::string c = generateText(Kind(kind), o);
        QVERIFY(a != c);
    }

    // Pinned digests: a change means the output differs from what every other
    // platform produces (or the generator was changed on purpose; then update).
    void goldenOutput()
    {
        const auto digest = [](const std::string &s) {
            return QCryptographicHash::hash(QByteArrayView(s.data(), qsizetype(s.size())),
                                            QCryptographicHash::Sha256)
                .toHex()
                .left(16);
        };
        const GeneratorOptions o = defaults(20000, 2025);
        const QByteArray access = digest(generateText(Kind::Combined, o));
        const QByteArray events = digest(generateText(Kind::Events, o));
        qInfo("golden digests: access %s events %s", access.constData(), events.constData());
        QCOMPARE(access, QByteArray("71c29683bb5d9c9f"));
        QCOMPARE(events, QByteArray("d618f3b5f59718ee"));
    }

    void lineBudget_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("target");
        QTest::addColumn<int>("days");
        QTest::newRow("access 5k/1d") << int(Kind::Combined) << qint64(5000) << 1;
        QTest::newRow("access 200k/28d") << int(Kind::Combined) << qint64(200000) << 28;
        QTest::newRow("access 1M/90d") << int(Kind::Combined) << qint64(1000000) << 90;
        QTest::newRow("events 5k/1d") << int(Kind::Events) << qint64(5000) << 1;
        QTest::newRow("events 300k/28d") << int(Kind::Events) << qint64(300000) << 28;
        QTest::newRow("empty") << int(Kind::Combined) << qint64(0) << 28;
    }

    void lineBudget()
    {
        QFETCH(int, kind);
        QFETCH(qint64, target);
        QFETCH(int, days);
        GeneratorOptions o = defaults(target);
        o.days = days;
        AccessLogGenerator access(o);
        EventGenerator events(o);
        const bool isEvents = Kind(kind) == Kind::Events;
        std::string text = isEvents ? drain(events, 1 << 20) : drain(access, 1 << 20);
        const auto lines = qint64(std::count(text.begin(), text.end(), '\n'));
        QCOMPARE(isEvents ? events.linesWritten() : access.linesWritten(), lines);
        QVERIFY(isEvents ? !events.generate(text, 1 << 20)
                         : !access.generate(text, 1 << 20)); // stays exhausted
        VERIFY_BETWEEN(lines, target * 0.97 - 1, target * 1.03 + 1);
        QVERIFY(text.empty() || text.back() == '\n');
    }

    void combinedFormat_data()
    {
        QTest::addColumn<bool>("vhost");
        QTest::addColumn<int>("offsetMinutes");
        QTest::addColumn<QStringList>("sites");
        QTest::addColumn<QString>("zone");
        QTest::newRow("combined utc") << false << 0 << QStringList() << QStringLiteral("+0000");
        QTest::newRow("vhost 3 sites +0200")
            << true << 120 << QStringList{u"www.example.com"_s, u"shop.example.com"_s, u"docs.example.org"_s}
            << QStringLiteral("+0200");
        QTest::newRow("combined -0530") << false << -330 << QStringList() << QStringLiteral("-0530");
    }

    void combinedFormat()
    {
        QFETCH(bool, vhost);
        QFETCH(int, offsetMinutes);
        QFETCH(QStringList, sites);
        QFETCH(QString, zone);
        GeneratorOptions o = defaults(60000, 3);
        o.utcOffsetMinutes = offsetMinutes;
        o.sites = sites;
        const AccessStats st = analyse(generateText(vhost ? Kind::Vhost : Kind::Combined, o), o);
        QVERIFY(st.lines > 50000);
        QCOMPARE(st.malformed, 0);
        QCOMPARE(st.outOfOrder, 0);
        QCOMPARE(st.zones, QSet<QString>{zone});
        // Parsed back through the written offset, every line lies in [end - days, end).
        QVERIFY(st.firstSecs >= o.startUtcSecs());
        QVERIFY(st.lastSecs < o.resolvedEndUtcSecs());
        if (vhost) {
            QCOMPARE(st.hosts, QSet<QString>(sites.cbegin(), sites.cend()));
            QCOMPARE(st.ports, (QSet<int>{80, 443})); // http links upgraded by a 301
        } else {
            QVERIFY(st.hosts.isEmpty());
        }
    }

    void trafficMix()
    {
        const AccessStats &st = m_stats;
        QCOMPARE(st.outOfOrder, 0);
        QVERIFY(st.share(st.status.value(200)) > 0.7);
        VERIFY_BETWEEN(st.share(st.status.value(404)), 0.02, 0.045);
        VERIFY_BETWEEN(st.share(st.statusRange(500, 599)), 0.002, 0.01);
        VERIFY_BETWEEN(st.share(st.status.value(301) + st.status.value(302)), 0.003, 0.02);
        QVERIFY(st.status.value(301) > 0 && st.status.value(302) > 0);
        // 304s come mostly from cached assets.
        QVERIFY(st.share(st.status.value(304)) > 0.02);
        QVERIFY(st.notModifiedAssets > st.status.value(304) * 7 / 10);
        // Partial responses only for downloads, and full downloads are large.
        QVERIFY(st.status.value(206) > 0);
        QCOMPARE(st.partialOutsideDownloads, 0);
        QCOMPARE(st.smallFullDownloads, 0);
        VERIFY_BETWEEN(double(st.humanDownloads) / double(st.humanPages), 0.005, 0.02);
        VERIFY_BETWEEN(st.share(st.bots), 0.10, 0.20);
        QCOMPARE(st.botAssets, 0); // robots crawl pages only
        VERIFY_BETWEEN(st.share(st.assets), 0.5, 0.8);
    }

    void cardinalities_data()
    {
        QTest::addColumn<int>("pool");
        QTest::addColumn<int>("agents");
        QTest::addColumn<int>("paths");
        QTest::addColumn<int>("minIps");
        QTest::addColumn<int>("minPaths");
        QTest::newRow("defaults") << 20000 << 60 << 5000 << 4000 << 3500;
        QTest::newRow("small pools saturate") << 2000 << 30 << 800 << 1800 << 760;
    }

    void cardinalities()
    {
        QFETCH(int, pool);
        QFETCH(int, agents);
        QFETCH(int, paths);
        QFETCH(int, minIps);
        QFETCH(int, minPaths);
        GeneratorOptions o = defaults(200000);
        o.ipPoolSize = pool;
        o.userAgentCount = agents;
        o.pathCount = paths;
        const bool isDefault = pool == m_options.ipPoolSize && agents == m_options.userAgentCount &&
                               paths == m_options.pathCount;
        const AccessStats st = isDefault ? m_stats : analyse(generateText(Kind::Combined, o), o);
        VERIFY_BETWEEN(st.ips.size(), minIps - 1, pool + 1);
        qint64 v6 = 0;
        for (const QString &ip : st.ips)
            v6 += ip.contains(u':');
        VERIFY_BETWEEN(double(v6) / st.ips.size(), 0.05, 0.16);
        QCOMPARE(st.agents.size(), agents);
        // Humans and crawlers reach most of the catalogue's pages; the other
        // paths are dead links, downloads, probes and redirected URL variants.
        const SiteCatalog catalog(paths);
        int catalogPages = 0;
        for (int i = 0; i < catalog.pageCount(); ++i)
            catalogPages += st.pagePaths.contains(QString::fromStdString(std::string(catalog.pagePath(i))));
        VERIFY_BETWEEN(catalogPages, minPaths, paths + 1);
        VERIFY_BETWEEN(st.pagePaths.size(), catalogPages, paths + paths / 2 + 300);
        // Zipf popularity: the home page leads the human page views.
        const auto top = std::max_element(st.humanPageHits.cbegin(), st.humanPageHits.cend());
        QCOMPARE(top.key(), QStringLiteral("/"));
        VERIFY_BETWEEN(double(top.value()) / double(st.humanPages), 0.08, 0.25);
    }

    void rhythmAndVisits()
    {
        const AccessStats &st = m_stats;
        const auto &h = st.humanByLocalHour;
        const qint64 afternoon = h[13] + h[14] + h[15] + h[16];
        const qint64 night = h[2] + h[3] + h[4] + h[5];
        VERIFY_BETWEEN(double(afternoon) / double(night), 3.0, 20.0);
        // The default history ends on a Monday: day index 5, 6 (mod 7) are Saturdays and Sundays.
        qint64 days[2] = {0, 0}; // Monday to Friday, weekend
        for (int d = 0; d < st.humanByDay.size(); ++d)
            days[d % 7 >= 5] += st.humanByDay[d];
        VERIFY_BETWEEN((double(days[1]) / 2.0) / (double(days[0]) / 5.0), 0.4, 0.85); // per day
        // Growth: the last week is busier than the first.
        qint64 firstWeek = 0, lastWeek = 0;
        for (int d = 0; d < 7; ++d) {
            firstWeek += st.humanByDay[d];
            lastWeek += st.humanByDay[st.humanByDay.size() - 1 - d];
        }
        VERIFY_BETWEEN(double(lastWeek) / double(firstWeek), 1.03, 2.0);
        // The news-site burst is the busiest hour of the history.
        const AccessLogGenerator g(m_options);
        const int spike = g.shape().spikeHour();
        QVERIFY(spike > 0);
        const auto busiest = int(std::max_element(st.byHour.cbegin(), st.byHour.cend()) - st.byHour.cbegin());
        VERIFY_BETWEEN(busiest - spike, -0.5, 2.5);
        // History spans the requested days: traffic in the first and in the last hour.
        QVERIFY(st.firstSecs - m_options.startUtcSecs() < 3600);
        QVERIFY(m_options.resolvedEndUtcSecs() - st.lastSecs < 3600);
        // Browsers load assets with every page view.
        VERIFY_BETWEEN(double(st.humanAssets) / double(st.humanPages), 2.0, 8.0);
        // Page views of one client mostly follow within minutes; a few after a
        // pause longer than the 30-minute visit timeout.
        QVERIFY(st.shortGaps > 10000);
        VERIFY_BETWEEN(double(st.longGaps) / double(st.longGaps + st.shortGaps), 0.01, 0.15);
    }

    void eventFormatAndSessions()
    {
        const GeneratorOptions o = defaults(150000, 9);
        const std::string text = generateText(Kind::Events, o);
        const QSet<QString> types = {u"page_view"_s, u"click"_s,    u"signup"_s,        u"purchase"_s,
                                     u"search"_s,    u"download"_s, u"session_start"_s, u"session_end"_s};
        const QSet<QString> systems = {u"android"_s, u"ios"_s,   u"windows"_s,
                                       u"macos"_s,   u"linux"_s, u"chromeos"_s};
        const QRegularExpression sessionRe(QStringLiteral("^s[0-9a-f]{16}$"));
        const QRegularExpression userRe(QStringLiteral("^u[1-9][0-9]*$"));
        QHash<QString, qint64> counts;
        QSet<QString> started, closed;
        qint64 lines = 0, lastTs = 0, anonymousStarts = 0, errors = 0;
        forEachLine(text, [&](const QString &line) {
            ++lines;
            QJsonParseError err{};
            const QJsonObject e = QJsonDocument::fromJson(line.toUtf8(), &err).object();
            const QString type = e.value(u"event_type").toString();
            const QString session = e.value(u"session_id").toString();
            const QJsonObject params = e.value(u"params").toObject();
            const qint64 ts = e.value(u"ts").toInteger(-1);
            bool ok = err.error == QJsonParseError::NoError && types.contains(type) &&
                      sessionRe.match(session).hasMatch() && ts >= lastTs && ts >= o.startUtcSecs() * 1000 &&
                      ts < o.resolvedEndUtcSecs() * 1000 &&
                      systems.contains(params.value(u"os_type").toString()) &&
                      params.value(u"country").toString().size() == 2;
            if (e.contains(u"user_id"))
                ok = ok && userRe.match(e.value(u"user_id").toString()).hasMatch();
            if (type == u"page_view")
                ok = ok && params.value(u"path").toString().startsWith(u'/');
            if (type == u"purchase")
                ok = ok && params.value(u"amount").toDouble() > 0 &&
                     params.value(u"currency").toString().size() == 3 && e.contains(u"user_id");
            // Sessions open before their other events and nothing follows their end.
            const bool start = type == u"session_start";
            ok = ok && (start ? !started.contains(session)
                              : started.contains(session) && !closed.contains(session));
            anonymousStarts += start && !e.contains(u"user_id");
            if (start)
                started.insert(session);
            else if (type == u"session_end")
                closed.insert(session);
            lastTs = ts;
            ++counts[type];
            if (!ok && ++errors < 4)
                qWarning("bad event: %s", qPrintable(line));
        });
        QCOMPARE(errors, 0);
        VERIFY_BETWEEN(lines, o.targetLines * 0.97, o.targetLines * 1.03);
        QCOMPARE(QSet<QString>(counts.keyBegin(), counts.keyEnd()), types);
        // Only the sessions running at the end of the history stay open.
        QVERIFY(started.size() - closed.size() < started.size() / 100);
        QVERIFY(counts[u"page_view"_s] > counts[u"click"_s]);
        QVERIFY(counts[u"click"_s] > counts[u"session_start"_s]);
        QVERIFY(counts[u"session_start"_s] > counts[u"search"_s]);
        QVERIFY(counts[u"purchase"_s] < counts[u"session_start"_s] / 10);
        VERIFY_BETWEEN(double(anonymousStarts) / double(counts[u"session_start"_s]), 0.25, 0.45);
    }

    void boundedMemoryAndSpeed()
    {
        // The benchmark size: millions of lines in fixed chunks, nothing kept.
        constexpr std::size_t kChunk = std::size_t(4) << 20;
        std::size_t largest = 0;
        const auto run = [&](auto &g, const char *what) {
            std::string buf;
            qint64 bytes = 0;
            QElapsedTimer timer;
            timer.start();
            for (bool more = true; more;) {
                buf.clear();
                more = g.generate(buf, kChunk);
                bytes += qint64(buf.size());
                largest = std::max(largest, buf.size());
            }
            const double secs = std::max(double(timer.nsecsElapsed()) / 1e9, 1e-9);
            qInfo("%s: %lld lines, %.0f MB in %.2f s = %.0f lines/s, %.0f MB/s, peak %zu in flight", what,
                  g.linesWritten(), double(bytes) / 1e6, secs, double(g.linesWritten()) / secs,
                  double(bytes) / 1e6 / secs, g.peakActiveVisitors());
            return bytes;
        };
        AccessLogGenerator access(defaults(2000000));
        const qint64 bytes = run(access, "access log");
        QVERIFY(access.peakActiveVisitors() < 5000); // memory bounded by concurrent visitors
        VERIFY_BETWEEN(access.linesWritten(), 1960000, 2040000);
        VERIFY_BETWEEN(bytes, 4e8, 6.5e8); // ~250 bytes a line, like real combined logs
        EventGenerator events(defaults(1000000));
        run(events, "events");
        VERIFY_BETWEEN(events.linesWritten(), 980000, 1020000);
        QVERIFY(events.peakActiveVisitors() < 5000);
        QVERIFY(largest < kChunk + 4096); // whole lines, the soft limit honoured
    }

    void writeFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const GeneratorOptions o = defaults(20000, 4);
        const QString path = dir.filePath(u"demo.log"_s);
        int calls = 0;
        const DemoWriteResult r =
            writeDemoFile(path, DemoDataKind::AccessLog, o, [&](qint64 done, qint64 target) {
                ++calls;
                return done >= 0 && target == 20000;
            });
        QVERIFY2(r.ok, qPrintable(r.errorString));
        QVERIFY(calls > 0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QCOMPARE(qint64(content.size()), r.bytes);
        QCOMPARE(qint64(content.count('\n')), r.lines);
        const std::string expected = generateText(Kind::Combined, o);
        QVERIFY(content == QByteArray(expected.data(), qsizetype(expected.size())));

        const QString cancelled = dir.filePath(u"cancelled.jsonl"_s);
        const DemoWriteResult c = writeDemoFile(cancelled, DemoDataKind::Events, defaults(200000),
                                                [](qint64, qint64) { return false; });
        QVERIFY(!c.ok && c.cancelled);
        QVERIFY(!QFile::exists(cancelled)); // no half-written dataset

        const DemoWriteResult bad =
            writeDemoFile(dir.filePath(u"missing/dir/demo.log"_s), DemoDataKind::AccessLog, o);
        QVERIFY(!bad.ok && !bad.cancelled);
        QVERIFY(!bad.errorString.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
