#pragma once
// Parser for a user-supplied Apache LogFormat pattern, e.g.
//   %h %l %u %t "%r" %>s %b "%{Referer}i" "%{User-agent}i" %D
// The pattern is compiled once into a sequence of literal and field steps.
// A field ends where the next literal begins; a field between double quotes
// ends at the first unescaped quote; timestamps consume exactly what their
// format describes, so "%{%d/%b/%Y:%H:%M:%S %z}t" may contain spaces.
// Unknown directives are rejected at compile time with the directive named;
// directives that carry nothing the Record holds (%l, %p, %{...}e, %X, ...)
// are matched and ignored. Text after the last step is ignored.

#include "core/timeparse.h"
#include "formats/lineparser.h"
#include "formats/strftimepattern.h"

#include <QString>
#include <string>
#include <vector>

namespace es {

class CustomFormatParser final : public LineParser
{
public:
    // Returns nullptr and sets *error when the pattern cannot be used.
    static std::unique_ptr<CustomFormatParser> create(const QString &pattern, LocalZone zone, QString *error);

    ParseResult parse(std::string_view line, Record &out) override;
    std::string_view reason() const override { return m_reason; }
    std::unique_ptr<LineParser> clone() const override;

    enum class Field : std::uint8_t {
        Ignore,
        RemoteHost,
        ClientIp,
        User,
        TimeClf,
        TimeFormat,
        TimeSec,
        TimeMsec,
        TimeUsec,
        TimeMsecFrac,
        TimeUsecFrac,
        Request,
        Method,
        UrlPath,
        Query,
        Protocol,
        Status,
        BytesClf,
        Bytes,
        BytesOut,
        Referrer,
        UserAgent,
        ForwardedFor,
        HostHeader,
        VirtualHost,
        DurationUs,
        DurationSec,
        DurationMs,
    };

private:
    struct Step
    {
        bool isLiteral = false;
        std::string literal;
        Field field = Field::Ignore;
        bool quoted = false; // the field sits between double quotes
        int timeIndex = -1;  // into m_timePatterns for Field::TimeFormat
    };

    CustomFormatParser() = default;
    bool compile(QString *error);
    ParseResult fail(std::string_view why)
    {
        m_reason = why;
        return ParseResult::Malformed;
    }

    QString m_pattern;
    LocalZone m_zone;
    std::vector<Step> m_steps;
    std::vector<StrftimePattern> m_timePatterns;
    std::string_view m_reason;
};

} // namespace es
