#pragma once
// Country of a client address. Reads a MaxMind DB file (GeoLite2/GeoIP2
// Country or City, DB-IP country or city lite: country.iso_code, else
// registered_country.iso_code) through libmaxminddb, or by default the legacy
// databases of Debian's geoip-database package (GeoIP.dat for IPv4,
// GeoIPv6.dat for IPv6) through libGeoIP, loaded into memory.
//
// Lookups are thread-safe and meant to be called once per log line from the
// import workers. countryOf() keeps a small cache per thread keyed by the
// address text, because logs repeat addresses heavily: a hit costs a hash and
// a compare and takes no lock. libmaxminddb reads its memory-mapped file
// without locking; libGeoIP writes into its handle on every lookup, so legacy
// lookups that miss the cache are serialised by a mutex.
//
// Country lookup reads the real address: run it before IpAnonymizer.
//
// open() and close() must not run while other threads look up.

#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <memory>
#include <string_view>

namespace es {

struct IpAddress;

class GeoLookup
{
    Q_DECLARE_TR_FUNCTIONS(es::GeoLookup)
public:
    enum class Source { None, MaxMindDb, Legacy };

    GeoLookup();
    ~GeoLookup();
    GeoLookup(const GeoLookup &) = delete;
    GeoLookup &operator=(const GeoLookup &) = delete;

    // Where Debian's geoip-database installs GeoIP.dat and GeoIPv6.dat.
    static QString legacyDirectory();

    // Opens the .mmdb file at mmdbPathOrEmpty, or the legacy databases when it
    // is empty. Replaces what was open. On failure the lookup is closed,
    // countryOf() answers "" and *error (when given) names the file and what
    // to do about it.
    bool open(const QString &mmdbPathOrEmpty, QString *error);
    void close();

    bool isOpen() const;
    Source source() const;
    // The .mmdb file, or the legacy IPv4 file.
    QString path() const;
    // For a settings page and diagnostics: "GeoLite2-Country, built
    // 2024-05-01" from the file's metadata, or "Debian geoip-database
    // (legacy GeoIP Country, IPv4 and IPv6)". Empty when closed.
    QString description() const;

    // The two-letter ISO 3166-1 code in capitals, or "" for an unknown,
    // private or special-purpose address and for text that is not one IPv4
    // or IPv6 address (lists such as X-Forwarded-For's "a, b" included).
    // Pseudo-codes of some databases (A1, A2, O1, AP, EU, ZZ) are "" too.
    // The view points to static storage and stays valid for the program's
    // lifetime. Thread-safe; cached per thread.
    std::string_view countryOf(std::string_view ip) const;
    // The same without the cache.
    std::string_view countryOfUncached(std::string_view ip) const;
    std::string_view countryOf(const IpAddress &address) const;

    // A country code in 16 bits for compact storage: 0 for "", 1..676 for AA..ZZ.
    static std::uint16_t packCountry(std::string_view code);
    static std::string_view unpackCountry(std::uint16_t packed);

private:
    std::uint16_t lookupPacked(const IpAddress &address) const;

    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace es
