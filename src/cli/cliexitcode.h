// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Topologist {

/// topologist-cli's exit codes are part of its interface for CI pipelines: 0 success, 1 the
/// topology has errors or was refused, 2 an input could not be read (or the network failed).
enum CliExitCode { Success = 0, Failure = 1, Unreadable = 2 };

} // namespace Topologist
