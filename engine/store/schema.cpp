#include "store/schema.h"

namespace es::schema {

// v1: sources, checkpoints, dictionaries, rollups and raw events.
static constexpr std::string_view kV1 = R"SQL(
CREATE TABLE meta(
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE sources(
  id           INTEGER PRIMARY KEY,
  kind         TEXT NOT NULL CHECK (kind IN ('file', 'kafka')),
  uri          TEXT NOT NULL,
  display_name TEXT NOT NULL,
  format       TEXT NOT NULL DEFAULT '',
  site         TEXT NOT NULL DEFAULT '',
  created_ms   INTEGER NOT NULL,
  UNIQUE (kind, uri)
);
-- One row per distinct file content. A file is identified by the hash of its
-- first head_len decompressed bytes, so a renamed or recompressed file maps to
-- the same row, an appended file resumes at `offset`, and a replaced file gets
-- a new row.
CREATE TABLE file_checkpoints(
  id           INTEGER PRIMARY KEY,
  source_id    INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  head_len     INTEGER NOT NULL,
  head_hash    TEXT NOT NULL,
  path         TEXT NOT NULL,
  compressed   INTEGER NOT NULL DEFAULT 0,
  offset       INTEGER NOT NULL DEFAULT 0,
  line_no      INTEGER NOT NULL DEFAULT 0,
  format       TEXT NOT NULL,
  parser_state TEXT NOT NULL DEFAULT '',
  records      INTEGER NOT NULL DEFAULT 0,
  malformed    INTEGER NOT NULL DEFAULT 0,
  skipped      INTEGER NOT NULL DEFAULT 0,
  min_ts_ms    INTEGER,
  max_ts_ms    INTEGER,
  updated_ms   INTEGER NOT NULL
);
CREATE INDEX file_checkpoints_hash ON file_checkpoints(head_hash);
CREATE TABLE malformed_samples(
  checkpoint_id INTEGER NOT NULL REFERENCES file_checkpoints(id) ON DELETE CASCADE,
  line_no       INTEGER NOT NULL,
  reason        TEXT NOT NULL,
  sample        TEXT NOT NULL,
  PRIMARY KEY (checkpoint_id, line_no)
) WITHOUT ROWID;
CREATE TABLE kafka_offsets(
  source_id   INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  topic       TEXT NOT NULL,
  partition   INTEGER NOT NULL,
  next_offset INTEGER NOT NULL,
  PRIMARY KEY (source_id, topic, partition)
) WITHOUT ROWID;
CREATE TABLE dict(
  id    INTEGER PRIMARY KEY,
  dim   INTEGER NOT NULL,
  value TEXT NOT NULL,
  UNIQUE (dim, value)
);
CREATE TABLE rollup_minute(
  grp INTEGER NOT NULL, bucket INTEGER NOT NULL, d1 INTEGER NOT NULL, d2 INTEGER NOT NULL,
  hits INTEGER NOT NULL DEFAULT 0, bytes INTEGER NOT NULL DEFAULT 0,
  s1xx INTEGER NOT NULL DEFAULT 0, s2xx INTEGER NOT NULL DEFAULT 0, s3xx INTEGER NOT NULL DEFAULT 0,
  s4xx INTEGER NOT NULL DEFAULT 0, s5xx INTEGER NOT NULL DEFAULT 0, events INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (grp, bucket, d1, d2)
) WITHOUT ROWID;
CREATE TABLE rollup_hour(
  grp INTEGER NOT NULL, bucket INTEGER NOT NULL, d1 INTEGER NOT NULL, d2 INTEGER NOT NULL,
  hits INTEGER NOT NULL DEFAULT 0, bytes INTEGER NOT NULL DEFAULT 0,
  s1xx INTEGER NOT NULL DEFAULT 0, s2xx INTEGER NOT NULL DEFAULT 0, s3xx INTEGER NOT NULL DEFAULT 0,
  s4xx INTEGER NOT NULL DEFAULT 0, s5xx INTEGER NOT NULL DEFAULT 0, events INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (grp, bucket, d1, d2)
) WITHOUT ROWID;
CREATE TABLE rollup_day(
  grp INTEGER NOT NULL, bucket INTEGER NOT NULL, d1 INTEGER NOT NULL, d2 INTEGER NOT NULL,
  hits INTEGER NOT NULL DEFAULT 0, bytes INTEGER NOT NULL DEFAULT 0,
  s1xx INTEGER NOT NULL DEFAULT 0, s2xx INTEGER NOT NULL DEFAULT 0, s3xx INTEGER NOT NULL DEFAULT 0,
  s4xx INTEGER NOT NULL DEFAULT 0, s5xx INTEGER NOT NULL DEFAULT 0, events INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (grp, bucket, d1, d2)
) WITHOUT ROWID;
-- Raw events for search. File records point back into their file
-- (checkpoint + offset + length); Kafka records carry their payload.
CREATE TABLE raw_events(
  id            INTEGER PRIMARY KEY,
  ts_ms         INTEGER NOT NULL,
  source_id     INTEGER NOT NULL,
  type_id       INTEGER NOT NULL,
  status        INTEGER NOT NULL,
  checkpoint_id INTEGER,
  offset        INTEGER,
  length        INTEGER,
  payload       BLOB
);
CREATE INDEX raw_events_ts ON raw_events(ts_ms);
CREATE INDEX raw_events_type_ts ON raw_events(type_id, ts_ms);
-- Friendly views for the SQL console and `eventscope sql` (docs/SCHEMA.md).
CREATE VIEW traffic_by_day AS
  SELECT bucket AS day_start, datetime(bucket, 'unixepoch') AS day_start_utc, hits, bytes,
         s1xx AS status_1xx, s2xx AS status_2xx, s3xx AS status_3xx, s4xx AS status_4xx, s5xx AS status_5xx,
         events
  FROM rollup_day WHERE grp = 0 AND d1 = 0;
CREATE VIEW traffic_by_hour AS
  SELECT bucket AS hour_start, datetime(bucket, 'unixepoch') AS hour_start_utc, hits, bytes,
         s2xx AS status_2xx, s3xx AS status_3xx, s4xx AS status_4xx, s5xx AS status_5xx, events
  FROM rollup_hour WHERE grp = 0 AND d1 = 0;
CREATE VIEW hits_by_path_day AS
  SELECT r.bucket AS day_start, datetime(r.bucket, 'unixepoch') AS day_start_utc, d.value AS path,
         r.hits, r.bytes, r.s4xx AS status_4xx, r.s5xx AS status_5xx
  FROM rollup_day r JOIN dict d ON d.id = r.d1 WHERE r.grp = 1;
CREATE VIEW hits_by_status_day AS
  SELECT bucket AS day_start, datetime(bucket, 'unixepoch') AS day_start_utc, d1 AS status, hits, bytes
  FROM rollup_day WHERE grp = 2;
CREATE VIEW events_by_type_day AS
  SELECT r.bucket AS day_start, datetime(r.bucket, 'unixepoch') AS day_start_utc, d.value AS event_type, r.events
  FROM rollup_day r JOIN dict d ON d.id = r.d1 WHERE r.grp = 3;
CREATE VIEW hits_by_site_day AS
  SELECT r.bucket AS day_start, datetime(r.bucket, 'unixepoch') AS day_start_utc, d.value AS site, r.hits, r.bytes
  FROM rollup_day r JOIN dict d ON d.id = r.d1 WHERE r.grp = 4;
CREATE VIEW imported_files AS
  SELECT c.id AS checkpoint_id, s.display_name AS source, c.path, c.format, c.offset AS bytes_imported,
         c.line_no AS lines, c.records AS events, c.malformed, c.skipped,
         datetime(c.min_ts_ms / 1000, 'unixepoch') AS first_event_utc,
         datetime(c.max_ts_ms / 1000, 'unixepoch') AS last_event_utc,
         datetime(c.updated_ms / 1000, 'unixepoch') AS updated_utc
  FROM file_checkpoints c JOIN sources s ON s.id = c.source_id;
CREATE TABLE commits(
  id           INTEGER PRIMARY KEY,
  committed_ms INTEGER NOT NULL,
  source_id    INTEGER NOT NULL,
  records      INTEGER NOT NULL,
  max_ts_ms    INTEGER
);
)SQL";

// v2: raw events keyed by time; traffic_by_hour gains status_1xx.
static constexpr std::string_view kV2 = R"SQL(
CREATE TABLE raw_events_v2(
  ts_ms         INTEGER NOT NULL,
  checkpoint_id INTEGER NOT NULL, -- file_checkpoints.id of the file the line is in
  offset        INTEGER NOT NULL, -- byte offset of the line in the decompressed file
  source_id     INTEGER NOT NULL,
  type_id       INTEGER NOT NULL, -- dict id of the event type; 0 for requests
  status        INTEGER NOT NULL,
  length        INTEGER NOT NULL DEFAULT 0,
  payload       BLOB,             -- the record itself when there is no file to read it from
  PRIMARY KEY (ts_ms, checkpoint_id, offset)
) WITHOUT ROWID;
INSERT OR IGNORE INTO raw_events_v2(ts_ms, checkpoint_id, offset, source_id, type_id, status, length, payload)
  SELECT ts_ms, coalesce(checkpoint_id, 0), coalesce(offset, id), source_id, type_id, status,
         coalesce(length, 0), payload
  FROM raw_events;
DROP TABLE raw_events;
ALTER TABLE raw_events_v2 RENAME TO raw_events;
CREATE INDEX raw_events_type_ts ON raw_events(type_id, ts_ms) WHERE type_id <> 0;
DROP VIEW traffic_by_hour;
CREATE VIEW traffic_by_hour AS
  SELECT bucket AS hour_start, datetime(bucket, 'unixepoch') AS hour_start_utc, hits, bytes,
         s2xx AS status_2xx, s3xx AS status_3xx, s4xx AS status_4xx, s5xx AS status_5xx, events,
         s1xx AS status_1xx
  FROM rollup_hour WHERE grp = 0 AND d1 = 0;
)SQL";

