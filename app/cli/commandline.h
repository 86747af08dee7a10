#pragma once
// The command-line front: decides between GUI and headless mode, parses the
// global options and dispatches to a subcommand.

#include <QString>

namespace es::cli {

// The subcommand named on the command line, or an empty string for GUI mode.
// --help and --version without a subcommand also run headless.
QString detectCommand(int argc, char **argv, bool *headlessFlag);

// Runs a headless invocation (a subcommand, --help or --version).
int runHeadless(const QString &command);

struct GuiOptions
{
    QString dbPath;
    bool demo = false;
    int demoRate = 20; // live events per second of the demo's Kafka cluster
    QString screenshotPath;
    QString dashboard;  // id of the dashboard to show first
    QString range;      // preset id or FROM..TO expressions
    QString appearance; // "", system, light or dark
    bool openPicker = false;
};

// Parses the GUI-mode command line; on --help or an error prints and returns false with exitCode set.
bool parseGuiOptions(GuiOptions &out, int &exitCode);

} // namespace es::cli
