#pragma once
// Writes every raw event that matches a filter to a CSV file (RFC 4180),
// newest first, paging through the search on the calling thread with a
// connection of its own: time (ISO 8601 with milliseconds and offset, in
// the workspace zone), source, type, status (empty when none), file, byte
// offset and the whole text (empty with the reason in `note` when it is
// unavailable). The file appears only when complete (QSaveFile).

#include "store/rawevents.h"

#include <QCoreApplication>
#include <QMetaType>
#include <functional>

namespace es::ui {

struct EventCsvResult
{
    qint64 rows = 0;
    bool cancelled = false;
    QString error; // translated; empty on success
};

class EventCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(es::ui::EventCsvWriter)
public:
    // Called after every page with the rows written; false cancels.
    using Progress = std::function<bool(qint64 rows)>;

    static EventCsvResult write(const QString &workspace, es::EventQuery query, const QByteArray &timeZone,
                                const QString &file, const Progress &progress = {});

    static constexpr int kPageRows = 5000;
};

} // namespace es::ui

Q_DECLARE_METATYPE(es::ui::EventCsvResult)