// v3: page views, downloads and request durations in every rollup row; the
// friendly traffic views show page views and downloads.
static constexpr std::string_view kV3 = R"SQL(
ALTER TABLE rollup_minute ADD COLUMN page_views INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_minute ADD COLUMN downloads INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_minute ADD COLUMN duration_us INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_minute ADD COLUMN duration_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_hour ADD COLUMN page_views INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_hour ADD COLUMN downloads INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_hour ADD COLUMN duration_us INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_hour ADD COLUMN duration_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_day ADD COLUMN page_views INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_day ADD COLUMN downloads INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_day ADD COLUMN duration_us INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_day ADD COLUMN duration_count INTEGER NOT NULL DEFAULT 0;
DROP VIEW traffic_by_day;
CREATE VIEW traffic_by_day AS
  SELECT bucket AS day_start, datetime(bucket, 'unixepoch') AS day_start_utc, hits, bytes,
         s1xx AS status_1xx, s2xx AS status_2xx, s3xx AS status_3xx, s4xx AS status_4xx, s5xx AS status_5xx,
         events, page_views, downloads
  FROM rollup_day WHERE grp = 0 AND d1 = 0;
DROP VIEW traffic_by_hour;
CREATE VIEW traffic_by_hour AS
  SELECT bucket AS hour_start, datetime(bucket, 'unixepoch') AS hour_start_utc, hits, bytes,
         s2xx AS status_2xx, s3xx AS status_3xx, s4xx AS status_4xx, s5xx AS status_5xx, events,
         s1xx AS status_1xx, page_views, downloads
  FROM rollup_hour WHERE grp = 0 AND d1 = 0;
)SQL";

