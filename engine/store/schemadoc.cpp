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

#define ES_DOC(name, text)                                                                                   \
    {                                                                                                        \
        name, QT_TRANSLATE_NOOP("es::schemadoc", text)                                                       \
    }

// Tables and views.
constexpr Entry kTables[] = {
    ES_DOC("traffic_by_day", "Totals per local day"),
    ES_DOC("traffic_by_hour", "Totals per local hour"),
    ES_DOC("sessions_by_day",
           "Sessions per local day, closed and still open; bounce rate = bounces / sessions"),
    ES_DOC("hits_by_path_day", "Requests per path and local day"),
    ES_DOC("hits_by_status_day", "Requests per HTTP status code and local day"),
    ES_DOC("hits_by_site_day", "Records per site (virtual host) and local day"),
    ES_DOC("events_by_type_day", "Application events per type and local day"),
    ES_DOC("imported_files", "Every imported file with its progress and counts"),
    ES_DOC("alert_incidents", "Alert incidents with readable times"),
    ES_DOC("meta", "Workspace settings as key and value"),
    ES_DOC("sources", "Files and Kafka topics that fed the workspace"),
    ES_DOC("file_checkpoints", "One row per imported file content: how far it was read"),
    ES_DOC("malformed_samples", "Lines that could not be read, with the reason"),
    ES_DOC("kafka_offsets", "The next offset to read per Kafka topic partition"),
    ES_DOC("dict", "Texts of paths, event types, sites and other dimension values"),
    ES_DOC("rollup_minute", "Counts per UTC minute and breakdown"),
    ES_DOC("rollup_hour", "Counts per local hour and breakdown"),
    ES_DOC("rollup_day", "Counts per local day and breakdown"),
    ES_DOC("visitors", "Distinct-visitor sketches per rollup row"),
    ES_DOC("open_sessions", "Sessions still open when a file's import ended"),
    ES_DOC("raw_events", "Every record, for search: where its line is, or its payload"),
    ES_DOC("commits", "Batches saved to the workspace"),
    ES_DOC("alert_rules", "Alert rules as JSON"),
    ES_DOC("alert_states", "Where each alert rule stands"),
    ES_DOC("alert_history", "Alert incidents: when a rule fired and resolved"),
    ES_DOC("alert_deliveries", "Every attempt to deliver an alert notice"),
};

