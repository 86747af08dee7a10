#include "formats/formatdetector.h"

#include "formats/detectionprobe.h"
#include "formats/formatregistry.h"
#include "formats/jsonfieldguesser.h"
#include "formats/jsonsupport.h"
#include "formats/textscan.h"

#include <QCoreApplication>
#include <string>
#include <vector>

namespace es {

namespace {

constexpr std::size_t kMaxSampleLines = 1000;
constexpr std::size_t kSnippetLength = 100;

class FormatsText
{
    Q_DECLARE_TR_FUNCTIONS(Formats)
};

// Names the compression when head starts with a known magic number.
const char *compressionName(std::string_view head)
{
    auto starts = [head](std::string_view magic) { return head.substr(0, magic.size()) == magic; };
    if (starts("\x1f\x8b"))
        return "gzip";
    if (starts("BZh") && head.size() > 3 && head[3] >= '1' && head[3] <= '9')
        return "bzip2";
    if (starts(std::string_view("\xfd"
                                "7zXZ\0",
                                6)))
        return "xz";
    if (starts("\x28\xb5\x2f\xfd"))
        return "zstd";
    if (starts(std::string_view("PK\x03\x04", 4)))
        return "zip";
    return nullptr;
}

// Control bytes other than the usual whitespace and ESC (colour codes).
bool looksBinary(std::string_view head)
{
    std::size_t control = 0;
    for (unsigned char c : head) {
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b)
            ++control;
    }
    return control * 20 > head.size(); // more than 5 %
}

QString snippet(std::string_view line)
{
    const bool cut = line.size() > kSnippetLength;
    QString s = QString::fromUtf8(line.data(), qsizetype(cut ? kSnippetLength : line.size()));
    for (QChar &c : s) {
        if (c.unicode() < 0x20)
            c = QLatin1Char(' ');
    }
    return cut ? s + QChar(0x2026) : s;
}

struct Score
{
    FormatSpec spec;
    int priority = 0;
    int ok = 0;
    int typical = 0;
    int malformed = 0;

    bool betterThan(const Score &other) const
    {
        if (ok != other.ok)
            return ok > other.ok;
        if (typical != other.typical)
            return typical > other.typical;
        return priority < other.priority;
    }
};

// lastMayBeCut: the last sample line had no newline, so it may be cut off;
// it counts only if it parses.
Score evaluate(const FormatSpec &spec, int priority, const std::vector<std::string_view> &lines,
               bool lastMayBeCut)
{
    Score score;
    score.spec = spec;
    score.priority = priority;
    auto parser = makeParser(spec, nullptr);
    if (!parser)
        return score;
    const auto *probe = dynamic_cast<const DetectionProbe *>(parser.get());
    Record record;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const bool mayBeCut = lastMayBeCut && i + 1 == lines.size();
        switch (parser->parse(lines[i], record)) {
        case ParseResult::Ok:
            ++score.ok;
            if (!probe || probe->lastLineTypical())
                ++score.typical;
            break;
        case ParseResult::Malformed:
            if (!mayBeCut)
                ++score.malformed;
            break;
        case ParseResult::Skip:
            break;
        }
    }
    return score;
}

DetectionResult rejected(const QString &reason)
{
    DetectionResult r;
    r.reason = reason;
    return r;
}

} // namespace