// v4: every rollup row is split by bot (so every metric can be asked with bots
// included, excluded or only); a second dimension for combined groups;
// sessions in the rollups; visitor sketches; provisional rows of the sessions
// still open at the end of an import, and the sessionizer state of each file.
// The views sum over the bot split and gain the session columns.
static constexpr std::string_view kV4 = R"SQL(
DROP VIEW traffic_by_day;
DROP VIEW traffic_by_hour;
DROP VIEW hits_by_path_day;
DROP VIEW hits_by_status_day;
DROP VIEW events_by_type_day;
DROP VIEW hits_by_site_day;
CREATE TABLE rollup_minute_v4(
  grp INTEGER NOT NULL, bucket INTEGER NOT NULL, d1 INTEGER NOT NULL, d2 INTEGER NOT NULL,
  bot INTEGER NOT NULL DEFAULT 0,
  hits INTEGER NOT NULL DEFAULT 0, bytes INTEGER NOT NULL DEFAULT 0,
  s1xx INTEGER NOT NULL DEFAULT 0, s2xx INTEGER NOT NULL DEFAULT 0, s3xx INTEGER NOT NULL DEFAULT 0,
  s4xx INTEGER NOT NULL DEFAULT 0, s5xx INTEGER NOT NULL DEFAULT 0, events INTEGER NOT NULL DEFAULT 0,
  page_views INTEGER NOT NULL DEFAULT 0, downloads INTEGER NOT NULL DEFAULT 0,
  duration_us INTEGER NOT NULL DEFAULT 0, duration_count INTEGER NOT NULL DEFAULT 0,
  sessions INTEGER NOT NULL DEFAULT 0, bounces INTEGER NOT NULL DEFAULT 0,
  session_views INTEGER NOT NULL DEFAULT 0, session_ms INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (grp, bucket, d1, d2, bot)
) WITHOUT ROWID;
INSERT INTO rollup_minute_v4(grp, bucket, d1, d2, bot, hits, bytes, s1xx, s2xx, s3xx, s4xx, s5xx, events, page_views, downloads, duration_us, duration_count)
  SELECT grp, bucket, d1, d2, CASE WHEN grp = 10 AND d1 = 1 THEN 1 ELSE 0 END, hits, bytes, s1xx, s2xx, s3xx, s4xx, s5xx, events, page_views, downloads, duration_us, duration_count
  FROM rollup_minute;