// Columns by name, wherever they occur.
constexpr Entry kColumns[] = {
    ES_DOC("day_start", "Local midnight, UTC seconds"),
    ES_DOC("day_start_utc", "Local midnight as UTC text"),
    ES_DOC("hour_start", "Start of the local hour, UTC seconds"),
    ES_DOC("hour_start_utc", "Start of the local hour as UTC text"),
    ES_DOC("hits", "Records counted: requests and events"),
    ES_DOC("bytes", "Response bytes as logged"),
    ES_DOC("status_1xx", "Requests with status 100–199"),
    ES_DOC("status_2xx", "Requests with status 200–299"),
    ES_DOC("status_3xx", "Requests with status 300–399"),
    ES_DOC("status_4xx", "Requests with status 400–499"),
    ES_DOC("status_5xx", "Requests with status 500–599"),
    ES_DOC("s1xx", "Requests with status 100–199"),
    ES_DOC("s2xx", "Requests with status 200–299"),
    ES_DOC("s3xx", "Requests with status 300–399"),
    ES_DOC("s4xx", "Requests with status 400–499"),
    ES_DOC("s5xx", "Requests with status 500–599"),
    ES_DOC("events", "Application events"),
    ES_DOC("page_views", "Page views (docs/METRICS.md)"),
    ES_DOC("downloads", "Downloads (docs/METRICS.md)"),
    ES_DOC("bot_hits", "The part of hits that came from bots"),
    ES_DOC("sessions", "Sessions that started in the bucket"),
    ES_DOC("bounces", "Sessions with exactly one page view"),
    ES_DOC("session_views", "Page views of those sessions"),
    ES_DOC("session_ms", "Sum of their durations, ms"),
    ES_DOC("path", "Request path without the query string, as logged"),
    ES_DOC("status", "HTTP status code"),
    ES_DOC("site", "Site: virtual host, Host header or distribution"),
    ES_DOC("event_type", "Event type"),
    ES_DOC("grp", "Breakdown code (docs/SCHEMA.md)"),
    ES_DOC("bucket", "Start of the minute, local hour or local day, UTC seconds"),
    ES_DOC("d1", "Value of the breakdown: dict.id, status code, sources.id or a code"),
    ES_DOC("d2", "Second dimension of combined breakdowns; 0 elsewhere"),
    ES_DOC("bot", "1 for bots, 0 for everyone else"),
    ES_DOC("duration_us", "Sum of logged request durations, µs"),
    ES_DOC("duration_count", "Requests that logged a duration"),
    ES_DOC("level", "0 minute, 1 hour, 2 day"),
    ES_DOC("sketch", "Serialized distinct-visitor sketch (docs/SKETCH.md)"),
    ES_DOC("checkpoint_id", "The file: file_checkpoints.id"),
    ES_DOC("source_id", "The source: sources.id"),
    ES_DOC("source", "File name of the source"),
    ES_DOC("format", "Format the lines were read with"),
    ES_DOC("records", "Lines that became a record"),
    ES_DOC("malformed", "Lines that could not be read"),
    ES_DOC("skipped", "Blank, comment and header lines, and lines the format ignores"),
    ES_DOC("created_ms", "When it was added, Unix ms"),
    ES_DOC("updated_ms", "When it last changed, Unix ms"),
    ES_DOC("rule_id", "The alert rule: alert_rules.id"),
    ES_DOC("rule_name", "The rule's name when it fired"),
    ES_DOC("severity", "info, warning or critical"),
    ES_DOC("value", "The number the condition compared"),
    ES_DOC("threshold", "The mark it crossed"),
    ES_DOC("reminders", "Reminders sent while firing"),
    ES_DOC("historical", "1 when found in data imported after the fact"),
    ES_DOC("muted", "1 when the rule was muted"),
    ES_DOC("acked_by", "Who acknowledged it"),
    ES_DOC("fired_ms", "When it fired, Unix ms"),
    ES_DOC("history_id", "The incident: alert_history.id"),
};

