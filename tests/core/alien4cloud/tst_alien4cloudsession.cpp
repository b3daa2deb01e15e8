// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudcall.h"
#include "alien4cloud/alien4cloudsession.h"
#include "alien4cloudfixture.h"

#include <QLoggingCategory>
#include <QTcpServer>

#include <gmock/gmock.h>

using namespace Topologist;
using namespace Topologist::Test;
using ::testing::HasSubstr;
using Kind = Alien4CloudError::Kind;

namespace {

QStringList *capturedMessages = nullptr;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (capturedMessages)
        capturedMessages->append(message);
}

} // namespace

TEST_F(Alien4CloudTest, LoginKeepsTheSessionWithoutFollowingTheRedirect)
{
    auto client = makeClient();
    QList<bool> sessions;
    QObject::connect(client.get(), &Alien4CloudClient::sessionChanged, [&](bool loggedIn) {
        sessions.append(loggedIn);
    });
    Alien4CloudReply *reply = client->login(QStringLiteral("admin"));
    EXPECT_FALSE(reply->isFinished());
    wait(reply);

    ASSERT_FALSE(reply->hasError()) << describe(reply->error());
    EXPECT_EQ(reply->httpStatus(), 302);
    EXPECT_TRUE(client->hasSession());
    EXPECT_EQ(m_server.successfulLogins(), 1);
    EXPECT_EQ(m_server.requestCount(QStringLiteral("GET /rest/auth/status")), 0);
    EXPECT_EQ(sessions, QList<bool>{true});

    // The session cookie is what makes the next call work.
    Alien4CloudReply *exists = client->csarExists(QStringLiteral("nothing"), QStringLiteral("1.0"));
    wait(exists);
    EXPECT_FALSE(exists->hasError()) << describe(exists->error());
}

TEST_F(Alien4CloudTest, LoginFormEncodesEveryCharacterOfThePassword)
{
    const QString password = QStringLiteral("p+ss&w=rd %25 é");
    m_server.addUser(QStringLiteral("ops"), password);
    m_profile.userName = QStringLiteral("ops");
    auto client = makeClient();
    Alien4CloudReply *reply = client->login(password);
    wait(reply);
    EXPECT_FALSE(reply->hasError()) << describe(reply->error());
}

TEST_F(Alien4CloudTest, RefusedLoginNamesTheUserAndSaysWhatToCheck)
{
    auto client = makeClient();
    Alien4CloudReply *reply = client->login(QStringLiteral("wrong"));
    wait(reply);

    ASSERT_EQ(reply->error().kind(), Kind::AuthenticationFailed) << describe(reply->error());
    EXPECT_THAT(messageOf(reply), HasSubstr("Login refused for user 'admin'"));
    EXPECT_THAT(messageOf(reply), HasSubstr(m_server.baseUrl().toString().toStdString()));
    EXPECT_THAT(messageOf(reply), HasSubstr("check user name and password"));
    EXPECT_FALSE(client->hasSession());
    EXPECT_EQ(m_server.failedLogins(), 1);
}

TEST_F(Alien4CloudTest, ServerRefusingAllLoginsIsAnAuthenticationFailure)
{
    m_server.setRefuseLogins(true);
    auto client = makeClient();
    Alien4CloudReply *reply = client->login(QStringLiteral("admin"));
    wait(reply);
    EXPECT_EQ(reply->error().kind(), Kind::AuthenticationFailed) << describe(reply->error());
}

TEST_F(Alien4CloudTest, LoginUnderstandsTheRelativeRedirectOfOlderServers)
{
    m_server.setVersion(QStringLiteral("1.4.6"));
    auto client = makeClient();
    logIn(*client);
    Alien4CloudReply *refused = client->login(QStringLiteral("nope"));
    wait(refused);
    EXPECT_EQ(refused->error().kind(), Kind::AuthenticationFailed) << describe(refused->error());
}

TEST_F(Alien4CloudTest, LoginRedirectedElsewhereIsConfirmedWithTheAuthStatus)
{
    m_server.setLoginSuccessPath("/#/applications/list");
    auto client = makeClient();
    logIn(*client);
    EXPECT_EQ(m_server.requestCount(QStringLiteral("GET /rest/latest/auth/status")), 1);

    // A refused login with an old session still held must not pass for a success.
    m_server.setRefuseLogins(true);
    Alien4CloudReply *refused = client->login(QStringLiteral("admin"));
    wait(refused);
    EXPECT_EQ(refused->error().kind(), Kind::AuthenticationFailed) << describe(refused->error());
}

