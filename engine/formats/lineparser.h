#pragma once
// Interface of a log-line parser. One instance per worker thread; parsers are
// created from a FormatSpec by makeParser() (formatregistry.h).
//
// Stateful formats (W3C/IIS/CloudFront, whose columns come from #Fields header
// lines) see every line of a file in order: the pipeline feeds such files to a
// single parser sequentially (isStateful() == true). Stateless parsers may be
// cloned and run on chunks in parallel.

#include "core/record.h"

#include <QString>
#include <memory>
#include <string>
#include <string_view>

namespace es {

enum class ParseResult : std::uint8_t {
    Ok,        // out holds a record
    Skip,      // blank line, comment or header line: not counted as malformed
    Malformed, // reason() says why
};

class LineParser
{
public:
    virtual ~LineParser() = default;

    // line excludes the terminating '\n' (a trailing '\r' may be present and
    // must be tolerated). Never throws.
    virtual ParseResult parse(std::string_view line, Record &out) = 0;

    // Short, stable English reason for the last Malformed result, e.g.
    // "missing closing quote in request". Translated at display time.
    virtual std::string_view reason() const = 0;

    virtual bool isStateful() const { return false; }
    // Stateful parsers export the state in effect after the last parsed line
    // (for W3C: the current #Fields and #Date), so an import can resume
    // mid-file from a checkpoint.
    virtual QString state() const { return {}; }
    virtual bool restoreState(const QString &state) { return state.isEmpty(); }
    virtual std::unique_ptr<LineParser> clone() const = 0;
};

} // namespace es
