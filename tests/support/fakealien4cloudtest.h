// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4cloudserver.h"
#include "fakealien4cloudserver.h"

#include <gtest/gtest.h>

namespace Topologist::Test {

/// A fake Alien4Cloud on loopback (plain http) and a profile pointing at it that allows plain
/// http, for the client and push tests.
class FakeAlien4CloudTest : public ::testing::Test
{
public:
    /// A profile for the fake server at `url`, logging in as `userName`, with generous
    /// timeouts: the tests about timeouts set short ones themselves.
    static Alien4CloudServer profileFor(const QUrl &url,
                                        const QString &userName = QStringLiteral("admin"));

protected:
    void SetUp() override;

    FakeAlien4CloudServer m_server;
    Alien4CloudServer m_profile;
};

} // namespace Topologist::Test
