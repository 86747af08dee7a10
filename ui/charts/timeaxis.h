#pragma once
// X axes of time charts. Points sit at bucket indexes, not at instants, so a
// 23-hour DST day is as wide as the others and a comparison series lines up
// with its current bucket. The labels are the bucket starts in the workspace
// zone, thinned out so they never overlap.

#include "core/granularity.h"

#include <QStringList>
#include <cstdint>
#include <vector>

QT_BEGIN_NAMESPACE
class QCategoryAxis;
QT_END_NAMESPACE

namespace es {
class ZoneBucketer;
struct QueryResult;
} // namespace es

namespace es::ui {

// Labels every `step` buckets so that at most maxLabels show; bars centre on
// their index (range -0.5 .. n-0.5), lines span 0 .. n-1.
void fillTimeAxis(QCategoryAxis *axis, const std::vector<std::int64_t> &buckets, Granularity g,
                  const ZoneBucketer &zone, int maxLabels, bool bars);

// The buckets of a series result (Time column), in order, deduplicated.
std::vector<std::int64_t> bucketsOf(const QueryResult &r);

} // namespace es::ui
