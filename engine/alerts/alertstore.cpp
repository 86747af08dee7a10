#include "alerts/alertstore.h"

#include <QDir>
#include <QJsonDocument>
#include <algorithm>

namespace es {

namespace {

// The meta key of the notification channels (docs/ALERTS.md).
constexpr const char *kChannelsKey = "alert_channels";

void bindOptional(sql::Statement &st, int index, const std::optional<double> &v)
{
    if (v)
        st.bind(index, *v);
    else
        st.bindNull(index);
}

std::optional<double> optionalReal(const sql::Statement &st, int col)
{
    return st.isNull(col) ? std::nullopt : std::optional(st.real(col));
}

// What an evaluation depends on: a change here makes the old state meaningless.
bool sameEvaluation(const AlertRule &a, const AlertRule &b)
{
    return a.metric == b.metric && a.filters == b.filters && a.bots == b.bots && a.window == b.window &&
           a.condition == b.condition && a.timing == b.timing;
}

constexpr const char *kHistoryColumns =
    "id, rule_id, rule_name, severity, fired_ms, value, threshold, observed, baseline, window_from, "
    "window_to, "
    "resolved_ms, resolved_value, reminders, historical, muted, acked_by, acked_ms";

AlertHistoryEntry readEntry(const sql::Statement &st)
{
    AlertHistoryEntry e;
    e.id = st.int64(0);
    e.ruleId = st.qtext(1);
    e.ruleName = st.qtext(2);
    e.severity = AlertRules::severityFromName(st.qtext(3)).value_or(AlertSeverity::Warning);
    e.firedMs = st.int64(4);
    e.value = optionalReal(st, 5);
    e.threshold = optionalReal(st, 6);
    e.observed = optionalReal(st, 7);
    e.baseline = optionalReal(st, 8);
    e.window = {st.int64(9), st.int64(10)};
    e.resolvedMs = st.isNull(11) ? 0 : st.int64(11);
    e.resolvedValue = optionalReal(st, 12);
    e.reminders = int(st.int64(13));
    e.historical = st.int64(14) != 0;
    e.muted = st.int64(15) != 0;
    e.ackedBy = st.qtext(16);
    e.ackedMs = st.isNull(17) ? 0 : st.int64(17);
    return e;
}

} // namespace

bool AlertStore::open(const QString &workspacePath)
{
    m_error.clear();
    if (!m_db.open(workspacePath, WorkspaceDb::Access::ReadWrite, WorkspaceDb::Check::Deferred)) {
        m_error = m_db.errorString();
        return false;
    }
    return true;
}

void AlertStore::close()
{
    m_db.close();
}

bool AlertStore::fail(const QString &what)
{
    m_error = tr("Cannot %1 in the workspace %2: %3")
                  .arg(what, QDir::toNativeSeparators(m_db.path()), m_db.connection().errorString());
    return false;
}

std::vector<AlertRule> AlertStore::rules()
{
    std::vector<AlertRule> out;
    auto st = m_db.connection().prepare("SELECT id, definition FROM alert_rules ORDER BY position, id");
    while (st.step()) {
        QString problem;
        const QJsonDocument doc =
            QJsonDocument::fromJson(QByteArray(st.text(1).data(), qsizetype(st.text(1).size())));
        // A rule is stored only once it validated, so this fails only for a
        // rule written by a newer version with fields this one lacks.
        if (auto r = AlertRules::fromJson(doc.object(), &problem)) {
            r->id = st.qtext(0);
            out.push_back(std::move(*r));
        } else {
            m_error = tr("The stored alert rule \"%1\" cannot be read: %2").arg(st.qtext(0), problem);
        }
    }
    return out;
}

std::optional<AlertRule> AlertStore::rule(const QString &id)
{
    for (AlertRule &r : rules()) {
        if (r.id == id)
            return std::move(r);
    }
    return std::nullopt;
}

bool AlertStore::saveRule(AlertRule &rule, std::int64_t nowMs)
{
    // Only what evaluation needs: a rule stored before AlertRules::markProblems()
    // existed must still be muted, enabled or disabled. The rule editor and
    // the command line refuse such marks themselves.
    const QStringList problems = AlertRules::validate(rule);
    if (!problems.isEmpty()) {
        m_error = problems.join(QLatin1Char('\n'));
        return false;
    }
    sql::Connection &c = m_db.connection();
    const std::vector<AlertRule> existing = rules();
    if (rule.id.isEmpty()) {
        QStringList taken;
        for (const AlertRule &r : existing)
            taken << r.id;
        rule.id = AlertRules::uniqueId(taken, rule.name);
    }
    const auto old =
        std::find_if(existing.begin(), existing.end(), [&](const AlertRule &r) { return r.id == rule.id; });
    const QByteArray json = QJsonDocument(AlertRules::toJson(rule)).toJson(QJsonDocument::Compact);

    sql::Transaction tx(c);
    if (!tx.isActive())
        return fail(tr("save the alert rule"));
    if (old == existing.end()) {
        auto st = c.prepare(
            "INSERT INTO alert_rules(id, position, definition, created_ms, updated_ms, commit_cursor) "
            "VALUES (?1, (SELECT coalesce(max(position), 0) + 1 FROM alert_rules), ?2, ?3, ?3, "
            "(SELECT coalesce(max(id), 0) FROM commits))");
        st.bind(1, rule.id).bind(2, std::string_view(json.constData(), size_t(json.size()))).bind(3, nowMs);
        if (!st.exec())
            return fail(tr("save the alert rule"));
    } else {
        auto st = c.prepare("UPDATE alert_rules SET definition = ?2, updated_ms = ?3 WHERE id = ?1");
        st.bind(1, rule.id).bind(2, std::string_view(json.constData(), size_t(json.size()))).bind(3, nowMs);
        if (!st.exec())
            return fail(tr("save the alert rule"));
        if (!sameEvaluation(*old, rule)) {
            auto del = c.prepare("DELETE FROM alert_states WHERE rule_id = ?1");
            del.bind(1, rule.id);
            if (!del.exec() || !closeOpenIncidents(rule.id, nowMs))
                return fail(tr("save the alert rule"));
        }
    }
    return tx.commit() || fail(tr("save the alert rule"));
}

bool AlertStore::closeOpenIncidents(const QString &ruleId, std::int64_t nowMs)
{
    auto st = m_db.connection().prepare(
        "UPDATE alert_history SET resolved_ms = ?2 WHERE rule_id = ?1 AND resolved_ms IS NULL");
    st.bind(1, ruleId).bind(2, nowMs);
    return st.exec();
}

bool AlertStore::removeRule(const QString &id, std::int64_t nowMs)
{
    sql::Connection &c = m_db.connection();
    sql::Transaction tx(c);
    auto rules = c.prepare("DELETE FROM alert_rules WHERE id = ?1");
    auto states = c.prepare("DELETE FROM alert_states WHERE rule_id = ?1");
    rules.bind(1, id);
    states.bind(1, id);
    if (!tx.isActive() || !rules.exec() || !states.exec() || !closeOpenIncidents(id, nowMs) || !tx.commit())
        return fail(tr("remove the alert rule"));
    return true;
}

AlertRuleState AlertStore::state(const QString &ruleId, AlertTrack track)
{
    AlertRuleState s;
    auto st = m_db.connection().prepare(
        "SELECT state, since_ms, breach_since_ms, consecutive, clear_since_ms, fired_ms, last_notice_ms, "
        "evaluated_ms, last_value, history_id FROM alert_states WHERE rule_id = ?1 AND track = ?2");
    st.bind(1, ruleId).bind(2, int(track));
    if (!st.step())
        return s;
    s.state = alertStateFromName(st.qtext(0)).value_or(AlertState::Normal);
    s.sinceMs = st.int64(1);
    s.breachSinceMs = st.int64(2);
    s.consecutive = int(st.int64(3));
    s.clearSinceMs = st.int64(4);
    s.firedMs = st.int64(5);
    s.lastNoticeMs = st.int64(6);
    s.evaluatedMs = st.int64(7);
    s.lastValue = optionalReal(st, 8);
    s.historyId = st.int64(9);
    return s;
}

bool AlertStore::writeState(const QString &ruleId, AlertTrack track, const AlertRuleState &s)
{
    auto st = m_db.connection().prepare(
        "INSERT OR REPLACE INTO alert_states(rule_id, track, state, since_ms, breach_since_ms, consecutive, "
        "clear_since_ms, fired_ms, last_notice_ms, evaluated_ms, last_value, history_id) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    st.bind(1, ruleId).bind(2, int(track)).bind(3, alertStateName(s.state)).bind(4, s.sinceMs);
    st.bind(5, s.breachSinceMs).bind(6, s.consecutive).bind(7, s.clearSinceMs).bind(8, s.firedMs);
    st.bind(9, s.lastNoticeMs).bind(10, s.evaluatedMs);
    bindOptional(st, 11, s.lastValue);
    st.bind(12, s.historyId);
    return st.exec();
}

bool AlertStore::record(const AlertRule &rule, AlertTrack track, AlertRuleState &state,
                        std::vector<AlertEvent> &events)
{
    sql::Connection &c = m_db.connection();
    sql::Transaction tx(c);
    if (!tx.isActive())
        return fail(tr("record the alert"));
    auto insert = c.prepare("INSERT INTO alert_history(rule_id, rule_name, severity, fired_ms, value, "
                            "threshold, observed, baseline, "
                            "window_from, window_to, historical, muted) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                            "?8, ?9, ?10, ?11, ?12) "
                            "ON CONFLICT(rule_id, fired_ms, historical) DO NOTHING");
    auto find =
        c.prepare("SELECT id FROM alert_history WHERE rule_id = ?1 AND fired_ms = ?2 AND historical = ?3");
    auto remind = c.prepare("UPDATE alert_history SET reminders = reminders + 1 WHERE id = ?1");
    auto resolve = c.prepare("UPDATE alert_history SET resolved_ms = ?2, resolved_value = ?3 WHERE id = ?1");

    // The id of the incident in progress, as the events move it along.
    std::int64_t open = state.historyId;
    for (AlertEvent &e : events) {
        if (e.notice == AlertNotice::Fired) {
            insert.reset();
            insert.bind(1, rule.id).bind(2, rule.name).bind(3, AlertRules::severityName(rule.severity));
            insert.bind(4, e.atMs);
            bindOptional(insert, 5, e.value);
            bindOptional(insert, 6, e.threshold);
            bindOptional(insert, 7, e.observed);
            bindOptional(insert, 8, e.baseline);
            insert.bind(9, e.window.fromSecs).bind(10, e.window.toSecs);
            insert.bind(11, int(e.historical)).bind(12, int(e.muted));
            find.reset();
            find.bind(1, rule.id).bind(2, e.atMs).bind(3, int(e.historical));
            if (!insert.exec() || !find.step())
                return fail(tr("record the alert"));
            open = find.int64(0);
            e.historyId = open;
        } else if (e.notice == AlertNotice::Reminder && open != 0) {
            remind.reset();
            remind.bind(1, open);
            if (!remind.exec())
                return fail(tr("record the alert"));
            e.historyId = open;
        } else if (e.notice == AlertNotice::Resolved && open != 0) {
            resolve.reset();
            resolve.bind(1, open).bind(2, e.atMs);
            bindOptional(resolve, 3, e.value);
            if (!resolve.exec())
                return fail(tr("record the alert"));
            e.historyId = open;
            open = 0;
        } else {
            e.historyId = open;
        }
    }
    state.historyId = state.isActive() ? open : 0;
    if (!writeState(rule.id, track, state) || !tx.commit())
        return fail(tr("record the alert"));
    return true;
}

std::vector<AlertHistoryEntry> AlertStore::history(const AlertHistoryFilter &f)
{
    std::vector<AlertHistoryEntry> out;
    std::string sql =
        std::string("SELECT ") + kHistoryColumns +
        " FROM alert_history WHERE fired_ms >= ?1 AND fired_ms < ?2 AND (?3 = '' OR rule_id = ?3)";
    if (!f.historical)
        sql += " AND historical = 0";
    if (f.openOnly)
        sql += " AND resolved_ms IS NULL";
    sql += " ORDER BY fired_ms DESC, id DESC LIMIT ?4";
    auto st = m_db.connection().prepare(sql);
    st.bind(1, f.fromMs).bind(2, f.toMs).bind(3, f.ruleId).bind(4, f.limit);
    while (st.step())
        out.push_back(readEntry(st));
    if (f.withDeliveries) {
        for (AlertHistoryEntry &e : out)
            e.deliveries = deliveries(e.id);
    }
    return out;
}

std::optional<AlertHistoryEntry> AlertStore::incident(std::int64_t historyId)
{
    auto st = m_db.connection().prepare(std::string("SELECT ") + kHistoryColumns +
                                        " FROM alert_history WHERE id = ?1");
    st.bind(1, historyId);
    if (!st.step())
        return std::nullopt;
    return readEntry(st);
}

bool AlertStore::acknowledge(std::int64_t historyId, const QString &by, std::int64_t atMs)
{
    auto st =
        m_db.connection().prepare("UPDATE alert_history SET acked_by = ?2, acked_ms = ?3 WHERE id = ?1");
    st.bind(1, historyId).bind(2, by).bind(3, atMs);
    if (!st.exec())
        return fail(tr("acknowledge the alert"));
    if (m_db.connection().changes() == 0) {
        m_error = tr("There is no alert %1 to acknowledge.").arg(historyId);
        return false;
    }
    return true;
}

bool AlertStore::recordDelivery(AlertDelivery &d)
{
    auto st = m_db.connection().prepare(
        "INSERT INTO alert_deliveries(history_id, notice, channel, ok, error, attempted_ms) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, d.historyId).bind(2, alertNoticeName(d.notice)).bind(3, d.channel).bind(4, int(d.ok));
    st.bind(5, d.error).bind(6, d.attemptedMs);
    if (!st.exec())
        return fail(tr("record the delivery of the alert"));
    d.id = m_db.connection().lastInsertId();
    return true;
}

std::vector<AlertDelivery> AlertStore::deliveries(std::int64_t historyId)
{
    std::vector<AlertDelivery> out;
    auto st = m_db.connection().prepare(
        "SELECT id, history_id, notice, channel, ok, error, attempted_ms FROM alert_deliveries "
        "WHERE history_id = ?1 ORDER BY attempted_ms, id");
    st.bind(1, historyId);
    while (st.step()) {
        AlertDelivery d;
        d.id = st.int64(0);
        d.historyId = st.int64(1);
        const QString notice = st.qtext(2);
        d.notice = notice == QLatin1String("reminder")   ? AlertNotice::Reminder
                   : notice == QLatin1String("resolved") ? AlertNotice::Resolved
                                                         : AlertNotice::Fired;
        d.channel = st.qtext(3);
        d.ok = st.int64(4) != 0;
        d.error = st.qtext(5);
        d.attemptedMs = st.int64(6);
        out.push_back(d);
    }
    return out;
}

QByteArray AlertStore::channelsJson()
{
    return m_db.meta(QLatin1String(kChannelsKey)).toUtf8();
}

bool AlertStore::saveChannelsJson(const QByteArray &json)
{
    if (!m_db.setMeta(QLatin1String(kChannelsKey), QString::fromUtf8(json)))
        return fail(tr("save the notification channels"));
    return true;
}

std::int64_t AlertStore::latestCommitId()
{
    return m_db.connection().scalarInt("SELECT coalesce(max(id), 0) FROM commits", 0);
}

std::int64_t AlertStore::commitCursor(const QString &ruleId)
{
    auto st = m_db.connection().prepare("SELECT commit_cursor FROM alert_rules WHERE id = ?1");
    st.bind(1, ruleId);
    return st.step() ? st.int64(0) : 0;
}

bool AlertStore::setCommitCursor(const QString &ruleId, std::int64_t commitId)
{
    auto st = m_db.connection().prepare("UPDATE alert_rules SET commit_cursor = ?2 WHERE id = ?1");
    st.bind(1, ruleId).bind(2, commitId);
    return st.exec() || fail(tr("save the alert rule"));
}

std::vector<CommittedSpan> AlertStore::committedSpans(std::int64_t afterId, std::int64_t upToId)
{
    sql::Connection &c = m_db.connection();
    std::vector<CommittedSpan> spans;
    auto bySource = c.prepare("SELECT source_id, max(max_ts_ms) FROM commits "
                              "WHERE id > ?1 AND id <= ?2 AND max_ts_ms IS NOT NULL GROUP BY source_id");
    auto before = c.prepare("SELECT max_ts_ms FROM commits WHERE source_id = ?1 AND id <= ?2 "
                            "AND max_ts_ms IS NOT NULL ORDER BY id DESC LIMIT 1");
    auto oldest = c.prepare("SELECT min(min_ts_ms) FROM file_checkpoints WHERE source_id = ?1");
    bySource.bind(1, afterId).bind(2, upToId);
    while (bySource.step()) {
        const std::int64_t source = bySource.int64(0);
        CommittedSpan s{bySource.int64(1), bySource.int64(1)};
        before.reset();
        before.bind(1, source).bind(2, afterId);
        if (before.step() && before.int64(0) < s.toMs) {
            s.fromMs = before.int64(0);
        } else {
            oldest.reset();
            oldest.bind(1, source);
            if (oldest.step() && !oldest.isNull(0))
                s.fromMs = std::min(s.toMs, oldest.int64(0));
        }
        spans.push_back(s);
    }
    std::sort(spans.begin(), spans.end(),
              [](const CommittedSpan &a, const CommittedSpan &b) { return a.fromMs < b.fromMs; });
    std::vector<CommittedSpan> merged;
    for (const CommittedSpan &s : spans) {
        if (!merged.empty() && s.fromMs <= merged.back().toMs)
            merged.back().toMs = std::max(merged.back().toMs, s.toMs);
        else
            merged.push_back(s);
    }
    return merged;
}

} // namespace es
