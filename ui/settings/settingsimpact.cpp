#include "settings/settingsimpact.h"

#include <QHash>

namespace es::ui {

namespace {
// The workspace keys whose values were used to compute stored aggregates.
const char *const kPastDataKeys[] = {
    "time_zone",           "visitor_key",       "ip_anonymization",   "session_timeout_secs",
    "session_window_secs", "static_extensions", "download_patterns",  "page_view_event",
    "extra_crawlers",      "geoip_path",        "aggregation_groups", "param_dimensions",
    "pair_groups",
};
} // namespace

bool SettingsImpact::affectsPastData(const QString &key)
{
    for (const char *k : kPastDataKeys) {
        if (key == QLatin1String(k))
            return true;
    }
    return false;
}

QStringList SettingsImpact::pastDataKeys(const QStringList &changed)
{
    QStringList out;
    for (const QString &k : changed) {
        if (affectsPastData(k))
            out << k;
    }
    return out;
}

QString SettingsImpact::title(const QString &key)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("time_zone"), QT_TR_NOOP("Time zone")},
        {QStringLiteral("week_start"), QT_TR_NOOP("First day of the week")},
        {QStringLiteral("visitor_key"), QT_TR_NOOP("Visitor key")},
        {QStringLiteral("ip_anonymization"), QT_TR_NOOP("IP anonymisation")},
        {QStringLiteral("session_timeout_secs"), QT_TR_NOOP("Session timeout")},
        {QStringLiteral("session_window_secs"), QT_TR_NOOP("Late-line window")},
        {QStringLiteral("static_extensions"), QT_TR_NOOP("Static-asset extensions")},
        {QStringLiteral("download_patterns"), QT_TR_NOOP("Downloads")},
        {QStringLiteral("page_view_event"), QT_TR_NOOP("Page-view event type")},
        {QStringLiteral("extra_crawlers"), QT_TR_NOOP("More crawlers")},
        {QStringLiteral("geoip_path"), QT_TR_NOOP("Country database")},
        {QStringLiteral("aggregation_groups"), QT_TR_NOOP("Pre-aggregated groups")},
        {QStringLiteral("param_dimensions"), QT_TR_NOOP("params.* dimensions")},
        {QStringLiteral("pair_groups"), QT_TR_NOOP("Pairs")},
        {QStringLiteral("raw_retention_days"), QT_TR_NOOP("Raw-event retention")},
        {QStringLiteral("minute_retention_days"), QT_TR_NOOP("Minute-rollup retention")},
        {QStringLiteral("hour_retention_days"), QT_TR_NOOP("Hour-rollup retention")},
        {QStringLiteral("detail_minute_retention_days"), QT_TR_NOOP("Minute retention of paths")},
        {QStringLiteral("detail_hour_retention_days"), QT_TR_NOOP("Hour retention of paths")},
        {QStringLiteral("ui/language"), QT_TR_NOOP("Language")},
        {QStringLiteral("ui/appearance"), QT_TR_NOOP("Theme")},
        {QStringLiteral("kafka/defaultProfile"), QT_TR_NOOP("Default Kafka connection")},
        {QStringLiteral("api/listen"), QT_TR_NOOP("API listen address")},
        {QStringLiteral("api/tokenFile"), QT_TR_NOOP("API token file")},
    };
    const auto it = titles.constFind(key);
    return it == titles.constEnd() ? key : tr(*it);
}

} // namespace es::ui
