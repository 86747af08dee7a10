#pragma once
// The windows of data an alert rule reads when it is evaluated at an
// instant: the current window and, for change rules, the baseline window it
// is compared with. Windows end at the last whole minute before the instant,
// so a rule never compares a minute that is still filling up.
//
// Baselines move back in local wall-clock time of the workspace zone
// (comparisonShift / planComparison, docs/TIME.md), so a change rule across a
// DST change compares like with like:
//   last N minutes, previous period   the N minutes before (exact length; the
//                                     N local days before when the window is
//                                     whole local days)
//   last N minutes, week over week    the same wall-clock span 7 local days
//                                     earlier
//   today so far, previous period     yesterday from midnight to the same
//                                     wall-clock time
//   this week so far, previous period last week from its start to the same
//                                     weekday and wall-clock time
//   today / this week, week over week the same span 7 local days earlier
// An end whose wall-clock time was skipped by a spring-forward change becomes
// the first instant after the gap, as in planComparison.

#include "alerts/alertrule.h"
#include "query/timerange.h"

#include <cstdint>

namespace es {

class ZoneBucketer;

struct AlertWindows
{
    TimeRange current;  // UTC seconds, half-open
    TimeRange previous; // empty unless the rule is a change rule
};

AlertWindows alertWindows(const AlertRule &rule, std::int64_t atMs, const ZoneBucketer &zone);

} // namespace es
