#include "enrich/geoip.h"

#include "enrich/ipaddress.h"

#include <GeoIP.h>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <atomic>
#include <cstring>
#include <functional>
#include <maxminddb.h>
#include <mutex>
#include <netinet/in.h>
#include <sys/socket.h>

namespace es {

namespace {

// 676 two-letter codes back to back, so unpackCountry() can hand out views
// into static storage.
struct CodeTable
{
    char text[26 * 26 * 2] = {};
    constexpr CodeTable()
    {
        for (int i = 0; i < 26 * 26; ++i) {
            text[2 * i] = char('A' + i / 26);
            text[2 * i + 1] = char('A' + i % 26);
        }
    }
};
constexpr CodeTable kCodes;

std::uint16_t packText(const char *s, size_t len)
{
    if (len != 2)
        return 0;
    char a = s[0], b = s[1];
    if (a >= 'a' && a <= 'z')
        a = char(a - 'a' + 'A');
    if (b >= 'a' && b <= 'z')
        b = char(b - 'a' + 'A');
    if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z')
        return 0; // legacy "--", "A1", "A2", "O1"
    // Not countries: Asia/Pacific and Europe of the legacy data, and the
    // "unknown" code some databases use.
    if ((a == 'A' && b == 'P') || (a == 'E' && b == 'U') || (a == 'Z' && b == 'Z'))
        return 0;
    return std::uint16_t((a - 'A') * 26 + (b - 'A') + 1);
}

// Database types whose records carry no country.
bool isNonCountryType(const QString &type)
{
    static const char *const kTypes[] = {"ASN",          "ISP",    "Domain", "Connection-Type",
                                         "Anonymous-IP", "IP-Risk"};
    for (const char *t : kTypes)
        if (type.contains(QLatin1String(t), Qt::CaseInsensitive))
            return true;
    return false;
}

// The per-thread cache of countryOf(): 2-way set associative, keyed by the
// address text and the id of the GeoLookup that answered, so several lookups
// and reopened ones never see each other's entries and need no invalidation.
// One entry is one 64-byte cache line; 4096 entries are 256 KiB per thread.
constexpr size_t kMaxKey = 46;
constexpr size_t kSets = 2048;

struct alignas(64) CacheEntry
{
    std::uint32_t owner = 0; // 0: empty
    std::uint16_t country = 0;
    std::uint8_t length = 0;
    char key[kMaxKey] = {};
};
static_assert(sizeof(CacheEntry) == 64);

struct ThreadCache
{
    CacheEntry ways[kSets][2];
    std::uint8_t lastUsed[kSets] = {};
};

ThreadCache &threadCache()
{
    thread_local std::unique_ptr<ThreadCache> cache = std::make_unique<ThreadCache>();
    return *cache;
}

std::atomic<std::uint32_t> g_nextId{1};

} // namespace

struct GeoLookup::Impl
{
    Source source = Source::None;
    QString path;
    QString description;
    std::uint32_t id = 0;

    MMDB_s mmdb{};
    bool mmdbOpen = false;

    GeoIP *legacy4 = nullptr;
    GeoIP *legacy6 = nullptr;
    // libGeoIP stores the netmask of the last lookup in the handle.
    mutable std::mutex legacyMutex;

    ~Impl()
    {
        if (mmdbOpen)
            MMDB_close(&mmdb);
        if (legacy4)
            GeoIP_delete(legacy4);
        if (legacy6)
            GeoIP_delete(legacy6);
    }

    std::uint16_t lookupMmdb(const IpAddress &a) const
    {
        int mmdbError = MMDB_SUCCESS;
        MMDB_lookup_result_s result;
        if (a.v4) {
            sockaddr_in sa{};
            sa.sin_family = AF_INET;
            std::memcpy(&sa.sin_addr, a.bytes.data() + 12, 4);
            result = MMDB_lookup_sockaddr(&mmdb, reinterpret_cast<const sockaddr *>(&sa), &mmdbError);
        } else {
            if (mmdb.metadata.ip_version != 6)
                return 0;
            sockaddr_in6 sa{};
            sa.sin6_family = AF_INET6;
            std::memcpy(&sa.sin6_addr, a.bytes.data(), 16);
            result = MMDB_lookup_sockaddr(&mmdb, reinterpret_cast<const sockaddr *>(&sa), &mmdbError);
        }
        if (mmdbError != MMDB_SUCCESS || !result.found_entry)
            return 0;
        MMDB_entry_data_s data{};
        if (MMDB_get_value(&result.entry, &data, "country", "iso_code", nullptr) == MMDB_SUCCESS &&
            data.has_data && data.type == MMDB_DATA_TYPE_UTF8_STRING) {
            if (const std::uint16_t code = packText(data.utf8_string, data.data_size))
                return code;
        }
        data = {};
        if (MMDB_get_value(&result.entry, &data, "registered_country", "iso_code", nullptr) == MMDB_SUCCESS &&
            data.has_data && data.type == MMDB_DATA_TYPE_UTF8_STRING)
            return packText(data.utf8_string, data.data_size);
        return 0;
    }

