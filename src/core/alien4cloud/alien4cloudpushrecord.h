// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Topologist {

/// What a successful push sent: the topology's entry definitions as uploaded, to which server
/// (its display address, without credentials), under which archive id, and when.
struct Alien4CloudPushRecord
{
    /// "https://a4c:8088" (Alien4CloudServer::displayUrl).
    QString server;
    /// "marathon-topology:1.4.0-SNAPSHOT".
    QString archive;
    QDateTime pushedAt;
    QByteArray definitions;
};

} // namespace Topologist
