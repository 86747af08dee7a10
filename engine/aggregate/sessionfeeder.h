#pragma once
// Runs the sessionizer of one input inside the import pipeline.
//
// Parse workers record one SessionInput per page view and per session event,
// with the attributes of the view (entry page, site, referrer, browser, OS,
// browser version, country and device) as string ids of their chunk's
// aggregate. The in-order merger hands every chunk to feed() before merging
// it: the ids become 64-bit hashes of the text (kept in a table here, so the
// state does not depend on any aggregate), the inputs go to the Sessionizer,
// and the sessions it closes become session rows of the delta, in the hour
// and day of their start, for the total and every group that describes a
// session (schema::hasSessions).
//
// save() is stored with the file's checkpoint in the same transaction as the
// delta (see Writer); restore() continues where the last import of the file
// stopped, so a file that grows is sessionized as if imported in one go.
// addOpenRows() counts the sessions still open as if they closed now: the
// provisional rows written with the last batch of an import.

#include "aggregate/aggregate.h"
#include "aggregate/sessionizer.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace es {

class ZoneBucketer;

class SessionFeeder
{
public:
    SessionFeeder(const ZoneBucketer &zone, Sessionizer::Config config);

    // Restores a saved state; false (and a fresh state) for anything save()
    // did not produce.
    bool restore(std::string_view bytes);
    std::string save();

    // Feeds the chunk's session inputs (and clears them); closed sessions go
    // into `delta`'s session rows.
    void feed(Aggregate &chunk, Aggregate &delta);
    // Adds the open sessions' rows to `into`, as if they closed now.
    void addOpenRows(Aggregate &into) const;

    const Sessionizer &sessionizer() const { return m_sessionizer; }
    // The groups session rows are kept for (a bit per schema::Group).
    void setGroups(std::uint32_t mask) { m_groups = mask; }
    // Hour rows retention would delete in the same transaction are not made:
    // sessions that start before `hourSecs` (before `detailHourSecs` for the
    // detail groups, schema::isDetailGroup) count in their day only.
    void setHourCutoffs(std::int64_t hourSecs, std::int64_t detailHourSecs)
    {
        m_hourCutoff = hourSecs;
        m_detailHourCutoff = detailHourSecs;
    }

private:
    void addSession(const ClosedSession &s, Aggregate &into) const;
    std::int64_t hashOf(std::string_view text);

    const ZoneBucketer &m_zone;
    Sessionizer m_sessionizer;
    std::unordered_map<std::uint64_t, std::string> m_texts; // attribute hash -> text
    std::vector<ClosedSession> m_closed;                    // reused
    size_t m_textsAfterPrune = 0;
    std::uint32_t m_groups = ~0u;
    std::int64_t m_hourCutoff = INT64_MIN, m_detailHourCutoff = INT64_MIN;
};

} // namespace es
