// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Topologist {

/// How bad a diagnostic or a validation problem is. Errors block export and push; warnings
/// and infos never do (unless the user asks for --werror).
enum class Severity { Error, Warning, Info };

QString severityName(Severity severity);

} // namespace Topologist
