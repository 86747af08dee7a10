#include "query/query.h"

#include <algorithm>

namespace es {

namespace {

QString filtersText(const std::vector<Filter> &filters)
{
    QStringList parts;
    for (const Filter &f : filters) {
        QStringList values = f.values;
        for (QString &v : values)
            v = v.trimmed();
        values.sort();
        values.removeDuplicates();
        for (QString &v : values)
            v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('|'), QStringLiteral("\\|"));
        parts << Dimensions::name(f.dimension) + QLatin1Char('=') + values.join(QLatin1Char('|'));
    }
    parts.sort();
    return parts.join(QLatin1Char('&'));
}

} // namespace

QString Query::canonicalText() const
{
    QStringList m;
    for (MetricId id : metrics)
        m << Metrics::name(id);
    QStringList by;
    for (DimensionId d : groupBy)
        by << Dimensions::name(d);
    return QStringLiteral("q1;m=%1;by=%2;f=%3;r=%4-%5;g=%6;tz=%7;ws=%8;cmp=%9;top=%10;sort=%11%12;bots=%13")
        .arg(m.join(QLatin1Char(',')), by.join(QLatin1Char(',')), filtersText(filters))
        .arg(range.fromSecs)
        .arg(range.toSecs)
        .arg(granularity ? granularityName(*granularity) : QStringLiteral("none"),
             QString::fromUtf8(timeZone))
        .arg(weekStart)
        .arg(comparisonName(comparison))
        .arg(topN)
        .arg(sortBy ? Metrics::name(*sortBy) : QString(),
             ascending ? QStringLiteral("+") : QStringLiteral("-"), botModeName(bots));
}

QString MoversQuery::canonicalText() const
{
    return QStringLiteral("m1;d=%1;m=%2;w=%3-%4;p=%5-%6;top=%7;f=%8;bots=%9")
        .arg(Dimensions::name(dimension), Metrics::name(metric))
        .arg(window.fromSecs)
        .arg(window.toSecs)
        .arg(previousWindow.fromSecs)
        .arg(previousWindow.toSecs)
        .arg(topN)
        .arg(filtersText(filters), botModeName(bots));
}

int QueryResult::columnIndex(ResultColumn::Role role, std::optional<MetricId> metric) const
{
    for (size_t i = 0; i < columns.size(); ++i)
        if (columns[i].role == role && (!metric || columns[i].metric == metric))
            return int(i);
    return -1;
}

int QueryResult::columnIndex(const QString &name) const
{
    const auto it =
        std::find_if(columns.begin(), columns.end(), [&](const ResultColumn &c) { return c.name == name; });
    return it == columns.end() ? -1 : int(it - columns.begin());
}

} // namespace es
