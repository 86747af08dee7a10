#include "query/rawscan.h"

#include "enrich/geoip.h"
#include "enrich/requestclassifier.h"
#include "formats/formatregistry.h"
#include "ingest/enricher.h"
#include "store/analyticssettings.h"
#include "store/linereader.h"
#include "store/sqlite.h"

#include <QHash>
#include <memory>

namespace es {

namespace {

// Where a record's value of a dimension comes from.
struct RecordValue
{
    bool has = false;
    bool dict = false; // text to look up in dict; else `code` is the stored code
    std::int64_t code = 0;
    std::string_view text;
};

RecordValue valueOf(DimensionId d, const Record &r, const RecordFacts &f, std::int64_t sourceId)
{
    RecordValue v;
    auto text = [&](std::string_view t) {
        v.has = !t.empty();
        v.dict = true;
        v.text = t;
    };
    auto code = [&](bool has, std::int64_t c) {
        v.has = has;
        v.code = c;
    };
    const bool request = r.kind == RecordKind::Request;
    switch (d) {
    case DimensionId::Url:
        text(r.path);
        break;
    case DimensionId::Site:
        text(r.site);
        break;
    case DimensionId::Method:
        text(request ? r.method : std::string_view());
        break;
    case DimensionId::Status:
    case DimensionId::StatusClass:
        code(r.status >= 0, r.status);
        break;
    case DimensionId::EventType:
        text(request ? std::string_view() : r.eventType);
        break;
    case DimensionId::Country:
        code(request, f.country);
        break;
    case DimensionId::Browser:
        text(request ? f.browser : std::string_view());
        break;
    case DimensionId::BrowserVersion:
        text(request ? f.browserVersion : std::string_view());
        break;
    case DimensionId::Os:
        text(request ? f.os : std::string_view());
        break;
    case DimensionId::Device:
        code(request && f.deviceType >= 0, f.deviceType);
        break;
    case DimensionId::Bot:
        code(true, f.bot ? 1 : 0);
        break;
    case DimensionId::Referrer:
        text(f.referrer);
        break;
    case DimensionId::Source:
        code(true, sourceId);
        break;
    case DimensionId::Param0:
    case DimensionId::Param1:
    case DimensionId::Param2:
    case DimensionId::Param3:
        text(f.params[size_t(int(d) - int(DimensionId::Param0))]);
        break;
    }
    return v;
}

} // namespace

QString RawScanner::unreadable(TextState state, const QString &path, std::int64_t offset)
{
    switch (state) {
    case TextState::FileMissing:
        return tr("%1 cannot be found any more, so its raw events cannot answer the query.").arg(path);
    case TextState::FileChanged:
        return tr("%1 changed since it was imported (the line at byte %2 is not the one imported), so its "
                  "raw events cannot answer the query.")
            .arg(path)
            .arg(offset);
    case TextState::NotStored:
        return tr("The stored lines of %1 were removed (raw events are kept for a limited time, see "
                  "eventscope retention), so its raw events cannot answer the query.")
            .arg(path);
    case TextState::ReadError:
    case TextState::Ok:
        break;
    }
    return tr("%1 cannot be read any more, so its raw events cannot answer the query.").arg(path);
}

QString RawScanner::whatToDo()
{
    return tr("Put the file back as it was imported, or pre-aggregate the combination with \"eventscope "
              "analytics --pairs\" and import the data again.");
}

bool RawScanner::covers(sql::Connection &c, std::int64_t fromSecs, std::int64_t toSecs,
                        std::int64_t rawCutoffMs, QString *why)
{
    if (rawCutoffMs != INT64_MIN && fromSecs * 1000 < rawCutoffMs) {
        *why = tr("raw events are kept for a limited time (see eventscope retention), and the range starts "
                  "before the oldest one kept.");
        return false;
    }
    // A file imported without raw events (import --no-raw) has records in
    // the range but no raw event at all.
    auto st = c.prepare(
        "SELECT c.path FROM file_checkpoints c WHERE c.records > 0 AND c.min_ts_ms < ?2 AND c.max_ts_ms >= "
        "?1 "
        "AND NOT EXISTS (SELECT 1 FROM raw_events r WHERE r.ts_ms >= c.min_ts_ms AND r.ts_ms <= c.max_ts_ms "
        "AND r.checkpoint_id = c.id) LIMIT 1");
    st.bind(1, fromSecs * 1000).bind(2, toSecs * 1000);
    if (st.step()) {
        *why = tr("%1 was imported without raw events (import --no-raw).").arg(st.qtext(0));
        return false;
    }
    return true;
}

bool RawScanner::scan(const RawScanSpec &spec, CellMap &cells)
{
    const AnalyticsSettings settings = AnalyticsSettings::load(m_conn);
    const RequestClassifier classifier(settings.classifier);
    EnrichContext ctx;
    ctx.classifier = &classifier;
    ctx.configure(settings);
    if (settings.geoip)
        ctx.geo = sharedGeoLookup(settings.geoipPath, nullptr);
    Enricher enricher;
    enricher.ctx = &ctx;

    // Filters: stored-code ranges for numbers, exact texts for dict values.
    struct FilterMatch
    {
        DimensionId dim;
        std::vector<CodeRange> ranges;
        std::vector<std::string> texts;
    };
    std::vector<FilterMatch> filters;
    for (const Filter &f : spec.filters) {
        FilterMatch m{f.dimension, {}, {}};
        const bool dict = Dimensions::def(f.dimension).dictDim != 0;
        for (const QString &value : f.values) {
            if (dict) {
                m.texts.push_back(value.trimmed().toStdString());
                continue;
            }
            QString error;
            const auto ranges = m_values.parse(f.dimension, value, &error);
            if (!ranges) {
                m_error = error;
                return false;
            }
            m.ranges.insert(m.ranges.end(), ranges->begin(), ranges->end());
        }
        filters.push_back(std::move(m));
    }
    // Dict ids of key texts; values the dict does not hold get negative ids.
    std::array<QHash<QByteArray, std::int64_t>, 2> keyIds;
    std::int64_t nextSynthetic = -1;
    auto dictSel = m_conn.prepare("SELECT id FROM dict WHERE dim = ?1 AND value = ?2");
    auto keyOf = [&](size_t part, DimensionId d, const RecordValue &v) {
        if (!v.dict)
            return Dimensions::keyOf(d, v.code);
        const QByteArray text(v.text.data(), qsizetype(v.text.size()));
        auto it = keyIds[part].constFind(text);
        if (it != keyIds[part].cend())
            return *it;
        std::int64_t id = 0;
        dictSel.bind(1, Dimensions::def(d).dictDim).bind(2, v.text);
        if (dictSel.step())
            id = dictSel.int64(0);
        else
            m_values.remember(d, id = nextSynthetic--, QString::fromUtf8(text));
        dictSel.reset();
        keyIds[part].insert(text, id);
        return id;
    };

    auto rows = m_conn.prepare(
        "SELECT r.ts_ms, r.checkpoint_id, r.offset, r.length, r.source_id, c.path, c.format, c.parser_state, "
        "c.head_len, c.head_hash, coalesce(s.site, '') FROM raw_events r "
        "LEFT JOIN file_checkpoints c ON c.id = r.checkpoint_id LEFT JOIN sources s ON s.id = r.source_id "
        "WHERE r.ts_ms >= ?1 AND r.ts_ms < ?2 ORDER BY r.checkpoint_id, r.offset");
    rows.bind(1, spec.range.fromSecs * 1000).bind(2, spec.range.toSecs * 1000);
    std::int64_t checkpoint = INT64_MIN;
    std::unique_ptr<LineParser> parser;
    std::unique_ptr<LineReader> reader;
    QString path;
    QByteArray line;
    Record rec;
    while (rows.step()) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed) && (m_records & 1023) == 0) {
            m_error = tr("The query was cancelled.");
            return false;
        }
        const std::int64_t tsMs = rows.int64(0);
        const std::int64_t cp = rows.int64(1);
        if (cp != checkpoint) {
            checkpoint = cp;
            path = rows.qtext(5);
            const std::int64_t headLen = rows.int64(8);
            const QString headHash = rows.qtext(9);
            const bool stream = LineReader::isStream(headLen, headHash);
            QString formatError;
            parser =
                makeParser(parseFormatArgument(storedLineFormat(rows.qtext(6)), &formatError), &formatError);
            if (!parser || !parser->restoreState(rows.qtext(7))) {
                m_error = tr("The lines of %1 cannot be parsed again: %2").arg(path, formatError) +
                          QLatin1Char(' ') + whatToDo();
                return false;
            }
            reader = stream ? std::make_unique<LineReader>(m_conn, cp)
                            : std::make_unique<LineReader>(path, int(headLen), headHash, m_cancel);
        }
        const TextState state = reader->readLine(rows.int64(2), std::int32_t(rows.int64(3)), line);
        if (state != TextState::Ok) {
            if (reader->cancelled())
                m_error = tr("The query was cancelled.");
            else
                m_error = unreadable(state, path, rows.int64(2)) + QLatin1Char(' ') + whatToDo();
            return false;
        }
        const std::string_view text(line.constData(), size_t(line.size()));
        rec = Record();
        if (!parser || parser->parse(text, rec) != ParseResult::Ok || rec.tsMs != tsMs) {
            m_error = unreadable(TextState::FileChanged, path, rows.int64(2)) + QLatin1Char(' ') + whatToDo();
            return false;
        }
        ++m_records;
        if (rec.site.empty()) // a line naming no site has its source's (ImportOptions::site)
            rec.site = rows.text(10);
        const RecordFacts facts = enricher.facts(rec);
        const int bot = facts.bot ? 1 : 0;
        if (!spec.botRows[size_t(bot)])
            continue;
        const std::int64_t sourceId = rows.int64(4);
        bool pass = true;
        for (const FilterMatch &f : filters) {
            const RecordValue v = valueOf(f.dim, rec, facts, sourceId);
            if (!v.has) {
                pass = false;
            } else if (v.dict) {
                pass = std::find(f.texts.begin(), f.texts.end(), v.text) != f.texts.end();
            } else {
                pass = std::any_of(f.ranges.begin(), f.ranges.end(),
                                   [&](const CodeRange &c) { return c.contains(v.code); });
            }
            if (!pass)
                break;
        }
        if (!pass)
            continue;
        CellKey key;
        for (size_t i = 0; i < spec.keys.size() && pass; ++i) {
            const RecordValue v = valueOf(spec.keys[i], rec, facts, sourceId);
            pass = v.has;
            if (pass)
                (i == 0 ? key.k1 : key.k2) = keyOf(i, spec.keys[i], v);
        }
        if (!pass)
            continue;
        const std::int64_t secs = tsMs >= 0 ? tsMs / 1000 : -((-tsMs + 999) / 1000);
        key.bucket = spec.bucketOf(secs);
        CellData &cell = cells[key];
        std::array<std::int64_t, kColumnCount> &c = cell.sums[size_t(bot)].v;
        c[size_t(Column::Hits)] += 1;
        c[size_t(Column::Bytes)] += rec.bytes > 0 ? rec.bytes : 0;
        if (rec.status >= 100 && rec.status < 600)
            c[size_t(Column::S1xx) + size_t(rec.status / 100 - 1)] += 1;
        c[size_t(Column::Events)] += rec.kind == RecordKind::Event ? 1 : 0;
        c[size_t(Column::PageViews)] += facts.pageView ? 1 : 0;
        c[size_t(Column::Downloads)] += facts.download ? 1 : 0;
        if (rec.durationUs >= 0) {
            c[size_t(Column::DurationUs)] += rec.durationUs;
            c[size_t(Column::DurationCount)] += 1;
        }
        if (spec.visitors && facts.visitor != 0) {
            if (!cell.visitors)
                cell.visitors = std::make_unique<CellData::Sketches>();
            std::optional<VisitorSketch> &s = (*cell.visitors)[size_t(bot)];
            if (!s)
                s.emplace();
            s->add(facts.visitor);
        }
    }
    return true;
}

} // namespace es
