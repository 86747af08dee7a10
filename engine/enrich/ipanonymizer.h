#pragma once
// Anonymises client addresses before anything is stored.
//
//   Off         the address is kept as written.
//   Truncate    the host part is zeroed: IPv4 keeps its /24 ("192.0.2.77" ->
//               "192.0.2.0"), IPv6 its /48 ("2001:db8:1:2::7" -> "2001:db8:1::"),
//               like Google Analytics' IP anonymisation (Matomo's "1 byte"
//               setting keeps the same IPv4 /24).
//               IPv4-mapped IPv6 is truncated and written as IPv4. The
//               network (and so the country) stays visible; the visitor does
//               not. Text that is not an address gives "".
//   SaltedHash  a keyed hash (SipHash-2-4) of the address with a secret
//               per-workspace salt, written "h:" and 12 hex digits (48 bits).
//               The same address always gives the same token within a
//               workspace, so unique visitors can still be counted; nothing
//               about the network remains. All spellings of one address
//               ("2001:DB8::1", "2001:db8:0::1"; "::ffff:192.0.2.1" and
//               "192.0.2.1") give one token. Text that is not an address
//               (a host name logged by HostnameLookups) is hashed as written,
//               lower-cased and trimmed, so it is not stored either; empty text
//               and "-" give "".
//
// The salt must stay secret and be kept with the workspace: there are only
// 2^32 IPv4 addresses, so anyone with the salt can recover an address from its
// token by trying them all. A new salt gives new tokens for every address.
//
// Order: the country (GeoLookup) and any other enrichment that needs the real
// address run first, then the anonymiser, then storage. Thread-safe (const).

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace es {

class IpAnonymizer
{
public:
    enum class Mode { Off, Truncate, SaltedHash };

    // Length of newSalt(); other salt lengths are accepted and condensed.
    static constexpr int kSaltBytes = 16;

    IpAnonymizer() = default;
    // The salt is only used by SaltedHash. An empty one is replaced by
    // newSalt(); read it back with salt() to keep it with the workspace.
    IpAnonymizer(Mode mode, const QByteArray &salt);

    // kSaltBytes from the system's cryptographic random source.
    static QByteArray newSalt();

    // "off", "truncate", "hash" (for settings and the command line).
    static std::optional<Mode> modeFromString(QStringView text);
    static QString modeToString(Mode mode);

    Mode mode() const { return m_mode; }
    QByteArray salt() const { return m_salt; }

    std::string anonymize(std::string_view ip) const;

private:
    std::string hashed(std::string_view ip) const;

    Mode m_mode = Mode::Off;
    QByteArray m_salt;
    std::uint64_t m_k0 = 0, m_k1 = 0;
};

} // namespace es
