#pragma once
// A command-line subcommand (`eventscope import ...`). Each command adds its
// own options to the parser and runs without a display.

#include <QCommandLineParser>
#include <QString>

#include <functional>
#include <vector>

namespace es::cli {

struct GlobalOptions
{
    QString dbPath; // resolved workspace path
    bool json = false;
};

struct Command
{
    QString name;
    std::function<QString()> description; // translated at call time
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<int(QCommandLineParser &, const GlobalOptions &)> run;
};

// All commands, in the order shown by --help.
const std::vector<Command> &commands();

// Exit codes shared by all commands.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,    // the operation failed (message on stderr)
    ExitUsage = 2,      // bad command line
    ExitPartial = 3,    // finished, but some inputs were skipped or had errors
    ExitCancelled = 130 // interrupted by a signal
};

} // namespace es::cli
