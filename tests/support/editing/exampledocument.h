// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topologydocument.h"

#include <QString>

#include <memory>

namespace Topologist::Test {

/// A document of the bundled example `name` ("marathon", "mesos-ha"), opened from its bytes
/// with the bundled catalog; null (and a failed expectation) when it does not open.
std::unique_ptr<TopologyDocument> openExample(const QString &name);

} // namespace Topologist::Test
