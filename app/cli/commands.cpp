#include "cli/command.h"

namespace es::cli {

Command importCommand();
Command sqlCommand();
Command generateCommand();
Command retentionCommand();

const std::vector<Command> &commands()
{
    static const std::vector<Command> list = {importCommand(), sqlCommand(), generateCommand(), retentionCommand()};
    return list;
}

} // namespace es::cli
