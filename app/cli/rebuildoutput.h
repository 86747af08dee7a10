#pragma once
// What `eventscope rebuild` and `eventscope sources remove --with-data` show
// while a workspace is rebuilt: a progress line on stderr (redrawn on a
// terminal, one line a second otherwise), Ctrl+C to cancel, and the outcome.

#include "ingest/workspacerebuild.h"

#include <QCoreApplication>

namespace es::cli {

class RebuildOutput
{
    Q_DECLARE_TR_FUNCTIONS(es::cli::RebuildOutput)
public:
    // Installs the Ctrl+C handler; the callback returns false once it was pressed.
    static RebuildProgressCallback progress(bool quiet);
    // Prints the plan to stdout.
    static void printPlan(const RebuildPlan &plan);
    // Prints the outcome (warnings, error, speed); returns the exit code.
    static int finish(const RebuildResult &r, const QString &command);
};

} // namespace es::cli
