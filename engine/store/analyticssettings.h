#pragma once
// The workspace's analytics settings, stored in `meta` (docs/METRICS.md):
// how visitors are identified and anonymised, where countries come from, and
// the session rules. They apply to what is imported after they change; data
// already imported keeps the rules it was imported with.

#include "enrich/ipanonymizer.h"
#include "enrich/requestclassifier.h"
#include "store/schema.h"

#include <QByteArray>
#include <QString>
#include <array>
#include <cstdint>
#include <functional>
#include <optional>

namespace es {

class WorkspaceDb;
namespace sql {
class Connection;
}

struct AnalyticsSettings
{
    enum class VisitorKey { IpUserAgent, Ip };

    VisitorKey visitorKey = VisitorKey::IpUserAgent; // user_id, when a record has one, always wins
    IpAnonymizer::Mode anonymize = IpAnonymizer::Mode::Off;
    QByteArray ipSalt; // SaltedHash only; created on first use
    bool geoip = true; // look up countries
    QString geoipPath; // a .mmdb file; "" = Debian's geoip-database
    int sessionTimeoutSecs = 30 * 60;
    int sessionWindowSecs = 5 * 60; // how late a line may arrive without splitting a session
    // What counts as a page view and a download (static-asset extensions,
    // download extensions and path patterns, the page-view event type).
    ClassifierConfig classifier;
    // More user-agent tokens that mark a bot (case-insensitive substrings),
    // on top of uap-core and the built-in crawler list.
    QStringList extraCrawlers;
    // The pre-aggregated groups, a bit per schema::Group. Rows of a group
    // that is off are not written; queries that need it say how to turn it on.
    std::uint32_t groups = schema::kAllGroups;
    // The JSON params.* keys that are dimensions, by slot (schema::GroupParam0
    // + slot); "" for a free slot. Always schema::kParamSlots entries.
    QStringList paramKeys = QStringList(schema::kParamSlots, QString());
    // The pairs of single groups pre-aggregated together, by slot
    // (schema::GroupPair0 + slot); {-1, -1} for a free slot.
    std::array<std::array<int, 2>, schema::kPairSlots> pairs = {{{-1, -1}, {-1, -1}, {-1, -1}, {-1, -1}}};

    // Reads a meta value: (key, fallback) -> value.
    using MetaReader = std::function<QString(const QString &, const QString &)>;
    static AnalyticsSettings load(const MetaReader &meta);
    static AnalyticsSettings load(WorkspaceDb &db);
    static AnalyticsSettings load(sql::Connection &c);
    bool save(WorkspaceDb &db) const;

    static QString visitorKeyName(VisitorKey k);
    static bool visitorKeyFromName(const QString &name, VisitorKey *out);

    // Applies an edit to a list: "a,b" replaces it, "+a,-b" adds a and
    // removes b (once one entry has a sign, unsigned ones are added too), "default" restores `defaults`,
    // "none" empties it. Entries are trimmed; extensions lose a leading dot and are lower-cased. The names of
    // the optional groups in `mask` (the total and the source are always on), and back: nullopt and the first
    // unknown name in *unknown.
    static QStringList groupNames(std::uint32_t mask);
    static std::optional<std::uint32_t> groupsFromNames(const QStringList &names, QString *unknown);
    static QStringList allGroupNames() { return groupNames(schema::kAllGroups); }
    // The groups of the stored `aggregation_groups` value (all when unset or unreadable).
    static std::uint32_t groupsFromMeta(const QString &value);

    // Applies an edit to the params.* keys: "+a,-b" adds and removes keys
    // (a key keeps its slot; an added key takes the first free one), "a,b"
    // keeps exactly those, "none" removes all. Keys may be written with or
    // without "params.". False with *error for a bad key or no free slot.
    static bool editParamKeys(QStringList &keys, const QString &edit, QString *error);

    // Applies an edit to the pairs: "+country:browser" adds one (first free
    // slot), "-country:browser" removes one, "none" removes all. Names are
    // those of --groups ("url" for path). False with *error.
    static bool editPairs(std::array<std::array<int, 2>, schema::kPairSlots> &pairs, const QString &edit,
                          QString *error);
    // "country:browser", or "" for a free slot.
    static QString pairName(const std::array<int, 2> &pair);
    // The pairs of the stored `pair_groups` value.
    static std::array<std::array<int, 2>, schema::kPairSlots> pairsFromMeta(const QString &value);

    static QStringList editList(const QStringList &current, const QString &edit, const QStringList &defaults,
                                bool patternsAllowed);
};

} // namespace es
