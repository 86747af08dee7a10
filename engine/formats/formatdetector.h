#pragma once
// Guesses the format of an input from its first bytes (about 64 KiB of
// decompressed content). Every known parser is run over the sample lines in
// order; the one with the most Ok lines wins, then the one whose lines look
// most like its own format (see DetectionProbe), then the more specific
// format (vhost_combined before combined before combined_extra before
// common). Binary and compressed data are rejected before any parsing.

#include "formats/formatspec.h"

#include <QString>
#include <string_view>

namespace es {

struct DetectionResult
{
    // The best candidate. Its name is empty when no parser accepted a line
    // and the sample did not even look like JSON lines.
    FormatSpec spec;
    // True when spec can be used: confidence >= minimumConfidence().
    bool detected = false;
    double confidence = 0.0; // linesOk / linesTried
    int linesTried = 0;      // sample lines the chosen parser did not skip
    int linesOk = 0;
    // Translated explanation when nothing fits ("binary data", "no known
    // format matched: first line was ..."); empty on a confident match.
    QString reason;

    static double minimumConfidence() { return 0.5; }
};

DetectionResult detectFormat(std::string_view head);

} // namespace es
