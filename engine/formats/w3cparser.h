#pragma once
// Parser for W3C extended log files: IIS, NetScaler, Incapsula, Shoutcast and
// other servers (flavour W3c), and AWS CloudFront standard logs (flavour
// CloudFront), which are W3C files with AWS field names.
//
// Columns are defined by "#Fields:" directives, which may appear again in the
// middle of a file, so the parser is stateful: it must see a file's lines in
// order. state()/restoreState() carry the directives across a resumed import.
// Rows are TAB-separated when they contain a TAB (CloudFront), otherwise
// separated by runs of spaces with optional "quoted" cells ("" escapes a
// quote). Rows with fewer or more cells than the header are accepted as long
// as the timestamp, URI and status columns are present.
//
// Times: "date"/"time" are UTC by definition; "#GMT-Offset:" shifts them;
// "date-local"/"time-local" use the caller's zone. Rows without a date column
// take the date of the last "#Date:" directive. "time-taken" is seconds in
// CloudFront logs and milliseconds elsewhere (IIS), unless it has a fraction.

#include "core/timeparse.h"
#include "formats/detectionprobe.h"
#include "formats/lineparser.h"
#include "formats/scratchbuffer.h"

#include <QString>
#include <string>
#include <vector>

namespace es {

class W3cParser final : public LineParser, public DetectionProbe
{
public:
    enum class Flavor : std::uint8_t { W3c, CloudFront };

    W3cParser(Flavor flavor, LocalZone zone);

    ParseResult parse(std::string_view line, Record &out) override;
    std::string_view reason() const override { return m_reason; }
    bool isStateful() const override { return true; }
    std::unique_ptr<LineParser> clone() const override;

    // The directives in force (#Fields, #Date, #GMT-Offset) as text, one per
    // line; empty before the first directive.
    QString state() const override;
    // Replaces the current state with one produced by state(). Returns false
    // (and leaves the parser without columns) when the text is not valid.
    bool restoreState(const QString &state) override;

    // CloudFront flavour: the header uses CloudFront field names.
    // W3c flavour: it does not.
    bool lastLineTypical() const override;

    enum class Column : std::uint8_t {
        Ignore,
        Date,
        Time,
        DateLocal,
        TimeLocal,
        Timestamp,
        ClientIp,
        User,
        Method,
        Event,
        UriStem,
        UriQuery,
        Uri,
        Status,
        Bytes,
        Referrer,
        UserAgent,
        HostHeader,
        Host,
        TimeTaken,
        TimeTakenMs,
        ForwardedFor,
        Protocol,
    };

private:
    ParseResult fail(std::string_view why)
    {
        m_reason = why;
        return ParseResult::Malformed;
    }
    bool handleDirective(std::string_view line);
    void setFields(std::string_view spec);
    void reset();
    // Splits a row into m_cells; returns the cell count or -1 on a broken quote.
    int splitRow(std::string_view line);
    std::string_view cell(int index) const;
    std::string_view decodeText(std::string_view raw, bool isAgent);

    Flavor m_flavor;
    LocalZone m_zone;
    std::string_view m_reason;

    std::vector<Column> m_columns;
    std::vector<std::string_view> m_cells;
    std::vector<bool> m_cellQuoted;
    int m_minCells = 0;
    bool m_headerIsCloudFront = false;
    bool m_usingDefaultFields = false;

    std::int64_t m_headerDay = 0;
    bool m_hasHeaderDay = false;
    int m_gmtOffsetMinutes = 0;
    bool m_hasGmtOffset = false;

    // Directive values as written, for state().
    std::string m_fieldsValue;
    std::string m_dateValue;
    std::string m_gmtOffsetValue;

    ScratchBuffer m_scratch;
};

} // namespace es