// Columns that mean something of their own in one table or view ("table.column").
constexpr Entry kSpecific[] = {
    ES_DOC("meta.key", "Setting name, such as time_zone"),
    ES_DOC("meta.value", "Setting value as text"),
    ES_DOC("sources.id", "Source id"),
    ES_DOC("sources.kind", "file or kafka"),
    ES_DOC("sources.uri", "File path when first imported, or the topic"),
    ES_DOC("sources.display_name", "Name shown in the application"),
    ES_DOC("sources.format", "Format the source was first read with"),
    ES_DOC("sources.site", "Site given to records without a virtual host"),
    ES_DOC("sources.removed_ms", "When it was removed from the list keeping its data, Unix ms; NULL while listed"),
    ES_DOC("file_checkpoints.id", "Checkpoint id"),
    ES_DOC("file_checkpoints.head_len", "Leading bytes hashed"),
    ES_DOC("file_checkpoints.head_hash", "SHA-1 of those bytes"),
    ES_DOC("file_checkpoints.path", "Path it was last imported from"),
    ES_DOC("file_checkpoints.compressed", "1 if gzip or bzip2 compressed"),
    ES_DOC("file_checkpoints.offset", "Decompressed bytes read so far"),
    ES_DOC("file_checkpoints.line_no", "Lines read so far"),
    ES_DOC("file_checkpoints.parser_state", "Header state of W3C and CloudFront logs (internal)"),
    ES_DOC("file_checkpoints.min_ts_ms", "Earliest record time, Unix ms"),
    ES_DOC("file_checkpoints.max_ts_ms", "Latest record time, Unix ms"),
    ES_DOC("file_checkpoints.session_state", "Sessions still open (internal)"),
    ES_DOC("malformed_samples.line_no", "Line number, from 1"),
    ES_DOC("malformed_samples.reason", "Why the line was refused"),
    ES_DOC("malformed_samples.sample", "The first 300 bytes of the line"),
    ES_DOC("kafka_offsets.topic", "Topic"),
    ES_DOC("kafka_offsets.partition", "Partition"),
    ES_DOC("kafka_offsets.next_offset", "Next offset to read"),
    ES_DOC("dict.id", "Dictionary id"),
    ES_DOC("dict.dim", "Dimension code (docs/SCHEMA.md)"),
    ES_DOC("dict.value", "The text"),
    ES_DOC("raw_events.ts_ms", "Record time, Unix ms"),
    ES_DOC("raw_events.offset", "Byte offset of the line in the decompressed file"),
    ES_DOC("raw_events.type_id", "dict.id of the event type; 0 for requests"),
    ES_DOC("raw_events.status", "HTTP status; -1 for events"),
    ES_DOC("raw_events.length", "Line length in bytes"),
    ES_DOC("raw_events.payload", "The record itself when no file holds it (Kafka)"),
    ES_DOC("commits.id", "Batch number"),
    ES_DOC("commits.committed_ms", "When the batch was saved, Unix ms"),
    ES_DOC("commits.records", "Records in the batch"),
    ES_DOC("commits.max_ts_ms", "Latest record time in the batch, Unix ms"),
    ES_DOC("open_sessions.sessions", "Sessions still open"),
    ES_DOC("imported_files.path", "Path the file was last imported from"),
    ES_DOC("imported_files.bytes_imported", "Decompressed bytes read so far"),
    ES_DOC("imported_files.lines", "Lines read so far"),
    ES_DOC("imported_files.events", "Lines that became a record"),
    ES_DOC("imported_files.first_event_utc", "Earliest record time, UTC text"),
    ES_DOC("imported_files.last_event_utc", "Latest record time, UTC text"),
    ES_DOC("imported_files.updated_utc", "Last import into this file, UTC text"),
    ES_DOC("hits_by_site_day.hits", "Records of the site: requests and events"),
    ES_DOC("alert_incidents.id", "Incident number"),
    ES_DOC("alert_incidents.fired_utc", "When it fired, UTC text"),
    ES_DOC("alert_incidents.resolved_utc", "When it resolved, UTC text; empty while active"),
    ES_DOC("alert_incidents.acked_utc", "When it was acknowledged, UTC text"),
    ES_DOC("alert_incidents.failed_deliveries", "Notices that could not be delivered"),
    ES_DOC("alert_history.id", "Incident number"),
    ES_DOC("alert_history.observed", "The metric over the window"),
    ES_DOC("alert_history.baseline", "Change rules: the metric over the baseline window"),
    ES_DOC("alert_history.window_from", "Start of the window read, UTC seconds"),
    ES_DOC("alert_history.window_to", "End of the window read, UTC seconds"),
    ES_DOC("alert_history.resolved_ms", "When it resolved, Unix ms"),
    ES_DOC("alert_history.resolved_value", "The value when it resolved"),
    ES_DOC("alert_history.acked_ms", "When it was acknowledged, Unix ms"),
    ES_DOC("alert_deliveries.id", "Attempt number"),
    ES_DOC("alert_deliveries.notice", "fired, reminder or resolved"),
    ES_DOC("alert_deliveries.channel", "Where it went: popup, email, webhook:NAME"),
    ES_DOC("alert_deliveries.ok", "1 if delivered"),
    ES_DOC("alert_deliveries.error", "What went wrong"),
    ES_DOC("alert_deliveries.attempted_ms", "When it was attempted, Unix ms"),
    ES_DOC("alert_rules.id", "The rule's key"),
    ES_DOC("alert_rules.position", "Order of listing and evaluation"),
    ES_DOC("alert_rules.definition", "The rule as JSON (docs/ALERTS.md)"),
    ES_DOC("alert_rules.commit_cursor", "commits.id the rule has looked at"),
    ES_DOC("alert_states.track", "0 live, 1 catch-up over imported data"),
    ES_DOC("alert_states.state", "normal, pending, firing or recovering"),
    ES_DOC("alert_states.since_ms", "When it entered that state, Unix ms"),
    ES_DOC("alert_states.breach_since_ms", "Pending: when the condition started to hold"),
    ES_DOC("alert_states.consecutive", "Pending: evaluations in a row"),
    ES_DOC("alert_states.clear_since_ms", "Recovering: when the value passed the recovery level"),
    ES_DOC("alert_states.last_notice_ms", "When it last fired or reminded, Unix ms"),
    ES_DOC("alert_states.evaluated_ms", "Last evaluation, Unix ms"),
    ES_DOC("alert_states.last_value", "The number last compared"),
};

#undef ES_DOC

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
