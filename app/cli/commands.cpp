#include "cli/command.h"

#include <QCoreApplication>

namespace es::cli {

const std::vector<Command> &commands()
{
    static const std::vector<Command> list = {};
    return list;
}

} // namespace es::cli
