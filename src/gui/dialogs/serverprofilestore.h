// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/serverprofile.h"

class QSettings;

namespace Topologist {

/// Reads and writes the Alien4Cloud server profiles in QSettings (group "alien4cloud"): URL,
/// user name, trusted certificate, timeouts, whether to remember the password, and which profile
/// was used last. Passwords are never written here: they live in the keyring or nowhere.
class ServerProfileStore
{
public:
    static ServerProfiles load(QSettings &settings);
    static void save(QSettings &settings, const ServerProfiles &profiles);
    /// The label of the profile pushed to last, to preselect it.
    static QString lastUsed(QSettings &settings);
    static void setLastUsed(QSettings &settings, const QString &label);
};

} // namespace Topologist
