// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

namespace Topologist {

bool CliCommand::acceptsArguments(const QStringList &arguments, CliOutput &output) const
{
    Q_UNUSED(arguments)
    Q_UNUSED(output)
    return true;
}

} // namespace Topologist
