// SPDX-License-Identifier: GPL-3.0-or-later
#include "csartestfiles.h"

namespace Topologist::Test {

std::string dump(const Diagnostics &diagnostics)
{
    std::string text;
    for (const Diagnostic &d : diagnostics)
        text += "\n  " + d.toString().toStdString();
    return text.empty() ? std::string("\n  (no diagnostics)") : text;
}

} // namespace Topologist::Test
