#include "aggregate/sessionfeeder.h"

#include "aggregate/visitorsketchcodec.h"
#include "core/zonebucketer.h"
#include "store/schema.h"

#include <cstring>
#include <unordered_set>

namespace es {

namespace {

constexpr char kMagic[4] = {'E', 'S', 'S', 'F'};
constexpr int kUnknownDevice = 0xF;

// Attribute slots holding text, and the string dimension of each.
constexpr struct
{
    int attr;
    StrDim dim;
} kTextAttrs[] = {
    {AttrPath, StrDim::Path},       {AttrSite, StrDim::Site}, {AttrReferrer, StrDim::Referrer},
    {AttrBrowser, StrDim::Browser}, {AttrOs, StrDim::Os},     {AttrBrowserVersion, StrDim::BrowserVersion}};

void putU64(std::string &out, std::uint64_t v)
{
    char b[8];
    std::memcpy(b, &v, 8);
    out.append(b, 8);
}

} // namespace

SessionFeeder::SessionFeeder(const ZoneBucketer &zone, Sessionizer::Config config)
    : m_zone(zone), m_sessionizer(config)
{}

std::int64_t SessionFeeder::hashOf(std::string_view text)
{
    std::uint64_t h = VisitorSketch::hashKey(text);
    if (h == std::uint64_t(-1))
        h = 0; // -1 means "none"
    auto it = m_texts.find(h);
    if (it == m_texts.end())
        m_texts.emplace(h, std::string(text));
    return std::int64_t(h);
}

void SessionFeeder::feed(Aggregate &chunk, Aggregate &delta)
{
    std::vector<SessionInput> &inputs = chunk.sessionInputs();
    if (inputs.empty())
        return;
    // Chunk string id -> hash, once per value.
    std::vector<std::int64_t> hashes[size_t(StrDim::Count)];
    for (const auto &t : kTextAttrs)
        hashes[size_t(t.dim)].assign(size_t(chunk.strings(t.dim).size()), -2);
    for (SessionInput &in : inputs) {
        for (const auto &t : kTextAttrs) {
            std::int64_t &id = in.attrs.ids[size_t(t.attr)];
            if (id < 0)
                continue;
            std::int64_t &h = hashes[size_t(t.dim)][size_t(id)];
            if (h == -2)
                h = hashOf(chunk.strings(t.dim).value(int(id)));
            id = h;
        }
        m_sessionizer.add(in);
    }
    inputs.clear();
    m_closed.clear();
    m_sessionizer.takeClosed(m_closed);
    for (const ClosedSession &s : m_closed)
        addSession(s, delta);
}

void SessionFeeder::addSession(const ClosedSession &s, Aggregate &into) const
{
    const std::int64_t secs = s.startMs >= 0 ? s.startMs / 1000 : (s.startMs - 999) / 1000;
    const std::int64_t hour = m_zone.floor(secs, Granularity::Hour);
    const std::int64_t day = m_zone.floor(hour, Granularity::Day);
    SessionTotals t;
    t.add(s);
    std::int64_t ids[size_t(StrDim::Count)];
    std::fill(std::begin(ids), std::end(ids), -1);
    for (const auto &a : kTextAttrs) {
        const std::int64_t h = s.attrs.ids[size_t(a.attr)];
        if (h == -1)
            continue;
        auto it = m_texts.find(std::uint64_t(h));
        if (it != m_texts.end())
            ids[size_t(a.dim)] = into.strings(a.dim).intern(it->second);
    }
    const std::int64_t client = s.attrs.ids[AttrClient];
    const bool hasClient = client >= 0 && int(client >> 16 & 0xF) != kUnknownDevice;
    const int country = hasClient ? int(client & 0xFFFF) : 0;
    const int device = hasClient ? int(client >> 16 & 0xF) : kUnknownDevice;
    for (int level = 1; level <= 2; ++level) {
        SessionMap &rows = into.sessionRows(level);
        const std::int64_t bucket = level == 1 ? hour : day;
        const bool hourKept = hour >= m_hourCutoff, detailHourKept = hour >= m_detailHourCutoff;
        auto add = [&](int grp, std::int64_t d1, int d2 = 0) {
            if (level == 1 && !(schema::isDetailGroup(grp) ? detailHourKept : hourKept))
                return;
            if (schema::groupOn(m_groups, grp))
                rows[RollupKey(grp, bucket, d1, d2)].merge(t);
        };
        add(schema::GroupTotal, 0);
        if (ids[size_t(StrDim::Path)] >= 0) {
            add(schema::GroupPath, ids[size_t(StrDim::Path)]);
            if (hasClient)
                add(schema::GroupPathDevice, ids[size_t(StrDim::Path)], device);
        }
        if (ids[size_t(StrDim::Site)] >= 0)
            add(schema::GroupSite, ids[size_t(StrDim::Site)]);
        if (ids[size_t(StrDim::Referrer)] >= 0)
            add(schema::GroupReferrer, ids[size_t(StrDim::Referrer)]);
        if (ids[size_t(StrDim::Browser)] >= 0)
            add(schema::GroupBrowser, ids[size_t(StrDim::Browser)]);
        if (ids[size_t(StrDim::Os)] >= 0)
            add(schema::GroupOs, ids[size_t(StrDim::Os)]);
        if (ids[size_t(StrDim::BrowserVersion)] >= 0)
            add(schema::GroupBrowserVersion, ids[size_t(StrDim::BrowserVersion)]);
        if (hasClient) {
            add(schema::GroupDevice, device);
            add(schema::GroupCountry, country);
            add(schema::GroupCountryDevice, country, device);
        }
    }
}

void SessionFeeder::addOpenRows(Aggregate &into) const
{
    for (const ClosedSession &s : m_sessionizer.openSessions())
        addSession(s, into);
}

std::string SessionFeeder::save()
{
    // The text table is saved whole; once it has grown well beyond what was
    // kept last time, it is cut down to the texts that open sessions still
    // refer to (which needs a pass over every open session).
    if (m_texts.size() > 2 * m_textsAfterPrune + 4096) {
        std::unordered_set<std::uint64_t> used;
        for (const ClosedSession &s : m_sessionizer.openSessions()) {
            for (const auto &a : kTextAttrs) {
                if (s.attrs.ids[size_t(a.attr)] != -1)
                    used.insert(std::uint64_t(s.attrs.ids[size_t(a.attr)]));
            }
        }
        std::erase_if(m_texts, [&used](const auto &kv) { return !used.contains(kv.first); });
        m_textsAfterPrune = m_texts.size();
    }
    std::string out(kMagic, 4);
    const std::string state = m_sessionizer.saveState();
    sketchdetail::putVarint(out, state.size());
    out += state;
    sketchdetail::putVarint(out, m_texts.size());
    for (const auto &[h, text] : m_texts) {
        putU64(out, h);
        sketchdetail::putVarint(out, text.size());
        out += text;
    }
    return out;
}

bool SessionFeeder::restore(std::string_view bytes)
{
    m_texts.clear();
    m_textsAfterPrune = 0;
    if (bytes.size() < 4 || std::memcmp(bytes.data(), kMagic, 4) != 0)
        return false;
    std::size_t pos = 4;
    auto take = [&](std::uint64_t n) -> std::optional<std::string_view> {
        if (n > bytes.size() - pos)
            return std::nullopt;
        std::string_view v = bytes.substr(pos, size_t(n));
        pos += size_t(n);
        return v;
    };
    const auto len = sketchdetail::getVarint(bytes, pos);
    const auto state = len ? take(*len) : std::nullopt;
    if (!state || !m_sessionizer.restoreState(*state))
        return false;
    const auto n = sketchdetail::getVarint(bytes, pos);
    if (!n)
        return false;
    for (std::uint64_t i = 0; i < *n; ++i) {
        const auto h = take(8);
        if (!h)
            return false;
        const auto tl = sketchdetail::getVarint(bytes, pos);
        const auto text = tl ? take(*tl) : std::nullopt;
        if (!text)
            return false;
        std::uint64_t key;
        std::memcpy(&key, h->data(), 8);
        m_texts.emplace(key, std::string(*text));
    }
    m_textsAfterPrune = m_texts.size();
    return true;
}

} // namespace es
