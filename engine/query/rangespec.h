#pragma once
// What the user picked as a time range, kept as picked: a preset ("last 24
// hours"), a pair of relative expressions ("now-7d" .. "today") or two fixed
// instants. A preset or relative range is resolved again against the current
// time on every refresh, so "last 24 hours" moves with the clock.
//
// QtCore only, so the dashboard, the reports and the tests share it.

#include "query/timerange.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>

namespace es {
class ZoneBucketer;
}

namespace es {

struct RangeSpec
{
    Q_DECLARE_TR_FUNCTIONS(es::RangeSpec)
public:
    enum class Kind { Preset, Relative, Absolute };

    Kind kind = Kind::Preset;
    // Kind::Preset: one of presetIds().
    QString preset = QStringLiteral("last-7d");
    // Kind::Relative: time expressions (core/timeexpr.h), e.g. "now-7d", "today".
    QString fromExpr;
    QString toExpr;
    // Kind::Absolute: half-open [fromSecs, toSecs), UTC epoch seconds.
    std::int64_t fromSecs = 0;
    std::int64_t toSecs = 0;

    static RangeSpec fromPreset(const QString &id);
    static RangeSpec relative(const QString &from, const QString &to);
    static RangeSpec absolute(TimeRange r);
    // What people type for --range: a preset id ("last-7d") or FROM..TO time
    // expressions ("now-7d..now", "2026-01-01..2026-02-01"); nullopt
    // otherwise. The expressions are checked when the range is resolved.
    static std::optional<RangeSpec> fromUserText(const QString &text);

    // "last-15m", "last-30m", "last-1h", "last-24h", "last-7d", "last-30d", "last-90d",
    // "today", "yesterday", "this-week", "last-week", "this-month",
    // "last-month", "this-quarter", "last-quarter", "this-year", "last-year",
    // "last-2y", "all", in the order the picker lists them.
    static QStringList presetIds();
    // Translated name of a preset ("Last 24 hours").
    static QString presetLabel(const QString &id);

    // What the picker button shows: the preset name, "now-7d → now", or the
    // two instants in the zone as the locale writes them.
    QString label(const ZoneBucketer &zone) const;

    // Stable text for settings and history: "preset:last-7d",
    // "relative:now-7d|now", "absolute:1700000000|1700086400".
    QString toString() const;
    static std::optional<RangeSpec> fromString(const QString &text);

    friend bool operator==(const RangeSpec &, const RangeSpec &) = default;
};

// The data's extent, for "all data": oldest and newest event (UTC seconds);
// an empty range when the workspace holds nothing.
struct DataExtent
{
    std::int64_t oldestSecs = 0;
    std::int64_t newestSecs = 0;
    bool isEmpty() const { return newestSecs < oldestSecs || (oldestSecs == 0 && newestSecs == 0); }
};

// Resolves `spec` at the instant nowMs (UTC ms) in `zone`:
//   last-N       [now - N, now)
//   today ...    calendar periods in the zone: [start, next start); "this"
//                periods end at the period's end (the future part is empty)
//   last-2y      [now - 2 calendar years, now)
//   all          [oldest event's day start, newest event + 1 s); empty extent
//                gives the last 7 days
// Relative expressions are parsed with parseTimeExpression(). nullopt with a
// translated *error (which says what to type) when an expression does not
// parse or `from` is not before `to`.
std::optional<TimeRange> resolveRange(const RangeSpec &spec, std::int64_t nowMs, const ZoneBucketer &zone,
                                      const DataExtent &extent, QString *error);

// The same span moved one period back (steps = -1) or forward (steps = 1):
// calendar presets move by their period (yesterday -> the day before), any
// other range by its own length. The result is always Kind::Absolute.
RangeSpec shiftRange(const RangeSpec &spec, int steps, std::int64_t nowMs, const ZoneBucketer &zone,
                     const DataExtent &extent);
// Twice the span, centred on the same middle, not beyond now.
RangeSpec zoomOut(const RangeSpec &spec, std::int64_t nowMs, const ZoneBucketer &zone,
                  const DataExtent &extent);

} // namespace es
