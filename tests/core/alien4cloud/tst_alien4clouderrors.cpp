// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4clouderrors.h"
#include "cannedanswers.h"

#include <QNetworkReply>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;
using Kind = Alien4CloudError::Kind;
using Operation = Alien4CloudReply::Operation;

namespace {

Alien4CloudErrors errorsWhile(const QString &what)
{
    return Alien4CloudErrors(cannedServer(), what);
}

Alien4CloudResponse failedWith(QNetworkReply::NetworkError error, const QString &text)
{
    Alien4CloudResponse response;
    response.networkError = error;
    response.networkErrorText = text;
    return response;
}

} // namespace

TEST(Alien4CloudErrors, ConnectionRefusedNamesTheServerAndKeepsQtsText)
{
    const Alien4CloudError error
        = errorsWhile(QStringLiteral("logging in as 'alice'"))
              .networkFailure(
                  failedWith(QNetworkReply::ConnectionRefusedError, QStringLiteral("refused")),
                  {},
                  false);
    EXPECT_EQ(error.kind(), Kind::ConnectionRefused);
    EXPECT_EQ(error.httpStatus(), 0);
    EXPECT_EQ(error.alien4cloudCode(), Alien4CloudError::NoCode);
    EXPECT_EQ(error.detail(), QStringLiteral("refused"));
    EXPECT_EQ(error.message(),
              QStringLiteral("Cannot reach Alien4Cloud at https://a4c.example:8088: connection "
                             "refused. Is the server running, and is the port right?"));
}

TEST(Alien4CloudErrors, HostNotFoundNamesTheHost)
{
    const Alien4CloudError error = errorsWhile(QString()).networkFailure(
        failedWith(QNetworkReply::HostNotFoundError, QString()), {}, false);
    EXPECT_EQ(error.kind(), Kind::HostNotFound);
    EXPECT_TRUE(error.message().contains(QStringLiteral("the host 'a4c.example' is unknown")));
}

TEST(Alien4CloudErrors, UnknownErrorIsALostConnectionOnlyDuringAnUpload)
{
    const Alien4CloudResponse response
        = failedWith(QNetworkReply::UnknownNetworkError, QStringLiteral("write failed"));
    const Alien4CloudErrors errors = errorsWhile(QStringLiteral("uploading 'x.csar'"));
    EXPECT_EQ(errors.networkFailure(response, {}, true).kind(), Kind::ConnectionLost);
    const Alien4CloudError plain = errors.networkFailure(response, {}, false);
    EXPECT_EQ(plain.kind(), Kind::NetworkError);
    EXPECT_EQ(plain.message(),
              QStringLiteral("Cannot talk to Alien4Cloud at https://a4c.example:8088 while "
                             "uploading 'x.csar': write failed."));
}

TEST(Alien4CloudErrors, HandshakeFailureWithCertificateErrorsListsThem)
{
    const QStringList tlsErrors{QStringLiteral("self-signed"), QStringLiteral("expired")};
    const Alien4CloudError error = errorsWhile(QString()).networkFailure(
        failedWith(QNetworkReply::SslHandshakeFailedError, QStringLiteral("handshake")),
        tlsErrors,
        false);
    EXPECT_EQ(error.kind(), Kind::TlsFailure);
    EXPECT_TRUE(error.message().contains(QStringLiteral("is not trusted: self-signed; expired.")));
    EXPECT_EQ(error.detail(), QStringLiteral("handshake"));
}

TEST(Alien4CloudErrors, TimeoutsGiveSecondsAndKeepTheDetail)
{
    const Alien4CloudErrors errors = errorsWhile(QStringLiteral("reading the server version"));
    const Alien4CloudError silence = errors.silenceTimeout(1500, QStringLiteral("aborted"));
    EXPECT_EQ(silence.kind(), Kind::Timeout);
    EXPECT_EQ(silence.detail(), QStringLiteral("aborted"));
    EXPECT_TRUE(silence.message().contains(QStringLiteral("did not answer within 1.5 s while "
                                                          "reading the server version")));
    const Alien4CloudError deadline
        = errors.deadlineReached(120000, QStringLiteral("/version.json"), QString());
    EXPECT_TRUE(deadline.message().contains(
        QStringLiteral("took more than 120 s in total for /version.json")));
}

TEST(Alien4CloudErrors, AccessDeniedNamesTheMissingRoleForError102)
{
    Alien4CloudResponse response;
    response.status = 403;
    const Alien4CloudError error
        = errorsWhile(QStringLiteral("creating application 'x'"))
              .accessDenied(
                  Operation::CreateApplication, response, 102, QStringLiteral("no role"), false);
    EXPECT_EQ(error.kind(), Kind::AccessDenied);
    EXPECT_EQ(error.httpStatus(), 403);
    EXPECT_EQ(error.alien4cloudCode(), 102);
    EXPECT_EQ(error.serverMessage(), QStringLiteral("no role"));
    EXPECT_TRUE(error.message().startsWith(QStringLiteral("User 'alice' is not allowed")));
    EXPECT_TRUE(error.message().endsWith(QStringLiteral("for the role APPLICATIONS_MANAGER.")));
}

TEST(Alien4CloudErrors, AccessDeniedAfterAReloginSaysSo)
{
    Alien4CloudResponse response;
    response.status = 403;
    const Alien4CloudErrors errors = errorsWhile(QStringLiteral("looking up archive a:1"));
    const Alien4CloudError again
        = errors.accessDenied(Operation::CsarExists, response, -1, QString(), true);
    EXPECT_TRUE(again.message().contains(QStringLiteral("even after logging in again as 'alice' "
                                                        "(HTTP 403)")));
    const Alien4CloudError first
        = errors.accessDenied(Operation::CsarExists, response, -1, QString(), false);
    EXPECT_TRUE(first.message().contains(QStringLiteral("requires a login for looking up "
                                                        "archive a:1 (HTTP 403). Log in first.")));
}

TEST(Alien4CloudErrors, RequestProblemsAreInvalidRequestsWithoutStatus)
{
    const Alien4CloudErrors errors = errorsWhile(QString());
    const Alien4CloudError id = errors.invalidApplicationId(QStringLiteral("my-app"));
    EXPECT_EQ(id.kind(), Kind::InvalidRequest);
    EXPECT_EQ(id.httpStatus(), 0);
    EXPECT_TRUE(id.message().startsWith(QStringLiteral("The application id 'my-app' is not "
                                                       "valid")));
    EXPECT_EQ(errors.checkNeedsVersion3(QStringLiteral("2.1.0")).kind(), Kind::NotSupported);
    EXPECT_EQ(errors.insecureLogin().message(),
              QStringLiteral("Not sending the password of 'alice' to https://a4c.example:8088: "
                             "over plain http:// anyone on the network could read it. Use the "
                             "server's https:// address, or allow plain http explicitly if you "
                             "accept that risk."));
}
