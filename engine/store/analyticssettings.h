#pragma once
// The workspace's analytics settings, stored in `meta` (docs/METRICS.md):
// how visitors are identified and anonymised, where countries come from, and
// the session rules. They apply to what is imported after they change; data
// already imported keeps the rules it was imported with.

#include "enrich/ipanonymizer.h"
#include "enrich/requestclassifier.h"

#include <QByteArray>
#include <QString>
#include <cstdint>

namespace es {

class WorkspaceDb;

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

    static AnalyticsSettings load(WorkspaceDb &db);
    bool save(WorkspaceDb &db) const;

    static QString visitorKeyName(VisitorKey k);
    static bool visitorKeyFromName(const QString &name, VisitorKey *out);

    // Applies an edit to a list: "a,b" replaces it, "+a,-b" adds a and
    // removes b (once one entry has a sign, unsigned ones are added too), "default" restores `defaults`, "none" empties it. Entries
    // are trimmed; extensions lose a leading dot and are lower-cased.
    static QStringList editList(const QStringList &current, const QString &edit, const QStringList &defaults,
                                bool patternsAllowed);
};

} // namespace es
