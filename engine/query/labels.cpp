#include "query/labels.h"

namespace es {

QString Labels::metricTitle(es::MetricId id)
{
    using M = es::MetricId;
    // No default: a new metric must get a title here (-Wswitch).
    switch (id) {
    case M::Hits:
        return tr("Hits");
    case M::Requests:
        return tr("Requests");
    case M::Bytes:
        return tr("Bytes");
    case M::PageViews:
        return tr("Page views");
    case M::Downloads:
        return tr("Downloads");
    case M::Events:
        return tr("Events");
    case M::Status1xx:
        return tr("Status 1xx");
    case M::Status2xx:
        return tr("Status 2xx");
    case M::Status3xx:
        return tr("Status 3xx");
    case M::Status4xx:
        return tr("Status 4xx");
    case M::Status5xx:
        return tr("Status 5xx");
    case M::Errors:
        return tr("Errors");
    case M::AvgResponseMs:
        return tr("Avg. response time");
    case M::Visitors:
        return tr("Visitors");
    case M::Sessions:
        return tr("Sessions");
    case M::Bounces:
        return tr("Bounces");
    case M::BounceRate:
        return tr("Bounce rate");
    case M::PagesPerSession:
        return tr("Pages per session");
    case M::AvgSessionSeconds:
        return tr("Avg. session duration");
    }
    return es::Metrics::name(id);
}

QString Labels::dimensionTitle(es::DimensionId id)
{
    using D = es::DimensionId;
    switch (id) {
    case D::Url:
        return tr("URL");
    case D::Site:
        return tr("Site");
    case D::Method:
        return tr("Method");
    case D::Status:
        return tr("Status");
    case D::StatusClass:
        return tr("Status class");
    case D::EventType:
        return tr("Event type");
    case D::Country:
        return tr("Country");
    case D::Browser:
        return tr("Browser");
    case D::BrowserVersion:
        return tr("Browser version");
    case D::Os:
        return tr("Operating system");
    case D::Device:
        return tr("Device");
    case D::Bot:
        return tr("Bot");
    case D::Referrer:
        return tr("Referrer");
    case D::Source:
        return tr("Source");
    case D::Param0:
    case D::Param1:
    case D::Param2:
    case D::Param3:
        return tr("Parameter %1").arg(int(id) - int(D::Param0) + 1);
    }
    return es::Dimensions::name(id);
}

QString Labels::columnTitle(const es::ResultColumn &column)
{
    using Role = es::ResultColumn::Role;
    const QString metric = column.metric ? metricTitle(*column.metric) : column.name;
    switch (column.role) {
    case Role::Bucket:
        return tr("Time");
    case Role::PreviousBucket:
        return tr("Previous time");
    case Role::Dimension:
        if (!column.dimension)
            return column.name;
        // A configured params key is the user's own word; show it as named.
        if (es::isParamDimension(*column.dimension) && column.name.startsWith(QLatin1String("params.")))
            return column.name.mid(7);
        return dimensionTitle(*column.dimension);
    case Role::Metric:
        return metric;
    case Role::Previous:
        return tr("%1 (previous)").arg(metric);
    case Role::Change:
        return tr("%1 (change)").arg(metric);
    case Role::ChangePercent:
        return tr("%1 (change %)").arg(metric);
    }
    return column.name;
}

QString Labels::columnDescription(const es::ResultColumn &column)
{
    using Role = es::ResultColumn::Role;
    switch (column.role) {
    case Role::Bucket:
        return tr("Start of the time bucket");
    case Role::PreviousBucket:
        return tr("Start of the bucket it is compared with");
    case Role::Dimension:
        return column.dimension ? es::Dimensions::definition(*column.dimension) : column.name;
    case Role::Metric:
        return column.metric ? es::Metrics::definition(*column.metric) : column.name;
    case Role::Previous:
        return tr("The value in the comparison period");
    case Role::Change:
        return tr("Current minus previous value");
    case Role::ChangePercent:
        return tr("Change against the previous value in percent; empty when the previous value is 0");
    }
    return column.name;
}

} // namespace es
