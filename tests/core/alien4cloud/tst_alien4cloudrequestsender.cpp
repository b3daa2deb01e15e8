// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4clouderrors.h"
#include "alien4cloud/alien4cloudrequestsender.h"
#include "cannedanswers.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <gtest/gtest.h>

#include <memory>

using namespace Topologist;
using namespace Topologist::Test;
using Kind = Alien4CloudError::Kind;

namespace {

/// Nobody listens there; the tests only look at what would be sent.
Alien4CloudServer plainServer()
{
    Alien4CloudServer server = cannedServer();
    server.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/a4c"));
    return server;
}

Alien4CloudExchange get(const QString &path)
{
    Alien4CloudExchange exchange;
    exchange.method = QByteArrayLiteral("GET");
    exchange.path = path;
    return exchange;
}

class Alien4CloudRequestSenderTest : public ::testing::Test
{
protected:
    /// Sends `exchange` to `server`; the reply, when one was sent, is aborted at the end.
    QNetworkReply *send(const Alien4CloudServer &server,
                        const Alien4CloudExchange &exchange,
                        const QString &sessionId = QString(),
                        bool sendsPassword = false)
    {
        Alien4CloudRequestSender sender(server, &m_network);
        QNetworkReply *reply = sender.send(exchange,
                                           sessionId,
                                           sendsPassword,
                                           Alien4CloudErrors(server, QStringLiteral("testing")),
                                           &m_error);
        if (reply)
            m_replies.emplace_back(reply);
        return reply;
    }

    void TearDown() override
    {
        for (const auto &reply : m_replies)
            reply->abort();
    }

    QNetworkAccessManager m_network;
    Alien4CloudError m_error;
    std::vector<std::unique_ptr<QNetworkReply>> m_replies;
};

} // namespace

TEST_F(Alien4CloudRequestSenderTest, SendsUnderTheContextPathWithTheSessionCookie)
{
    QNetworkReply *reply = send(plainServer(), get(QStringLiteral("/version.json")), "abc123");
    ASSERT_NE(reply, nullptr) << m_error.message().toStdString();
    EXPECT_EQ(reply->request().url().toString(),
              QStringLiteral("http://127.0.0.1:9/a4c/version.json"));
    EXPECT_EQ(reply->request().rawHeader("Cookie"), QByteArray("JSESSIONID=abc123"));
    EXPECT_EQ(reply->request().rawHeader("Accept"), QByteArray("application/json"));
}

TEST_F(Alien4CloudRequestSenderTest, WithoutSessionSendsNoCookie)
{
    QNetworkReply *reply = send(plainServer(), get(QStringLiteral("/version.json")));
    ASSERT_NE(reply, nullptr);
    EXPECT_FALSE(reply->request().hasRawHeader("Cookie"));
}

TEST_F(Alien4CloudRequestSenderTest, RefusesAPasswordOverPlainHttpWithoutConsent)
{
    EXPECT_EQ(send(plainServer(), get(QStringLiteral("/login")), QString(), true), nullptr);
    EXPECT_EQ(m_error.kind(), Kind::InvalidRequest);
    EXPECT_TRUE(
        m_error.message().startsWith(QStringLiteral("Not sending the password of 'alice'")));

    Alien4CloudServer consenting = plainServer();
    consenting.allowInsecureHttp = true;
    EXPECT_NE(send(consenting, get(QStringLiteral("/login")), QString(), true), nullptr);
}

TEST_F(Alien4CloudRequestSenderTest, RefusesAnUnusableProfile)
{
    Alien4CloudServer server = plainServer();
    server.baseUrl = QUrl();
    EXPECT_EQ(send(server, get(QStringLiteral("/version.json"))), nullptr);
    EXPECT_EQ(m_error.kind(), Kind::InvalidRequest);
    EXPECT_EQ(m_error.message(), server.problem());
}

TEST_F(Alien4CloudRequestSenderTest, RefusesAnUnusableCertificateFileOverHttps)
{
    Alien4CloudServer server = cannedServer();
    server.trustedCertificatePath = QStringLiteral("/nonexistent/a4c.pem");
    EXPECT_EQ(send(server, get(QStringLiteral("/version.json"))), nullptr);
    EXPECT_EQ(m_error.kind(), Kind::TlsFailure);
    EXPECT_TRUE(m_error.message().startsWith(
        QStringLiteral("Cannot use the certificate file '/nonexistent/a4c.pem'")));
}

TEST_F(Alien4CloudRequestSenderTest, RefusesAnArchiveItCannotRead)
{
    Alien4CloudExchange upload;
    upload.method = QByteArrayLiteral("POST");
    upload.path = QStringLiteral("/rest/latest/csars");
    upload.upload = true;
    upload.uploadFilePath = QStringLiteral("/nonexistent/app.csar");
    upload.uploadFileName = QStringLiteral("app.csar");
    EXPECT_EQ(send(plainServer(), upload), nullptr);
    EXPECT_EQ(m_error.kind(), Kind::InvalidRequest);
    EXPECT_TRUE(m_error.message().startsWith(
        QStringLiteral("Cannot read the archive '/nonexistent/app.csar': ")));
}
