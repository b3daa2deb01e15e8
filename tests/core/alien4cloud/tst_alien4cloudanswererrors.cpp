// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudanswererrors.h"
#include "alien4cloud/alien4cloudcsarresult.h"
#include "alien4cloud/alien4cloudenvelope.h"
#include "cannedanswers.h"

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;
using Kind = Alien4CloudError::Kind;

namespace {

Alien4CloudError unexpected(int status, const QByteArray &body)
{
    return cannedErrors(QStringLiteral("looking up archive a:1"))
        .unexpectedAnswer(canned(status, body));
}

} // namespace

TEST(Alien4CloudAnswerErrors, MaintenanceIsA503WithCodeZero)
{
    const Alien4CloudError error
        = unexpected(503, R"({"data":null,"error":{"code":0,"message":"maintenance"}})");
    EXPECT_EQ(error.kind(), Kind::ServerError);
    EXPECT_EQ(error.httpStatus(), 503);
    EXPECT_EQ(error.alien4cloudCode(), 0);
    EXPECT_EQ(error.message(),
              QStringLiteral("Alien4Cloud at https://a4c.example:8088 is in maintenance mode (HTTP "
                             "503). Try again later."));
}

TEST(Alien4CloudAnswerErrors, ServerFailureWithoutMessageSaysNoDetails)
{
    const Alien4CloudError error = unexpected(502, "<html>bad gateway</html>");
    EXPECT_EQ(error.kind(), Kind::ServerError);
    EXPECT_EQ(
        error.message(),
        QStringLiteral("Alien4Cloud at https://a4c.example:8088 failed while looking up archive "
                       "a:1 (HTTP 502): no details given. Try again later, or look at the "
                       "server log."));
}

TEST(Alien4CloudAnswerErrors, NotJsonAndNotEnvelopeAreMalformed)
{
    const Alien4CloudError html = unexpected(200, "<html/>");
    EXPECT_EQ(html.kind(), Kind::MalformedResponse);
    EXPECT_TRUE(html.message().contains(QStringLiteral("not JSON (HTTP 200, 7 bytes)")));
    const Alien4CloudError list = unexpected(200, "[1,2]");
    EXPECT_EQ(list.kind(), Kind::MalformedResponse);
    EXPECT_TRUE(list.message().contains(QStringLiteral("JSON of an unexpected shape (HTTP 200)")));
}

TEST(Alien4CloudAnswerErrors, NotFoundCodeAndRefusalsCarryTheServerMessage)
{
    const Alien4CloudError missing
        = unexpected(200, R"({"data":null,"error":{"code":504,"message":"no such csar"}})");
    EXPECT_EQ(missing.kind(), Kind::NotFound);
    EXPECT_EQ(missing.alien4cloudCode(), 504);
    EXPECT_TRUE(missing.message().endsWith(QStringLiteral("(HTTP 200): no such csar")));

    const Alien4CloudError refused
        = unexpected(400, R"({"data":null,"error":{"code":350,"message":"bad"}})");
    EXPECT_EQ(refused.kind(), Kind::Rejected);
    EXPECT_EQ(refused.serverMessage(), QStringLiteral("bad"));
    EXPECT_TRUE(refused.message().contains(QStringLiteral("(error 350): bad")));

    const Alien4CloudError bare = unexpected(400, R"({"data":null,"error":null})");
    EXPECT_EQ(bare.kind(), Kind::MalformedResponse);
    EXPECT_TRUE(bare.message().contains(QStringLiteral("answered HTTP 400 without saying why")));
}

TEST(Alien4CloudAnswerErrors, ReleasedArchiveWithOtherContentAsksForANewVersion)
{
    const QByteArray body = R"({"data":null,"error":{"code":502,"message":"exists"}})";
    Alien4CloudCsarResult result;
    result.errorCode = 502;
    result.csarId = QStringLiteral("app:1.0.0");
    Alien4CloudParsingError parsing;
    parsing.errorCode = QStringLiteral("CSAR_ALREADY_EXISTS");
    parsing.level = Severity::Error;
    result.parsingErrors.append(parsing);
    const Alien4CloudError error = cannedErrors(QStringLiteral("uploading 'app.csar'"))
                                       .csarRejected(canned(200, body),
                                                     Alien4CloudEnvelope::parse(body),
                                                     result,
                                                     QStringLiteral("app.csar"));
    EXPECT_EQ(error.kind(), Kind::Rejected);
    EXPECT_EQ(error.alien4cloudCode(), 502);
    EXPECT_TRUE(error.message().startsWith(
        QStringLiteral("Alien4Cloud already has app:1.0.0 with different content")));
}

TEST(Alien4CloudAnswerErrors, ParseErrorsOfACheckCountThem)
{
    const QByteArray body = R"({"data":null,"error":{"code":200,"message":"parsing"}})";
    Alien4CloudCsarResult result;
    result.checkOnly = true;
    result.errorCode = 200;
    const Alien4CloudError error = cannedErrors(QString()).csarRejected(
        canned(200, body), Alien4CloudEnvelope::parse(body), result, QStringLiteral("a.csar"));
    EXPECT_EQ(error.message(),
              QStringLiteral("Alien4Cloud found errors in 'a.csar' (0). First: parsing"));
}

TEST(Alien4CloudAnswerErrors, ApplicationNoticeFallsBackToNoDetails)
{
    EXPECT_EQ(Alien4CloudAnswerErrors::applicationOverExistingVersion(
                  QStringLiteral("App"), QStringLiteral("app"), QString()),
              QStringLiteral("Application 'App' was created, but Alien4Cloud reports that a "
                             "version of its archive 'app' already existed (error 615): no "
                             "details given"));
}
