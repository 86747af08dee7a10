// The JSON form of alert rules (docs/ALERTS.md): AlertRules::toJson,
// fromJson, serialize and deserialize.

#include "alerts/alertrule.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace es {

namespace {

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

QString metricList()
{
    QStringList names;
    for (const MetricDef &d : Metrics::all())
        names << QString::fromLatin1(d.name);
    return names.join(QStringLiteral(", "));
}

// Reads typed members and remembers the first problem, so fromJson can name
// the field that is wrong instead of silently using a default.
class Reader
{
public:
    explicit Reader(const QJsonObject &o) : m_o(o) {}

    bool has(const char *k) const { return m_o.contains(key(k)) && !m_o.value(key(k)).isNull(); }

    std::optional<double> number(const char *k)
    {
        if (!has(k))
            return std::nullopt;
        const QJsonValue v = m_o.value(key(k));
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            fail(AlertRules::tr("\"%1\" must be a number.").arg(key(k)));
            return std::nullopt;
        }
        return v.toDouble();
    }
    int integer(const char *k, int fallback)
    {
        const std::optional<double> d = number(k);
        if (!d)
            return fallback;
        if (*d != std::floor(*d) || std::abs(*d) > 1e9) {
            fail(AlertRules::tr("\"%1\" must be a whole number, not %2.").arg(key(k)).arg(*d));
            return fallback;
        }
        return int(*d);
    }
    QString text(const char *k, const QString &fallback = {})
    {
        if (!has(k))
            return fallback;
        const QJsonValue v = m_o.value(key(k));
        if (!v.isString()) {
            fail(AlertRules::tr("\"%1\" must be a text.").arg(key(k)));
            return fallback;
        }
        return v.toString();
    }
    bool boolean(const char *k, bool fallback)
    {
        if (!has(k))
            return fallback;
        const QJsonValue v = m_o.value(key(k));
        if (!v.isBool()) {
            fail(AlertRules::tr("\"%1\" must be true or false.").arg(key(k)));
            return fallback;
        }
        return v.toBool();
    }
    QJsonObject object(const char *k)
    {
        if (!has(k))
            return {};
        const QJsonValue v = m_o.value(key(k));
        if (!v.isObject())
            fail(AlertRules::tr("\"%1\" must be an object { ... }.").arg(key(k)));
        return v.toObject();
    }
    QJsonArray array(const char *k)
    {
        if (!has(k))
            return {};
        const QJsonValue v = m_o.value(key(k));
        if (!v.isArray())
            fail(AlertRules::tr("\"%1\" must be a list [ ... ].").arg(key(k)));
        return v.toArray();
    }

    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }
    void take(const Reader &inner, const QString &where)
    {
        if (!inner.m_error.isEmpty())
            fail(where.isEmpty() ? inner.m_error : where + QStringLiteral(": ") + inner.m_error);
    }
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    QJsonObject m_o; // a copy: readers are made from temporaries (v.toObject())
    QString m_error;
};

void insertOptional(QJsonObject &o, const char *k, const std::optional<double> &v)
{
    if (v)
        o.insert(key(k), *v);
}

QJsonObject conditionJson(const AlertCondition &c)
{
    QJsonObject o{{QStringLiteral("kind"), AlertRules::conditionName(c.kind)}};
    switch (c.kind) {
    case AlertConditionKind::Above:
        o.insert(QStringLiteral("high"), c.high);
        insertOptional(o, "recoveryHigh", c.recoveryHigh);
        break;
    case AlertConditionKind::Below:
        o.insert(QStringLiteral("low"), c.low);
        insertOptional(o, "recoveryLow", c.recoveryLow);
        break;
    case AlertConditionKind::Outside:
        o.insert(QStringLiteral("low"), c.low);
        o.insert(QStringLiteral("high"), c.high);
        insertOptional(o, "recoveryLow", c.recoveryLow);
        insertOptional(o, "recoveryHigh", c.recoveryHigh);
        break;
    case AlertConditionKind::Change:
        o.insert(QStringLiteral("against"), AlertRules::baselineName(c.baseline));
        o.insert(QStringLiteral("direction"), AlertRules::directionName(c.direction));
        o.insert(QStringLiteral("unit"), AlertRules::unitName(c.unit));
        o.insert(QStringLiteral("amount"), c.amount);
        insertOptional(o, "recoveryAmount", c.recoveryAmount);
        break;
    case AlertConditionKind::NoData:
        o.insert(QStringLiteral("minutes"), c.noDataMinutes);
        break;
    }
    return o;
}