DROP TABLE rollup_minute;
ALTER TABLE rollup_minute_v4 RENAME TO rollup_minute;
CREATE TABLE rollup_hour_v4(
  grp INTEGER NOT NULL, bucket INTEGER NOT NULL, d1 INTEGER NOT NULL, d2 INTEGER NOT NULL,
  bot INTEGER NOT NULL DEFAULT 0,
  hits INTEGER NOT NULL DEFAULT 0, bytes INTEGER NOT NULL DEFAULT 0,
  s1xx INTEGER NOT NULL DEFAULT 0, s2xx INTEGER NOT NULL DEFAULT 0, s3xx INTEGER NOT NULL DEFAULT 0,
  s4xx INTEGER NOT NULL DEFAULT 0, s5xx INTEGER NOT NULL DEFAULT 0, events INTEGER NOT NULL DEFAULT 0,
  page_views INTEGER NOT NULL DEFAULT 0, downloads INTEGER NOT NULL DEFAULT 0,
  duration_us INTEGER NOT NULL DEFAULT 0, duration_count INTEGER NOT NULL DEFAULT 0,
  sessions INTEGER NOT NULL DEFAULT 0, bounces INTEGER NOT NULL DEFAULT 0,
  session_views INTEGER NOT NULL DEFAULT 0, session_ms INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (grp, bucket, d1, d2, bot)
) WITHOUT ROWID;
INSERT INTO rollup_hour_v4(grp, bucket, d1, d2, bot, hits, bytes, s1xx, s2xx, s3xx, s4xx, s5xx, events, page_views, downloads, duration_us, duration_count)
  SELECT grp, bucket, d1, d2, CASE WHEN grp = 10 AND d1 = 1 THEN 1 ELSE 0 END, hits, bytes, s1xx, s2xx, s3xx, s4xx, s5xx, events, page_views, downloads, duration_us, duration_count
  FROM rollup_hour;
DROP TABLE rollup_hour;
ALTER TABLE rollup_hour_v4 RENAME TO rollup_hour;
CREATE TABLE rollup_day_v4(
  grp INTEGER NOT NULL, bucket INTEGER NOT NULL, d1 INTEGER NOT NULL, d2 INTEGER NOT NULL,
  bot INTEGER NOT NULL DEFAULT 0,
  hits INTEGER NOT NULL DEFAULT 0, bytes INTEGER NOT NULL DEFAULT 0,
  s1xx INTEGER NOT NULL DEFAULT 0, s2xx INTEGER NOT NULL DEFAULT 0, s3xx INTEGER NOT NULL DEFAULT 0,
  s4xx INTEGER NOT NULL DEFAULT 0, s5xx INTEGER NOT NULL DEFAULT 0, events INTEGER NOT NULL DEFAULT 0,
  page_views INTEGER NOT NULL DEFAULT 0, downloads INTEGER NOT NULL DEFAULT 0,
  duration_us INTEGER NOT NULL DEFAULT 0, duration_count INTEGER NOT NULL DEFAULT 0,
  sessions INTEGER NOT NULL DEFAULT 0, bounces INTEGER NOT NULL DEFAULT 0,
  session_views INTEGER NOT NULL DEFAULT 0, session_ms INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (grp, bucket, d1, d2, bot)
) WITHOUT ROWID;
INSERT INTO rollup_day_v4(grp, bucket, d1, d2, bot, hits, bytes, s1xx, s2xx, s3xx, s4xx, s5xx, events, page_views, downloads, duration_us, duration_count)
  SELECT grp, bucket, d1, d2, CASE WHEN grp = 10 AND d1 = 1 THEN 1 ELSE 0 END, hits, bytes, s1xx, s2xx, s3xx, s4xx, s5xx, events, page_views, downloads, duration_us, duration_count
  FROM rollup_day;
