#pragma once
// Turns the cells of a query result into the texts people read: counts with
// thousands separators, rates as percentages, bytes as KB/MB/GB, durations
// as "1 min 05 s", bucket starts as the locale writes dates in the zone of
// the workspace. The table model, charts and reports format alike through it.
//
// It reads QLocale() on every call, so a changed default locale applies to
// the next paint without telling the formatter.

#include "core/granularity.h"
#include "query/query.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>
#include <cstdint>
#include <optional>

namespace es::ui {

class CellFormatter
{
    Q_DECLARE_TR_FUNCTIONS(es::ui::CellFormatter)
public:
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    const QTimeZone &timeZone() const { return m_zone; }
    // nullopt: buckets show date and time.
    void setGranularity(std::optional<es::Granularity> g) { m_granularity = g; }
    std::optional<es::Granularity> granularity() const { return m_granularity; }

    // What a table cell shows; "—" for an empty cell.
    QString display(const es::ResultColumn &column, const es::Cell &cell) const;
    // The exact value for a tooltip: full precision with thousands separators,
    // ISO 8601 times with their offset, and why a cell is empty.
    QString exact(const es::ResultColumn &column, const es::Cell &cell) const;

    // A bucket start as the locale writes it, at the granularity's precision.
    QString time(std::int64_t secs) const;
    // ISO 8601 with the zone's offset ("2024-05-01T00:00:00+02:00", "Z" for
    // offset 0), as the command line writes it.
    static QString isoTime(std::int64_t secs, const QTimeZone &zone);

    static QString nullText();
    static QString integer(std::int64_t v);
    static QString percent(double percent, bool withSign);
    static QString bytes(double v, bool withSign);
    static QString duration(double seconds, bool withSign);
    static QString milliseconds(double ms, bool withSign);

private:
    QString number(const es::ResultColumn &column, const es::Cell &cell) const;
    QString date(const QDate &d) const;

    QTimeZone m_zone = QTimeZone::utc();
    std::optional<es::Granularity> m_granularity;
};

} // namespace es::ui
