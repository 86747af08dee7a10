#include "cli/commandline.h"

#include "cli/command.h"
#include "cli/output.h"
#include "core/version.h"
#include "store/workspacedb.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <cstdio>
#include <cstring>

namespace es::cli {

namespace {
// Translation context of the command-line front.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(es::cli::CommandLine)
};
} // namespace

// Global options that take a value; their values are skipped when looking for the command name.
static bool isValueOption(const char *a)
{
    for (const char *o :
         {"--db", "--lang", "--screenshot", "--dashboard", "--range", "--appearance", "--demo-rate"})
        if (std::strcmp(a, o) == 0)
            return true;
    return false;
}

QString detectCommand(int argc, char **argv, bool *headlessFlag)
{
    *headlessFlag = false;
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--help") == 0 || std::strcmp(a, "-h") == 0 || std::strcmp(a, "--version") == 0 ||
            std::strcmp(a, "-v") == 0 || std::strcmp(a, "--help-all") == 0) {
            *headlessFlag = true;
            continue;
        }
        if (a[0] == '-') {
            if (isValueOption(a))
                ++i;
            continue;
        }
        return QString::fromLocal8Bit(a);
    }
    return {};
}

static void addGlobalOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("db"),
                 CommandLine::tr("Workspace database to use (default: the last workspace, or %1).")
                     .arg(WorkspaceDb::defaultPath()),
                 CommandLine::tr("PATH")});
    p.addOption({QStringLiteral("lang"), CommandLine::tr("User-interface language, for example de or en."),
                 CommandLine::tr("CODE")});
}

static void addGuiOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("demo"),
                 CommandLine::tr("Open the embedded demo workspace, fed live by an embedded Kafka cluster "
                                 "(also: eventscope demo).")});
    p.addOption(
        {QStringLiteral("demo-rate"),
         CommandLine::tr("Live events per second of the demo's Kafka cluster (default 20; 0 for none)."),
         CommandLine::tr("N")});
    p.addOption(
        {QStringLiteral("screenshot"),
         CommandLine::tr("Save a picture of the main window to FILE once the workspace is shown, then quit."),
         CommandLine::tr("FILE")});
    p.addOption(
        {QStringLiteral("dashboard"),
         CommandLine::tr("Dashboard to show first: overview, audience, content, events, live or the id of "
                         "one of your own."),
         CommandLine::tr("ID")});
    p.addOption(
        {QStringLiteral("range"),
         CommandLine::tr("Time range to show: a preset such as last-24h, last-30d or all, or FROM..TO with "
                         "time expressions such as now-7d..now."),
         CommandLine::tr("RANGE")});
    p.addOption({QStringLiteral("appearance"),
                 CommandLine::tr("Colours: system (the default), light or dark."),
                 CommandLine::tr("SCHEME")});
    p.addOption(
        {QStringLiteral("open-picker"),
         CommandLine::tr("Open the time-range picker once the dashboard is shown (with --screenshot).")});
}

static QString commandsHelp()
{
    QString text = CommandLine::tr("Commands:") + QLatin1Char('\n');
    for (const Command &c : commands())
        text += QStringLiteral("  %1  %2\n").arg(c.name, -10).arg(c.description());
    text += QStringLiteral("  %1  %2\n")
                .arg(QStringLiteral("demo"), -10)
                .arg(CommandLine::tr("Start the desktop application on the demo workspace, fed live by an "
                                     "embedded Kafka cluster."));
    text += CommandLine::tr("Without a command, the desktop application starts.") + QLatin1Char('\n');
    text += CommandLine::tr("Run \"eventscope COMMAND --help\" for the options of a command.") +
            QLatin1Char('\n');
    return text;
}

