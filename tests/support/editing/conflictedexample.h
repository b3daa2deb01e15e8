// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Topologist::Test {

/// The marathon template as `topologist-cli merge` writes it after two branches conflicted in
/// four ways: MesosMaster's port both changed (ours 5051, theirs 5052), MesosDNS deleted by
/// ours and edited by theirs (cpu_alloc 2.0), MarathonLB renamed Balancer by ours and
/// LoadBalancer by theirs, and the template version both changed (ours 2.0.0, theirs 3.0.0).
/// The file holds ours, and the four conflicts in its record.
QByteArray conflictedMarathon();

} // namespace Topologist::Test