void readCondition(const QJsonObject &o, AlertCondition &c, Reader &outer)
{
    Reader r(o);
    const QString kind = r.text("kind");
    const auto k = AlertRules::conditionFromName(kind);
    if (!k) {
        outer.fail(kind.isEmpty()
                       ? AlertRules::tr("The condition has no \"kind\". Use above, below, outside, "
                                        "change or no-data.")
                       : AlertRules::tr("\"%1\" is not a kind of condition. Use above, below, "
                                        "outside, change or no-data.")
                             .arg(kind));
        return;
    }
    c.kind = *k;
    auto required = [&](const char *name) {
        const std::optional<double> v = r.number(name);
        if (!v && r.ok())
            r.fail(AlertRules::tr("A condition of kind %1 needs \"%2\".").arg(kind, key(name)));
        return v.value_or(0);
    };
    switch (c.kind) {
    case AlertConditionKind::Above:
        c.high = required("high");
        c.recoveryHigh = r.number("recoveryHigh");
        break;
    case AlertConditionKind::Below:
        c.low = required("low");
        c.recoveryLow = r.number("recoveryLow");
        break;
    case AlertConditionKind::Outside:
        c.low = required("low");
        c.high = required("high");
        c.recoveryLow = r.number("recoveryLow");
        c.recoveryHigh = r.number("recoveryHigh");
        break;
    case AlertConditionKind::Change: {
        const QString against = r.text("against", QStringLiteral("previous-period"));
        const QString direction = r.text("direction", QStringLiteral("either"));
        const QString unit = r.text("unit", QStringLiteral("percent"));
        const auto b = AlertRules::baselineFromName(against);
        const auto d = AlertRules::directionFromName(direction);
        const auto u = AlertRules::unitFromName(unit);
        if (!b)
            r.fail(AlertRules::tr("\"%1\" is not a baseline. Use previous-period or week-over-week.")
                       .arg(against));
        if (!d)
            r.fail(AlertRules::tr("\"%1\" is not a direction. Use up, down or either.").arg(direction));
        if (!u)
            r.fail(AlertRules::tr("\"%1\" is not a unit. Use percent or absolute.").arg(unit));
        c.baseline = b.value_or(ChangeBaseline::PreviousPeriod);
        c.direction = d.value_or(ChangeDirection::Either);
        c.unit = u.value_or(ChangeUnit::Percent);
        c.amount = required("amount");
        c.recoveryAmount = r.number("recoveryAmount");
        break;
    }
    case AlertConditionKind::NoData:
        c.noDataMinutes = r.integer("minutes", 0);
        if (!r.has("minutes"))
            r.fail(AlertRules::tr("A condition of kind no-data needs \"minutes\"."));
        break;
    }
    outer.take(r, AlertRules::tr("In \"condition\""));
}

} // namespace

QJsonObject AlertRules::toJson(const AlertRule &rule)
{
    QJsonArray filters;
    for (const AlertFilter &f : rule.filters)
        filters.append(QJsonObject{{QStringLiteral("dimension"), f.dimension},
                                   {QStringLiteral("values"), QJsonArray::fromStringList(f.values)}});
    QJsonObject window{{QStringLiteral("kind"), windowName(rule.window.kind)}};
    if (rule.window.kind == AlertWindowKind::Trailing)
        window.insert(QStringLiteral("minutes"), rule.window.minutes);
    const AlertTiming &t = rule.timing;
    QJsonObject o{
        {QStringLiteral("id"), rule.id},
        {QStringLiteral("name"), rule.name},
        {QStringLiteral("metric"), Metrics::name(rule.metric)},
        {QStringLiteral("bots"), botModeName(rule.bots)},
        {QStringLiteral("window"), window},
        {QStringLiteral("intervalMinutes"), rule.intervalMinutes},
        {QStringLiteral("condition"), conditionJson(rule.condition)},
        {QStringLiteral("timing"), QJsonObject{{QStringLiteral("pendingMinutes"), t.pendingMinutes},
                                               {QStringLiteral("pendingEvaluations"), t.pendingEvaluations},
                                               {QStringLiteral("keepFiringMinutes"), t.keepFiringMinutes},
                                               {QStringLiteral("repeatMinutes"), t.repeatMinutes}}},
        {QStringLiteral("severity"), severityName(rule.severity)},
        {QStringLiteral("enabled"), rule.enabled},
    };
    if (!filters.isEmpty())
        o.insert(QStringLiteral("filters"), filters);
    if (rule.muteUntilMs > 0)
        o.insert(QStringLiteral("muteUntil"),
                 QDateTime::fromMSecsSinceEpoch(rule.muteUntilMs).toUTC().toString(Qt::ISODateWithMs));
    return o;
}

