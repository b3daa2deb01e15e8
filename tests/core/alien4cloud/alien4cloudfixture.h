// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4cloudclient.h"
#include "fakealien4cloudtest.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

#include <memory>

namespace Topologist::Test {

/// The fake Alien4Cloud and its profile, with the client made, waited for and logged in.
class Alien4CloudTest : public FakeAlien4CloudTest
{
protected:
    std::unique_ptr<Alien4CloudClient> makeClient() const;
    /// Runs the event loop until the reply finishes. A reply that never finishes fails the
    /// test after a generous guard instead of hanging the suite.
    static void wait(Alien4CloudReply *reply);
    /// Logs in as admin/admin and checks it worked.
    static void logIn(Alien4CloudClient &client, const QString &password = QStringLiteral("admin"));
};

/// "kind: message", so a failing assertion shows what the client said.
std::string describe(const Alien4CloudError &error);
/// The user-facing message, for HasSubstr().
std::string messageOf(const Alien4CloudReply *reply);

} // namespace Topologist::Test
