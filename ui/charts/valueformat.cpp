#include "charts/valueformat.h"

#include "core/zonebucketer.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <cmath>

namespace es::ui {

namespace {

QString bytes(double v)
{
    const QLocale l;
    static const char *units[] = {
        QT_TRANSLATE_NOOP("es::ui::ValueFormat", "%1 B"), QT_TRANSLATE_NOOP("es::ui::ValueFormat", "%1 KB"),
        QT_TRANSLATE_NOOP("es::ui::ValueFormat", "%1 MB"), QT_TRANSLATE_NOOP("es::ui::ValueFormat", "%1 GB"),
        QT_TRANSLATE_NOOP("es::ui::ValueFormat", "%1 TB")};
    int u = 0;
    double x = std::abs(v);
    while (x >= 1000 && u < 4) {
        x /= 1000;
        ++u;
    }
    return ValueFormat::tr(units[u]).arg(l.toString(std::copysign(x, v), 'f', u == 0 ? 0 : 1));
}

QString duration(double secs)
{
    const QLocale l;
    if (secs < 60)
        return ValueFormat::tr("%1 s").arg(l.toString(secs, 'f', secs < 10 ? 1 : 0));
    const qint64 s = qRound64(secs);
    if (s < 3600)
        return ValueFormat::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return ValueFormat::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QDateTime local(std::int64_t utcSecs, const ZoneBucketer &zone)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs, QTimeZone(zone.zoneId()));
}

} // namespace

QString ValueFormat::metric(MetricId m, double v)
{
    const QLocale l;
    switch (m) {
    case MetricId::Bytes:
        return bytes(v);
    case MetricId::BounceRate:
        return tr("%1 %").arg(l.toString(v * 100, 'f', 1)); // a fraction from 0 to 1
    case MetricId::AvgSessionSeconds:
        return duration(v);
    case MetricId::AvgResponseMs:
        return tr("%1 ms").arg(l.toString(v, 'f', v < 10 ? 1 : 0));
    case MetricId::PagesPerSession:
        return l.toString(v, 'f', 2);
    default:
        if (Metrics::def(m).real)
            return l.toString(v, 'f', 2);
        return l.toString(qint64(std::llround(v)));
    }
}

QString ValueFormat::compact(MetricId m, double v)
{
    if (m == MetricId::Bytes || Metrics::def(m).real)
        return metric(m, v);
    const QLocale l;
    const double a = std::abs(v);
    if (a >= 1e9)
        return tr("%1 bn").arg(l.toString(v / 1e9, 'f', a >= 1e10 ? 0 : 1));
    if (a >= 1e6)
        return tr("%1 M").arg(l.toString(v / 1e6, 'f', a >= 1e7 ? 0 : 1));
    if (a >= 1e5)
        return tr("%1 k").arg(l.toString(v / 1e3, 'f', 0));
    return l.toString(qint64(std::llround(v)));
}

QString ValueFormat::percentChange(double pct)
{
    const QLocale l;
    const QString n = l.toString(std::abs(pct), 'f', std::abs(pct) < 10 ? 1 : 0);
    return pct >= 0 ? tr("+%1 %").arg(n) : tr("−%1 %").arg(n);
}

QString ValueFormat::pointsChange(double points)
{
    const QString n = QLocale().toString(std::abs(points), 'f', 1);
    return points >= 0 ? tr("+%1 pts", "percentage points").arg(n)
                       : tr("−%1 pts", "percentage points").arg(n);
}

bool ValueFormat::changesInPoints(MetricId m)
{
    return m == MetricId::BounceRate;
}

std::optional<double> ValueFormat::number(const Cell &c)
{
    if (const auto *i = std::get_if<std::int64_t>(&c))
        return double(*i);
    if (const auto *d = std::get_if<double>(&c))
        return *d;
    return std::nullopt;
}

QString ValueFormat::text(const Cell &c)
{
    if (const auto *s = std::get_if<QString>(&c))
        return *s;
    if (const auto *i = std::get_if<std::int64_t>(&c))
        return QString::number(*i);
    return {};
}

QString ValueFormat::bucketShort(std::int64_t utcSecs, Granularity g, const ZoneBucketer &zone)
{
    const QLocale l;
    const QDateTime t = local(utcSecs, zone);
    switch (g) {
    case Granularity::Minute:
    case Granularity::Hour:
        if (t.time() == QTime(0, 0))
            return l.toString(t.date(), tr("d MMM", "axis date"));
        return l.toString(t.time(), tr("HH:mm", "axis time"));
    case Granularity::Day:
    case Granularity::Week:
        return l.toString(t.date(), tr("d MMM", "axis date"));
    case Granularity::Month:
        return l.toString(t.date(), tr("MMM yyyy", "axis month"));
    case Granularity::Quarter:
        return tr("Q%1 %2").arg((t.date().month() - 1) / 3 + 1).arg(t.date().year());
    case Granularity::Year:
        return QString::number(t.date().year());
    }
    return {};
}

QString ValueFormat::bucketLong(std::int64_t utcSecs, Granularity g, const ZoneBucketer &zone)
{
    const QLocale l;
    const QDateTime t = local(utcSecs, zone);
    switch (g) {
    case Granularity::Minute:
    case Granularity::Hour:
        return l.toString(t, tr("ddd d MMM yyyy, HH:mm", "tooltip time"));
    case Granularity::Day:
        return l.toString(t.date(), QLocale::LongFormat);
    case Granularity::Week:
        return tr("Week of %1").arg(l.toString(t.date(), QLocale::LongFormat));
    case Granularity::Month:
        return l.toString(t.date(), tr("MMMM yyyy", "tooltip month"));
    case Granularity::Quarter:
    case Granularity::Year:
        return bucketShort(utcSecs, g, zone);
    }
    return {};
}

} // namespace es::ui
