#pragma once
// The titles people read for metrics, dimensions and result columns, in one
// place so that tables, charts, reports and alerts name things alike. The
// engine's names ("page_views") are what users type; these are what they
// read ("Page views").

#include "query/dimensions.h"
#include "query/metrics.h"
#include "query/query.h"

#include <QCoreApplication>
#include <QString>

namespace es {

class Labels
{
    Q_DECLARE_TR_FUNCTIONS(es::Labels)
public:
    static QString metricTitle(es::MetricId id);
    static QString dimensionTitle(es::DimensionId id);
    // Comparison columns carry the metric's title: "Page views (previous)".
    static QString columnTitle(const es::ResultColumn &column);
    // One line for a column header's tooltip: what the column holds.
    static QString columnDescription(const es::ResultColumn &column);
};

} // namespace es
