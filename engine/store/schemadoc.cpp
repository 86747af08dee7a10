#include "store/schemadoc.h"

#include <QCoreApplication>
#include <QHash>

namespace es::schemadoc {

namespace {

struct Entry
{
    const char *name;
    const char *text;
};

// Tables and views.
constexpr Entry kTables[] = {
    {"traffic_by_day", QT_TRANSLATE_NOOP("es::schemadoc", "Totals per local day")},
    {"traffic_by_hour", QT_TRANSLATE_NOOP("es::schemadoc", "Totals per local hour")},
    {"sessions_by_day",
     QT_TRANSLATE_NOOP("es::schemadoc",
                       "Sessions per local day, closed and still open; bounce rate = bounces / sessions")},
    {"hits_by_path_day", QT_TRANSLATE_NOOP("es::schemadoc", "Requests per path and local day")},
    {"hits_by_status_day", QT_TRANSLATE_NOOP("es::schemadoc", "Requests per HTTP status code and local day")},
    {"hits_by_site_day", QT_TRANSLATE_NOOP("es::schemadoc", "Records per site (virtual host) and local day")},
    {"events_by_type_day", QT_TRANSLATE_NOOP("es::schemadoc", "Application events per type and local day")},
    {"imported_files",
     QT_TRANSLATE_NOOP("es::schemadoc", "Every imported file with its progress and counts")},
    {"alert_incidents", QT_TRANSLATE_NOOP("es::schemadoc", "Alert incidents with readable times")},
    {"meta", QT_TRANSLATE_NOOP("es::schemadoc", "Workspace settings as key and value")},
    {"sources", QT_TRANSLATE_NOOP("es::schemadoc", "Files and Kafka topics that fed the workspace")},
    {"file_checkpoints",
     QT_TRANSLATE_NOOP("es::schemadoc", "One row per imported file content: how far it was read")},
    {"malformed_samples",
     QT_TRANSLATE_NOOP("es::schemadoc", "Lines that could not be read, with the reason")},
    {"kafka_offsets",
     QT_TRANSLATE_NOOP("es::schemadoc", "The next offset to read per Kafka topic partition")},
    {"dict",
     QT_TRANSLATE_NOOP("es::schemadoc", "Texts of paths, event types, sites and other dimension values")},
    {"rollup_minute", QT_TRANSLATE_NOOP("es::schemadoc", "Counts per UTC minute and breakdown")},
    {"rollup_hour", QT_TRANSLATE_NOOP("es::schemadoc", "Counts per local hour and breakdown")},
    {"rollup_day", QT_TRANSLATE_NOOP("es::schemadoc", "Counts per local day and breakdown")},
    {"visitors", QT_TRANSLATE_NOOP("es::schemadoc", "Distinct-visitor sketches per rollup row")},
    {"open_sessions", QT_TRANSLATE_NOOP("es::schemadoc", "Sessions still open when a file's import ended")},
    {"raw_events", QT_TRANSLATE_NOOP("es::schemadoc", "Every record, for search: where its line is")},
    {"stream_text",
     QT_TRANSLATE_NOOP("es::schemadoc", "The lines of Kafka topics in blocks, for search and rebuilds")},
    {"commits", QT_TRANSLATE_NOOP("es::schemadoc", "Batches saved to the workspace")},
    {"alert_rules", QT_TRANSLATE_NOOP("es::schemadoc", "Alert rules as JSON")},
    {"alert_states", QT_TRANSLATE_NOOP("es::schemadoc", "Where each alert rule stands")},
    {"alert_history", QT_TRANSLATE_NOOP("es::schemadoc", "Alert incidents: when a rule fired and resolved")},
    {"alert_deliveries", QT_TRANSLATE_NOOP("es::schemadoc", "Every attempt to deliver an alert notice")},
};

// Columns by name, wherever they occur.
constexpr Entry kColumns[] = {
    {"day_start", QT_TRANSLATE_NOOP("es::schemadoc", "Local midnight, UTC seconds")},
    {"day_start_utc", QT_TRANSLATE_NOOP("es::schemadoc", "Local midnight as UTC text")},
    {"hour_start", QT_TRANSLATE_NOOP("es::schemadoc", "Start of the local hour, UTC seconds")},
    {"hour_start_utc", QT_TRANSLATE_NOOP("es::schemadoc", "Start of the local hour as UTC text")},
    {"hits", QT_TRANSLATE_NOOP("es::schemadoc", "Records counted: requests and events")},
    {"bytes", QT_TRANSLATE_NOOP("es::schemadoc", "Response bytes as logged")},
    {"status_1xx", QT_TRANSLATE_NOOP("es::schemadoc", "Requests with status 100–199")},
    {"status_2xx", QT_TRANSLATE_NOOP("es::schemadoc", "Requests with status 200–299")},
    {"status_3xx", QT_TRANSLATE_NOOP("es::schemadoc", "Requests with status 300–399")},
    {"status_4xx", QT_TRANSLATE_NOOP("es::schemadoc", "Requests with status 400–499")},
    {"status_5xx", QT_TRANSLATE_NOOP("es::schemadoc", "Requests with status 500–599")},
    {"s1xx", QT_TRANSLATE_NOOP("es::schemadoc", "Requests with status 100–199")},
    {"s2xx", QT_TRANSLATE_NOOP("es::schemadoc", "Requests with status 200–299")},
    {"s3xx", QT_TRANSLATE_NOOP("es::schemadoc", "Requests with status 300–399")},
    {"s4xx", QT_TRANSLATE_NOOP("es::schemadoc", "Requests with status 400–499")},
    {"s5xx", QT_TRANSLATE_NOOP("es::schemadoc", "Requests with status 500–599")},
    {"events", QT_TRANSLATE_NOOP("es::schemadoc", "Application events")},
    {"page_views", QT_TRANSLATE_NOOP("es::schemadoc", "Page views (docs/METRICS.md)")},
    {"downloads", QT_TRANSLATE_NOOP("es::schemadoc", "Downloads (docs/METRICS.md)")},
    {"bot_hits", QT_TRANSLATE_NOOP("es::schemadoc", "The part of hits that came from bots")},
    {"sessions", QT_TRANSLATE_NOOP("es::schemadoc", "Sessions that started in the bucket")},
    {"bounces", QT_TRANSLATE_NOOP("es::schemadoc", "Sessions with exactly one page view")},
    {"session_views", QT_TRANSLATE_NOOP("es::schemadoc", "Page views of those sessions")},
    {"session_ms", QT_TRANSLATE_NOOP("es::schemadoc", "Sum of their durations, ms")},
    {"path", QT_TRANSLATE_NOOP("es::schemadoc", "Request path without the query string, as logged")},
    {"status", QT_TRANSLATE_NOOP("es::schemadoc", "HTTP status code")},
    {"site", QT_TRANSLATE_NOOP("es::schemadoc", "Site: virtual host, Host header or distribution")},
    {"event_type", QT_TRANSLATE_NOOP("es::schemadoc", "Event type")},
    {"grp", QT_TRANSLATE_NOOP("es::schemadoc", "Breakdown code (docs/SCHEMA.md)")},
    {"bucket",
     QT_TRANSLATE_NOOP("es::schemadoc", "Start of the minute, local hour or local day, UTC seconds")},
    {"d1", QT_TRANSLATE_NOOP("es::schemadoc",
                             "Value of the breakdown: dict.id, status code, sources.id or a code")},
    {"d2", QT_TRANSLATE_NOOP("es::schemadoc", "Second dimension of combined breakdowns; 0 elsewhere")},
    {"bot", QT_TRANSLATE_NOOP("es::schemadoc", "1 for bots, 0 for everyone else")},
    {"duration_us", QT_TRANSLATE_NOOP("es::schemadoc", "Sum of logged request durations, µs")},
    {"duration_count", QT_TRANSLATE_NOOP("es::schemadoc", "Requests that logged a duration")},
    {"level", QT_TRANSLATE_NOOP("es::schemadoc", "0 minute, 1 hour, 2 day")},
    {"sketch", QT_TRANSLATE_NOOP("es::schemadoc", "Serialized distinct-visitor sketch (docs/SKETCH.md)")},
    {"checkpoint_id", QT_TRANSLATE_NOOP("es::schemadoc", "The file: file_checkpoints.id")},
    {"source_id", QT_TRANSLATE_NOOP("es::schemadoc", "The source: sources.id")},
    {"source", QT_TRANSLATE_NOOP("es::schemadoc", "File name of the source")},
    {"format", QT_TRANSLATE_NOOP("es::schemadoc", "Format the lines were read with")},
    {"records", QT_TRANSLATE_NOOP("es::schemadoc", "Lines that became a record")},
    {"malformed", QT_TRANSLATE_NOOP("es::schemadoc", "Lines that could not be read")},
    {"skipped",
     QT_TRANSLATE_NOOP("es::schemadoc", "Blank, comment and header lines, and lines the format ignores")},
    {"created_ms", QT_TRANSLATE_NOOP("es::schemadoc", "When it was added, Unix ms")},
    {"updated_ms", QT_TRANSLATE_NOOP("es::schemadoc", "When it last changed, Unix ms")},
    {"rule_id", QT_TRANSLATE_NOOP("es::schemadoc", "The alert rule: alert_rules.id")},
    {"rule_name", QT_TRANSLATE_NOOP("es::schemadoc", "The rule's name when it fired")},
    {"severity", QT_TRANSLATE_NOOP("es::schemadoc", "info, warning or critical")},
    {"value", QT_TRANSLATE_NOOP("es::schemadoc", "The number the condition compared")},
    {"threshold", QT_TRANSLATE_NOOP("es::schemadoc", "The mark it crossed")},
    {"reminders", QT_TRANSLATE_NOOP("es::schemadoc", "Reminders sent while firing")},
    {"historical", QT_TRANSLATE_NOOP("es::schemadoc", "1 when found in data imported after the fact")},
    {"muted", QT_TRANSLATE_NOOP("es::schemadoc", "1 when the rule was muted")},
    {"acked_by", QT_TRANSLATE_NOOP("es::schemadoc", "Who acknowledged it")},
    {"fired_ms", QT_TRANSLATE_NOOP("es::schemadoc", "When it fired, Unix ms")},
    {"history_id", QT_TRANSLATE_NOOP("es::schemadoc", "The incident: alert_history.id")},
};

// Columns that mean something of their own in one table or view ("table.column").
constexpr Entry kSpecific[] = {
    {"meta.key", QT_TRANSLATE_NOOP("es::schemadoc", "Setting name, such as time_zone")},
    {"meta.value", QT_TRANSLATE_NOOP("es::schemadoc", "Setting value as text")},
    {"sources.id", QT_TRANSLATE_NOOP("es::schemadoc", "Source id")},
    {"sources.kind", QT_TRANSLATE_NOOP("es::schemadoc", "file or kafka")},
    {"sources.uri", QT_TRANSLATE_NOOP("es::schemadoc", "File path when first imported, or the topic")},
    {"sources.display_name", QT_TRANSLATE_NOOP("es::schemadoc", "Name shown in the application")},
    {"sources.format", QT_TRANSLATE_NOOP("es::schemadoc", "Format the source was first read with")},
    {"sources.site", QT_TRANSLATE_NOOP("es::schemadoc", "Site given to records without a virtual host")},
    {"sources.removed_ms",
     QT_TRANSLATE_NOOP("es::schemadoc",
                       "When it was removed from the list keeping its data, Unix ms; NULL while listed")},
    {"file_checkpoints.id", QT_TRANSLATE_NOOP("es::schemadoc", "Checkpoint id")},
    {"file_checkpoints.head_len", QT_TRANSLATE_NOOP("es::schemadoc", "Leading bytes hashed")},
    {"file_checkpoints.head_hash", QT_TRANSLATE_NOOP("es::schemadoc", "SHA-1 of those bytes")},
    {"file_checkpoints.path", QT_TRANSLATE_NOOP("es::schemadoc", "Path it was last imported from")},
    {"file_checkpoints.compressed", QT_TRANSLATE_NOOP("es::schemadoc", "1 if gzip or bzip2 compressed")},
    {"file_checkpoints.offset", QT_TRANSLATE_NOOP("es::schemadoc", "Decompressed bytes read so far")},
    {"file_checkpoints.line_no", QT_TRANSLATE_NOOP("es::schemadoc", "Lines read so far")},
    {"file_checkpoints.time_zone",
     QT_TRANSLATE_NOOP("es::schemadoc",
                       "Time zone given at import for timestamps without an offset; empty = UTC")},
    {"file_checkpoints.parser_state",
     QT_TRANSLATE_NOOP("es::schemadoc", "Header state of W3C and CloudFront logs (internal)")},
    {"file_checkpoints.min_ts_ms", QT_TRANSLATE_NOOP("es::schemadoc", "Earliest record time, Unix ms")},
    {"file_checkpoints.max_ts_ms", QT_TRANSLATE_NOOP("es::schemadoc", "Latest record time, Unix ms")},
    {"file_checkpoints.session_state", QT_TRANSLATE_NOOP("es::schemadoc", "Sessions still open (internal)")},
    {"malformed_samples.line_no", QT_TRANSLATE_NOOP("es::schemadoc", "Line number, from 1")},
    {"malformed_samples.reason", QT_TRANSLATE_NOOP("es::schemadoc", "Why the line was refused")},
    {"malformed_samples.sample", QT_TRANSLATE_NOOP("es::schemadoc", "The first 300 bytes of the line")},
    {"kafka_offsets.topic", QT_TRANSLATE_NOOP("es::schemadoc", "Topic")},
    {"kafka_offsets.partition", QT_TRANSLATE_NOOP("es::schemadoc", "Partition")},
    {"kafka_offsets.next_offset", QT_TRANSLATE_NOOP("es::schemadoc", "Next offset to read")},
    {"dict.id", QT_TRANSLATE_NOOP("es::schemadoc", "Dictionary id")},
    {"dict.dim", QT_TRANSLATE_NOOP("es::schemadoc", "Dimension code (docs/SCHEMA.md)")},
    {"dict.value", QT_TRANSLATE_NOOP("es::schemadoc", "The text")},
    {"raw_events.ts_ms", QT_TRANSLATE_NOOP("es::schemadoc", "Record time, Unix ms")},
    {"raw_events.offset",
     QT_TRANSLATE_NOOP("es::schemadoc",
                       "Byte offset of the line in the decompressed file or the topic's text")},
    {"raw_events.type_id", QT_TRANSLATE_NOOP("es::schemadoc", "dict.id of the event type; 0 for requests")},
    {"raw_events.status", QT_TRANSLATE_NOOP("es::schemadoc", "HTTP status; -1 for events")},
    {"raw_events.length", QT_TRANSLATE_NOOP("es::schemadoc", "Line length in bytes")},
    {"stream_text.checkpoint_id", QT_TRANSLATE_NOOP("es::schemadoc", "The topic: file_checkpoints.id")},
    {"stream_text.offset",
     QT_TRANSLATE_NOOP("es::schemadoc", "Offset of the block's first byte in the topic's text")},
    {"stream_text.max_ts_ms",
     QT_TRANSLATE_NOOP("es::schemadoc", "Newest record time of the batch the block came with, Unix ms")},
    {"stream_text.bytes",
     QT_TRANSLATE_NOOP("es::schemadoc",
                       "Whole lines, each ending in a line break; compressed when codec is 1")},
    {"stream_text.codec",
     QT_TRANSLATE_NOOP("es::schemadoc", "0: bytes are the text; 1: one Zstandard frame")},
    {"stream_text.text_len", QT_TRANSLATE_NOOP("es::schemadoc", "Length of the block's text in bytes")},
    {"commits.id", QT_TRANSLATE_NOOP("es::schemadoc", "Batch number")},
    {"commits.committed_ms", QT_TRANSLATE_NOOP("es::schemadoc", "When the batch was saved, Unix ms")},
    {"commits.records", QT_TRANSLATE_NOOP("es::schemadoc", "Records in the batch")},
    {"commits.max_ts_ms", QT_TRANSLATE_NOOP("es::schemadoc", "Latest record time in the batch, Unix ms")},
    {"open_sessions.sessions", QT_TRANSLATE_NOOP("es::schemadoc", "Sessions still open")},
    {"imported_files.path", QT_TRANSLATE_NOOP("es::schemadoc", "Path the file was last imported from")},
    {"imported_files.bytes_imported", QT_TRANSLATE_NOOP("es::schemadoc", "Decompressed bytes read so far")},
    {"imported_files.lines", QT_TRANSLATE_NOOP("es::schemadoc", "Lines read so far")},
    {"imported_files.events", QT_TRANSLATE_NOOP("es::schemadoc", "Lines that became a record")},
    {"imported_files.first_event_utc", QT_TRANSLATE_NOOP("es::schemadoc", "Earliest record time, UTC text")},
    {"imported_files.last_event_utc", QT_TRANSLATE_NOOP("es::schemadoc", "Latest record time, UTC text")},
    {"imported_files.updated_utc",
     QT_TRANSLATE_NOOP("es::schemadoc", "Last import into this file, UTC text")},
    {"hits_by_site_day.hits", QT_TRANSLATE_NOOP("es::schemadoc", "Records of the site: requests and events")},
    {"alert_incidents.id", QT_TRANSLATE_NOOP("es::schemadoc", "Incident number")},
    {"alert_incidents.fired_utc", QT_TRANSLATE_NOOP("es::schemadoc", "When it fired, UTC text")},
    {"alert_incidents.resolved_utc",
     QT_TRANSLATE_NOOP("es::schemadoc", "When it resolved, UTC text; empty while active")},
    {"alert_incidents.acked_utc", QT_TRANSLATE_NOOP("es::schemadoc", "When it was acknowledged, UTC text")},
    {"alert_incidents.failed_deliveries",
     QT_TRANSLATE_NOOP("es::schemadoc", "Notices that could not be delivered")},
    {"alert_history.id", QT_TRANSLATE_NOOP("es::schemadoc", "Incident number")},
    {"alert_history.observed", QT_TRANSLATE_NOOP("es::schemadoc", "The metric over the window")},
    {"alert_history.baseline",
     QT_TRANSLATE_NOOP("es::schemadoc", "Change rules: the metric over the baseline window")},
    {"alert_history.window_from",
     QT_TRANSLATE_NOOP("es::schemadoc", "Start of the window read, UTC seconds")},
    {"alert_history.window_to", QT_TRANSLATE_NOOP("es::schemadoc", "End of the window read, UTC seconds")},
    {"alert_history.resolved_ms", QT_TRANSLATE_NOOP("es::schemadoc", "When it resolved, Unix ms")},
    {"alert_history.resolved_value", QT_TRANSLATE_NOOP("es::schemadoc", "The value when it resolved")},
    {"alert_history.acked_ms", QT_TRANSLATE_NOOP("es::schemadoc", "When it was acknowledged, Unix ms")},
    {"alert_deliveries.id", QT_TRANSLATE_NOOP("es::schemadoc", "Attempt number")},
    {"alert_deliveries.notice", QT_TRANSLATE_NOOP("es::schemadoc", "fired, reminder or resolved")},
    {"alert_deliveries.channel",
     QT_TRANSLATE_NOOP("es::schemadoc", "Where it went: popup, email, webhook:NAME")},
    {"alert_deliveries.ok", QT_TRANSLATE_NOOP("es::schemadoc", "1 if delivered")},
    {"alert_deliveries.error", QT_TRANSLATE_NOOP("es::schemadoc", "What went wrong")},
    {"alert_deliveries.attempted_ms", QT_TRANSLATE_NOOP("es::schemadoc", "When it was attempted, Unix ms")},
    {"alert_rules.id", QT_TRANSLATE_NOOP("es::schemadoc", "The rule's key")},
    {"alert_rules.position", QT_TRANSLATE_NOOP("es::schemadoc", "Order of listing and evaluation")},
    {"alert_rules.definition", QT_TRANSLATE_NOOP("es::schemadoc", "The rule as JSON (docs/ALERTS.md)")},
    {"alert_rules.commit_cursor", QT_TRANSLATE_NOOP("es::schemadoc", "commits.id the rule has looked at")},
    {"alert_states.track", QT_TRANSLATE_NOOP("es::schemadoc", "0 live, 1 catch-up over imported data")},
    {"alert_states.state", QT_TRANSLATE_NOOP("es::schemadoc", "normal, pending, firing or recovering")},
    {"alert_states.since_ms", QT_TRANSLATE_NOOP("es::schemadoc", "When it entered that state, Unix ms")},
    {"alert_states.breach_since_ms",
     QT_TRANSLATE_NOOP("es::schemadoc", "Pending: when the condition started to hold")},
    {"alert_states.consecutive", QT_TRANSLATE_NOOP("es::schemadoc", "Pending: evaluations in a row")},
    {"alert_states.clear_since_ms",
     QT_TRANSLATE_NOOP("es::schemadoc", "Recovering: when the value passed the recovery level")},
    {"alert_states.last_notice_ms",
     QT_TRANSLATE_NOOP("es::schemadoc", "When it last fired or reminded, Unix ms")},
    {"alert_states.evaluated_ms", QT_TRANSLATE_NOOP("es::schemadoc", "Last evaluation, Unix ms")},
    {"alert_states.last_value", QT_TRANSLATE_NOOP("es::schemadoc", "The number last compared")},
};

using Map = QHash<QString, const char *>;

template<std::size_t N> Map toMap(const Entry (&entries)[N])
{
    Map m;
    for (const Entry &e : entries)
        m.insert(QString::fromLatin1(e.name), e.text);
    return m;
}

QString translated(const char *text)
{
    return text ? QCoreApplication::translate("es::schemadoc", text) : QString();
}

} // namespace

QString table(const QString &name)
{
    static const Map tables = toMap(kTables);
    return translated(tables.value(name));
}

QString column(const QString &table, const QString &column)
{
    static const Map specific = toMap(kSpecific);
    static const Map columns = toMap(kColumns);
    if (const char *text = specific.value(table + QLatin1Char('.') + column))
        return translated(text);
    return translated(columns.value(column));
}

} // namespace es::schemadoc
