// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4cloudserver.h"

#include <QList>
#include <QString>

namespace Topologist {

/// An Alien4Cloud server the user pushes to, as the push dialog lists it: a label, the
/// connection (Alien4CloudServer: URL, user, trusted certificate, timeouts) and whether the
/// password goes to the keyring. Never the password itself.
struct ServerProfile
{
    /// What the list shows; defaults to "user@host".
    QString name;
    Alien4CloudServer server;
    /// Keep the password in the desktop keyring (Alien4CloudPasswordStore), when there is one.
    bool rememberPassword = false;

    /// The name, or "user@host:port" when it has none.
    QString label() const;
};

using ServerProfiles = QList<ServerProfile>;

} // namespace Topologist
