// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/change.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Topologist {

class Alien4CloudPushHistory;
struct ToscaArchive;

/// What changed in a topology since its archive was last pushed to a server: the model-level
/// changes (TopologyDiff) from what that push sent to the topology now, without canvas moves,
/// which Alien4Cloud does not deploy. Shown before a push, in the push dialog and by
/// `topologist-cli push`.
struct Alien4CloudPushChanges
{
    Q_DECLARE_TR_FUNCTIONS(Alien4CloudPushChanges)

public:
    /// The archive compared, "marathon-topology:1.4.0-SNAPSHOT".
    QString archive;
    /// The server's display address.
    QString server;
    /// When the last push was; invalid when there was none (or its record is unreadable).
    QDateTime lastPush;
    Changes changes;

    bool isFirstPush() const { return !lastPush.isValid(); }
    bool isUnchanged() const { return !isFirstPush() && changes.isEmpty(); }

    /// One sentence on it: "Changes since the last push to https://a4c on 5/3/24 10:12 AM",
    /// "First push of x:1.0 to https://a4c", "No changes since the last push to ...". The time
    /// is local, in the locale's short format.
    QString headline() const;

    /// Compares `current` with the last push of its archive (name:version) to `server`
    /// (Alien4CloudServer::displayUrl).
    static Alien4CloudPushChanges since(const Alien4CloudPushHistory &history,
                                        const QString &server,
                                        const ToscaArchive &current);
};

} // namespace Topologist