std::optional<AlertRule> AlertRules::fromJson(const QJsonObject &o, QString *error)
{
    Reader r(o);
    AlertRule rule;
    rule.id = r.text("id");
    rule.name = r.text("name");

    const QString metric = r.text("metric");
    if (const auto m = Metrics::fromName(metric))
        rule.metric = *m;
    else if (r.ok())
        r.fail(metric.isEmpty() ? tr("The rule has no \"metric\". Use one of %1.").arg(metricList())
                                : tr("\"%1\" is not a metric. Use one of %2.").arg(metric, metricList()));

    for (const QJsonValue &v : r.array("filters")) {
        Reader fr(v.toObject());
        AlertFilter f;
        f.dimension = fr.text("dimension");
        for (const QJsonValue &value : fr.array("values")) {
            if (value.isString())
                f.values << value.toString();
            else if (value.isDouble())
                f.values << QString::number(value.toDouble(), 'g', 15);
            else
                fr.fail(tr("Filter values must be texts or numbers."));
        }
        r.take(fr, tr("In \"filters\""));
        rule.filters.push_back(f);
    }

    const QString bots = r.text("bots", QStringLiteral("default"));
    if (const auto b = botModeFromName(bots))
        rule.bots = *b;
    else
        r.fail(tr("\"%1\" is not a bot mode. Use default, include, exclude or only.").arg(bots));

    if (r.has("window")) {
        Reader wr(r.object("window"));
        const QString kind = wr.text("kind", QStringLiteral("last"));
        if (const auto k = windowFromName(kind))
            rule.window.kind = *k;
        else
            wr.fail(tr("\"%1\" is not a window. Use last (with minutes), today or this-week.").arg(kind));
        if (rule.window.kind == AlertWindowKind::Trailing) {
            rule.window.minutes = wr.integer("minutes", 0);
            if (!wr.has("minutes"))
                wr.fail(tr("A window of kind last needs \"minutes\", such as 60 for the last hour."));
        }
        r.take(wr, tr("In \"window\""));
    }
    rule.intervalMinutes = r.integer("intervalMinutes", rule.intervalMinutes);

    if (r.has("condition"))
        readCondition(r.object("condition"), rule.condition, r);
    else
        r.fail(tr("The rule has no \"condition\"."));

    if (r.has("timing")) {
        Reader timing(r.object("timing"));
        rule.timing.pendingMinutes = timing.integer("pendingMinutes", 0);
        rule.timing.pendingEvaluations = timing.integer("pendingEvaluations", 0);
        rule.timing.keepFiringMinutes = timing.integer("keepFiringMinutes", 0);
        rule.timing.repeatMinutes = timing.integer("repeatMinutes", 0);
        r.take(timing, tr("In \"timing\""));
    }

    const QString severity = r.text("severity", QStringLiteral("warning"));
    if (const auto s = severityFromName(severity))
        rule.severity = *s;
    else
        r.fail(tr("\"%1\" is not a severity. Use info, warning or critical.").arg(severity));
    rule.enabled = r.boolean("enabled", true);

    if (r.has("muteUntil")) {
        const QJsonValue v = o.value(QStringLiteral("muteUntil"));
        const QString text = v.toString();
        QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        // An instant written without an offset is UTC, whatever the zone of
        // the computer that reads the file.
        if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
            dt = QDateTime(dt.date(), dt.time(), Qt::UTC);
        if (v.isDouble())
            rule.muteUntilMs = std::int64_t(v.toDouble());
        else if (dt.isValid() && text.contains(QLatin1Char('T')))
            rule.muteUntilMs = dt.toMSecsSinceEpoch();
        else
            r.fail(
                tr("\"muteUntil\" must be an instant such as 2024-05-01T12:00:00Z, not \"%1\".").arg(text));
    }

    if (r.ok()) {
        const QStringList problems = validate(rule);
        if (!problems.isEmpty())
            r.fail(problems.join(QLatin1Char('\n')));
    }
    if (!r.ok()) {
        if (error)
            *error = rule.name.isEmpty() ? r.error() : tr("Rule \"%1\": %2").arg(rule.name, r.error());
        return std::nullopt;
    }
    return rule;
}

QByteArray AlertRules::serialize(const std::vector<AlertRule> &rules)
{
    QJsonArray list;
    for (const AlertRule &r : rules)
        list.append(toJson(r));
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("rules"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::vector<AlertRule> AlertRules::deserialize(const QByteArray &json, QString *error)
{
    std::vector<AlertRule> rules;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull() || !doc.isObject()) {
        if (error)
            *error =
                doc.isNull()
                    ? tr("The rules are not valid JSON: %1 at byte %2.").arg(pe.errorString()).arg(pe.offset)
                    : tr("The rules must be a JSON object: one rule, or {\"rules\": [...]}.");
        return rules;
    }
    const QJsonObject root = doc.object();
    if (!root.contains(QStringLiteral("rules"))) {
        if (auto r = fromJson(root, error))
            rules.push_back(std::move(*r));
        return rules;
    }
    const int version = root.value(QStringLiteral("version")).toInt(1);
    if (version != 1) {
        if (error)
            *error = tr("The rules were written by a newer version of Eventscope (format %1). Update "
                        "Eventscope to read them.")
                         .arg(version);
        return rules;
    }
    const QJsonArray list = root.value(QStringLiteral("rules")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString problem;
        auto r = fromJson(list.at(i).toObject(), &problem);
        if (!r) {
            if (error)
                *error = tr("Rule %1 of %2: %3").arg(i + 1).arg(list.size()).arg(problem);
            return {};
        }
        rules.push_back(std::move(*r));
    }
    return rules;
}

} // namespace es