int runHeadless(const QString &command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Eventscope analyses web access logs, JSON event logs and Kafka topics "
                        "on your own machine."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    addGlobalOptions(parser);

    const Command *cmd = nullptr;
    // `eventscope demo` is the desktop application: its help is the application's.
    if (!command.isEmpty() && command != QLatin1String("demo")) {
        for (const Command &c : commands()) {
            if (c.name == command)
                cmd = &c;
        }
        if (!cmd) {
            printErr(CommandLine::tr("eventscope: unknown command \"%1\".").arg(command) + QLatin1Char('\n') +
                     commandsHelp());
            return ExitUsage;
        }
        parser.setApplicationDescription(cmd->description());
        parser.addPositionalArgument(cmd->name, CommandLine::tr("The command to run."), cmd->name);
        cmd->addOptions(parser);
    } else {
        addGuiOptions(parser);
    }

    if (!parser.parse(QCoreApplication::arguments())) {
        printErr(QStringLiteral("eventscope: %1\n").arg(parser.errorText()) +
                 CommandLine::tr("Run \"eventscope --help\" for usage.") + QLatin1Char('\n'));
        return ExitUsage;
    }
    // "--above --window 1h" gives --above the value "--window": say what
    // happened rather than complain later about a stray "1h".
    for (const QString &name : parser.optionNames()) {
        for (const QString &value : parser.values(name)) {
            if (value.size() > 2 && value.startsWith(QLatin1String("--")) && value.at(2).isLetter()) {
                printErr(CommandLine::tr("eventscope: --%1 needs a value, but the next word is the option "
                                         "\"%2\". Write --%1 VALUE.\n")
                             .arg(name, value));
                return ExitUsage;
            }
        }
    }
    if (parser.isSet(versionOption)) {
        printOut(QStringLiteral("%1 %2\n").arg(QLatin1String(kAppName), QLatin1String(kVersion)));
        return ExitOk;
    }
    if (parser.isSet(helpOption) || !cmd) {
        QString text = parser.helpText();
        if (!cmd)
            text += QLatin1Char('\n') + commandsHelp();
        printOut(text);
        return ExitOk;
    }

    GlobalOptions globals;
    globals.dbPath = parser.isSet(QStringLiteral("db"))
                         ? QFileInfo(parser.value(QStringLiteral("db"))).absoluteFilePath()
                         : WorkspaceDb::defaultPath();
    return cmd->run(parser, globals);
}

bool parseGuiOptions(GuiOptions &out, int &exitCode)
{
    QCommandLineParser parser;
    addGlobalOptions(parser);
    addGuiOptions(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        printErr(QStringLiteral("eventscope: %1\n").arg(parser.errorText()) +
                 CommandLine::tr("Run \"eventscope --help\" for usage.") + QLatin1Char('\n'));
        exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(QStringLiteral("db")))
        out.dbPath = QFileInfo(parser.value(QStringLiteral("db"))).absoluteFilePath();
    out.demo = parser.isSet(QStringLiteral("demo"));
    if (parser.isSet(QStringLiteral("demo-rate"))) {
        bool ok = false;
        out.demoRate = parser.value(QStringLiteral("demo-rate")).toInt(&ok);
        if (!ok || out.demoRate < 0 || out.demoRate > 10000) {
            printErr(CommandLine::tr("eventscope: --demo-rate takes a number of events per second from 0 to "
                                     "10000, not \"%1\".\n")
                         .arg(parser.value(QStringLiteral("demo-rate"))));
            exitCode = ExitUsage;
            return false;
        }
    }
    out.screenshotPath = parser.value(QStringLiteral("screenshot"));
    out.dashboard = parser.value(QStringLiteral("dashboard"));
    out.range = parser.value(QStringLiteral("range"));
    out.appearance = parser.value(QStringLiteral("appearance"));
    out.openPicker = parser.isSet(QStringLiteral("open-picker"));
    if (!out.appearance.isEmpty() && out.appearance != QLatin1String("system") &&
        out.appearance != QLatin1String("light") && out.appearance != QLatin1String("dark")) {
        printErr(CommandLine::tr("eventscope: --appearance takes system, light or dark, not \"%1\".\n")
                     .arg(out.appearance));
        exitCode = ExitUsage;
        return false;
    }
    return true;
}

} // namespace es::cli