DROP TABLE rollup_day;
ALTER TABLE rollup_day_v4 RENAME TO rollup_day;
-- Distinct visitors per rollup row. level: 0 minute, 1 hour, 2 day. The
-- sketch is a serialized VisitorSketch (docs/SKETCH.md). Nearly all sketches
-- are a few bytes (rows with few visitors), so the table is keyed directly;
-- the few large ones live in overflow pages.
CREATE TABLE visitors(
  level INTEGER NOT NULL, grp INTEGER NOT NULL, bucket INTEGER NOT NULL,
  d1 INTEGER NOT NULL, d2 INTEGER NOT NULL, bot INTEGER NOT NULL,
  sketch BLOB NOT NULL,
  PRIMARY KEY (level, grp, bucket, d1, d2, bot)
) WITHOUT ROWID;
-- Sessions still open when an import of a file ended, counted as if they had
-- closed then. Replaced by every later import of the same file.
CREATE TABLE open_sessions(
  checkpoint_id INTEGER NOT NULL REFERENCES file_checkpoints(id) ON DELETE CASCADE,
  level INTEGER NOT NULL, grp INTEGER NOT NULL, bucket INTEGER NOT NULL,
  d1 INTEGER NOT NULL, d2 INTEGER NOT NULL, bot INTEGER NOT NULL,
  sessions INTEGER NOT NULL, bounces INTEGER NOT NULL, session_views INTEGER NOT NULL,
  session_ms INTEGER NOT NULL,
  PRIMARY KEY (checkpoint_id, level, grp, bucket, d1, d2, bot)
) WITHOUT ROWID;
ALTER TABLE file_checkpoints ADD COLUMN session_state BLOB;
CREATE VIEW traffic_by_day AS
  SELECT bucket AS day_start, datetime(bucket, 'unixepoch') AS day_start_utc, sum(hits) AS hits,
         sum(bytes) AS bytes, sum(s1xx) AS status_1xx, sum(s2xx) AS status_2xx, sum(s3xx) AS status_3xx,
         sum(s4xx) AS status_4xx, sum(s5xx) AS status_5xx, sum(events) AS events,
         sum(page_views) AS page_views, sum(downloads) AS downloads, sum(bot * hits) AS bot_hits
  FROM rollup_day WHERE grp = 0 AND d1 = 0 GROUP BY bucket;
CREATE VIEW traffic_by_hour AS
  SELECT bucket AS hour_start, datetime(bucket, 'unixepoch') AS hour_start_utc, sum(hits) AS hits,
         sum(bytes) AS bytes, sum(s2xx) AS status_2xx, sum(s3xx) AS status_3xx, sum(s4xx) AS status_4xx,
         sum(s5xx) AS status_5xx, sum(events) AS events, sum(s1xx) AS status_1xx,
         sum(page_views) AS page_views, sum(downloads) AS downloads, sum(bot * hits) AS bot_hits
  FROM rollup_hour WHERE grp = 0 AND d1 = 0 GROUP BY bucket;
CREATE VIEW hits_by_path_day AS
  SELECT r.bucket AS day_start, datetime(r.bucket, 'unixepoch') AS day_start_utc, d.value AS path,
         sum(r.hits) AS hits, sum(r.bytes) AS bytes, sum(r.s4xx) AS status_4xx, sum(r.s5xx) AS status_5xx
  FROM rollup_day r JOIN dict d ON d.id = r.d1 WHERE r.grp = 1 GROUP BY r.bucket, r.d1;
CREATE VIEW hits_by_status_day AS
  SELECT bucket AS day_start, datetime(bucket, 'unixepoch') AS day_start_utc, d1 AS status,
         sum(hits) AS hits, sum(bytes) AS bytes
  FROM rollup_day WHERE grp = 2 GROUP BY bucket, d1;
