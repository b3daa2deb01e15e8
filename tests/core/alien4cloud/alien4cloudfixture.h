// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4cloudclient.h"
#include "alien4cloud/alien4cloudserver.h"
#include "fakealien4cloudserver.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

#include <memory>

namespace Topologist::Test {

/// A fake Alien4Cloud on loopback and a profile pointing at it, with generous timeouts: the
/// tests that are about timeouts set short ones themselves.
class Alien4CloudTest : public ::testing::Test
{
protected:
    void SetUp() override;

    std::unique_ptr<Alien4CloudClient> makeClient() const;
    /// Runs the event loop until the reply finishes. A reply that never finishes fails the
    /// test after a generous guard instead of hanging the suite.
    static void wait(Alien4CloudReply *reply);
    /// Logs in as admin/admin and checks it worked.
    static void logIn(Alien4CloudClient &client, const QString &password = QStringLiteral("admin"));

    FakeAlien4CloudServer m_server;
    Alien4CloudServer m_profile;
};

/// "kind: message", so a failing assertion shows what the client said.
std::string describe(const Alien4CloudError &error);
/// The user-facing message, for HasSubstr().
std::string messageOf(const Alien4CloudReply *reply);

} // namespace Topologist::Test
