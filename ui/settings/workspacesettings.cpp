#include "settings/workspacesettings.h"

#include "store/workspacedb.h"
#include "store/writer.h"

#include <QTimeZone>
#include <algorithm>

namespace es::ui {

namespace {
const QString kTimeZone = QStringLiteral("time_zone");
const QString kWeekStart = QStringLiteral("week_start");

bool analyticsKeysChanged(const QStringList &keys)
{
    for (const QString &k : keys) {
        if (k != kTimeZone && k != kWeekStart && !k.endsWith(QLatin1String("_retention_days")))
            return true;
    }
    return false;
}
} // namespace

WorkspaceSettings WorkspaceSettings::defaults()
{
    WorkspaceSettings s;
    s.timeZone = QTimeZone::systemTimeZoneId();
    if (s.timeZone.isEmpty())
        s.timeZone = "UTC";
    return s;
}

WorkspaceSettings WorkspaceSettings::load(const QString &path, QString *error)
{
    WorkspaceSettings s;
    WorkspaceDb db;
    if (!db.open(path, WorkspaceDb::Access::ReadOnly)) {
        if (error)
            *error = db.errorString();
        return s;
    }
    s.analytics = AnalyticsSettings::load(db);
    s.retention = RetentionPolicy::load(db);
    s.timeZone = db.meta(kTimeZone, QStringLiteral("UTC")).toUtf8();
    bool ok = false;
    const int week = db.meta(kWeekStart, QStringLiteral("1")).toInt(&ok);
    s.weekStart = ok && week >= 1 && week <= 7 ? week : 1;
    return s;
}

QString WorkspaceSettings::save(const QString &path, const WorkspaceSettings &before,
                                const WorkspaceSettings &after)
{
    const QStringList keys = changedKeys(before, after);
    if (keys.contains(kTimeZone) || keys.contains(kWeekStart)) {
        WorkspaceDb db;
        // The file was checked when the workspace was opened; a second full
        // read here would only delay the save.
        if (!db.open(path, WorkspaceDb::Access::ReadWrite, WorkspaceDb::Check::Deferred))
            return db.errorString();
        if (!db.setMeta(kTimeZone, QString::fromUtf8(after.timeZone)) ||
            !db.setMeta(kWeekStart, QString::number(after.weekStart)))
            return db.connection().errorString();
    }
    const bool analytics = analyticsKeysChanged(keys);
    const bool retention = std::any_of(keys.begin(), keys.end(), [](const QString &k) {
        return k.endsWith(QLatin1String("_retention_days"));
    });
    if (!analytics && !retention)
        return {};
    Writer writer;
    if (!writer.open(path))
        return writer.errorString();
    QString error;
    if (analytics)
        error = writer.setAnalyticsSettings(after.analytics);
    if (error.isEmpty() && retention)
        error = writer.setRetention(after.retention);
    writer.close();
    return error;
}

QStringList WorkspaceSettings::changedKeys(const WorkspaceSettings &a, const WorkspaceSettings &b)
{
    QStringList out;
    auto note = [&out](bool differs, const char *key) {
        if (differs)
            out << QString::fromLatin1(key);
    };
    const AnalyticsSettings &x = a.analytics, &y = b.analytics;
    note(a.timeZone != b.timeZone, "time_zone");
    note(a.weekStart != b.weekStart, "week_start");
    note(x.visitorKey != y.visitorKey, "visitor_key");
    note(x.anonymize != y.anonymize, "ip_anonymization");
    note(x.sessionTimeoutSecs != y.sessionTimeoutSecs, "session_timeout_secs");
    note(x.sessionWindowSecs != y.sessionWindowSecs, "session_window_secs");
    note(x.classifier.staticExtensions != y.classifier.staticExtensions, "static_extensions");
    note(x.classifier.downloadExtensions != y.classifier.downloadExtensions, "download_patterns");
    note(x.classifier.pageViewEventType != y.classifier.pageViewEventType, "page_view_event");
    note(x.extraCrawlers != y.extraCrawlers, "extra_crawlers");
    note(x.geoip != y.geoip || x.geoipPath != y.geoipPath, "geoip_path");
    note(x.groups != y.groups, "aggregation_groups");
    note(x.paramKeys != y.paramKeys, "param_dimensions");
    note(x.pairs != y.pairs, "pair_groups");
    const RetentionPolicy &r = a.retention, &s = b.retention;
    note(r.rawDays != s.rawDays, "raw_retention_days");
    note(r.minuteDays != s.minuteDays, "minute_retention_days");
    note(r.hourDays != s.hourDays, "hour_retention_days");
    note(r.detailMinuteDays != s.detailMinuteDays, "detail_minute_retention_days");
    note(r.detailHourDays != s.detailHourDays, "detail_hour_retention_days");
    return out;
}

} // namespace es::ui
