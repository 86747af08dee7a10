// Anonymising client addresses: truncation to /24 and /48, salted hash tokens
// (stable, keyed, equal for every spelling of one address), IPv6, IPv4-mapped
// IPv6 and text that is not an address; and SipHash-2-4 against the
// reference vectors of its authors.

#include "enrich/ipanonymizer.h"
#include "enrich/siphash.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <string>

using namespace es;

namespace {

QByteArray fixedSalt()
{
    QByteArray salt;
    for (int i = 0; i < 16; ++i)
        salt.append(char(i));
    return salt;
}

QString anon(const IpAnonymizer &a, const char *ip)
{
    return QString::fromStdString(a.anonymize(ip));
}

bool isToken(const QString &s)
{
    return QRegularExpression(QStringLiteral("^h:[0-9a-f]{12}$")).match(s).hasMatch();
}

} // namespace

class TestIpAnonymizer : public QObject
{
    Q_OBJECT

private slots:
    // The first vectors of the SipHash paper's reference implementation:
    // key 00..0f, message 00..(n-1).
    void sipHashReferenceVectors()
    {
        const std::uint64_t k0 = 0x0706050403020100ULL, k1 = 0x0f0e0d0c0b0a0908ULL;
        unsigned char msg[16];
        for (int i = 0; i < 16; ++i)
            msg[i] = static_cast<unsigned char>(i);
        QCOMPARE(sipHash24(k0, k1, msg, 0), 0x726fdb47dd0e0e31ULL);
        QCOMPARE(sipHash24(k0, k1, msg, 1), 0x74f839c593dc67fdULL);
        QCOMPARE(sipHash24(k0, k1, msg, 7), 0xab0200f58b01d137ULL);
        QCOMPARE(sipHash24(k0, k1, msg, 8), 0x93f5f5799a932462ULL);
        QCOMPARE(sipHash24(k0, k1, msg, 15), 0xa129ca6149be45e5ULL);
    }

    void modeNames()
    {
        for (auto m : {IpAnonymizer::Mode::Off, IpAnonymizer::Mode::Truncate, IpAnonymizer::Mode::SaltedHash})
            QCOMPARE(IpAnonymizer::modeFromString(IpAnonymizer::modeToString(m)), m);
        QCOMPARE(IpAnonymizer::modeFromString(u"Hash"), IpAnonymizer::Mode::SaltedHash);
        QVERIFY(!IpAnonymizer::modeFromString(u"md5"));
        QVERIFY(!IpAnonymizer::modeFromString(u""));
    }

    void off()
    {
        const IpAnonymizer a;
        QCOMPARE(a.mode(), IpAnonymizer::Mode::Off);
        QCOMPARE(anon(a, "192.0.2.77"), QStringLiteral("192.0.2.77"));
        QCOMPARE(anon(a, "2001:DB8::1"), QStringLiteral("2001:DB8::1"));
        QCOMPARE(anon(a, "not an address"), QStringLiteral("not an address"));
    }

    void truncate_data()
    {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ipv4") << "192.0.2.77"
                              << "192.0.2.0";
        QTest::newRow("ipv4 .0") << "81.2.69.0"
                                 << "81.2.69.0";
        QTest::newRow("ipv4 .255") << "81.2.69.255"
                                   << "81.2.69.0";
        QTest::newRow("ipv4 spaces") << " 81.2.69.160 "
                                     << "81.2.69.0";
        QTest::newRow("ipv4-mapped") << "::ffff:81.2.69.160"
                                     << "81.2.69.0";
        QTest::newRow("ipv6") << "2001:db8:1:2::7"
                              << "2001:db8:1::";
        QTest::newRow("ipv6 full") << "2a02:d280:1234:5678:9abc:def0:1234:5678"
                                   << "2a02:d280:1234::";
        QTest::newRow("ipv6 upper case") << "2A02:D280:1234:5678::1"
                                         << "2a02:d280:1234::";
        QTest::newRow("ipv6 /48 only") << "2001:db8:1::"
                                       << "2001:db8:1::";
        QTest::newRow("ipv6 zero groups") << "2001:0:0:ffff::1"
                                          << "2001::";
        QTest::newRow("ipv6 zone") << "fe80::1:2:3:4%eth0"
                                   << "fe80::";
        QTest::newRow("loopback v6") << "::1"
                                     << "::";
        // Not an address: nothing is kept.
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("dash") << "-"
                              << "";
        QTest::newRow("host name") << "client-77.example.net"
                                   << "";
        QTest::newRow("short ipv4") << "192.0.2"
                                    << "";
        QTest::newRow("ipv4 out of range") << "192.0.2.256"
                                           << "";
        QTest::newRow("with port") << "192.0.2.77:443"
                                   << "";
        QTest::newRow("list") << "192.0.2.77, 198.51.100.1"
                              << "";
        QTest::newRow("bad ipv6") << "2001:db8::1::2"
                                  << "";
    }

