#include "events/eventcsvwriter.h"

#include "models/csvexport.h"

#include <QDateTime>
#include <QDir>
#include <QSaveFile>
#include <QTimeZone>

namespace es::ui {

EventCsvResult EventCsvWriter::write(const QString &workspace, es::EventQuery query,
                                     const QByteArray &timeZone, const QString &file,
                                     const Progress &progress)
{
    EventCsvResult result;
    es::RawEventSearch search;
    if (!search.open(workspace)) {
        result.error = search.errorString();
        return result;
    }
    const QTimeZone zone(timeZone);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        result.error = tr("Cannot write %1: %2. Choose another folder or file name.")
                           .arg(QDir::toNativeSeparators(file), out.errorString());
        return result;
    }
    out.write("time,source,type,status,file,offset,text,note\r\n");
    query.limit = kPageRows;
    query.after.clear();
    for (;;) {
        std::optional<es::EventPage> page = search.search(query);
        if (!page) {
            result.error = search.errorString();
            return result;
        }
        QString chunk;
        for (const es::EventRow &r : page->rows) {
            const QStringList fields{
                QDateTime::fromMSecsSinceEpoch(r.tsMs, zone.isValid() ? zone : QTimeZone::utc())
                    .toString(Qt::ISODateWithMs),
                csvField(r.source),
                csvField(r.type),
                r.status >= 0 ? QString::number(r.status) : QString(),
                csvField(r.path),
                r.path.isEmpty() ? QString() : QString::number(r.offset),
                csvField(r.text),
                csvField(es::RawEventSearch::textStateText(r.textState))};
            chunk += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
        if (out.write(chunk.toUtf8()) < 0) {
            result.error = tr("Cannot write %1: %2. Free some disk space or choose another place.")
                               .arg(QDir::toNativeSeparators(file), out.errorString());
            return result;
        }
        result.rows += qint64(page->rows.size());
        if (progress && !progress(result.rows)) {
            result.cancelled = true;
            out.cancelWriting();
            return result;
        }
        if (page->nextCursor.isEmpty())
            break;
        query.after = page->nextCursor;
    }
    if (!out.commit())
        result.error = tr("Cannot write %1: %2. Free some disk space or choose another place.")
                           .arg(QDir::toNativeSeparators(file), out.errorString());
    return result;
}

} // namespace es::ui
