// SPDX-License-Identifier: GPL-3.0-or-later
// What a wrong or hostile server, or a careless address, can make the client do: nothing it
// was not asked to. All against the fake server on loopback; every fault it injects is bounded.
#include "alien4cloudfixture.h"

#include <gmock/gmock.h>

using namespace Topologist;
using namespace Topologist::Test;
using ::testing::HasSubstr;
using Kind = Alien4CloudError::Kind;

TEST_F(Alien4CloudTest, AnAnswerLargerThanTheCapIsCutAndNamesTheEndpoint)
{
    m_profile.maxResponseBytes = 1024 * 1024;
    m_server.injectFault(QStringLiteral("/version.json"), FakeAlien4CloudServer::Fault::Flood);
    auto client = makeClient();
    Alien4CloudReply *reply = client->serverVersion();
    wait(reply);

    ASSERT_EQ(reply->error().kind(), Kind::MalformedResponse) << describe(reply->error());
    EXPECT_THAT(messageOf(reply), HasSubstr("/version.json"));
    EXPECT_THAT(messageOf(reply), HasSubstr("more than 1048576 bytes"));
    // The client hung up early: the server got nowhere near the end of its flood.
    EXPECT_LT(m_server.streamedBytes(), FakeAlien4CloudServer::FloodLimitBytes / 4);
}

TEST_F(Alien4CloudTest, AServerThatKeepsTricklingHitsTheDeadline)
{
    // Silence never lasts: only a limit on the whole exchange ends it.
    m_profile.requestTimeoutMs = 5 * 1000;
    m_profile.requestDeadlineMs = 300;
    m_server.injectFault(QStringLiteral("/rest/admin/health"),
                         FakeAlien4CloudServer::Fault::Trickle);
    auto client = makeClient();
    Alien4CloudReply *reply = client->probeHealth();
    wait(reply);

    ASSERT_EQ(reply->error().kind(), Kind::Timeout) << describe(reply->error());
    EXPECT_THAT(messageOf(reply), HasSubstr("in total for /rest/admin/health"));
    EXPECT_LT(m_server.streamedBytes(), FakeAlien4CloudServer::TrickleLimitBytes);
}

TEST_F(Alien4CloudTest, NoPasswordOverPlainHttpWithoutExplicitConsent)
{
    m_profile.allowInsecureHttp = false;
    auto client = makeClient();
    Alien4CloudReply *reply = client->login(QStringLiteral("admin"));
    wait(reply);

    ASSERT_EQ(reply->error().kind(), Kind::InvalidRequest) << describe(reply->error());
    EXPECT_THAT(messageOf(reply), HasSubstr("http://"));
    EXPECT_THAT(messageOf(reply), HasSubstr("https://"));
    EXPECT_FALSE(client->hasSession());
    // Not even the request went out.
    EXPECT_EQ(m_server.requestCount(QStringLiteral("POST /login")), 0);

    m_profile.allowInsecureHttp = true;
    auto consenting = makeClient();
    logIn(*consenting);
    EXPECT_EQ(m_server.successfulLogins(), 1);
}

TEST_F(Alien4CloudTest, ALoginRedirectedToAnotherHostIsNotALogin)
{
    // 1.x answers with the Location as given, so the fake can point it anywhere.
    m_server.setVersion(QStringLiteral("1.4.0"));
    for (const QByteArray &elsewhere : {QByteArrayLiteral("http://evil.example/rest/auth/status"),
                                        QByteArrayLiteral("//evil.example/rest/auth/status"),
                                        QByteArrayLiteral("https://127.0.0.1/rest/auth/status")}) {
        m_server.setLoginSuccessPath(elsewhere);
        auto client = makeClient();
        Alien4CloudReply *reply = client->login(QStringLiteral("admin"));
        wait(reply);
        EXPECT_TRUE(reply->hasError()) << elsewhere.toStdString();
        EXPECT_EQ(reply->error().kind(), Kind::MalformedResponse) << describe(reply->error());
        EXPECT_THAT(messageOf(reply), HasSubstr("another server"));
        EXPECT_FALSE(client->hasSession()) << elsewhere.toStdString();
    }
    // The same origin, relative or absolute, still is.
    const QList<QByteArray> sameOrigin{
        QByteArrayLiteral("/rest/auth/status"),
        QByteArray(m_server.baseUrl().toString().toLatin1() + "/rest/auth/status")};
    for (const QByteArray &same : sameOrigin) {
        m_server.setLoginSuccessPath(same);
        auto client = makeClient();
        logIn(*client);
    }
}

TEST(Alien4CloudServer, AnAddressWithoutSchemeIsHttps)
{
    EXPECT_EQ(Alien4CloudServer::urlFromText(QStringLiteral("a4c.example.org:8088")),
              QUrl(QStringLiteral("https://a4c.example.org:8088")));
    EXPECT_EQ(Alien4CloudServer::urlFromText(QStringLiteral("  a4c  ")),
              QUrl(QStringLiteral("https://a4c")));
    EXPECT_EQ(Alien4CloudServer::urlFromText(QStringLiteral("http://a4c:8088")),
              QUrl(QStringLiteral("http://a4c:8088")));
    EXPECT_EQ(Alien4CloudServer::urlFromText(QStringLiteral("https://a4c/alien")),
              QUrl(QStringLiteral("https://a4c/alien")));
}
