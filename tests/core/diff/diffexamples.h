// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/change.h"
#include "model/toscaarchive.h"

#include <QString>
#include <QStringList>

namespace Topologist::Test {

/// A bundled example template (mesos-ha, aurora, marathon, marathon-rexray) as read from its
/// file, without resolving imports: the diff and merge work on the model alone.
ToscaArchive exampleArchive(const QString &shortName);
/// `archive` written by ToscaWriter and read again: the same model in another text.
ToscaArchive rewritten(const ToscaArchive &archive);
/// The first node of `type`, or null.
NodeTemplate *firstOfType(ToscaArchive &archive, const char *type);
/// "kind area path" of each change, in order: what the tests compare.
QStringList summary(const Changes &changes);
/// A DockerEngine hosted on `host`, as the designer adds one.
NodeTemplate dockerEngineOn(const QString &name, const QString &host);

} // namespace Topologist::Test
