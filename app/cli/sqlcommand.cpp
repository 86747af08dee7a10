// eventscope sql: runs one read-only SQL statement against the workspace.

#include "cli/command.h"
#include "cli/output.h"
#include "store/readonlysql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <vector>

namespace es::cli {

namespace {

class SqlCommand
{
    Q_DECLARE_TR_FUNCTIONS(es::cli::SqlCommand)
public:
    static void addOptions(QCommandLineParser &p)
    {
        p.addOption({QStringLiteral("format"), tr("Output format: table (default), csv or json."),
                     tr("FORMAT"), QStringLiteral("table")});
        p.addPositionalArgument(QStringLiteral("SQL"),
                                tr("One SELECT statement (see docs/SCHEMA.md for the tables "
                                   "and friendly views)."));
    }
    static int run(QCommandLineParser &p, const GlobalOptions &g);
};

QString cellText(const QVariant &v)
{
    if (v.isNull())
        return QString();
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest); // round-trips exactly
    if (v.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(v.toByteArray().toHex());
    return v.toString();
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

int SqlCommand::run(QCommandLineParser &p, const GlobalOptions &g)
{
    QStringList args = p.positionalArguments();
    args.removeFirst();
    if (args.isEmpty()) {
        printErr(tr("eventscope sql: give one SQL statement, for example "
                    "eventscope sql \"SELECT * FROM traffic_by_day\".") +
                 QLatin1Char('\n'));
        return ExitUsage;
    }
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("csv") &&
        format != QLatin1String("json")) {
        printErr(tr("eventscope sql: unknown --format \"%1\"; use table, csv or json.").arg(format) +
                 QLatin1Char('\n'));
        return ExitUsage;
    }
    ReadOnlySql db;
    if (!db.open(g.dbPath)) {
        printErr(db.errorString() + QLatin1Char('\n'));
        return ExitFailure;
    }
    QStringList columns;
    std::vector<QVariantList> rows;
    QJsonArray jsonRows;
    bool headerDone = false;
    const bool ok = db.run(args.join(QLatin1Char(' ')), &columns, [&](const QVariantList &row) {
        if (format == QLatin1String("csv")) {
            if (!headerDone) {
                QStringList h;
                for (const QString &c : std::as_const(columns))
                    h << csvField(c);
                printOut(h.join(QLatin1Char(',')) + QLatin1Char('\n'));
                headerDone = true;
            }
            QStringList cells;
            for (const QVariant &v : row)
                cells << csvField(cellText(v));
            printOut(cells.join(QLatin1Char(',')) + QLatin1Char('\n'));
        } else if (format == QLatin1String("json")) {
            QJsonObject o;
            for (int i = 0; i < row.size(); ++i) {
                const QVariant &v = row[i];
                if (v.isNull())
                    o[columns[i]] = QJsonValue::Null;
                else if (v.typeId() == QMetaType::LongLong)
                    o[columns[i]] = QJsonValue(v.toLongLong()); // exact up to 2^53
                else if (v.typeId() == QMetaType::Double)
                    o[columns[i]] = v.toDouble();
                else
                    o[columns[i]] = cellText(v);
            }
            jsonRows.append(o);
        } else {
            rows.push_back(row);
        }
        return true;
    });
    if (!ok) {
        printErr(tr("error: %1").arg(db.errorString()) + QLatin1Char('\n'));
        return ExitFailure;
    }
    if (format == QLatin1String("csv") && !headerDone) {
        QStringList h;
        for (const QString &c : std::as_const(columns))
            h << csvField(c);
        printOut(h.join(QLatin1Char(',')) + QLatin1Char('\n'));
    } else if (format == QLatin1String("json")) {
        printOut(QString::fromUtf8(QJsonDocument(jsonRows).toJson(QJsonDocument::Indented)));
    } else if (format == QLatin1String("table")) {
        std::vector<qsizetype> width(size_t(columns.size()));
        for (int i = 0; i < columns.size(); ++i)
            width[size_t(i)] = columns[i].size();
        for (const QVariantList &r : rows)
            for (int i = 0; i < r.size(); ++i)
                width[size_t(i)] = std::max(width[size_t(i)], cellText(r[i]).size());
        auto line = [&](const QStringList &cells, const QVariantList *types) {
            QStringList out;
            for (int i = 0; i < cells.size(); ++i) {
                const bool numeric = types && ((*types)[i].typeId() == QMetaType::LongLong ||
                                               (*types)[i].typeId() == QMetaType::Double);
                out << (numeric ? cells[i].rightJustified(width[size_t(i)])
                                : cells[i].leftJustified(width[size_t(i)]));
            }
            QString text = out.join(QStringLiteral("  "));
            while (text.endsWith(QLatin1Char(' ')))
                text.chop(1); // only the padding of the last column
            printOut(text + QLatin1Char('\n'));
        };
        line(columns, nullptr);
        QStringList rule;
        for (qsizetype w : width)
            rule << QString(w, QLatin1Char('-'));
        printOut(rule.join(QStringLiteral("  ")) + QLatin1Char('\n'));
        for (const QVariantList &r : rows) {
            QStringList cells;
            for (const QVariant &v : r)
                cells << cellText(v);
            line(cells, &r);
        }
        printErr(tr("(%n row(s))", nullptr, int(rows.size())) + QLatin1Char('\n'));
    }
    return ExitOk;
}

} // namespace

Command sqlCommand()
{
    return {QStringLiteral("sql"),
            [] { return SqlCommand::tr("Run a read-only SQL query on the workspace."); },
            &SqlCommand::addOptions, &SqlCommand::run};
}

} // namespace es::cli
