#pragma once
// Time-bucket sizes. Minute and hour buckets are stored as rollups; day and
// coarser are computed from day rollups at query time.

#include <QString>
#include <optional>

namespace es {

enum class Granularity : int { Minute, Hour, Day, Week, Month, Quarter, Year };

QString granularityName(Granularity g); // "minute", "hour", ...
std::optional<Granularity> granularityFromName(const QString &name);

} // namespace es
