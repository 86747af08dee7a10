// Parsing and output shared by the table queries and the movers of
// "eventscope query".

#include "cli/querycommon.h"

#include "cli/output.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace es::cli {

QString usage(const QString &message)
{
    return QueryCommand::tr("eventscope query: %1").arg(message) + QLatin1Char('\n');
}

bool parseFilters(const QCommandLineParser &p, const QStringList &paramKeys, std::vector<Filter> &filters,
                  QString *error)
{
    for (const QString &f : p.values(QStringLiteral("filter"))) {
        const qsizetype eq = f.indexOf(QLatin1Char('='));
        const auto d = eq > 0 ? Dimensions::fromName(f.left(eq), paramKeys) : std::nullopt;
        if (!d) {
            *error =
                QueryCommand::tr("--filter takes DIMENSION=VALUE with a dimension from \"eventscope query "
                                 "--list\", not \"%1\".")
                    .arg(f);
            return false;
        }
        auto it =
            std::find_if(filters.begin(), filters.end(), [&](const Filter &x) { return x.dimension == *d; });
        if (it == filters.end())
            filters.push_back({*d, {f.mid(eq + 1)}});
        else
            it->values << f.mid(eq + 1);
    }
    return true;
}

bool parseBots(const QCommandLineParser &p, BotMode &mode, QString *error)
{
    const auto bots = botModeFromName(p.value(QStringLiteral("bots")));
    if (!bots) {
        *error = QueryCommand::tr("--bots takes include, exclude or only, not \"%1\".")
                     .arg(p.value(QStringLiteral("bots")));
        return false;
    }
    mode = *bots;
    return true;
}

bool parseTop(const QCommandLineParser &p, int &n, QString *error)
{
    if (!p.isSet(QStringLiteral("top")))
        return true;
    bool ok = false;
    n = p.value(QStringLiteral("top")).toInt(&ok);
    if (!ok || n <= 0) {
        *error = QueryCommand::tr("--top takes a positive number, not \"%1\".")
                     .arg(p.value(QStringLiteral("top")));
        return false;
    }
    return true;
}

namespace {

// ISO-8601 with the offset of the zone ("2024-05-01T00:00:00+02:00"; "Z" for
// offset 0, as eventscope events writes it).
QString isoTime(std::int64_t secs, const QTimeZone &tz)
{
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(secs, tz);
    const int offset = dt.offsetFromUtc();
    const QString local = dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (offset == 0)
        return local + QLatin1Char('Z');
    const int a = std::abs(offset);
    return local + QString::asprintf("%c%02d:%02d", offset < 0 ? '-' : '+', a / 3600, a / 60 % 60);
}

QString cellText(const Cell &c, const ResultColumn &col, const QTimeZone &tz, bool human, bool dateOnly)
{
    if (std::holds_alternative<std::monostate>(c))
        return QString();
    if (const auto *s = std::get_if<QString>(&c))
        return *s;
    if (const auto *d = std::get_if<double>(&c)) {
        if (!human)
            return QString::number(*d, 'g', QLocale::FloatingPointShortest);
        return QString::number(*d, 'f', col.role == ResultColumn::Role::ChangePercent ? 1 : 3);
    }
    const std::int64_t v = std::get<std::int64_t>(c);
    if (col.kind != ColumnKind::Time)
        return QString::number(v);
    if (!human)
        return isoTime(v, tz);
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(v, tz);
    return dt.toString(dateOnly ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString csvField(const QString &s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))) {
        QString q = s;
        q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return s;
}

QJsonValue jsonCell(const Cell &c, const ResultColumn &col, const QTimeZone &tz)
{
    if (std::holds_alternative<std::monostate>(c))
        return QJsonValue::Null;
    if (const auto *s = std::get_if<QString>(&c))
        return *s;
    if (const auto *d = std::get_if<double>(&c))
        return std::isfinite(*d) ? QJsonValue(*d) : QJsonValue::Null;
    const std::int64_t v = std::get<std::int64_t>(c);
    return col.kind == ColumnKind::Time ? QJsonValue(isoTime(v, tz)) : QJsonValue(qint64(v));
}

} // namespace

