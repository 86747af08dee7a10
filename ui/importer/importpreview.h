#pragma once
// What the import dialog shows of a file before it is imported: the format
// the detector finds (or the one the user chose) and the first lines parsed
// into fields, malformed lines with their reason. Plain data made by a pure
// function that reads the file, so it runs on a worker thread.

#include "formats/formatdetector.h"
#include "formats/lineparser.h"

#include <QString>
#include <array>
#include <vector>

namespace es::ui {

// The fields a preview can show, in column order.
enum class PreviewField {
    Time,
    Site,
    ClientIp,
    User,
    Method,
    Path,
    Query,
    Protocol,
    Status,
    Bytes,
    Duration,
    Referrer,
    UserAgent,
    EventType,
    UserId,
    SessionId,
    Params,
    Count
};
inline constexpr int kPreviewFieldCount = int(PreviewField::Count);

struct PreviewRow
{
    qint64 lineNo = 0; // 1-based
    QString text;      // the line as read (without its newline)
    ParseResult result = ParseResult::Ok;
    QString reason; // for Malformed
    std::array<QString, kPreviewFieldCount> values;
};

struct ImportPreview
{
    QString path;
    QString error;             // the file cannot be read: nothing else is set
    DetectionResult detection; // what the detector found in the file's head
    QString format;            // the format argument the lines were parsed with; "" when none
    QString formatError;       // the chosen format cannot be used (e.g. a bad LogFormat)
    bool compressed = false;
    std::vector<PreviewRow> rows;

    bool parsed() const { return error.isEmpty() && formatError.isEmpty() && !format.isEmpty(); }
};

// Reads the head of `path` (decompressed), detects its format and parses
// its first `maxLines` lines with `chosenFormat` ("" = the detected
// format; else as ImportOptions::format) and `timeZone` (IANA id, "" =
// as in the file / UTC). Safe to call from any thread.
ImportPreview loadImportPreview(const QString &path, const QString &chosenFormat, const QString &timeZone,
                                int maxLines = 20);

// The translated column title of a field.
QString previewFieldTitle(PreviewField field);

} // namespace es::ui
