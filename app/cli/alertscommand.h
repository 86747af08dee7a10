#pragma once
// Internal to "eventscope alerts": the translation context of the command,
// the workspace its subcommands share, and the pieces that live in their own
// files (rule options for add and edit, output of rules and history).

#include "alerts/alertengine.h"
#include "alerts/alertstore.h"
#include "cli/command.h"
#include "core/zonebucketer.h"
#include "query/queryservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace es::cli {

class AlertsCommand
{
    Q_DECLARE_TR_FUNCTIONS(es::cli::AlertsCommand)
public:
    static void addOptions(QCommandLineParser &p);
    static int run(QCommandLineParser &p, const GlobalOptions &g);
};

// "eventscope alerts: <message>" and a line break.
QString alertsMessage(const QString &message);

// An open workspace: the alert store (which migrates the file, so it is
// opened first), the query service for the zone, the params keys and eval,
// and the wall clock of this run.
struct AlertsWorkspace
{
    AlertStore store;
    QueryService service;
    ZoneBucketer zone;
    QTimeZone timeZone;
    std::int64_t nowMs = 0;

    // False after printing why (the workspace must exist).
    bool open(const QString &path);
    // A time expression (timeexpr.h) in the workspace zone; nullopt after
    // printing the usage error that names the option.
    std::optional<std::int64_t> parseTime(const QString &option, const QString &text) const;
    // A rule by id, else by name; nullopt after printing why (unless quiet).
    std::optional<AlertRule> findRule(const QString &idOrName, bool quiet = false);
};

// Rule options (alertsruleoptions.cpp).
void addRuleOptions(QCommandLineParser &p);
// The option names that only add and edit take.
QStringList ruleOptionNames();
int runAdd(const QCommandLineParser &p, AlertsWorkspace &w, bool json);
int runEdit(const QCommandLineParser &p, AlertsWorkspace &w, const QString &ref, bool json);

// Notification channels (alertsnotify.cpp).
struct NotifyOutcome
{
    QJsonArray attempts; // every attempt, as "eval --json" prints them
    int delivered = 0;   // notices delivered on a channel
    int failed = 0;      // notices that a channel finally could not take
};
// Delivers the live notices among `events` on the workspace's enabled
// channels, waits for every delivery to end and records each attempt in the
// history.
NotifyOutcome deliverNotices(AlertsWorkspace &w, const QString &path, const std::vector<AlertEvent> &events,
                             const std::vector<AlertRule> &rules);
int runChannels(AlertsWorkspace &w, bool json);
int runTestChannel(AlertsWorkspace &w, const QString &id, bool json);

// Output (alertsoutput.cpp). Times are shown in the workspace zone; JSON
// has ISO-8601 with the zone's offset.
QString isoTime(std::int64_t ms, const QTimeZone &tz);
QString shortTime(std::int64_t ms, const QTimeZone &tz);
QJsonObject stateJson(const AlertRuleState &s, const QTimeZone &tz);
QJsonObject historyJson(const AlertHistoryEntry &e, const std::vector<AlertDelivery> &deliveries,
                        const QTimeZone &tz);
QJsonObject eventJson(const AlertEvent &e, const QTimeZone &tz);
// "2024-10-21 12:00:30  Download burst  normal -> firing  fired  value 500, mark 200  (historical)"
QString eventLine(const AlertEvent &e, const QTimeZone &tz);
// Columns padded to their widest cell; `right` lists the columns aligned
// to the right (numbers).
void printTable(const QStringList &header, const std::vector<QStringList> &rows, const QList<int> &right);
// History as a table, CSV or JSON on stdout.
void printHistory(AlertsWorkspace &w, const std::vector<AlertHistoryEntry> &entries, const QString &format);

} // namespace es::cli