QJsonObject resultJson(const QueryResult &r)
{
    const QTimeZone tz(r.timeZone);
    QJsonArray columns, rows, warnings;
    for (const ResultColumn &c : r.columns) {
        static const char *const kinds[] = {"time", "text", "integer", "real"};
        columns.append(QJsonObject{{QStringLiteral("name"), c.name},
                                   {QStringLiteral("kind"), QLatin1String(kinds[int(c.kind)])}});
    }
    for (const auto &row : r.rows) {
        QJsonObject o;
        for (size_t i = 0; i < row.size(); ++i)
            o[r.columns[i].name] = jsonCell(row[i], r.columns[i], tz);
        rows.append(o);
    }
    for (const QString &w : r.warnings)
        warnings.append(w);
    QJsonObject doc{{QStringLiteral("columns"), columns},
                    {QStringLiteral("rows"), rows},
                    {QStringLiteral("from"), isoTime(r.range.fromSecs, tz)},
                    {QStringLiteral("to"), isoTime(r.range.toSecs, tz)},
                    {QStringLiteral("time_zone"), QString::fromUtf8(r.timeZone)},
                    {QStringLiteral("level"), r.level},
                    {QStringLiteral("warnings"), warnings}};
    if (!r.previous.isEmpty()) {
        doc[QStringLiteral("previous_from")] = isoTime(r.previous.fromSecs, tz);
        doc[QStringLiteral("previous_to")] = isoTime(r.previous.toSecs, tz);
    }
    return doc;
}

void printResult(const QueryResult &r, const QString &format, bool dateOnly)
{
    if (format == QLatin1String("json")) {
        printOut(QString::fromUtf8(QJsonDocument(resultJson(r)).toJson(QJsonDocument::Indented)));
        return;
    }
    const QTimeZone tz(r.timeZone);
    for (const QString &w : r.warnings)
        printErr(QueryCommand::tr("warning: %1").arg(w) + QLatin1Char('\n'));
    const bool human = format == QLatin1String("table");
    std::vector<QStringList> cells;
    for (const auto &row : r.rows) {
        QStringList line;
        for (size_t i = 0; i < row.size(); ++i)
            line << cellText(row[i], r.columns[i], tz, human, dateOnly);
        cells.push_back(line);
    }
    QStringList header;
    for (const ResultColumn &c : r.columns)
        header << c.name;
    if (!human) {
        for (QString &h : header)
            h = csvField(h);
        printOut(header.join(QLatin1Char(',')) + QLatin1Char('\n'));
        for (QStringList &line : cells) {
            for (QString &f : line)
                f = csvField(f);
            printOut(line.join(QLatin1Char(',')) + QLatin1Char('\n'));
        }
        return;
    }
    std::vector<qsizetype> width(r.columns.size());
    for (size_t i = 0; i < r.columns.size(); ++i) {
        width[i] = header[qsizetype(i)].size();
        for (const QStringList &line : cells)
            width[i] = std::max(width[i], line[qsizetype(i)].size());
    }
    auto print = [&](const QStringList &line, bool isHeader) {
        QStringList out;
        for (size_t i = 0; i < r.columns.size(); ++i) {
            const ColumnKind k = r.columns[i].kind;
            const bool right = !isHeader && (k == ColumnKind::Integer || k == ColumnKind::Real);
            out << (right ? line[qsizetype(i)].rightJustified(width[i])
                          : line[qsizetype(i)].leftJustified(width[i]));
        }
        QString text = out.join(QStringLiteral("  "));
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        printOut(text + QLatin1Char('\n'));
    };
    print(header, true);
    QStringList rule;
    for (qsizetype w : width)
        rule << QString(w, QLatin1Char('-'));
    printOut(rule.join(QStringLiteral("  ")) + QLatin1Char('\n'));
    for (const QStringList &line : cells)
        print(line, false);
}

} // namespace es::cli