CREATE VIEW events_by_type_day AS
  SELECT r.bucket AS day_start, datetime(r.bucket, 'unixepoch') AS day_start_utc, d.value AS event_type,
         sum(r.events) AS events
  FROM rollup_day r JOIN dict d ON d.id = r.d1 WHERE r.grp = 3 GROUP BY r.bucket, r.d1;
CREATE VIEW hits_by_site_day AS
  SELECT r.bucket AS day_start, datetime(r.bucket, 'unixepoch') AS day_start_utc, d.value AS site,
         sum(r.hits) AS hits, sum(r.bytes) AS bytes
  FROM rollup_day r JOIN dict d ON d.id = r.d1 WHERE r.grp = 4 GROUP BY r.bucket, r.d1;
CREATE VIEW sessions_by_day AS
  SELECT day_start, datetime(day_start, 'unixepoch') AS day_start_utc, sum(sessions) AS sessions,
         sum(bounces) AS bounces, sum(session_views) AS session_views, sum(session_ms) AS session_ms
  FROM (SELECT bucket AS day_start, sessions, bounces, session_views, session_ms
          FROM rollup_day WHERE grp = 0 AND d1 = 0
        UNION ALL
        SELECT bucket, sessions, bounces, session_views, session_ms
          FROM open_sessions WHERE level = 2 AND grp = 0 AND d1 = 0)
  GROUP BY day_start;
)SQL";

// v5: alert rules, the state of each rule, and the alert history with the
// result of every delivery attempt (docs/ALERTS.md).
static constexpr std::string_view kV5 = R"SQL(
CREATE TABLE alert_rules(
  id            TEXT PRIMARY KEY,
  position      INTEGER NOT NULL,
  definition    TEXT NOT NULL,             -- the rule as JSON (docs/ALERTS.md)
  created_ms    INTEGER NOT NULL,
  updated_ms    INTEGER NOT NULL,
  commit_cursor INTEGER NOT NULL DEFAULT 0 -- commits.id up to which imported data was caught up on
);
-- track 0: live evaluation in wall-clock time; track 1: catch-up over
-- imported data in data time.
CREATE TABLE alert_states(
  rule_id         TEXT NOT NULL,
  track           INTEGER NOT NULL,
  state           TEXT NOT NULL CHECK (state IN ('normal', 'pending', 'firing', 'recovering')),
  since_ms        INTEGER NOT NULL DEFAULT 0,
  breach_since_ms INTEGER NOT NULL DEFAULT 0,
  consecutive     INTEGER NOT NULL DEFAULT 0,
  clear_since_ms  INTEGER NOT NULL DEFAULT 0,
  fired_ms        INTEGER NOT NULL DEFAULT 0,
  last_notice_ms  INTEGER NOT NULL DEFAULT 0,
  evaluated_ms    INTEGER NOT NULL DEFAULT 0,
  last_value      REAL,
  history_id      INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (rule_id, track)
) WITHOUT ROWID;
-- One row per incident, from firing to resolution. Rows outlive their rule.
CREATE TABLE alert_history(
  id             INTEGER PRIMARY KEY,
  rule_id        TEXT NOT NULL,
  rule_name      TEXT NOT NULL,
  severity       TEXT NOT NULL,
  fired_ms       INTEGER NOT NULL,
  value          REAL,
  threshold      REAL,
  observed       REAL,
  baseline       REAL,
  window_from    INTEGER,
  window_to      INTEGER,
  resolved_ms    INTEGER,
  resolved_value REAL,
  reminders      INTEGER NOT NULL DEFAULT 0,
  historical     INTEGER NOT NULL DEFAULT 0,
  muted          INTEGER NOT NULL DEFAULT 0,
  acked_by       TEXT,
  acked_ms       INTEGER,
  UNIQUE (rule_id, fired_ms, historical)
);
CREATE INDEX alert_history_fired ON alert_history(fired_ms);
CREATE TABLE alert_deliveries(
  id           INTEGER PRIMARY KEY,
  history_id   INTEGER NOT NULL REFERENCES alert_history(id) ON DELETE CASCADE,
  notice       TEXT NOT NULL CHECK (notice IN ('fired', 'reminder', 'resolved')),
  channel      TEXT NOT NULL,
  ok           INTEGER NOT NULL,
  error        TEXT NOT NULL DEFAULT '',
  attempted_ms INTEGER NOT NULL
);
CREATE INDEX alert_deliveries_history ON alert_deliveries(history_id);
CREATE VIEW alert_incidents AS
  SELECT h.id, h.rule_id, h.rule_name, h.severity,
         datetime(h.fired_ms / 1000, 'unixepoch') AS fired_utc, h.value, h.threshold,
         datetime(h.resolved_ms / 1000, 'unixepoch') AS resolved_utc, h.reminders, h.historical, h.muted,
         h.acked_by, datetime(h.acked_ms / 1000, 'unixepoch') AS acked_utc,
         (SELECT count(*) FROM alert_deliveries d WHERE d.history_id = h.id AND d.ok = 0) AS failed_deliveries
  FROM alert_history h;
)SQL";