DetectionResult detectFormat(std::string_view head)
{
    if (head.empty())
        return rejected(FormatsText::tr("the input is empty"));
    if (const char *name = compressionName(head))
        return rejected(
            FormatsText::tr("compressed data (%1): decompress it first").arg(QLatin1String(name)));
    if (head.size() >= 2 &&
        ((head[0] == '\xff' && head[1] == '\xfe') || (head[0] == '\xfe' && head[1] == '\xff')))
        return rejected(FormatsText::tr("UTF-16 text is not supported: convert the file to UTF-8"));
    if (head.find('\0') != std::string_view::npos)
        return rejected(FormatsText::tr("binary data: the input contains NUL bytes"));
    if (looksBinary(head))
        return rejected(FormatsText::tr("binary data: the input is mostly not text"));

    // The parsers may read SIMDJSON_PADDING bytes past a line's end.
    std::string buffer(head);
    buffer.append(simdjson::SIMDJSON_PADDING, '\0');
    const std::string_view text(buffer.data(), head.size());

    std::vector<std::string_view> lines;
    bool lastMayBeCut = false;
    std::size_t pos = 0;
    while (pos < text.size() && lines.size() < kMaxSampleLines) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) {
            end = text.size();
            lastMayBeCut = true;
        }
        lines.push_back(text.substr(pos, end - pos));
        pos = end + 1;
    }

    std::string_view firstLine;
    int jsonLines = 0;
    int contentLines = 0;
    for (std::string_view line : lines) {
        const std::string_view t = text::prepareLine(line);
        if (text::isBlank(t))
            continue;
        ++contentLines;
        if (firstLine.empty())
            firstLine = t;
        if (json::startsLikeObject(t))
            ++jsonLines;
    }
    if (contentLines == 0)
        return rejected(FormatsText::tr("the input has no content (only blank lines)"));

    const JsonFieldGuesser guess(lines);
    FormatSpec eventsSpec;
    eventsSpec.name = QStringLiteral("json_events");
    eventsSpec.jsonFields = guess.fields();

    static const char *const kOrder[] = {
        "vhost_combined", "combined",   "combined_extra", "common", "cloudfront", "w3c", "alb", "s3",
        "json_access",    "json_events"};
    Score best;
    bool haveBest = false;
    int priority = 0;
    for (const char *name : kOrder) {
        FormatSpec spec;
        spec.name = QString::fromLatin1(name);
        if (spec.name == QLatin1String("json_events"))
            spec = eventsSpec;
        const Score score = evaluate(spec, priority++, lines, lastMayBeCut);
        if (!haveBest || score.betterThan(best)) {
            best = score;
            haveBest = true;
        }
    }

    DetectionResult result;
    if (best.ok == 0) {
        if (jsonLines * 2 >= contentLines) {
            result.spec = eventsSpec;
            result.linesTried = contentLines;
            if (!guess.hasEventType()) {
                result.reason =
                    FormatsText::tr(
                        "JSON lines without an event type field (looked for %1): "
                        "name the fields, for example --format json_events:event_type=FIELD,ts=FIELD")
                        .arg(JsonFieldGuesser::eventTypeCandidates().join(QStringLiteral(", ")));
            } else if (!guess.hasTimestamp()) {
                result.reason =
                    FormatsText::tr(
                        "JSON lines without a timestamp field (looked for %1): "
                        "name the fields, for example --format json_events:event_type=FIELD,ts=FIELD")
                        .arg(JsonFieldGuesser::timestampCandidates().join(QStringLiteral(", ")));
            } else {
                result.reason =
                    FormatsText::tr("JSON lines, but no known JSON format matched: first line was \"%1\"")
                        .arg(snippet(firstLine));
            }
            return result;
        }
        return rejected(
            FormatsText::tr("no known format matched: first line was \"%1\"").arg(snippet(firstLine)));
    }

    result.spec = best.spec;
    result.linesOk = best.ok;
    result.linesTried = best.ok + best.malformed;
    result.confidence = double(best.ok) / double(result.linesTried);
    result.detected = result.confidence >= DetectionResult::minimumConfidence();
    if (!result.detected) {
        result.reason =
            FormatsText::tr("no known format matched well: the best, %1, read only %2 of %3 lines; "
                            "first line was \"%4\"")
                .arg(best.spec.name)
                .arg(best.ok)
                .arg(result.linesTried)
                .arg(snippet(firstLine));
    }
    return result;
}

} // namespace es
