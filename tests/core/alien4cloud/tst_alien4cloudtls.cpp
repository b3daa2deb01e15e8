// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloudfixture.h"

#include <QSslSocket>

#include <gmock/gmock.h>

using namespace Topologist;
using namespace Topologist::Test;
using ::testing::HasSubstr;
using Kind = Alien4CloudError::Kind;

/// The fake server presents tests/data/tls/fake-a4c-cert.pem, a self-signed certificate for
/// 127.0.0.1 that no system trusts.
class Alien4CloudTlsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QSslSocket::supportsSsl()) << "Qt has no TLS backend here";
        ASSERT_TRUE(m_server.start(FakeAlien4CloudServer::Transport::Tls));
        m_profile = FakeAlien4CloudTest::profileFor(m_server.baseUrl());
    }

    static Alien4CloudReply *login(Alien4CloudClient &client)
    {
        Alien4CloudReply *reply = client.login(QStringLiteral("admin"));
        reply->waitForFinished();
        return reply;
    }

    FakeAlien4CloudServer m_server;
    Alien4CloudServer m_profile;
};

TEST_F(Alien4CloudTlsTest, UntrustedSelfSignedCertificateIsRefused)
{
    Alien4CloudClient client(m_profile);
    Alien4CloudReply *reply = login(client);

    ASSERT_EQ(reply->error().kind(), Kind::TlsFailure) << describe(reply->error());
    const std::string message = messageOf(reply);
    EXPECT_THAT(message,
                HasSubstr("The certificate of " + m_server.baseUrl().toString().toStdString()
                          + " is not trusted: "));
    EXPECT_THAT(message, HasSubstr("self-signed"));
    EXPECT_THAT(message,
                HasSubstr("Add the server's certificate in the server profile if it is "
                          "self-signed."));
    EXPECT_EQ(m_server.successfulLogins() + m_server.failedLogins(), 0);
    EXPECT_FALSE(client.hasSession());
}

TEST_F(Alien4CloudTlsTest, CertificateTrustedInTheProfileIsAccepted)
{
    m_profile.trustedCertificatePath = FakeAlien4CloudServer::certificatePath();
    Alien4CloudClient client(m_profile);
    Alien4CloudReply *reply = login(client);
    ASSERT_FALSE(reply->hasError()) << describe(reply->error());
    EXPECT_TRUE(client.hasSession());

    Alien4CloudReply *health = client.probeHealth();
    EXPECT_TRUE(health->waitForFinished()) << describe(health->error());
}

TEST_F(Alien4CloudTlsTest, TrustIsGivenToOneServerProfileOnly)
{
    Alien4CloudServer trusting = m_profile;
    trusting.trustedCertificatePath = FakeAlien4CloudServer::certificatePath();
    Alien4CloudClient trusted(trusting);
    ASSERT_FALSE(login(trusted)->hasError());

    Alien4CloudClient other(m_profile);
    Alien4CloudReply *reply = login(other);
    EXPECT_EQ(reply->error().kind(), Kind::TlsFailure) << describe(reply->error());
}

TEST_F(Alien4CloudTlsTest, UnreadableCertificateFileNamesTheFile)
{
    m_profile.trustedCertificatePath = QStringLiteral("/nonexistent/a4c.pem");
    Alien4CloudClient client(m_profile);
    Alien4CloudReply *reply = login(client);
    ASSERT_EQ(reply->error().kind(), Kind::TlsFailure) << describe(reply->error());
    EXPECT_THAT(messageOf(reply),
                HasSubstr("Cannot use the certificate file '/nonexistent/a4c.pem'"));
    EXPECT_EQ(m_server.successfulLogins() + m_server.failedLogins(), 0);
}
