#include "importer/importpreview.h"

#include "formats/formatregistry.h"
#include "ingest/fileimporter.h"
#include "ingest/inputstream.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QTimeZone>
#include <cstring>

namespace es::ui {

namespace {

QString text(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

QString number(std::int64_t v)
{
    return v < 0 ? QString() : QString::number(v);
}

void fill(const Record &r, PreviewRow &row)
{
    auto set = [&row](PreviewField f, QString v) { row.values[size_t(f)] = std::move(v); };
    set(PreviewField::Time, QDateTime::fromMSecsSinceEpoch(r.tsMs, QTimeZone::utc())
                                .toString(r.tsMs % 1000 ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")
                                                        : QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    set(PreviewField::Site, text(r.site));
    set(PreviewField::ClientIp, text(r.clientIp));
    set(PreviewField::User, text(r.user));
    set(PreviewField::Method, text(r.method));
    set(PreviewField::Path, text(r.path));
    set(PreviewField::Query, text(r.query));
    set(PreviewField::Protocol, text(r.protocol));
    set(PreviewField::Status, number(r.status));
    set(PreviewField::Bytes, number(r.bytes));
    set(PreviewField::Duration,
        r.durationUs < 0 ? QString() : QLocale::c().toString(double(r.durationUs) / 1000.0, 'f', 1));
    set(PreviewField::Referrer, text(r.referrer));
    set(PreviewField::UserAgent, text(r.userAgent));
    set(PreviewField::EventType, text(r.eventType));
    set(PreviewField::UserId, text(r.userId));
    set(PreviewField::SessionId, text(r.sessionId));
    set(PreviewField::Params, text(r.params));
}

} // namespace

ImportPreview loadImportPreview(const QString &path, const QString &chosenFormat, const QString &timeZone,
                                int maxLines)
{
    ImportPreview p;
    p.path = path;
    const QString shown = QFileInfo(path).fileName();
    InputStream in;
    if (!in.open(path)) {
        p.error = in.errorString();
        return p;
    }
    p.compressed = in.compression() != InputStream::Compression::None;
    std::string head(size_t(FileImporter::kDetectBytes), '\0');
    std::int64_t len = 0;
    while (len < FileImporter::kDetectBytes) {
        const std::int64_t n = in.read(head.data() + len, FileImporter::kDetectBytes - len);
        if (n <= 0)
            break;
        len += n;
    }
    head.resize(size_t(len));
    if (len == 0) {
        p.error = in.errorString().isEmpty()
                      ? QCoreApplication::translate("es::ui::ImportDialog", "%1 is empty.").arg(shown)
                      : in.errorString();
        return p;
    }
    p.detection = detectFormat(head);

    FormatSpec spec;
    if (chosenFormat.isEmpty()) {
        if (!p.detection.detected) {
            p.formatError = p.detection.reason;
            return p;
        }
        spec = p.detection.spec;
    } else {
        spec = parseFormatArgument(chosenFormat, &p.formatError);
        if (!p.formatError.isEmpty())
            return p;
    }
    if (!timeZone.isEmpty())
        spec.timeZone = timeZone;
    std::unique_ptr<LineParser> parser = makeParser(spec, &p.formatError);
    if (!parser)
        return p;
    p.format = chosenFormat.isEmpty() ? formatArgument(spec) : chosenFormat;

    // Parsers may read a little past a line (simdjson): give them padding.
    head.append(64, '\0');
    const char *begin = head.data();
    const char *end = begin + len;
    const char *pos = begin;
    Record record;
    for (qint64 lineNo = 1; pos < end && int(p.rows.size()) < maxLines; ++lineNo) {
        const char *nl = static_cast<const char *>(std::memchr(pos, '\n', size_t(end - pos)));
        const char *le = nl ? nl : end;
        std::string_view line(pos, size_t(le - pos));
        pos = le + 1;
        if (!nl && len == FileImporter::kDetectBytes)
            break; // cut by the head's end: not a whole line
        PreviewRow row;
        row.lineNo = lineNo;
        std::string_view shownLine = line;
        if (!shownLine.empty() && shownLine.back() == '\r')
            shownLine.remove_suffix(1);
        row.text = text(shownLine);
        record.clear();
        row.result = parser->parse(line, record);
        if (row.result == ParseResult::Ok)
            fill(record, row);
        else if (row.result == ParseResult::Malformed)
            row.reason = text(parser->reason());
        p.rows.push_back(std::move(row));
    }
    return p;
}

QString previewFieldTitle(PreviewField field)
{
    switch (field) {
    case PreviewField::Time:
        return QCoreApplication::translate("es::ui::ImportDialog", "Time (UTC)");
    case PreviewField::Site:
        return QCoreApplication::translate("es::ui::ImportDialog", "Site");
    case PreviewField::ClientIp:
        return QCoreApplication::translate("es::ui::ImportDialog", "Client");
    case PreviewField::User:
        return QCoreApplication::translate("es::ui::ImportDialog", "User");
    case PreviewField::Method:
        return QCoreApplication::translate("es::ui::ImportDialog", "Method");
    case PreviewField::Path:
        return QCoreApplication::translate("es::ui::ImportDialog", "Path");
    case PreviewField::Query:
        return QCoreApplication::translate("es::ui::ImportDialog", "Query");
    case PreviewField::Protocol:
        return QCoreApplication::translate("es::ui::ImportDialog", "Protocol");
    case PreviewField::Status:
        return QCoreApplication::translate("es::ui::ImportDialog", "Status");
    case PreviewField::Bytes:
        return QCoreApplication::translate("es::ui::ImportDialog", "Bytes");
    case PreviewField::Duration:
        return QCoreApplication::translate("es::ui::ImportDialog", "Duration (ms)");
    case PreviewField::Referrer:
        return QCoreApplication::translate("es::ui::ImportDialog", "Referrer");
    case PreviewField::UserAgent:
        return QCoreApplication::translate("es::ui::ImportDialog", "User agent");
    case PreviewField::EventType:
        return QCoreApplication::translate("es::ui::ImportDialog", "Event type");
    case PreviewField::UserId:
        return QCoreApplication::translate("es::ui::ImportDialog", "User ID");
    case PreviewField::SessionId:
        return QCoreApplication::translate("es::ui::ImportDialog", "Session ID");
    case PreviewField::Params:
        return QCoreApplication::translate("es::ui::ImportDialog", "Parameters");
    case PreviewField::Count:
        break;
    }
    return {};
}

} // namespace es::ui
