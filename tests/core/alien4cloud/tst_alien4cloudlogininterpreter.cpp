// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudlogininterpreter.h"
#include "cannedanswers.h"

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;
using Kind = Alien4CloudError::Kind;
using Outcome = Alien4CloudLoginInterpreter::Outcome;

namespace {

Alien4CloudLoginInterpreter interpreter()
{
    return Alien4CloudLoginInterpreter(cannedServer(),
                                       cannedErrors(QStringLiteral("logging in as 'alice'")));
}

Alien4CloudResponse redirectTo(const QString &location, bool newSession = true)
{
    Alien4CloudResponse response = canned(302, QByteArray());
    response.location = QUrl(location);
    response.newSession = newSession;
    return response;
}

} // namespace

TEST(Alien4CloudLoginInterpreter, RedirectToAuthStatusIsAccepted)
{
    const auto result = interpreter().readLogin(redirectTo(QStringLiteral("/rest/auth/status")));
    EXPECT_EQ(result.outcome, Outcome::Accepted);
    EXPECT_FALSE(result.error.isError());
}

TEST(Alien4CloudLoginInterpreter, RedirectToAuthenticationFailedIsRefused)
{
    const auto result = interpreter().readLogin(
        redirectTo(QStringLiteral("https://a4c.example:8088/authenticationfailed")));
    EXPECT_EQ(result.outcome, Outcome::Refused);
    EXPECT_EQ(result.error.kind(), Kind::AuthenticationFailed);
    EXPECT_EQ(result.error.message(),
              QStringLiteral("Login refused for user 'alice' at https://a4c.example:8088: check "
                             "user name and password."));
}

TEST(Alien4CloudLoginInterpreter, RedirectElsewhereNeedsAProbeOnlyWithANewSession)
{
    EXPECT_EQ(interpreter().readLogin(redirectTo(QStringLiteral("/"), true)).outcome,
              Outcome::NeedsProbe);
    EXPECT_EQ(interpreter().readLogin(redirectTo(QStringLiteral("/"), false)).outcome,
              Outcome::Refused);
}

TEST(Alien4CloudLoginInterpreter, RedirectToAnotherServerIsNotTrusted)
{
    const auto result = interpreter().readLogin(
        redirectTo(QStringLiteral("https://evil.example/rest/auth/status?x=1")));
    EXPECT_EQ(result.outcome, Outcome::Refused);
    EXPECT_EQ(result.error.kind(), Kind::MalformedResponse);
    EXPECT_TRUE(result.error.message().contains(
        QStringLiteral("sending it to another server (https://evil.example/rest/auth/status)")));
}

TEST(Alien4CloudLoginInterpreter, ForbiddenIsNoRedirect)
{
    const auto result = interpreter().readLogin(canned(403, "<html>Forbidden</html>"));
    EXPECT_EQ(result.outcome, Outcome::Failed);
    EXPECT_EQ(result.error.kind(), Kind::MalformedResponse);
    EXPECT_EQ(result.error.httpStatus(), 403);
    EXPECT_TRUE(result.error.message().contains(
        QStringLiteral("answered the login with HTTP 403 instead of Alien4Cloud's redirect")));
}

TEST(Alien4CloudLoginInterpreter, UnauthorizedIsRefused)
{
    EXPECT_EQ(interpreter().readLogin(canned(401, "")).outcome, Outcome::Refused);
}

TEST(Alien4CloudLoginInterpreter, BadGatewayIsAServerError)
{
    const auto result = interpreter().readLogin(canned(502, ""));
    EXPECT_EQ(result.outcome, Outcome::Failed);
    EXPECT_EQ(result.error.kind(), Kind::ServerError);
}

TEST(Alien4CloudLoginInterpreter, ProbeReadsIsLogged)
{
    EXPECT_EQ(interpreter().readProbe(canned(200, envelopeData(R"({"isLogged":true})"))).outcome,
              Outcome::Accepted);
    const auto refused
        = interpreter().readProbe(canned(200, envelopeData(R"({"isLogged":false})")));
    EXPECT_EQ(refused.outcome, Outcome::Refused);
    EXPECT_EQ(refused.error.kind(), Kind::AuthenticationFailed);
}

TEST(Alien4CloudLoginInterpreter, MalformedProbeFails)
{
    const auto result = interpreter().readProbe(canned(200, R"({"data":{"isLogged":tr)"));
    EXPECT_EQ(result.outcome, Outcome::Failed);
    EXPECT_EQ(result.error.kind(), Kind::MalformedResponse);
}
