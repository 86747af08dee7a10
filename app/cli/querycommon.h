#pragma once
// Internal to "eventscope query": the translation context of the command, and
// the parsing and output shared by table queries and --movers.

#include "cli/command.h"
#include "query/query.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace es::cli {

class QueryCommand
{
    Q_DECLARE_TR_FUNCTIONS(es::cli::QueryCommand)
public:
    static void addOptions(QCommandLineParser &p);
    static int run(QCommandLineParser &p, const GlobalOptions &g);
};

// "eventscope query: <message>" and a line break, for usage errors.
QString usage(const QString &message);

// --filter, --bots and --top, shared by tables and movers. False after
// printing the usage error.
bool parseFilters(const QCommandLineParser &p, const QStringList &paramKeys, std::vector<Filter> &filters);
bool parseBots(const QCommandLineParser &p, BotMode &mode);
bool parseTop(const QCommandLineParser &p, int &n);

// A result as a table, CSV or JSON on stdout (warnings on stderr); dateOnly
// shows the times of a table without the time of day.
void printResult(const QueryResult &r, const QString &format, bool dateOnly);

// eventscope query --movers DIM.
int runMovers(const QCommandLineParser &p, const GlobalOptions &g, const QString &format,
              const QStringList &paramKeys);

} // namespace es::cli
