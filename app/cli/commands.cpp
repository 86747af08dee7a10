#include "cli/command.h"

namespace es::cli {

Command importCommand();
Command sqlCommand();
Command eventsCommand();
Command generateCommand();
Command retentionCommand();
Command analyticsCommand();
Command queryCommand();
Command consumeCommand();
Command kafkaDemoCommand();
Command reportCommand();
Command alertsCommand();
Command serveCommand();
Command sourcesCommand();
Command rebuildCommand();
Command rollupExportCommand();

const std::vector<Command> &commands()
{
    static const std::vector<Command> list = {
        importCommand(),  consumeCommand(),      eventsCommand(),    queryCommand(),     reportCommand(),
        alertsCommand(),  sqlCommand(),          retentionCommand(), analyticsCommand(), sourcesCommand(),
        rebuildCommand(), rollupExportCommand(), serveCommand(),     generateCommand(),  kafkaDemoCommand()};
    return list;
}

} // namespace es::cli
