#pragma once
// How long the workspace keeps fine-grained data. Ages count back from the
// newest event in the workspace, not from the clock, so importing an archive
// of old logs keeps it searchable. Day rollups (and everything coarser, which
// is computed from them) are never removed by retention.

#include <QString>
#include <cstdint>

namespace es {

class WorkspaceDb;
namespace sql {
class Connection;
}

struct RetentionPolicy
{
    int rawDays = 30;   // raw events for search; 0 keeps them forever
    int minuteDays = 7; // minute rollups; 0 keeps them forever
    int hourDays = 90;  // hour rollups; 0 keeps them forever
    // Minute and hour rows of groups with many values (paths); see
    // schema::isDetailGroup. 0 keeps them forever.
    int detailMinuteDays = 1;
    int detailHourDays = 7;

    static constexpr int kMaxDays = 36600;

    static RetentionPolicy load(WorkspaceDb &db);
    bool save(WorkspaceDb &db) const;

    // The oldest time (Unix ms) kept for `days`, given the newest event.
    static std::int64_t cutoffMs(std::int64_t newestMs, int days)
    {
        return days > 0 ? newestMs - std::int64_t(days) * 86400000 : INT64_MIN;
    }

    // Deletes what is older than the policy keeps, relative to `newestMs`.
    // Runs in the caller's transaction. Each delete is a range on an index.
    bool apply(sql::Connection &c, std::int64_t newestMs) const;
};

// The time (Unix ms) of the newest event in the workspace, or INT64_MIN.
std::int64_t newestEventMs(sql::Connection &c);

} // namespace es
