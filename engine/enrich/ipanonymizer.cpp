#include "enrich/ipanonymizer.h"

#include "enrich/ipaddress.h"
#include "enrich/siphash.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace es {

namespace {

std::uint64_t loadLe64(const char *p)
{
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(p[i]);
    return v;
}

} // namespace

IpAnonymizer::IpAnonymizer(Mode mode, const QByteArray &salt) : m_mode(mode), m_salt(salt)
{
    if (m_mode != Mode::SaltedHash)
        return;
    if (m_salt.isEmpty())
        m_salt = newSalt();
    // A salt of another length is condensed to the 128-bit key by SHA-256.
    const QByteArray key =
        m_salt.size() == kSaltBytes
            ? m_salt
            : QCryptographicHash::hash(m_salt, QCryptographicHash::Sha256).left(kSaltBytes);
    m_k0 = loadLe64(key.constData());
    m_k1 = loadLe64(key.constData() + 8);
}

QByteArray IpAnonymizer::newSalt()
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), kSaltBytes / 4);
    return salt;
}

std::optional<IpAnonymizer::Mode> IpAnonymizer::modeFromString(QStringView text)
{
    if (text.compare(QLatin1String("off"), Qt::CaseInsensitive) == 0)
        return Mode::Off;
    if (text.compare(QLatin1String("truncate"), Qt::CaseInsensitive) == 0)
        return Mode::Truncate;
    if (text.compare(QLatin1String("hash"), Qt::CaseInsensitive) == 0)
        return Mode::SaltedHash;
    return std::nullopt;
}

QString IpAnonymizer::modeToString(Mode mode)
{
    switch (mode) {
    case Mode::Off:
        return QStringLiteral("off");
    case Mode::Truncate:
        return QStringLiteral("truncate");
    case Mode::SaltedHash:
        return QStringLiteral("hash");
    }
    return {};
}

std::string IpAnonymizer::anonymize(std::string_view ip) const
{
    switch (m_mode) {
    case Mode::Off:
        return std::string(ip);
    case Mode::Truncate: {
        std::optional<IpAddress> a = IpAddress::parse(ip);
        if (!a)
            return {};
        if (a->v4) {
            a->bytes[15] = 0;
        } else {
            for (size_t i = 6; i < 16; ++i)
                a->bytes[i] = 0;
        }
        return a->toString();
    }
    case Mode::SaltedHash:
        return hashed(ip);
    }
    return {};
}

std::string IpAnonymizer::hashed(std::string_view ip) const
{
    // One domain byte keeps addresses and names apart: 0 and the 16 address
    // bytes, or 1 and the name.
    std::uint64_t h = 0;
    if (const std::optional<IpAddress> a = IpAddress::parse(ip)) {
        unsigned char buf[17];
        buf[0] = 0;
        for (size_t i = 0; i < 16; ++i)
            buf[1 + i] = a->bytes[i];
        h = sipHash24(m_k0, m_k1, buf, sizeof buf);
    } else {
        while (!ip.empty() && (ip.front() == ' ' || ip.front() == '\t'))
            ip.remove_prefix(1);
        while (!ip.empty() && (ip.back() == ' ' || ip.back() == '\t'))
            ip.remove_suffix(1);
        if (ip.empty() || ip == "-")
            return {};
        std::string name;
        name.reserve(ip.size() + 1);
        name.push_back('\1');
        for (char c : ip)
            name.push_back(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
        h = sipHash24(m_k0, m_k1, name.data(), name.size());
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out(14, 'h');
    out[1] = ':';
    for (int i = 0; i < 12; ++i)
        out[size_t(2 + i)] = kHex[(h >> (60 - 4 * i)) & 0xf];
    return out;
}

} // namespace es
