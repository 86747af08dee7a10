// Country lookup: a small GeoIP2-Country-like .mmdb built here with Debian's
// MaxMind::DB::Writer (addresses inside and outside its networks, the
// registered_country fallback, IPv4-mapped IPv6, invalid text, private
// ranges), Debian's legacy geoip-database on long-standing allocations,
// per-thread caching, concurrent lookups, and clear errors for unusable files.

#include "enrich/geoip.h"
#include "enrich/ipaddress.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace es;

namespace {

// Writes a MaxMind DB: perl -MMaxMind::DB::Writer::Tree -e SCRIPT OUT TYPE IPVERSION.
// 10.0.0.0/8 and fc00::/7 are in the file on purpose: private ranges must
// still have no country.
const char *const kWriterScript =
    "use strict; use warnings;\n"
    "my ($out, $type, $ipv) = @ARGV;\n"
    "my %types = (country => 'map', registered_country => 'map', continent => 'map',\n"
    "             iso_code => 'utf8_string', code => 'utf8_string');\n"
    "my $t = MaxMind::DB::Writer::Tree->new(ip_version => $ipv, record_size => 24,\n"
    "    database_type => $type, languages => ['en'],\n"
    "    description => {en => 'Eventscope test database'},\n"
    "    map_key_type_callback => sub { $types{$_[0]} }, remove_reserved_networks => 0);\n"
    "my @nets = (\n"
    "  ['81.2.69.0/24', {country => {iso_code => 'GB'}, registered_country => {iso_code => 'GB'}}],\n"
    "  ['89.160.20.112/28', {country => {iso_code => 'SE'}}],\n"
    "  ['175.16.199.0/24', {registered_country => {iso_code => 'CN'}}],\n"
    "  ['216.160.83.56/29', {country => {iso_code => 'us'}}],\n"
    "  ['67.43.156.0/24', {continent => {code => 'AS'}}],\n"
    "  ['10.0.0.0/8', {country => {iso_code => 'DE'}}],\n"
    "  ['2001:218::/32', {country => {iso_code => 'JP'}}],\n"
    "  ['2a02:d280::/29', {country => {iso_code => 'CZ'}}],\n"
    "  ['2a02:e180::/32', {country => {iso_code => 'EU'}}],\n"
    "  ['fc00::/7', {country => {iso_code => 'DE'}}],\n"
    ");\n"
    "for my $n (@nets) { next if $ipv == 4 && $n->[0] =~ /:/; $t->insert_network(@$n); }\n"
    "open my $fh, '>:raw', $out or die \"$out: $!\";\n"
    "$t->write_tree($fh); close $fh or die \"$out: $!\";\n";

bool writerAvailable(QString *why)
{
    QProcess p;
    p.start(QStringLiteral("perl"), {QStringLiteral("-MMaxMind::DB::Writer::Tree"), QStringLiteral("-e1")});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *why = QStringLiteral("perl with MaxMind::DB::Writer::Tree is missing "
                              "(Debian: libmaxmind-db-writer-perl): ") +
               QString::fromLocal8Bit(p.readAllStandardError()).left(200);
        return false;
    }
    return true;
}

bool writeMmdb(const QString &out, const QString &type, int ipVersion, QString *error)
{
    QProcess p;
    p.start(QStringLiteral("perl"),
            {QStringLiteral("-MMaxMind::DB::Writer::Tree"), QStringLiteral("-e"),
             QString::fromLatin1(kWriterScript), out, type, QString::number(ipVersion)});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromLocal8Bit(p.readAllStandardError());
        return false;
    }
    return true;
}

QString country(const GeoLookup &geo, const char *ip)
{
    return QString::fromLatin1(geo.countryOf(std::string_view(ip)));
}

struct Case
{
    const char *ip;
    const char *country;
};

