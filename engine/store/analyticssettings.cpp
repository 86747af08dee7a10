#include "store/analyticssettings.h"

#include "store/sqlite.h"
#include "store/workspacedb.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace es {

namespace {
int intMeta(const AnalyticsSettings::MetaReader &db, const char *key, int fallback, int min, int max)
{
    bool ok = false;
    const int v = db(QLatin1String(key), QString()).toInt(&ok);
    return ok && v >= min && v <= max ? v : fallback;
}
// Lists are stored comma-separated; "none" is the empty list, an absent key
// the default list.
QStringList listMeta(const AnalyticsSettings::MetaReader &db, const char *key, const QStringList &defaults)
{
    const QString v = db(QLatin1String(key), QStringLiteral("default"));
    if (v == QLatin1String("default"))
        return defaults;
    if (v == QLatin1String("none"))
        return {};
    return v.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QString listText(const QStringList &list, const QStringList &defaults)
{
    if (list == defaults)
        return QStringLiteral("default");
    return list.isEmpty() ? QStringLiteral("none") : list.join(QLatin1Char(','));
}

QString pairsText(const std::array<std::array<int, 2>, schema::kPairSlots> &pairs)
{
    QStringList out;
    for (const auto &p : pairs)
        out << AnalyticsSettings::pairName(p);
    return out.join(QLatin1Char(','));
}

QString normalisedEntry(const QString &entry, bool patternsAllowed)
{
    QString e = entry.trimmed();
    if (patternsAllowed && ClassifierConfig::isPattern(e))
        return e;
    while (e.startsWith(QLatin1Char('.')))
        e.remove(0, 1);
    return e.toLower();
}
} // namespace

QStringList AnalyticsSettings::editList(const QStringList &current, const QString &edit,
                                        const QStringList &defaults, bool patternsAllowed)
{
    const QString t = edit.trimmed();
    if (t.compare(QLatin1String("default"), Qt::CaseInsensitive) == 0)
        return defaults;
    if (t.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return {};
    const QStringList parts = t.split(QLatin1Char(','), Qt::SkipEmptyParts);
    const bool relative = std::any_of(parts.begin(), parts.end(), [](const QString &p) {
        const QString s = p.trimmed();
        return s.startsWith(QLatin1Char('+')) || s.startsWith(QLatin1Char('-'));
    });
    QStringList out = relative ? current : QStringList();
    for (const QString &p : parts) {
        QString s = p.trimmed();
        const bool remove = s.startsWith(QLatin1Char('-'));
        if (remove || s.startsWith(QLatin1Char('+')))
            s.remove(0, 1);
        s = normalisedEntry(s, patternsAllowed);
        if (s.isEmpty())
            continue;
        if (remove)
            out.removeAll(s);
        else if (!out.contains(s))
            out << s;
    }
    return out;
}

QStringList AnalyticsSettings::groupNames(std::uint32_t mask)
{
    QStringList out;
    for (int g = 0; g < schema::kGroupCount; ++g) {
        if (schema::groupOn(mask, g) && !schema::groupOn(schema::kRequiredGroups, g))
            out << QString::fromLatin1(schema::groupName(g));
    }
    return out;
}

std::optional<std::uint32_t> AnalyticsSettings::groupsFromNames(const QStringList &names, QString *unknown)
{
    std::uint32_t mask = schema::kRequiredGroups;
    for (const QString &n : names) {
        const int g = schema::groupFromName(n.trimmed().toLower().toStdString());
        if (g < 0 || schema::isParamGroup(g) || schema::isPairGroup(g)) {
            if (unknown)
                *unknown = n.trimmed();
            return std::nullopt;
        }
        mask |= 1u << g;
    }
    return mask;
}

std::uint32_t AnalyticsSettings::groupsFromMeta(const QString &value)
{
    if (value.isEmpty() || value == QLatin1String("default"))
        return schema::kAllGroups;
    if (value == QLatin1String("none"))
        return schema::kRequiredGroups;
    return groupsFromNames(value.split(QLatin1Char(','), Qt::SkipEmptyParts), nullptr)
        .value_or(schema::kAllGroups);
}

bool AnalyticsSettings::editParamKeys(QStringList &keys, const QString &edit, QString *error)
{
    while (keys.size() < schema::kParamSlots)
        keys << QString();
    auto keyOf = [](QString k) {
        k = k.trimmed();
        if (k.startsWith(QLatin1String("params."), Qt::CaseInsensitive))
            k.remove(0, 7);
        return k;
    };
    auto valid = [](const QString &k) {
        if (k.isEmpty() || k.size() > 64)
            return false;
        return std::all_of(k.begin(), k.end(), [](QChar c) {
            return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') ||
                   c == QLatin1Char('.');
        });
    };
    const QString t = edit.trimmed();
    const QStringList parts = t.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0
                                  ? QStringList()
                                  : t.split(QLatin1Char(','), Qt::SkipEmptyParts);
    const bool relative = std::any_of(parts.begin(), parts.end(), [](const QString &p) {
        const QString s = p.trimmed();
        return s.startsWith(QLatin1Char('+')) || s.startsWith(QLatin1Char('-'));
    });
    QStringList add, remove;
    for (const QString &p : parts) {
        QString s = p.trimmed();
        const bool minus = s.startsWith(QLatin1Char('-'));
        if (minus || s.startsWith(QLatin1Char('+')))
            s.remove(0, 1);
        s = keyOf(s);
        if (!valid(s)) {
            if (error)
                *error = QCoreApplication::translate(
                             "es::AnalyticsSettings",
                             "\"%1\" is not a params key: use letters, digits, '_', '-' and '.' (up to 64).")
                             .arg(s);
            return false;
        }
        (minus ? remove : add) << s;
    }
    if (!relative) { // exactly these keys
        for (const QString &k : std::as_const(keys)) {
            if (!k.isEmpty() && !add.contains(k))
                remove << k;
        }
    }
    for (QString &k : keys) {
        if (remove.contains(k))
            k.clear();
    }
    for (const QString &k : std::as_const(add)) {
        if (keys.contains(k))
            continue;
        const qsizetype free = keys.indexOf(QString());
        if (free < 0) {
            if (error)
                *error = QCoreApplication::translate("es::AnalyticsSettings",
                                                     "At most %1 params keys can be dimensions; remove one "
                                                     "first.")
                             .arg(schema::kParamSlots);
            return false;
        }
        keys[free] = k;
    }
    return true;
}

QString AnalyticsSettings::pairName(const std::array<int, 2> &pair)
{
    if (pair[0] < 0 || pair[1] < 0)
        return {};
    return QString::fromLatin1(schema::groupName(pair[0])) + QLatin1Char(':') +
           QString::fromLatin1(schema::groupName(pair[1]));
}

namespace {
// "country:browser" -> {GroupCountry, GroupBrowser}; nullopt when not a pair.
std::optional<std::array<int, 2>> parsePair(const QString &text)
{
    const QStringList parts = text.trimmed().toLower().split(QLatin1Char(':'));
    if (parts.size() != 2)
        return std::nullopt;
    const int a = schema::groupFromName(parts[0].trimmed().toStdString());
    const int b = schema::groupFromName(parts[1].trimmed().toStdString());
    if (!schema::isPairableGroup(a) || !schema::isPairableGroup(b) || a == b)
        return std::nullopt;
    return std::array<int, 2>{a, b};
}
} // namespace

std::array<std::array<int, 2>, schema::kPairSlots> AnalyticsSettings::pairsFromMeta(const QString &value)
{
    std::array<std::array<int, 2>, schema::kPairSlots> out = {{{-1, -1}, {-1, -1}, {-1, -1}, {-1, -1}}};
    const QStringList slotTexts = value.split(QLatin1Char(','));
    for (int slot = 0; slot < schema::kPairSlots && slot < slotTexts.size(); ++slot) {
        if (auto p = parsePair(slotTexts[slot]))
            out[size_t(slot)] = *p;
    }
    return out;
}

bool AnalyticsSettings::editPairs(std::array<std::array<int, 2>, schema::kPairSlots> &pairs,
                                  const QString &edit, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString t = edit.trimmed();
    if (t.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        for (auto &p : pairs)
            p = {-1, -1};
        return true;
    }
    for (QString part : t.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        part = part.trimmed();
        const bool remove = part.startsWith(QLatin1Char('-'));
        if (remove || part.startsWith(QLatin1Char('+')))
            part.remove(0, 1);
        const auto pair = parsePair(part);
        if (!pair)
            return fail(
                QCoreApplication::translate(
                    "es::AnalyticsSettings",
                    "\"%1\" is not a pair. Write two different groups as FIRST:SECOND, for example "
                    "country:browser; the groups are path, status, event_type, site, method, browser, "
                    "os, device, country, referrer and browser_version.")
                    .arg(part));
        const std::array<int, 2> swapped{(*pair)[1], (*pair)[0]};
        auto same = [&](const std::array<int, 2> &p) { return p == *pair || p == swapped; };
        const bool builtIn = same({schema::GroupCountry, schema::GroupDevice}) ||
                             same({schema::GroupPath, schema::GroupDevice});
        if (remove) {
            for (auto &p : pairs) {
                if (same(p))
                    p = {-1, -1};
            }
            continue;
        }
        if (builtIn)
            return fail(QCoreApplication::translate("es::AnalyticsSettings",
                                                    "%1 is always pre-aggregated; it needs no pair.")
                            .arg(part));
        if (std::any_of(pairs.begin(), pairs.end(), same))
            continue;
        auto free = std::find(pairs.begin(), pairs.end(), std::array<int, 2>{-1, -1});
        if (free == pairs.end())
            return fail(QCoreApplication::translate("es::AnalyticsSettings",
                                                    "At most %1 pairs can be pre-aggregated; remove one "
                                                    "first.")
                            .arg(schema::kPairSlots));
        *free = *pair;
    }
    return true;
}

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

AnalyticsSettings AnalyticsSettings::load(const MetaReader &db)
{
    AnalyticsSettings s;
    visitorKeyFromName(db(QStringLiteral("visitor_key"), QStringLiteral("ip+ua")), &s.visitorKey);
    if (auto m = IpAnonymizer::modeFromString(db(QStringLiteral("ip_anonymization"), QStringLiteral("off"))))
        s.anonymize = *m;
    s.ipSalt = QByteArray::fromHex(db(QStringLiteral("ip_hash_salt"), QString()).toLatin1());
    s.geoip = db(QStringLiteral("geoip"), QStringLiteral("on")) != QLatin1String("off");
    s.geoipPath = db(QStringLiteral("geoip_path"), QString());
    s.sessionTimeoutSecs = intMeta(db, "session_timeout_secs", s.sessionTimeoutSecs, 1, 24 * 3600);
    s.sessionWindowSecs = intMeta(db, "session_window_secs", s.sessionWindowSecs, 0, 24 * 3600);
    s.classifier.staticExtensions =
        listMeta(db, "static_extensions", ClassifierConfig::defaultStaticExtensions());
    s.classifier.downloadExtensions =
        listMeta(db, "download_patterns", ClassifierConfig::defaultDownloadExtensions());
    s.classifier.pageViewEventType = db(QStringLiteral("page_view_event"), QStringLiteral("page_view"));
    s.extraCrawlers = listMeta(db, "extra_crawlers", {});
    s.groups = groupsFromMeta(db(QStringLiteral("aggregation_groups"), QString()));
    s.pairs = pairsFromMeta(db(QStringLiteral("pair_groups"), QString()));
    const QStringList keys = db(QStringLiteral("param_dimensions"), QString()).split(QLatin1Char(','));
    for (int slot = 0; slot < schema::kParamSlots && slot < keys.size(); ++slot)
        s.paramKeys[slot] = keys[slot].trimmed();
    return s;
}

AnalyticsSettings AnalyticsSettings::load(WorkspaceDb &db)
{
    return load([&db](const QString &key, const QString &fallback) { return db.meta(key, fallback); });
}

AnalyticsSettings AnalyticsSettings::load(sql::Connection &c)
{
    QHash<QString, QString> values;
    auto st = c.prepare("SELECT key, value FROM meta");
    while (st.step())
        values.insert(st.qtext(0), st.qtext(1));
    return load(
        [&values](const QString &key, const QString &fallback) { return values.value(key, fallback); });
}

bool AnalyticsSettings::save(WorkspaceDb &db) const
{
    return db.setMeta(QStringLiteral("visitor_key"), visitorKeyName(visitorKey)) &&
           db.setMeta(QStringLiteral("ip_anonymization"), IpAnonymizer::modeToString(anonymize)) &&
           db.setMeta(QStringLiteral("ip_hash_salt"), QString::fromLatin1(ipSalt.toHex())) &&
           db.setMeta(QStringLiteral("geoip"), geoip ? QStringLiteral("on") : QStringLiteral("off")) &&
           db.setMeta(QStringLiteral("geoip_path"), geoipPath) &&
           db.setMeta(QStringLiteral("session_timeout_secs"), QString::number(sessionTimeoutSecs)) &&
           db.setMeta(QStringLiteral("session_window_secs"), QString::number(sessionWindowSecs)) &&
           db.setMeta(QStringLiteral("static_extensions"),
                      listText(classifier.staticExtensions, ClassifierConfig::defaultStaticExtensions())) &&
           db.setMeta(
               QStringLiteral("download_patterns"),
               listText(classifier.downloadExtensions, ClassifierConfig::defaultDownloadExtensions())) &&
           db.setMeta(QStringLiteral("page_view_event"), classifier.pageViewEventType) &&
           db.setMeta(QStringLiteral("aggregation_groups"), listText(groupNames(groups), allGroupNames())) &&
           db.setMeta(QStringLiteral("param_dimensions"), paramKeys.join(QLatin1Char(','))) &&
           db.setMeta(QStringLiteral("pair_groups"), pairsText(pairs)) &&
           db.setMeta(QStringLiteral("extra_crawlers"), listText(extraCrawlers, {}));
}

} // namespace es
