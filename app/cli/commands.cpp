#include "cli/command.h"

namespace es::cli {

Command importCommand();
Command sqlCommand();
Command eventsCommand();
Command generateCommand();

const std::vector<Command> &commands()
{
    static const std::vector<Command> list = {importCommand(), sqlCommand(), eventsCommand(),
                                              generateCommand()};
    return list;
}

} // namespace es::cli
