// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/diagnostic.h"
#include "testhelpers.h"

#include <QByteArray>
#include <QString>

#include <string>

/// Small file and diagnostic helpers shared by the CSAR tests.
namespace Topologist::Test {

/// One diagnostic per line, for failure messages.
std::string dump(const Diagnostics &diagnostics);

} // namespace Topologist::Test