    void truncate()
    {
        QFETCH(QString, ip);
        QFETCH(QString, expected);
        const IpAnonymizer a(IpAnonymizer::Mode::Truncate, {});
        QCOMPARE(QString::fromStdString(a.anonymize(ip.toStdString())), expected);
    }

    void saltedHash()
    {
        const IpAnonymizer a(IpAnonymizer::Mode::SaltedHash, fixedSalt());
        QCOMPARE(a.salt(), fixedSalt());
        const QString t = anon(a, "192.0.2.77");
        QVERIFY2(isToken(t), qPrintable(t));
        // Stable across calls and objects with the same salt.
        QCOMPARE(anon(a, "192.0.2.77"), t);
        QCOMPARE(anon(IpAnonymizer(IpAnonymizer::Mode::SaltedHash, fixedSalt()), "192.0.2.77"), t);
        // One token for every spelling of one address.
        QCOMPARE(anon(a, "::ffff:192.0.2.77"), t);
        QCOMPARE(anon(a, "::FFFF:c000:024d"), t);
        QCOMPARE(anon(a, " 192.0.2.77\t"), t);
        const QString v6 = anon(a, "2001:db8::1");
        QVERIFY2(isToken(v6), qPrintable(v6));
        QCOMPARE(anon(a, "2001:DB8:0:0:0:0:0:1"), v6);
        QCOMPARE(anon(a, "2001:0db8::0001"), v6);
        // Neighbours differ, and the network is not kept.
        QSet<QString> tokens;
        for (int i = 0; i < 256; ++i)
            tokens.insert(anon(a, qPrintable(QStringLiteral("192.0.2.%1").arg(i))));
        QCOMPARE(tokens.size(), 256);
        QVERIFY(anon(a, "2001:db8::2") != v6);
        // Another salt gives other tokens.
        QByteArray other = fixedSalt();
        other[0] = 'x';
        QVERIFY(anon(IpAnonymizer(IpAnonymizer::Mode::SaltedHash, other), "192.0.2.77") != t);
    }

    void saltedHashOfText()
    {
        const IpAnonymizer a(IpAnonymizer::Mode::SaltedHash, fixedSalt());
        // A host name is hashed as well, case-insensitively; nothing raw remains.
        const QString host = anon(a, "Client-77.Example.NET");
        QVERIFY2(isToken(host), qPrintable(host));
        QCOMPARE(anon(a, "client-77.example.net"), host);
        QVERIFY(anon(a, "client-78.example.net") != host);
        QVERIFY(isToken(anon(a, "192.0.2.77:443")));
        QVERIFY(isToken(anon(a, "2001:db8::1::2")));
        // Text that looks like an address in binary still differs from it.
        QVERIFY(anon(a, "192.0.2") != anon(a, "192.0.0.2"));
        // Nothing to hash.
        QCOMPARE(anon(a, ""), QString());
        QCOMPARE(anon(a, "-"), QString());
        QCOMPARE(anon(a, "  "), QString());
    }

    void saltLengths()
    {
        // Salts of other lengths are condensed to a key; they still key the hash.
        const IpAnonymizer shortSalt(IpAnonymizer::Mode::SaltedHash, QByteArray("abc"));
        const IpAnonymizer longSalt(IpAnonymizer::Mode::SaltedHash, QByteArray(64, 'k'));
        QVERIFY(isToken(anon(shortSalt, "192.0.2.77")));
        QVERIFY(anon(shortSalt, "192.0.2.77") != anon(longSalt, "192.0.2.77"));
        // Without a salt a random one is drawn and can be read back.
        const IpAnonymizer drawn(IpAnonymizer::Mode::SaltedHash, {});
        QCOMPARE(drawn.salt().size(), IpAnonymizer::kSaltBytes);
        QCOMPARE(anon(IpAnonymizer(IpAnonymizer::Mode::SaltedHash, drawn.salt()), "192.0.2.77"),
                 anon(drawn, "192.0.2.77"));
        QVERIFY(IpAnonymizer::newSalt() != IpAnonymizer::newSalt());
    }
};

QTEST_GUILESS_MAIN(TestIpAnonymizer)
#include "tst_ipanonymizer.moc"