TEST_F(Alien4CloudTest, ExpiredSessionIsRenewedOnceAndTheRequestReplayed)
{
    m_server.addCsar(QStringLiteral("mesos-types"), QStringLiteral("1.4.0-SNAPSHOT"));
    auto client = makeClient();
    logIn(*client);
    int renewed = 0;
    QObject::connect(client.get(), &Alien4CloudClient::sessionRenewed, [&] { ++renewed; });
    m_server.expireSessions();

    Alien4CloudReply *reply
        = client->csarExists(QStringLiteral("mesos-types"), QStringLiteral("1.4.0-SNAPSHOT"));
    wait(reply);

    ASSERT_FALSE(reply->hasError()) << describe(reply->error());
    EXPECT_TRUE(reply->csarFound());
    EXPECT_EQ(m_server.successfulLogins(), 2);
    EXPECT_EQ(
        m_server.requestCount(QStringLiteral("GET /rest/latest/csars/mesos-types:1.4.0-SNAPSHOT")),
        2);
    EXPECT_EQ(renewed, 1);
}

TEST_F(Alien4CloudTest, SessionRefusedEvenAfterReloginGivesUpAfterOneAttempt)
{
    auto client = makeClient();
    logIn(*client);
    m_server.setRejectSessions(true);

    Alien4CloudReply *reply = client->csarExists(QStringLiteral("a"), QStringLiteral("1.0"));
    wait(reply);

    ASSERT_EQ(reply->error().kind(), Kind::AccessDenied) << describe(reply->error());
    EXPECT_EQ(reply->error().httpStatus(), 403);
    EXPECT_EQ(reply->error().alien4cloudCode(), 100);
    EXPECT_THAT(messageOf(reply), HasSubstr("even after logging in again as 'admin'"));
    EXPECT_EQ(m_server.successfulLogins(), 2); // the first login and exactly one re-login
    EXPECT_EQ(m_server.requestCount(QStringLiteral("GET /rest/latest/csars/a:1.0")), 2);
}

TEST_F(Alien4CloudTest, MissingRoleIsNotCuredByLoggingInAgain)
{
    m_server.addCsar(QStringLiteral("normative"), QStringLiteral("1.0"), {}, true);
    auto client = makeClient();
    logIn(*client);
    m_server.injectFault(QStringLiteral("/rest/latest/applications"),
                         FakeAlien4CloudServer::Fault::NoRights);

    Alien4CloudReply *reply = client->createApplication(
        QStringLiteral("App"), QStringLiteral("app"), QString(), QStringLiteral("normative:1.0"));
    wait(reply);

    ASSERT_EQ(reply->error().kind(), Kind::AccessDenied) << describe(reply->error());
    EXPECT_EQ(reply->error().alien4cloudCode(), 102);
    EXPECT_THAT(messageOf(reply), HasSubstr("User 'admin' is not allowed"));
    EXPECT_THAT(messageOf(reply), HasSubstr("APPLICATIONS_MANAGER"));
    EXPECT_EQ(m_server.successfulLogins(), 1);
}

TEST_F(Alien4CloudTest, CallWithoutLoginAsksToLogInFirst)
{
    auto client = makeClient();
    Alien4CloudReply *reply = client->csarExists(QStringLiteral("a"), QStringLiteral("1.0"));
    wait(reply);
    ASSERT_EQ(reply->error().kind(), Kind::AccessDenied) << describe(reply->error());
    EXPECT_THAT(messageOf(reply), HasSubstr("requires a login"));
    EXPECT_EQ(m_server.successfulLogins() + m_server.failedLogins(), 0);
}

TEST_F(Alien4CloudTest, ReloginWithAChangedPasswordReportsTheRefusedLogin)
{
    auto client = makeClient();
    logIn(*client);
    m_server.expireSessions();
    m_server.addUser(QStringLiteral("admin"), QStringLiteral("changed"));

    Alien4CloudReply *reply = client->csarExists(QStringLiteral("a"), QStringLiteral("1.0"));
    wait(reply);
    ASSERT_EQ(reply->error().kind(), Kind::AuthenticationFailed) << describe(reply->error());
    EXPECT_THAT(messageOf(reply), HasSubstr("Login refused for user 'admin'"));
}

TEST_F(Alien4CloudTest, LogoutEndsTheSessionAndForgetsThePassword)
{
    auto client = makeClient();
    logIn(*client);
    Alien4CloudReply *logout = client->logout();
    wait(logout);
    ASSERT_FALSE(logout->hasError()) << describe(logout->error());
    EXPECT_FALSE(client->hasSession());
    EXPECT_EQ(m_server.requestCount(QStringLiteral("POST /logout")), 1);

    Alien4CloudReply *reply = client->csarExists(QStringLiteral("a"), QStringLiteral("1.0"));
    wait(reply);
    EXPECT_EQ(reply->error().kind(), Kind::AccessDenied) << describe(reply->error());
    EXPECT_EQ(m_server.successfulLogins(), 1); // no silent re-login after a logout
}

