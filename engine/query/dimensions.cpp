#include "query/dimensions.h"

#include "enrich/geoip.h"
#include "store/schema.h"
#include "store/sqlite.h"

#include <QStringList>
#include <algorithm>
#include <array>
#include <limits>

namespace es {

namespace {

constexpr std::array<DimensionDef, kDimensionCount> kDims = {{
    {DimensionId::Url, "url", "path",
     QT_TRANSLATE_NOOP("es::Dimensions", "Request path without the query string, as logged."),
     schema::GroupPath, schema::DimPath, false},
    {DimensionId::Site, "site", nullptr,
     QT_TRANSLATE_NOOP("es::Dimensions", "Virtual host, Host header or CloudFront distribution."),
     schema::GroupSite, schema::DimSite, false},
    {DimensionId::Method, "method", nullptr,
     QT_TRANSLATE_NOOP("es::Dimensions", "HTTP method (GET, POST, ...)."), schema::GroupMethod,
     schema::DimMethod, false},
    {DimensionId::Status, "status", nullptr, QT_TRANSLATE_NOOP("es::Dimensions", "HTTP status code (404)."),
     schema::GroupStatus, 0, true},
    {DimensionId::StatusClass, "status_class", nullptr,
     QT_TRANSLATE_NOOP("es::Dimensions", "HTTP status class: 1xx, 2xx, 3xx, 4xx, 5xx or other."),
     schema::GroupStatus, 0, false},
    {DimensionId::EventType, "event_type", nullptr,
     QT_TRANSLATE_NOOP("es::Dimensions", "Type of an application event."), schema::GroupEventType,
     schema::DimEventType, false},
    {DimensionId::Country, "country", nullptr,
     QT_TRANSLATE_NOOP("es::Dimensions", "Country of the client address, ISO code (DE), or unknown."),
     schema::GroupCountry, 0, false},
    {DimensionId::Browser, "browser", nullptr,
     QT_TRANSLATE_NOOP("es::Dimensions", "Browser family from the user agent (Firefox)."),
     schema::GroupBrowser, schema::DimBrowser, false},
    {DimensionId::BrowserVersion, "browser_version", nullptr,
     QT_TRANSLATE_NOOP("es::Dimensions", "Browser family and major version (Firefox 120)."),
     schema::GroupBrowserVersion, schema::DimBrowserVersion, false},
    {DimensionId::Os, "os", nullptr,
     QT_TRANSLATE_NOOP("es::Dimensions", "Operating-system family from the user agent (Windows)."),
     schema::GroupOs, schema::DimOs, false},
    {DimensionId::Device, "device", nullptr,
     QT_TRANSLATE_NOOP("es::Dimensions", "Device type: desktop, mobile, tablet, bot or other."),
     schema::GroupDevice, 0, false},
    {DimensionId::Bot, "bot", nullptr,
     QT_TRANSLATE_NOOP("es::Dimensions", "Whether the client is a bot: yes or no."), -1, 0, false},
    {DimensionId::Referrer, "referrer", nullptr,
     QT_TRANSLATE_NOOP("es::Dimensions", "Host name of the referring page."), schema::GroupReferrer,
     schema::DimReferrer, false},
    {DimensionId::Source, "source", nullptr,
     QT_TRANSLATE_NOOP("es::Dimensions", "The imported file or Kafka topic, by name."), schema::GroupSource,
     0, false},
    {DimensionId::Param0, "param1", nullptr,
     QT_TRANSLATE_NOOP("es::Dimensions", "Value of a configured JSON params key (params.KEY)."),
     schema::GroupParam0, schema::DimParam0, false},
    {DimensionId::Param1, "param2", nullptr,
     QT_TRANSLATE_NOOP("es::Dimensions", "Value of a configured JSON params key (params.KEY)."),
     schema::GroupParam0 + 1, schema::DimParam0 + 1, false},
    {DimensionId::Param2, "param3", nullptr,
     QT_TRANSLATE_NOOP("es::Dimensions", "Value of a configured JSON params key (params.KEY)."),
     schema::GroupParam0 + 2, schema::DimParam0 + 2, false},
    {DimensionId::Param3, "param4", nullptr,
     QT_TRANSLATE_NOOP("es::Dimensions", "Value of a configured JSON params key (params.KEY)."),
     schema::GroupParam0 + 3, schema::DimParam0 + 3, false},
}};

constexpr std::array<const char *, 5> kDevices = {"desktop", "mobile", "tablet", "bot", "other"};

// Groups that hold two dimensions: d1 and d2.
struct Pair
{
    DimensionId d1;
    DimensionId d2;
    int group;
};
constexpr std::array<Pair, 2> kPairs = {{
    {DimensionId::Country, DimensionId::Device, schema::GroupCountryDevice},
    {DimensionId::Url, DimensionId::Device, schema::GroupPathDevice},
}};

constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

} // namespace

std::span<const DimensionDef> Dimensions::all()
{
    return kDims;
}

const DimensionDef &Dimensions::def(DimensionId id)
{
    return kDims[size_t(id)];
}

std::optional<DimensionId> Dimensions::fromName(const QString &name)
{
    const QString n = name.trimmed();
    for (const DimensionDef &d : kDims) {
        if (n.compare(QLatin1String(d.name), Qt::CaseInsensitive) == 0 ||
            (d.alias && n.compare(QLatin1String(d.alias), Qt::CaseInsensitive) == 0))
            return d.id;
    }
    return std::nullopt;
}

QString Dimensions::name(DimensionId id)
{
    return QLatin1String(def(id).name);
}

std::optional<DimensionId> Dimensions::fromName(const QString &name, const QStringList &paramKeys)
{
    const QString n = name.trimmed();
    if (n.startsWith(QLatin1String("params."), Qt::CaseInsensitive)) {
        const qsizetype slot = paramKeys.indexOf(n.mid(7));
        if (slot < 0 || slot >= schema::kParamSlots)
            return std::nullopt;
        return DimensionId(int(DimensionId::Param0) + int(slot));
    }
    return fromName(n);
}

QString Dimensions::name(DimensionId id, const QStringList &paramKeys)
{
    if (isParamDimension(id)) {
        const QString key = paramKeys.value(int(id) - int(DimensionId::Param0));
        if (!key.isEmpty())
            return QStringLiteral("params.") + key;
    }
    return name(id);
}

QString Dimensions::definition(DimensionId id)
{
    return tr(def(id).definition);
}

QString Dimensions::deviceName(std::int64_t code)
{
    return code >= 0 && code < std::int64_t(kDevices.size()) ? QLatin1String(kDevices[size_t(code)])
                                                             : QStringLiteral("other");
}

std::optional<GroupChoice> Dimensions::chooseGroup(std::span<const DimensionId> dims, QString *error,
                                                   std::span<const std::array<int, 2>> configuredPairs,
                                                   const QStringList &paramKeys)
{
    std::vector<DimensionId> distinct;
    for (DimensionId d : dims) {
        if (d != DimensionId::Bot && std::find(distinct.begin(), distinct.end(), d) == distinct.end())
            distinct.push_back(d);
    }
    GroupChoice choice;
    auto slotsFor = [&](auto slotOf) {
        for (DimensionId d : dims)
            choice.dimSlots.push_back(d == DimensionId::Bot ? DimensionSlot::BotColumn : slotOf(d));
    };
    // One dimension, or several read from the same group (status and status_class).
    bool sameGroup = !distinct.empty();
    for (DimensionId d : distinct)
        sameGroup = sameGroup && def(d).group == def(distinct.front()).group;
    if (distinct.empty() || sameGroup) {
        choice.group = distinct.empty() ? int(schema::GroupTotal) : def(distinct.front()).group;
        slotsFor([](DimensionId) { return DimensionSlot::D1; });
        return choice;
    }
    // Two groups: a built-in pair, or one the workspace configured.
    std::vector<int> groups;
    for (DimensionId d : distinct) {
        if (std::find(groups.begin(), groups.end(), def(d).group) == groups.end())
            groups.push_back(def(d).group);
    }
    if (distinct.size() == 2) {
        for (const Pair &p : kPairs) {
            const bool match =
                (distinct[0] == p.d1 && distinct[1] == p.d2) || (distinct[0] == p.d2 && distinct[1] == p.d1);
            if (match) {
                choice.group = p.group;
                slotsFor([&](DimensionId d) { return d == p.d1 ? DimensionSlot::D1 : DimensionSlot::D2; });
                return choice;
            }
        }
    }
    if (groups.size() == 2) {
        for (size_t slot = 0; slot < configuredPairs.size(); ++slot) {
            const std::array<int, 2> &p = configuredPairs[slot];
            if ((groups[0] == p[0] && groups[1] == p[1]) || (groups[0] == p[1] && groups[1] == p[0])) {
                choice.group = schema::GroupPair0 + int(slot);
                slotsFor([&](DimensionId d) {
                    return def(d).group == p[0] ? DimensionSlot::D1 : DimensionSlot::D2;
                });
                return choice;
            }
        }
    }
    if (error) {
        QStringList names;
        for (DimensionId d : distinct)
            names << name(d, paramKeys);
        QStringList pairs;
        for (const Pair &p : kPairs)
            pairs << QStringLiteral("%1 × %2").arg(name(p.d1), name(p.d2));
        for (const std::array<int, 2> &p : configuredPairs) {
            if (p[0] >= 0)
                pairs << QStringLiteral("%1 × %2").arg(QLatin1String(schema::groupName(p[0])),
                                                       QLatin1String(schema::groupName(p[1])));
        }
        const bool pairable =
            groups.size() == 2 && schema::isPairableGroup(groups[0]) && schema::isPairableGroup(groups[1]);
        *error =
            pairable
                ? tr("No aggregation group holds %1 together; this workspace combines only %2 (and bot "
                     "with any of them). Add the pair with \"eventscope analytics --pairs +%3:%4\" and "
                     "import the data again, or run one query per dimension.")
                      .arg(names.join(QStringLiteral(" × ")), pairs.join(QStringLiteral(", ")),
                           QLatin1String(schema::groupName(groups[0])),
                           QLatin1String(schema::groupName(groups[1])))
                : tr("No aggregation group holds %1 together. Dimensions can be combined only as %2 (and "
                     "bot with any of them); group by or filter on fewer dimensions, or run one query "
                     "per dimension.")
                      .arg(names.join(QStringLiteral(" × ")), pairs.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

std::optional<std::vector<CodeRange>> DimensionValues::parse(DimensionId id, const QString &value,
                                                             QString *error)
{
    const QString v = value.trimmed();
    auto fail = [&](const QString &msg) -> std::optional<std::vector<CodeRange>> {
        if (error)
            *error = msg;
        return std::nullopt;
    };
    auto one = [](std::int64_t code) { return std::vector<CodeRange>{{code, code}}; };
    switch (id) {
    case DimensionId::Status: {
        bool ok = false;
        const int code = v.toInt(&ok);
        if (!ok || code < 0 || code > 999)
            return fail(tr("The status filter takes an HTTP status code such as 404, not \"%1\"; for a "
                           "class use status_class=4xx.")
                            .arg(v));
        return one(code);
    }
    case DimensionId::StatusClass: {
        const QString l = v.toLower();
        if (l.size() == 3 && l.endsWith(QLatin1String("xx")) && l[0] >= QLatin1Char('1') &&
            l[0] <= QLatin1Char('5')) {
            const std::int64_t c = l[0].unicode() - '0';
            return std::vector<CodeRange>{{c * 100, c * 100 + 99}};
        }
        if (l == QLatin1String("other"))
            return std::vector<CodeRange>{{kMin, 99}, {600, kMax}};
        return fail(tr("The status_class filter takes 1xx, 2xx, 3xx, 4xx, 5xx or other, not \"%1\".").arg(v));
    }
    case DimensionId::Country: {
        if (v.compare(QLatin1String("unknown"), Qt::CaseInsensitive) == 0)
            return one(0);
        const QByteArray code = v.toLatin1();
        const std::uint16_t packed =
            GeoLookup::packCountry(std::string_view(code.constData(), size_t(code.size())));
        if (packed == 0)
            return fail(tr("The country filter takes a two-letter ISO country code such as DE, or unknown, "
                           "not \"%1\".")
                            .arg(v));
        return one(packed);
    }
    case DimensionId::Device:
        for (size_t i = 0; i < kDevices.size(); ++i) {
            if (v.compare(QLatin1String(kDevices[i]), Qt::CaseInsensitive) == 0)
                return one(std::int64_t(i));
        }
        return fail(tr("The device filter takes desktop, mobile, tablet, bot or other, not \"%1\".").arg(v));
    case DimensionId::Bot: {
        const QString l = v.toLower();
        if (l == QLatin1String("yes") || l == QLatin1String("true") || l == QLatin1String("1"))
            return one(1);
        if (l == QLatin1String("no") || l == QLatin1String("false") || l == QLatin1String("0"))
            return one(0);
        return fail(tr("The bot filter takes yes or no, not \"%1\".").arg(v));
    }
    case DimensionId::Source: {
        auto st = m_conn.prepare("SELECT id FROM sources WHERE display_name = ?1 OR uri = ?1 OR "
                                 "CAST(id AS TEXT) = ?1 ORDER BY id");
        st.bind(1, v);
        std::vector<CodeRange> out;
        while (st.step())
            out.push_back({st.int64(0), st.int64(0)});
        return out;
    }
    default:
        break;
    }
    auto st = m_conn.prepare("SELECT id FROM dict WHERE dim = ?1 AND value = ?2");
    st.bind(1, Dimensions::def(id).dictDim).bind(2, v);
    if (st.step())
        return one(st.int64(0));
    return std::vector<CodeRange>{};
}

void DimensionValues::preload(DimensionId id, const std::vector<std::int64_t> &keys)
{
    const DimensionDef &d = Dimensions::def(id);
    QHash<std::int64_t, QString> &texts = m_texts[size_t(id)];
    std::vector<std::int64_t> missing;
    for (std::int64_t k : keys) {
        if (!texts.contains(k))
            missing.push_back(k);
    }
    // One statement over the whole dimension costs about as much as a few
    // hundred single lookups.
    if (missing.size() < 200 || (d.dictDim == 0 && id != DimensionId::Source)) {
        for (std::int64_t k : missing)
            text(id, k);
        return;
    }
    auto st = d.dictDim ? m_conn.prepare("SELECT id, value FROM dict WHERE dim = ?1")
                        : m_conn.prepare("SELECT id, display_name FROM sources WHERE ?1 = ?1");
    st.bind(1, d.dictDim);
    while (st.step())
        texts.insert(st.int64(0), st.qtext(1));
}

QString DimensionValues::text(DimensionId id, std::int64_t key)
{
    QHash<std::int64_t, QString> &texts = m_texts[size_t(id)];
    const auto it = texts.constFind(key);
    if (it != texts.cend())
        return *it;
    const QString t = lookupText(id, key);
    texts.insert(key, t);
    return t;
}

QString DimensionValues::lookupText(DimensionId id, std::int64_t key)
{
    switch (id) {
    case DimensionId::Status:
        return QString::number(key);
    case DimensionId::StatusClass:
        return key >= 1 && key <= 5 ? QStringLiteral("%1xx").arg(key) : QStringLiteral("other");
    case DimensionId::Country: {
        if (key <= 0 || key > 0xffff)
            return QStringLiteral("unknown");
        const std::string_view code = GeoLookup::unpackCountry(std::uint16_t(key));
        return code.empty() ? QStringLiteral("unknown")
                            : QString::fromLatin1(code.data(), qsizetype(code.size()));
    }
    case DimensionId::Device:
        return Dimensions::deviceName(key);
    case DimensionId::Bot:
        return key ? QStringLiteral("yes") : QStringLiteral("no");
    case DimensionId::Source: {
        auto st = m_conn.prepare("SELECT display_name FROM sources WHERE id = ?1");
        st.bind(1, key);
        return st.step() ? st.qtext(0) : QStringLiteral("#%1").arg(key);
    }
    default:
        break;
    }
    auto st = m_conn.prepare("SELECT value FROM dict WHERE id = ?1");
    st.bind(1, key);
    return st.step() ? st.qtext(0) : QStringLiteral("#%1").arg(key);
}

} // namespace es
