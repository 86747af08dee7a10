#include "models/cellformatter.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>
#include <cstdlib>
#include <iterator>

namespace es::ui {

namespace {

using Role = es::ResultColumn::Role;

// v rounded to `decimals` as the locale writes it, with "+" before a value
// that does not round to zero when asked. Rounding first keeps "-0.0" and
// "+0.0" out of the table.
QString fixed(double v, int decimals, bool withSign)
{
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(v * scale) / scale;
    if (rounded == 0)
        rounded = 0; // drops the sign of -0
    const QLocale l;
    const QString s = l.toString(rounded, 'f', decimals);
    return withSign && rounded > 0 ? l.positiveSign() + s : s;
}

QString signedText(const QString &text, double v, bool withSign)
{
    return withSign && v > 0 ? QLocale().positiveSign() + text : text;
}

} // namespace

QString CellFormatter::nullText()
{
    return QStringLiteral("\u2014");
}

QString CellFormatter::integer(std::int64_t v)
{
    return QLocale().toString(qint64(v));
}

QString CellFormatter::percent(double percent, bool withSign)
{
    return tr("%1%", "a percentage").arg(fixed(percent, 1, withSign));
}

QString CellFormatter::bytes(double v, bool withSign)
{
    // Binary multiples with the familiar KB/MB/GB names, as file managers
    // and hosting bills show traffic.
    const double a = std::abs(std::round(v));
    QString text;
    if (a < 1024) {
        text = tr("%1 B", "bytes").arg(QLocale().toString(qint64(a)));
    } else {
        const QString units[] = {tr("%1 KB", "kilobytes"), tr("%1 MB", "megabytes"), tr("%1 GB", "gigabytes"),
                                 tr("%1 TB", "terabytes")};
        double scaled = a / 1024;
        size_t unit = 0;
        // Move up while the rounded figure would read 1024.0 or more.
        while (unit + 1 < std::size(units) && std::round(scaled * 10) >= 1024 * 10) {
            scaled /= 1024;
            ++unit;
        }
        text = units[unit].arg(fixed(scaled, 1, false));
    }
    if (std::round(v) < 0)
        return QLocale().negativeSign() + text;
    return signedText(text, std::round(v), withSign);
}

QString CellFormatter::duration(double seconds, bool withSign)
{
    const long long total = std::llround(seconds);
    const long long a = std::llabs(total);
    const QLocale l;
    QString text;
    if (a < 60)
        text = tr("%1 s", "seconds").arg(a);
    else if (a < 3600)
        text = tr("%1 min %2 s", "minutes and seconds").arg(a / 60).arg(a % 60, 2, 10, QLatin1Char('0'));
    else
        text = tr("%1 h %2 min", "hours and minutes")
                   .arg(l.toString(qint64(a / 3600)))
                   .arg(a / 60 % 60, 2, 10, QLatin1Char('0'));
    if (total < 0)
        return l.negativeSign() + text;
    return signedText(text, double(total), withSign);
}

QString CellFormatter::milliseconds(double ms, bool withSign)
{
    // Below 10 ms the tenth tells fast endpoints apart; above it is noise.
    return tr("%1 ms", "milliseconds").arg(fixed(ms, std::abs(ms) < 9.95 ? 1 : 0, withSign));
}

QString CellFormatter::isoTime(std::int64_t secs, const QTimeZone &zone)
{
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(secs, zone);
    const int offset = dt.offsetFromUtc();
    const QString local = dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (offset == 0)
        return local + QLatin1Char('Z');
    const int a = std::abs(offset);
    return local + QString::asprintf("%c%02d:%02d", offset < 0 ? '-' : '+', a / 3600, a / 60 % 60);
}

QString CellFormatter::date(const QDate &d) const
{
    const QLocale l;
    // The short format's two-digit year reads badly in a table spanning
    // years; keep the locale's order and separators with all four digits.
    QString format = l.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression years(QStringLiteral("y+"));
    format.replace(years, QStringLiteral("yyyy"));
    return l.toString(d, format);
}

QString CellFormatter::time(std::int64_t secs) const
{
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(secs, m_zone);
    const QDate d = dt.date();
    const QLocale l;
    using G = es::Granularity;
    switch (m_granularity.value_or(G::Minute)) {
    case G::Minute:
    case G::Hour:
        return date(d) + QLatin1Char(' ') + l.toString(dt.time(), QLocale::ShortFormat);
    case G::Day:
        return date(d);
    case G::Week:
        return tr("Week of %1").arg(date(d));
    case G::Month:
        return l.toString(d, QStringLiteral("MMMM yyyy"));
    case G::Quarter:
        return tr("Q%1 %2", "quarter and year").arg((d.month() - 1) / 3 + 1).arg(d.year());
    case G::Year:
        return QString::number(d.year());
    }
    return isoTime(secs, m_zone);
}

QString CellFormatter::number(const es::ResultColumn &column, const es::Cell &cell) const
{
    const auto *i = std::get_if<std::int64_t>(&cell);
    const double v = i ? double(*i) : std::get<double>(cell);
    const QLocale l;
    if (column.role == Role::Dimension) // a status code, not a quantity
        return i ? QString::number(*i) : l.toString(v);
    if (column.role == Role::ChangePercent)
        return percent(v, true);
    const bool change = column.role == Role::Change;
    if (column.metric) {
        switch (*column.metric) {
        case es::MetricId::BounceRate:
            // A rate's difference is in percentage points, not percent.
            return change ? tr("%1 pp", "percentage points").arg(fixed(v * 100, 1, true))
                          : percent(v * 100, false);
        case es::MetricId::Bytes:
            return bytes(v, change);
        case es::MetricId::AvgSessionSeconds:
            return duration(v, change);
        case es::MetricId::AvgResponseMs:
            return milliseconds(v, change);
        default:
            break;
        }
    }
    if (i)
        return signedText(l.toString(qint64(*i)), v, change);
    return fixed(v, 2, change);
}

QString CellFormatter::display(const es::ResultColumn &column, const es::Cell &cell) const
{
    if (std::holds_alternative<std::monostate>(cell))
        return nullText();
    if (const auto *s = std::get_if<QString>(&cell))
        return s->isEmpty() ? tr("(empty)") : *s;
    if (column.kind == es::ColumnKind::Time) {
        if (const auto *i = std::get_if<std::int64_t>(&cell))
            return time(*i);
    }
    return number(column, cell);
}

QString CellFormatter::exact(const es::ResultColumn &column, const es::Cell &cell) const
{
    if (std::holds_alternative<std::monostate>(cell)) {
        switch (column.role) {
        case Role::PreviousBucket:
            return tr("No bucket to compare with (a clock change skipped it)");
        case Role::ChangePercent:
            return tr("No percentage: the previous value is 0");
        default:
            return tr("No value: nothing to compute it from");
        }
    }
    if (const auto *s = std::get_if<QString>(&cell))
        return s->isEmpty() ? tr("(empty)") : *s;
    const QLocale l;
    if (const auto *d = std::get_if<double>(&cell))
        return l.toString(*d, 'f', QLocale::FloatingPointShortest);
    const std::int64_t v = std::get<std::int64_t>(cell);
    if (column.kind == es::ColumnKind::Time)
        return isoTime(v, m_zone);
    return column.role == Role::Dimension ? QString::number(v) : l.toString(qint64(v));
}

} // namespace es::ui