TEST_F(Alien4CloudTest, ThePasswordNeverAppearsInTheLog)
{
    const QString password = QStringLiteral("S3cret-Pa55phrase");
    m_server.addUser(QStringLiteral("admin"), password);
    QStringList messages;
    capturedMessages = &messages;
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(QStringLiteral("topologist.alien4cloud.debug=true"));

    auto client = makeClient();
    logIn(*client, password);
    m_server.expireSessions();
    Alien4CloudReply *reply = client->csarExists(QStringLiteral("a"), QStringLiteral("1.0"));
    wait(reply); // with a re-login, which sends the password again
    Alien4CloudReply *refused = client->login(QStringLiteral("S3cret-wrong"));
    wait(refused);

    QLoggingCategory::setFilterRules(QString());
    qInstallMessageHandler(previous);
    capturedMessages = nullptr;

    EXPECT_FALSE(reply->hasError()) << describe(reply->error());
    EXPECT_GE(messages.size(), 4) << "the client's debug log was not captured";
    for (const QString &message : std::as_const(messages)) {
        EXPECT_FALSE(message.contains(QLatin1String("S3cret"))) << message.toStdString();
        EXPECT_FALSE(message.contains(QLatin1String("Pa55phrase"))) << message.toStdString();
    }
}

TEST_F(Alien4CloudTest, HealthAndVersionNeedNoLogin)
{
    auto client = makeClient();
    Alien4CloudReply *health = client->probeHealth();
    wait(health);
    ASSERT_FALSE(health->hasError()) << describe(health->error());
    EXPECT_EQ(health->healthStatus().toStdString(), "UP");

    m_server.setVersion(QStringLiteral("2.2.0"));
    Alien4CloudReply *version = client->serverVersion();
    wait(version);
    ASSERT_FALSE(version->hasError()) << describe(version->error());
    EXPECT_EQ(version->serverVersion().toStdString(), "2.2.0");
    EXPECT_EQ(client->knownServerVersion().toStdString(), "2.2.0");
    EXPECT_EQ(m_server.successfulLogins(), 0);
}

TEST_F(Alien4CloudTest, UnhealthyServerIsAServerError)
{
    m_server.setHealthy(false);
    auto client = makeClient();
    Alien4CloudReply *health = client->probeHealth();
    wait(health);
    ASSERT_EQ(health->error().kind(), Kind::ServerError) << describe(health->error());
    EXPECT_EQ(health->healthStatus().toStdString(), "DOWN");
    EXPECT_THAT(messageOf(health), HasSubstr("not healthy (status DOWN, HTTP 503)"));
}

TEST_F(Alien4CloudTest, SessionHandsTheAnswerToTheCallsInterpreter)
{
    Alien4CloudSession session(m_profile, nullptr);
    Alien4CloudCall *call = session.createCall(Alien4CloudReply::Operation::ServerVersion,
                                               QStringLiteral("reading the server version"));
    call->exchange.method = QByteArrayLiteral("GET");
    call->exchange.path = QStringLiteral("/version.json");
    call->exchange.needsSession = false;
    Alien4CloudResponse seen;
    call->interpret = [&](const Alien4CloudResponse &response) {
        seen = response;
        session.finish(call);
    };
    session.send(call);
    wait(call);

    ASSERT_FALSE(call->hasError()) << describe(call->error());
    EXPECT_EQ(seen.status, 200);
    EXPECT_TRUE(seen.body.contains("\"version\""));
    EXPECT_EQ(call->httpStatus(), 200);
}

TEST_F(Alien4CloudTest, SessionKeepsTransportFailuresFromTheInterpreter)
{
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    m_profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
    probe.close(); // nobody listens there any more
    Alien4CloudSession session(m_profile, nullptr);
    Alien4CloudCall *call = session.createCall(Alien4CloudReply::Operation::ServerVersion,
                                               QStringLiteral("reading the server version"));
    call->exchange.method = QByteArrayLiteral("GET");
    call->exchange.path = QStringLiteral("/version.json");
    bool interpreted = false;
    call->interpret = [&](const Alien4CloudResponse &) {
        interpreted = true;
    };
    session.send(call);
    wait(call);

    EXPECT_FALSE(interpreted);
    EXPECT_EQ(call->error().kind(), Kind::ConnectionRefused) << describe(call->error());
}