// Inside and outside the networks of the test database.
const Case kMmdbCases[] = {
    {"81.2.69.160", "GB"},
    {"81.2.69.0", "GB"},
    {"81.2.69.255", "GB"},
    {"81.2.70.1", ""},
    {"81.2.68.255", ""},
    {"89.160.20.112", "SE"},
    {"89.160.20.127", "SE"},
    {"89.160.20.128", ""},
    {"89.160.20.111", ""},
    {"175.16.199.7", "CN"},  // registered_country only
    {"216.160.83.60", "US"}, // lower case in the file
    {"216.160.83.64", ""},   // just past the /29
    {"67.43.156.1", ""},     // a record without a country
    {"8.8.8.8", ""},         // not in the file
    {"2001:218::1", "JP"},
    {"2001:218:ffff:ffff:ffff:ffff:ffff:ffff", "JP"},
    {"2001:219::1", ""},
    {"2001:0218:0000::0001", "JP"}, // another spelling
    {"2a02:d280::1", "CZ"},
    {"2a02:d287:ffff::1", "CZ"},  // end of the /29
    {"2a02:d288::1", ""},         // past it
    {"2a02:e180::1", ""},         // "EU" is not a country
    {"::ffff:81.2.69.160", "GB"}, // IPv4-mapped IPv6
    {"::FFFF:5102:45A0", "GB"},   // the same in hex
    {"::ffff:89.160.20.120", "SE"},
    {" 81.2.69.160 ", "GB"},    // surrounding spaces
    {"2001:218::1%eth0", "JP"}, // a zone is dropped
};

const char *const kInvalid[] = {
    "",
    "-",
    "unknown",
    "81.2.69",
    "81.2.69.160.1",
    "256.2.69.160",
    "081.2.69.160",
    "81.2.69.160:8080",
    "81.2.69.160, 89.160.20.115",
    "[2001:218::1]",
    "2001:218::1::2",
    "2001:218:0:0:0:0:0:0:1",
    "gggg::1",
    "81.2.69.160/24",
    "fe80::1%",
    "a very long string that is not an address and is longer than the cache key",
};

// Private and special-purpose: no country, even where the file has one.
const char *const kPrivate[] = {
    "10.1.2.3",    "192.168.1.1", "172.16.5.4",      "127.0.0.1",    "100.64.1.1",
    "169.254.1.1", "0.0.0.0",     "255.255.255.255", "224.0.0.1",    "192.0.2.1",
    "::1",         "::",          "fc00::1",         "fd12:3456::1", "fe80::1",
    "2001:db8::1", "ff02::1",     "::ffff:10.0.0.1", "fe80::1%eth0",
};

// Long-standing allocations, checked against the December 2019 data of
// Debian's geoip-database.
const Case kLegacyCases[] = {
    {"8.8.8.8", "US"},              // Google
    {"17.0.0.1", "US"},             // Apple's 17.0.0.0/8
    {"129.132.1.1", "CH"},          // ETH Zurich
    {"130.149.1.1", "DE"},          // TU Berlin
    {"133.1.1.1", "JP"},            // Japanese academic network
    {"200.160.2.3", "BR"},          // NIC.br
    {"193.0.6.139", "NL"},          // RIPE NCC
    {"::ffff:8.8.8.8", "US"},       // IPv4-mapped
    {"2001:4860:4860::8888", "US"}, // Google
    {"2001:200::1", "JP"},          // WIDE project
    {"2001:620::1", "CH"},          // SWITCH
    {"2001:638::1", "DE"},          // DFN
    {"10.0.0.1", ""},
    {"2001:db8::1", ""},
};

} // namespace

