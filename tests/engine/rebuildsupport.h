#pragma once
// Shared by the rebuild tests: workspaces built from real access logs, and
// what the dashboards would show of them (QueryService), as comparable text.

#include "ingest/fileimporter.h"
#include "query/queryservice.h"
#include "store/analyticssettings.h"
#include "store/writer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStringList>
#include <functional>

namespace es::test {

inline QString cellText(const Cell &c)
{
    if (const auto *i = std::get_if<std::int64_t>(&c))
        return QString::number(*i);
    if (const auto *d = std::get_if<double>(&c))
        return QString::number(*d, 'g', 12);
    if (const auto *s = std::get_if<QString>(&c))
        return *s;
    return QStringLiteral("-");
}

inline QStringList resultText(const QueryResult &r)
{
    QStringList out;
    if (!r.error.isEmpty())
        return {QStringLiteral("error: ") + r.error};
    for (const auto &row : r.rows) {
        QStringList cells;
        for (const Cell &c : row)
            cells << cellText(c);
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

// Hits, page views, visitors, sessions and bounces per day, events by type,
// and the top URLs, over all time.
inline QStringList numbers(const QString &db)
{
    QueryService s;
    if (!s.open(db))
        return {QStringLiteral("cannot open")};
    Query daily;
    daily.metrics = {MetricId::Hits,     MetricId::PageViews, MetricId::Visitors,
                     MetricId::Sessions, MetricId::Bounces,   MetricId::Events};
    daily.range = {0, 2000000000};
    daily.granularity = Granularity::Day;
    daily.bots = BotMode::Include;
    Query urls;
    urls.metrics = {MetricId::Hits, MetricId::PageViews, MetricId::Visitors};
    urls.groupBy = {DimensionId::Url};
    urls.range = daily.range;
    urls.topN = 25;
    urls.bots = BotMode::Include;
    Query types = urls;
    types.metrics = {MetricId::Hits, MetricId::Events};
    types.groupBy = {DimensionId::EventType};
    QStringList out = resultText(s.run(daily).result());
    out << QStringLiteral("--") << resultText(s.run(urls).result());
    out << QStringLiteral("--") << resultText(s.run(types).result());
    return out;
}

// A workspace with `files` imported in order, with the settings edited by `edit`.
inline bool buildWorkspace(const QString &db, const QStringList &files,
                           const std::function<void(AnalyticsSettings &)> &edit = {})
{
    Writer w;
    if (!w.open(db))
        return false;
    AnalyticsSettings s = w.analyticsSettings();
    s.geoip = false;
    if (edit)
        edit(s);
    if (!w.setAnalyticsSettings(s).isEmpty())
        return false;
    for (const QString &f : files) {
        FileImporter imp(w, {});
        if (imp.importFile(f).status != FileImportResult::Status::Imported)
            return false;
    }
    w.close();
    return true;
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace es::test