    std::uint16_t lookupLegacy(const IpAddress &a) const
    {
        GeoIPLookup gl{};
        int countryId = 0;
        if (a.v4) {
            std::lock_guard lock(legacyMutex);
            countryId = GeoIP_id_by_ipnum_gl(legacy4, a.ipv4(), &gl);
        } else {
            if (!legacy6)
                return 0;
            geoipv6_t v6;
            std::memcpy(&v6, a.bytes.data(), 16);
            std::lock_guard lock(legacyMutex);
            countryId = GeoIP_id_by_ipnum_v6_gl(legacy6, v6, &gl);
        }
        if (countryId <= 0)
            return 0;
        const char *code = GeoIP_code_by_id(countryId);
        return code ? packText(code, std::strlen(code)) : 0;
    }
};

GeoLookup::GeoLookup() = default;
GeoLookup::~GeoLookup() = default;

QString GeoLookup::legacyDirectory()
{
    return QStringLiteral("/usr/share/GeoIP");
}

void GeoLookup::close()
{
    d.reset();
}

bool GeoLookup::isOpen() const
{
    return d != nullptr;
}

GeoLookup::Source GeoLookup::source() const
{
    return d ? d->source : Source::None;
}

QString GeoLookup::path() const
{
    return d ? d->path : QString();
}

QString GeoLookup::description() const
{
    return d ? d->description : QString();
}

bool GeoLookup::open(const QString &mmdbPathOrEmpty, QString *error)
{
    close();
    auto impl = std::make_unique<Impl>();
    QString message;
    const QString choose = tr("Choose a GeoLite2 or DB-IP country or city .mmdb file in the settings or with "
                              "--geoip, or leave it empty to use Debian's geoip-database.");

    if (!mmdbPathOrEmpty.isEmpty()) {
        const QString path = mmdbPathOrEmpty;
        const QFileInfo info(path);
        QFile probe(path);
        if (!info.exists()) {
            message = tr("The GeoIP database %1 does not exist.").arg(path) + QLatin1Char(' ') + choose;
        } else if (info.isDir()) {
            message =
                tr("The GeoIP database %1 is a folder, not a file.").arg(path) + QLatin1Char(' ') + choose;
        } else if (!probe.open(QIODevice::ReadOnly)) {
            message = tr("Cannot read the GeoIP database %1: %2. Check the file's permissions.")
                          .arg(path, probe.errorString()) +
                      QLatin1Char(' ') + choose;
        } else {
            probe.close();
            const int status = MMDB_open(QFile::encodeName(path).constData(), MMDB_MODE_MMAP, &impl->mmdb);
            if (status != MMDB_SUCCESS) {
                message = tr("%1 is not a usable MaxMind DB (.mmdb) file: %2. Download the database again, "
                             "or choose another file.")
                              .arg(path, QString::fromUtf8(MMDB_strerror(status))) +
                          QLatin1Char(' ') + choose;
            } else {
                impl->mmdbOpen = true;
                const QString type = QString::fromUtf8(impl->mmdb.metadata.database_type);
                if (isNonCountryType(type)) {
                    message = tr("%1 is a %2 database, which has no countries.").arg(path, type) +
                              QLatin1Char(' ') + choose;
                } else {
                    const QDate built =
                        QDateTime::fromSecsSinceEpoch(qint64(impl->mmdb.metadata.build_epoch), Qt::UTC)
                            .date();
                    impl->source = Source::MaxMindDb;
                    impl->path = path;
                    impl->description =
                        impl->mmdb.metadata.ip_version == 6
                            ? tr("%1, built %2").arg(type, built.toString(Qt::ISODate))
                            : tr("%1, built %2, IPv4 only").arg(type, built.toString(Qt::ISODate));
                }
            }
        }
    } else {
        const QString path4 = legacyDirectory() + QStringLiteral("/GeoIP.dat");
        const QString path6 = legacyDirectory() + QStringLiteral("/GeoIPv6.dat");
        const QString install =
            tr("Install the geoip-database package (apt-get install geoip-database), or choose "
               "a GeoLite2 or DB-IP country or city .mmdb file in the settings or with --geoip.");
        QFile probe(path4);
        if (!QFileInfo::exists(path4)) {
            message = tr("Debian's GeoIP database %1 is missing.").arg(path4) + QLatin1Char(' ') + install;
        } else if (!probe.open(QIODevice::ReadOnly)) {
            message = tr("Cannot read Debian's GeoIP database %1: %2.").arg(path4, probe.errorString()) +
                      QLatin1Char(' ') + install;
        } else {
            probe.close();
            impl->legacy4 =
                GeoIP_open(QFile::encodeName(path4).constData(), GEOIP_MMAP_CACHE | GEOIP_SILENCE);
            if (!impl->legacy4 || GeoIP_database_edition(impl->legacy4) != GEOIP_COUNTRY_EDITION) {
                message =
                    tr("%1 is not a legacy GeoIP country database.").arg(path4) + QLatin1Char(' ') + install;
            } else {
                // IPv6 is optional: without it IPv6 addresses have no country.
                if (QFileInfo(path6).isReadable()) {
                    impl->legacy6 =
                        GeoIP_open(QFile::encodeName(path6).constData(), GEOIP_MMAP_CACHE | GEOIP_SILENCE);
                    if (impl->legacy6 && GeoIP_database_edition(impl->legacy6) != GEOIP_COUNTRY_EDITION_V6) {
                        GeoIP_delete(impl->legacy6);
                        impl->legacy6 = nullptr;
                    }
                }
                impl->source = Source::Legacy;
                impl->path = path4;
                impl->description = impl->legacy6
                                        ? tr("Debian geoip-database (legacy GeoIP Country, IPv4 and IPv6)")
                                        : tr("Debian geoip-database (legacy GeoIP Country, IPv4 only)");
            }
        }
    }

    if (impl->source == Source::None) {
        if (error)
            *error = message;
        return false;
    }
    impl->id = g_nextId.fetch_add(1, std::memory_order_relaxed);
    if (impl->id == 0) // after 2^32 opens
        impl->id = g_nextId.fetch_add(1, std::memory_order_relaxed);
    d = std::move(impl);
    return true;
}

std::uint16_t GeoLookup::lookupPacked(const IpAddress &address) const
{
    if (!d || address.isSpecialPurpose())
        return 0;
    return d->source == Source::MaxMindDb ? d->lookupMmdb(address) : d->lookupLegacy(address);
}

std::string_view GeoLookup::countryOf(const IpAddress &address) const
{
    return unpackCountry(lookupPacked(address));
}

std::string_view GeoLookup::countryOfUncached(std::string_view ip) const
{
    if (!d)
        return {};
    const std::optional<IpAddress> address = IpAddress::parse(ip);
    return address ? countryOf(*address) : std::string_view();
}

std::string_view GeoLookup::countryOf(std::string_view ip) const
{
    if (!d)
        return {};
    if (ip.size() > kMaxKey)
        return countryOfUncached(ip);

    ThreadCache &cache = threadCache();
    const size_t set = std::hash<std::string_view>{}(ip) & (kSets - 1);
    CacheEntry *ways = cache.ways[set];
    for (int w = 0; w < 2; ++w) {
        const CacheEntry &e = ways[w];
        if (e.owner == d->id && e.length == ip.size() && std::memcmp(e.key, ip.data(), ip.size()) == 0) {
            cache.lastUsed[set] = std::uint8_t(w);
            return unpackCountry(e.country);
        }
    }

    const std::optional<IpAddress> address = IpAddress::parse(ip);
    const std::uint16_t country = address ? lookupPacked(*address) : 0;
    const int victim = cache.lastUsed[set] ^ 1;
    CacheEntry &e = ways[victim];
    e.owner = d->id;
    e.country = country;
    e.length = std::uint8_t(ip.size());
    std::memcpy(e.key, ip.data(), ip.size());
    cache.lastUsed[set] = std::uint8_t(victim);
    return unpackCountry(country);
}

std::uint16_t GeoLookup::packCountry(std::string_view code)
{
    return packText(code.data(), code.size());
}

std::string_view GeoLookup::unpackCountry(std::uint16_t packed)
{
    if (packed == 0 || packed > 26 * 26)
        return {};
    return std::string_view(kCodes.text + 2 * (packed - 1), 2);
}

} // namespace es