class TestGeoIp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_mmdb;          // GeoIP2-Country, IPv6 tree
    QString m_mmdb4;         // GeoIP2-Country, IPv4 only
    QString m_asn;           // a database without countries
    QString m_writerMissing; // why the .mmdb tests are skipped

    void requireMmdb()
    {
        if (!m_writerMissing.isEmpty())
            QSKIP(qPrintable(m_writerMissing));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!writerAvailable(&m_writerMissing))
            return;
        QString error;
        m_mmdb = m_dir.filePath(QStringLiteral("test-country.mmdb"));
        QVERIFY2(writeMmdb(m_mmdb, QStringLiteral("GeoIP2-Country"), 6, &error), qPrintable(error));
        m_mmdb4 = m_dir.filePath(QStringLiteral("test-country-v4.mmdb"));
        QVERIFY2(writeMmdb(m_mmdb4, QStringLiteral("GeoIP2-Country"), 4, &error), qPrintable(error));
        m_asn = m_dir.filePath(QStringLiteral("test-asn.mmdb"));
        QVERIFY2(writeMmdb(m_asn, QStringLiteral("GeoLite2-ASN"), 6, &error), qPrintable(error));
    }

    void addressParsing()
    {
        const auto a = IpAddress::parse("192.0.2.1");
        QVERIFY(a && a->v4);
        QCOMPARE(a->ipv4(), 0xc0000201u);
        QCOMPARE(a->toString(), std::string("192.0.2.1"));
        const auto mapped = IpAddress::parse("::ffff:192.0.2.1");
        QVERIFY(mapped && mapped->v4);
        QVERIFY(*mapped == *a);
        const auto b = IpAddress::parse("2001:DB8:0:0::1");
        QVERIFY(b && !b->v4);
        QCOMPARE(b->toString(), std::string("2001:db8::1"));
        for (const char *bad : kInvalid)
            QVERIFY2(!IpAddress::parse(bad), bad);
    }

    void packedCodes()
    {
        QCOMPARE(GeoLookup::packCountry("AA"), std::uint16_t(1));
        QCOMPARE(GeoLookup::packCountry("ZY"), std::uint16_t(26 * 26 - 1));
        QCOMPARE(GeoLookup::unpackCountry(GeoLookup::packCountry("US")), std::string_view("US"));
        QCOMPARE(GeoLookup::unpackCountry(GeoLookup::packCountry("de")), std::string_view("DE"));
        for (const char *notCountry : {"", "A1", "A2", "O1", "--", "EU", "AP", "ZZ", "USA", "U"})
            QVERIFY2(GeoLookup::packCountry(notCountry) == 0, notCountry);
        QCOMPARE(GeoLookup::unpackCountry(0), std::string_view());
        QCOMPARE(GeoLookup::unpackCountry(677), std::string_view());
    }

    void closedLookup()
    {
        GeoLookup geo;
        QVERIFY(!geo.isOpen());
        QCOMPARE(geo.source(), GeoLookup::Source::None);
        QVERIFY(geo.description().isEmpty());
        QCOMPARE(country(geo, "8.8.8.8"), QString());
    }

    void mmdbLookups()
    {
        requireMmdb();
        GeoLookup geo;
        QString error;
        QVERIFY2(geo.open(m_mmdb, &error), qPrintable(error));
        QCOMPARE(geo.source(), GeoLookup::Source::MaxMindDb);
        QCOMPARE(geo.path(), m_mmdb);
        QVERIFY2(QRegularExpression(QStringLiteral("^GeoIP2-Country, built \\d{4}-\\d\\d-\\d\\d$"))
                     .match(geo.description())
                     .hasMatch(),
                 qPrintable(geo.description()));
        // Twice: the second round is answered from the cache.
        for (int round = 0; round < 2; ++round) {
            for (const Case &c : kMmdbCases) {
                QVERIFY2(country(geo, c.ip) == QLatin1String(c.country), c.ip);
                QVERIFY2(geo.countryOfUncached(c.ip) == std::string_view(c.country), c.ip);
            }
            for (const char *ip : kInvalid)
                QVERIFY2(country(geo, ip).isEmpty(), ip);
            for (const char *ip : kPrivate)
                QVERIFY2(country(geo, ip).isEmpty(), ip);
        }
    }

    void mmdbIpv4Only()
    {
        requireMmdb();
        GeoLookup geo;
        QString error;
        QVERIFY2(geo.open(m_mmdb4, &error), qPrintable(error));
        QVERIFY2(geo.description().endsWith(QLatin1String("IPv4 only")), qPrintable(geo.description()));
        QCOMPARE(country(geo, "81.2.69.160"), QStringLiteral("GB"));
        QCOMPARE(country(geo, "::ffff:81.2.69.160"), QStringLiteral("GB"));
        QCOMPARE(country(geo, "175.16.199.7"), QStringLiteral("CN"));
        QCOMPARE(country(geo, "2001:218::1"), QString());
    }

    void legacyFallback()
    {
        GeoLookup geo;
        QString error;
        QVERIFY2(geo.open(QString(), &error), qPrintable(error));
        QCOMPARE(geo.source(), GeoLookup::Source::Legacy);
        QCOMPARE(geo.path(), GeoLookup::legacyDirectory() + QStringLiteral("/GeoIP.dat"));
        QCOMPARE(geo.description(),
                 QStringLiteral("Debian geoip-database (legacy GeoIP Country, IPv4 and IPv6)"));
        for (int round = 0; round < 2; ++round) {
            for (const Case &c : kLegacyCases)
                QVERIFY2(country(geo, c.ip) == QLatin1String(c.country), c.ip);
            for (const char *ip : kInvalid)
                QVERIFY2(country(geo, ip).isEmpty(), ip);
            for (const char *ip : kPrivate)
                QVERIFY2(country(geo, ip).isEmpty(), ip);
        }
    }

    // Entries of one lookup are never answers of another on the same thread,
    // nor of the same object after it reopens another database.
    void cacheKeepsLookupsApart()
    {
        requireMmdb();
        GeoLookup mmdb, legacy;
        QString error;
        QVERIFY2(mmdb.open(m_mmdb, &error), qPrintable(error));
        QVERIFY2(legacy.open(QString(), &error), qPrintable(error));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(country(mmdb, "8.8.8.8"), QString());
            QCOMPARE(country(legacy, "8.8.8.8"), QStringLiteral("US"));
        }
        QVERIFY(mmdb.open(QString(), &error));
        QCOMPARE(country(mmdb, "8.8.8.8"), QStringLiteral("US"));
        QVERIFY(mmdb.open(m_mmdb, &error));
        QCOMPARE(country(mmdb, "8.8.8.8"), QString());
        mmdb.close();
        QCOMPARE(country(mmdb, "81.2.69.160"), QString());
    }

    // Far more distinct addresses than the cache holds: evictions never give
    // a wrong answer.
    void cacheEviction()
    {
        requireMmdb();
        GeoLookup geo;
        QString error;
        QVERIFY2(geo.open(m_mmdb, &error), qPrintable(error));
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < 20000; ++i) {
                // 81.2.69.x is GB, 81.2.70.x and 81.2.71.x are not; ... up to 81.2.146.x.
                const std::string ip = "81.2." + std::to_string(69 + i / 256) + "." + std::to_string(i % 256);
                const std::string_view expected = i < 256 ? "GB" : "";
                QVERIFY2(geo.countryOf(ip) == expected, ip.c_str());
            }
        }
    }

    void concurrentLookups_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::newRow("mmdb") << false;
        QTest::newRow("legacy") << true;
    }

    void concurrentLookups()
    {
        QFETCH(bool, legacy);
        if (!legacy)
            requireMmdb();
        GeoLookup geo;
        QString error;
        QVERIFY2(geo.open(legacy ? QString() : m_mmdb, &error), qPrintable(error));

        // Every address of the tables plus a spread of public ones, answered
        // once on this thread.
        std::vector<std::string> ips;
        for (const Case &c : kMmdbCases)
            ips.emplace_back(c.ip);
        for (const Case &c : kLegacyCases)
            ips.emplace_back(c.ip);
        for (int i = 0; i < 3000; ++i)
            ips.push_back(std::to_string(1 + i * 7 % 223) + "." + std::to_string(i * 13 % 256) + "." +
                          std::to_string(i % 256) + ".1");
        for (int i = 0; i < 500; ++i)
            ips.push_back("2a02:" + std::to_string(1000 + i % 9000) + "::" + std::to_string(i));
        std::vector<std::string_view> expected;
        for (const std::string &ip : ips)
            expected.push_back(geo.countryOfUncached(ip));

        constexpr int kThreads = 4;
        std::vector<int> mismatches(kThreads, 0);
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                for (int round = 0; round < 20; ++round) {
                    for (size_t i = 0; i < ips.size(); ++i) {
                        const size_t k = (i * (t + 1) + size_t(round)) % ips.size();
                        const std::string_view got =
                            round % 5 == 0 ? geo.countryOfUncached(ips[k]) : geo.countryOf(ips[k]);
                        if (got != expected[k])
                            ++mismatches[size_t(t)];
                    }
                }
            });
        }
        for (std::thread &th : threads)
            th.join();
        for (int t = 0; t < kThreads; ++t)
            QCOMPARE(mismatches[size_t(t)], 0);
    }

    void missingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-such.mmdb"));
        GeoLookup geo;
        QString error;
        QVERIFY(!geo.open(path, &error));
        QVERIFY(!geo.isOpen());
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("--geoip")), qPrintable(error));
        QCOMPARE(country(geo, "8.8.8.8"), QString());
    }

    void folderInsteadOfFile()
    {
        GeoLookup geo;
        QString error;
        QVERIFY(!geo.open(m_dir.path(), &error));
        QVERIFY2(error.contains(m_dir.path()) && error.contains(QLatin1String("folder")), qPrintable(error));
    }

    void corruptFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("this is not a MaxMind database\n").repeated(100);
        QTest::newRow("legacy .dat") << QByteArray("legacy");
        QTest::newRow("truncated mmdb") << QByteArray("truncated");
    }

    void corruptFile()
    {
        QFETCH(QByteArray, content);
        if (content == "legacy") {
            QFile legacy(GeoLookup::legacyDirectory() + QStringLiteral("/GeoIP.dat"));
            QVERIFY(legacy.open(QIODevice::ReadOnly));
            content = legacy.readAll();
        } else if (content == "truncated") {
            requireMmdb();
            QFile good(m_mmdb);
            QVERIFY(good.open(QIODevice::ReadOnly));
            content = good.readAll();
            content.truncate(content.size() / 2);
        }
        const QString path = m_dir.filePath(QStringLiteral("corrupt.mmdb"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();

        GeoLookup geo;
        QString error;
        QVERIFY(!geo.open(path, &error));
        QVERIFY(!geo.isOpen());
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("not a usable MaxMind DB")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("Download the database again")), qPrintable(error));
    }

    void unreadableFile()
    {
        requireMmdb();
        if (::geteuid() == 0)
            QSKIP("root reads files whatever their permissions");
        const QString path = m_dir.filePath(QStringLiteral("unreadable.mmdb"));
        QVERIFY(QFile::copy(m_mmdb, path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        GeoLookup geo;
        QString error;
        QVERIFY(!geo.open(path, &error));
        QVERIFY2(error.contains(path) && error.contains(QLatin1String("permissions")), qPrintable(error));
    }

    void databaseWithoutCountries()
    {
        requireMmdb();
        GeoLookup geo;
        QString error;
        QVERIFY(!geo.open(m_asn, &error));
        QVERIFY2(error.contains(m_asn) && error.contains(QLatin1String("GeoLite2-ASN")) &&
                     error.contains(QLatin1String("no countries")),
                 qPrintable(error));
    }

    // A failed open leaves the object closed, not with the old database.
    void failedOpenCloses()
    {
        GeoLookup geo;
        QString error;
        QVERIFY2(geo.open(QString(), &error), qPrintable(error));
        QCOMPARE(country(geo, "8.8.8.8"), QStringLiteral("US"));
        QVERIFY(!geo.open(m_dir.filePath(QStringLiteral("no-such.mmdb")), &error));
        QCOMPARE(country(geo, "8.8.8.8"), QString());
    }
};

QTEST_GUILESS_MAIN(TestGeoIp)
#include "tst_geoip.moc"
