#include "core/granularity.h"

#include <array>

namespace es {

static constexpr std::array<const char *, 7> kNames = {"minute", "hour",    "day", "week",
                                                       "month",  "quarter", "year"};

QString granularityName(Granularity g)
{
    return QLatin1String(kNames[size_t(g)]);
}

std::optional<Granularity> granularityFromName(const QString &name)
{
    for (size_t i = 0; i < kNames.size(); ++i) {
        if (name.compare(QLatin1String(kNames[i]), Qt::CaseInsensitive) == 0)
            return Granularity(int(i));
    }
    return std::nullopt;
}

} // namespace es