// v6: a source removed keeping its data is hidden, not deleted: its numbers
// stay in the aggregates and its checkpoints keep recognising its files.
static constexpr std::string_view kV6 = R"SQL(
ALTER TABLE sources ADD COLUMN removed_ms INTEGER;
)SQL";

// v7: the time zone given at import for a file's timestamps without an
// offset, so a continued file and a rebuild read them the same way.
static constexpr std::string_view kV7 = R"SQL(
ALTER TABLE file_checkpoints ADD COLUMN time_zone TEXT NOT NULL DEFAULT '';
)SQL";

// v8: a stream's lines (Kafka records) are stored as blocks of its text,
// and its raw events point into them by offset, as a file's raw events point
// into the file, instead of each carrying its line as a payload.
static constexpr std::string_view kV8 = R"SQL(
CREATE TABLE stream_text(
  checkpoint_id INTEGER NOT NULL, -- file_checkpoints.id of the stream
  offset        INTEGER NOT NULL, -- stream offset of the block's first byte
  max_ts_ms     INTEGER NOT NULL, -- newest record time in the batch the block came with (for retention)
  bytes         BLOB NOT NULL,    -- whole lines, each ending in a line break
  PRIMARY KEY (checkpoint_id, offset)
);
CREATE INDEX stream_text_ts ON stream_text(max_ts_ms);
INSERT OR IGNORE INTO stream_text(checkpoint_id, offset, max_ts_ms, bytes)
  SELECT checkpoint_id, offset, ts_ms, CAST(payload || x'0a' AS BLOB) FROM raw_events WHERE payload IS NOT NULL;
-- Stream records consumed before their lines were kept can never show them.
DELETE FROM raw_events WHERE payload IS NULL AND checkpoint_id IN
  (SELECT id FROM file_checkpoints WHERE head_len = 0 AND head_hash LIKE 'stream:%');
ALTER TABLE raw_events DROP COLUMN payload;
)SQL";

// v9: a stream's text blocks may be compressed (codec 1: one Zstandard
// frame), with the length of their text; raw events lose the index by event
// type, which doubled the cost of storing each one (a type filter reads the
// time-ordered key instead).
static constexpr std::string_view kV9 = R"SQL(
ALTER TABLE stream_text ADD COLUMN codec INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stream_text ADD COLUMN text_len INTEGER NOT NULL DEFAULT 0;
UPDATE stream_text SET text_len = length(bytes);
DROP INDEX IF EXISTS raw_events_type_ts;
)SQL";

namespace {
constexpr const char *kGroupNames[] = {
    "total",          "path",        "status", "event_type", "site",    "source",   "method",
    "browser",        "os",          "device", "bot",        "country", "referrer", "browser_version",
    "country_device", "path_device", "param1", "param2",     "param3",  "param4",   "pair1",
    "pair2",          "pair3",       "pair4"};
static_assert(sizeof(kGroupNames) / sizeof(kGroupNames[0]) == kGroupCount);
} // namespace

const char *groupName(int grp)
{
    return grp >= 0 && grp < kGroupCount ? kGroupNames[grp] : "";
}

int groupFromName(std::string_view name)
{
    for (int g = 0; g < kGroupCount; ++g) {
        if (name == kGroupNames[g])
            return g;
    }
    if (name == "url")
        return GroupPath;
    if (name == "url_device")
        return GroupPathDevice;
    return -1;
}

const std::vector<std::string_view> &migrations()
{
    static const std::vector<std::string_view> list = {kV1, kV2, kV3, kV4, kV5, kV6, kV7, kV8, kV9};
    return list;
}

} // namespace es::schema
