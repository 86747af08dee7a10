#include "cli/command.h"

namespace es::cli {

Command importCommand();
Command sqlCommand();

const std::vector<Command> &commands()
{
    static const std::vector<Command> list = {importCommand(), sqlCommand()};
    return list;
}

} // namespace es::cli
