#include "ingest/rollupmerge.h"

#include "core/zonebucketer.h"
#include "enrich/geoip.h"
#include "formats/rolluprecord.h"
#include "ingest/enricher.h"
#include "query/dimensions.h"
#include "store/schema.h"

#include <algorithm>

namespace es {

namespace {

// The stored code of a numeric dimension's value; false when it is not one.
bool numericCode(DimensionId id, const QString &value, std::int64_t &code)
{
    const QString v = value.trimmed();
    switch (id) {
    case DimensionId::Status: {
        bool ok = false;
        code = v.toInt(&ok);
        return ok && code >= 0 && code <= 999;
    }
    case DimensionId::Country: {
        if (v.isEmpty() || v.compare(QLatin1String("unknown"), Qt::CaseInsensitive) == 0) {
            code = 0;
            return true;
        }
        const QByteArray c = v.toLatin1();
        code = GeoLookup::packCountry(std::string_view(c.constData(), size_t(c.size())));
        return code != 0;
    }
    case DimensionId::Device:
        for (int i = 0; i <= 4; ++i) {
            if (v.compare(Dimensions::deviceName(i), Qt::CaseInsensitive) == 0) {
                code = i;
                return true;
            }
        }
        return false;
    case DimensionId::Bot:
        code = v == QLatin1String("yes") || v == QLatin1String("true") || v == QLatin1String("1") ? 1 : 0;
        return code == 1 || v == QLatin1String("no") || v == QLatin1String("false") ||
               v == QLatin1String("0");
    default:
        return false;
    }
}

std::string text(const QString &s)
{
    return s.toStdString();
}

} // namespace

RollupMerger::RollupMerger(const ZoneBucketer &zone, const Cutoffs &cutoffs, const QStringList &paramKeys)
    : m_zone(zone), m_cutoffs(cutoffs), m_paramKeys(paramKeys)
{}

bool RollupMerger::isRollupMessage(std::string_view message)
{
    std::string kind;
    return jsonMemberText(message, "kind", kind) && kind == RollupRecord::kKind;
}

bool RollupMerger::add(std::string_view message, Aggregate &agg, std::int64_t lineNo)
{
    agg.setGroups(m_cutoffs.groups);
    agg.setPairs(m_cutoffs.pairs);
    agg.addLines(1);
    RollupRecord r;
    std::string reason;
    if (!RollupRecord::parse(message, r, reason) || !merge(r, agg, reason)) {
        agg.addMalformed(lineNo, reason, message);
        return false;
    }
    return true;
}

bool RollupMerger::merge(const RollupRecord &r, Aggregate &agg, std::string &reason) const
{
    // The dimensions -> the group and its codes.
    std::vector<DimensionId> ids;
    for (const auto &[name, value] : r.dimensions) {
        const std::optional<DimensionId> id = Dimensions::fromName(name, m_paramKeys);
        if (!id) {
            reason = name.startsWith(QLatin1String("params."))
                         ? text(name) + " is not a params key configured in this workspace"
                         : "unknown dimension " + text(name);
            return false;
        }
        if (*id == DimensionId::Source || *id == DimensionId::StatusClass) {
            reason = *id == DimensionId::Source
                         ? "source is not a dimension of rollup records (their topic is)"
                         : "status_class is not stored; give the status code";
            return false;
        }
        if (isParamDimension(*id) && m_paramKeys.value(int(*id) - int(DimensionId::Param0)).isEmpty()) {
            reason = text(name) + " has no params key configured in this workspace";
            return false;
        }
        if (std::find(ids.begin(), ids.end(), *id) != ids.end()) {
            reason = "dimension " + text(name) + " given twice";
            return false;
        }
        if (value.isEmpty()) {
            reason = "empty value of dimension " + text(name);
            return false;
        }
        ids.push_back(*id);
    }
    int grp = schema::GroupTotal;
    std::vector<DimensionSlot> dimSlots;
    const bool hasBot = std::find(ids.begin(), ids.end(), DimensionId::Bot) != ids.end();
    if (hasBot && ids.size() == 1) {
        grp = schema::GroupBot; // the bot breakdown; the flag itself is the record's "bot"
        dimSlots.push_back(DimensionSlot::D1);
    } else if (hasBot) {
        reason = "bot is the record's bot field; as a dimension it stands only alone";
        return false;
    } else {
        QString error;
        const std::optional<GroupChoice> choice = Dimensions::chooseGroup(ids, &error, m_cutoffs.pairs);
        if (!choice) {
            QStringList names;
            for (const auto &[name, value] : r.dimensions)
                names << name;
            reason = "no aggregation group holds " + text(names.join(QStringLiteral(" × "))) +
                     " in this workspace (configure the pair, or send one dimension per record)";
            return false;
        }
        grp = choice->group;
        dimSlots = choice->dimSlots;
    }
    if (!schema::groupOn(m_cutoffs.groups, grp)) {
        reason = std::string("this workspace does not keep the ") + schema::groupName(grp) +
                 " breakdown (turned off in its settings)";
        return false;
    }
    std::int64_t d1 = 0;
    int d2 = 0;
    for (size_t i = 0; i < ids.size(); ++i) {
        const QString &value = r.dimensions[i].second;
        std::int64_t code = 0;
        const DimensionDef &def = Dimensions::def(ids[i]);
        if (def.dictDim != 0) {
            const QByteArray utf8 = value.toUtf8();
            code = agg.strings(StrDim(strDimOfGroup(def.group)))
                       .intern(std::string_view(utf8.constData(), size_t(utf8.size())));
        } else if (!numericCode(ids[i], value, code)) {
            reason = "bad value of " + text(r.dimensions[i].first) + ": " + text(value);
            return false;
        }
        if (ids[i] == DimensionId::Bot && (code != 0) != r.bot) {
            reason = "the bot dimension contradicts the bot field";
            return false;
        }
        if (dimSlots[i] == DimensionSlot::D1)
            d1 = code;
        else
            d2 = int(code);
    }
    const SessionTotals &st = r.sessions;
    const bool hasSessions = st.sessions != 0 || st.bounces != 0 || st.pageViews != 0 || st.durationMs != 0;
    if (hasSessions && schema::finestSessionLevel(grp) > 2) {
        reason = std::string("the ") + schema::groupName(grp) + " breakdown has no session figures";
        return false;
    }

    // The buckets of the window, which must be one of the workspace's.
    const std::int64_t ws = r.windowStart;
    const std::int64_t hour = r.level == 0 ? m_zone.floor(ws, Granularity::Hour) : ws;
    const std::int64_t day = m_zone.floor(hour, Granularity::Day);
    if ((r.level == 1 && m_zone.floor(ws, Granularity::Hour) != ws) || (r.level == 2 && day != ws)) {
        reason = std::string("window_start is not the start of ") + (r.level == 1 ? "an hour" : "a day") +
                 " in the workspace time zone " + m_zone.zoneId().toStdString();
        return false;
    }
    const std::int64_t buckets[3] = {ws, hour, day};
    // Records older than what retention keeps at a level start at the next
    // coarser one, as raw records do.
    const bool detail = schema::isDetailGroup(grp);
    auto kept = [&](int level) {
        if (level == 0)
            return ws >= (detail ? m_cutoffs.detailMinuteSecs : m_cutoffs.minuteSecs);
        if (level == 1)
            return hour >= (detail ? m_cutoffs.detailHourSecs : m_cutoffs.hourSecs);
        return true;
    };
    auto place = [&](int finest) {
        int level = std::max(r.level, finest);
        while (level < 2 && !kept(level))
            ++level;
        return level;
    };
    auto key = [&](int level) { return RollupKey(grp, buckets[level], d1, d2, r.bot); };

    if (!(r.counters == Counters{})) {
        const int level = place(schema::finestCounterLevel(grp));
        agg.rows(level)[key(level)] += r.counters;
    }
    if (r.visitors && schema::finestVisitorLevel(grp) <= 2) {
        const int level = place(schema::finestVisitorLevel(grp));
        auto [it, fresh] = agg.visitorRows(level).try_emplace(key(level));
        if (fresh)
            it->second = *r.visitors;
        else
            it->second.merge(*r.visitors);
    }
    // A session belongs to the hour and the day of its start; these rows are
    // not derived from finer ones, so both get the record's sessions.
    if (hasSessions) {
        if (r.level <= 1 && kept(1))
            agg.sessionRows(1)[key(1)].merge(r.sessions);
        agg.sessionRows(2)[key(2)].merge(r.sessions);
    }
    agg.addPreaggregated(ws * 1000);
    return true;
}

} // namespace es
