// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakealien4cloudtest.h"

namespace Topologist::Test {

Alien4CloudServer FakeAlien4CloudTest::profileFor(const QUrl &url, const QString &userName)
{
    Alien4CloudServer profile;
    profile.baseUrl = url;
    profile.userName = userName;
    profile.requestTimeoutMs = 10 * 1000;
    profile.uploadTimeoutMs = 10 * 1000;
    return profile;
}

void FakeAlien4CloudTest::SetUp()
{
    ASSERT_TRUE(m_server.start());
    m_profile = profileFor(m_server.baseUrl());
    // The fake server speaks plain http on loopback; the test of the refusal turns this off.
    m_profile.allowInsecureHttp = true;
}

} // namespace Topologist::Test
