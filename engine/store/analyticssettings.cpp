#include "store/analyticssettings.h"

#include "store/workspacedb.h"

namespace es {

namespace {
int intMeta(WorkspaceDb &db, const char *key, int fallback, int min, int max)
{
    bool ok = false;
    const int v = db.meta(QLatin1String(key)).toInt(&ok);
    return ok && v >= min && v <= max ? v : fallback;
}
} // namespace

QString AnalyticsSettings::visitorKeyName(VisitorKey k)
{
    return k == VisitorKey::Ip ? QStringLiteral("ip") : QStringLiteral("ip+ua");
}

bool AnalyticsSettings::visitorKeyFromName(const QString &name, VisitorKey *out)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("ip+ua") || n == QLatin1String("ip_ua") || n == QLatin1String("default")) {
        *out = VisitorKey::IpUserAgent;
        return true;
    }
    if (n == QLatin1String("ip")) {
        *out = VisitorKey::Ip;
        return true;
    }
    return false;
}

AnalyticsSettings AnalyticsSettings::load(WorkspaceDb &db)
{
    AnalyticsSettings s;
    visitorKeyFromName(db.meta(QStringLiteral("visitor_key"), QStringLiteral("ip+ua")), &s.visitorKey);
    if (auto m =
            IpAnonymizer::modeFromString(db.meta(QStringLiteral("ip_anonymization"), QStringLiteral("off"))))
        s.anonymize = *m;
    s.ipSalt = QByteArray::fromHex(db.meta(QStringLiteral("ip_hash_salt")).toLatin1());
    s.geoip = db.meta(QStringLiteral("geoip"), QStringLiteral("on")) != QLatin1String("off");
    s.geoipPath = db.meta(QStringLiteral("geoip_path"));
    s.sessionTimeoutSecs = intMeta(db, "session_timeout_secs", s.sessionTimeoutSecs, 1, 24 * 3600);
    s.sessionWindowSecs = intMeta(db, "session_window_secs", s.sessionWindowSecs, 0, 24 * 3600);
    return s;
}

bool AnalyticsSettings::save(WorkspaceDb &db) const
{
    return db.setMeta(QStringLiteral("visitor_key"), visitorKeyName(visitorKey)) &&
           db.setMeta(QStringLiteral("ip_anonymization"), IpAnonymizer::modeToString(anonymize)) &&
           db.setMeta(QStringLiteral("ip_hash_salt"), QString::fromLatin1(ipSalt.toHex())) &&
           db.setMeta(QStringLiteral("geoip"), geoip ? QStringLiteral("on") : QStringLiteral("off")) &&
           db.setMeta(QStringLiteral("geoip_path"), geoipPath) &&
           db.setMeta(QStringLiteral("session_timeout_secs"), QString::number(sessionTimeoutSecs)) &&
           db.setMeta(QStringLiteral("session_window_secs"), QString::number(sessionWindowSecs));
}

} // namespace es
