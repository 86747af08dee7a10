#pragma once
// Internal to "eventscope query": the translation context of the command, and
// the parsing and output shared by table queries and --movers.

#include "cli/command.h"
#include "query/query.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace es {
class QueryService;
}

namespace es::cli {

class QueryCommand
{
    Q_DECLARE_TR_FUNCTIONS(es::cli::QueryCommand)
public:
    static void addOptions(QCommandLineParser &p);
    static int run(QCommandLineParser &p, const GlobalOptions &g);

    // The parts of a table query that need no workspace: metrics, --by,
    // filters, granularity, comparison, top, sort, bots and week start. The
    // message of a usage error (without the "eventscope query:" prefix), or
    // an empty string. Shared with the REST API, which takes the same options
    // as URL parameters.
    static QString parseTable(const QCommandLineParser &p, const QStringList &paramKeys, Query &q);
    // The time zone and the range of --tz, --from and --to, with the defaults
    // read from the workspace. A usage error, or an empty string.
    static QString resolveRange(const QCommandLineParser &p, QueryService &service, Query &q);
};

// "eventscope query: <message>" and a line break, for usage errors.
QString usage(const QString &message);

// --filter, --bots and --top, shared by tables and movers. False with the
// usage error in *error.
bool parseFilters(const QCommandLineParser &p, const QStringList &paramKeys, std::vector<Filter> &filters,
                  QString *error);
bool parseBots(const QCommandLineParser &p, BotMode &mode, QString *error);
bool parseTop(const QCommandLineParser &p, int &n, QString *error);

// A result as a table, CSV or JSON on stdout (warnings on stderr); dateOnly
// shows the times of a table without the time of day.
void printResult(const QueryResult &r, const QString &format, bool dateOnly);
// A result as the JSON document of --format json: columns, rows (one object
// per row, times in ISO-8601), from, to, time_zone, level and warnings.
QJsonObject resultJson(const QueryResult &r);

// eventscope query --movers DIM.
int runMovers(const QCommandLineParser &p, const GlobalOptions &g, const QString &format,
              const QStringList &paramKeys);

} // namespace es::cli
