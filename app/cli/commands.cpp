#include "cli/command.h"

namespace es::cli {

Command importCommand();
Command sqlCommand();
Command eventsCommand();
Command generateCommand();
Command retentionCommand();
Command analyticsCommand();
Command queryCommand();

const std::vector<Command> &commands()
{
    static const std::vector<Command> list = {importCommand(),  eventsCommand(),    queryCommand(),
                                              sqlCommand(),     retentionCommand(), analyticsCommand(),
                                              generateCommand()};
    return list;
}

} // namespace es::cli
