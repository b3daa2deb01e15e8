// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudapplicationinterpreter.h"
#include "cannedanswers.h"

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;
using Kind = Alien4CloudError::Kind;

namespace {

Alien4CloudApplicationInterpreter::Result read(int status, const QByteArray &body)
{
    const Alien4CloudApplicationInterpreter interpreter(
        cannedErrors(QStringLiteral("creating application 'Shop'")),
        QStringLiteral("Shop"),
        QStringLiteral("shop"),
        QStringLiteral("shop_template:1.0.0"));
    return interpreter.read(canned(status, body));
}

} // namespace

TEST(Alien4CloudApplicationInterpreter, CreatedGivesTheServersId)
{
    const auto result = read(201, envelopeData(R"("shop")"));
    EXPECT_FALSE(result.error.isError());
    EXPECT_EQ(result.applicationId, QStringLiteral("shop"));
    EXPECT_TRUE(result.notice.isEmpty());
}

TEST(Alien4CloudApplicationInterpreter, CreatedWithoutIdFallsBackToTheArchiveName)
{
    const auto result = read(201, envelopeData("null"));
    EXPECT_FALSE(result.error.isError());
    EXPECT_EQ(result.applicationId, QStringLiteral("shop"));
}

TEST(Alien4CloudApplicationInterpreter, ExistingArchiveVersionIsANotice)
{
    const auto result
        = read(201, R"({"data":"shop","error":{"code":615,"message":"version exists"}})");
    EXPECT_FALSE(result.error.isError());
    EXPECT_EQ(result.notice,
              QStringLiteral("Application 'Shop' was created, but Alien4Cloud reports that a "
                             "version of its archive 'shop' already existed (error 615): version "
                             "exists"));
}

TEST(Alien4CloudApplicationInterpreter, ConflictSaysTheApplicationExists)
{
    const auto result = read(409, envelopeError(502, QStringLiteral("exists")));
    EXPECT_EQ(result.error.kind(), Kind::Rejected);
    EXPECT_EQ(result.error.httpStatus(), 409);
    EXPECT_EQ(result.error.alien4cloudCode(), 502);
    EXPECT_EQ(result.error.message(),
              QStringLiteral("An application named 'Shop' or with the id 'shop' already exists "
                             "on Alien4Cloud at https://a4c.example:8088. Choose another name."));
}

TEST(Alien4CloudApplicationInterpreter, NotFoundNamesTheMissingTemplate)
{
    const auto result = read(404, envelopeError(504, QStringLiteral("no template")));
    EXPECT_EQ(result.error.kind(), Kind::NotFound);
    EXPECT_TRUE(result.error.message().startsWith(
        QStringLiteral("The topology template shop_template:1.0.0 is not in the catalog")));
}

TEST(Alien4CloudApplicationInterpreter, InvalidNameCodeNamesTheId)
{
    const auto result = read(400, envelopeError(618, QString()));
    EXPECT_EQ(result.error.kind(), Kind::Rejected);
    EXPECT_TRUE(result.error.message().contains(
        QStringLiteral("refused the application id 'shop' (error 618: no details given)")));
}

TEST(Alien4CloudApplicationInterpreter, ForbiddenIsARefusal)
{
    const auto result = read(403, envelopeError(102, QStringLiteral("no right")));
    EXPECT_EQ(result.error.kind(), Kind::Rejected);
    EXPECT_EQ(result.error.alien4cloudCode(), 102);
    EXPECT_TRUE(result.applicationId.isEmpty());
}

TEST(Alien4CloudApplicationInterpreter, BadGatewayIsAServerError)
{
    const auto result = read(502, "");
    EXPECT_EQ(result.error.kind(), Kind::ServerError);
}

TEST(Alien4CloudApplicationInterpreter, MalformedJsonIsNeverACreation)
{
    const auto result = read(201, R"({"data":"sh)");
    EXPECT_EQ(result.error.kind(), Kind::MalformedResponse);
    EXPECT_TRUE(result.applicationId.isEmpty());
}

TEST(Alien4CloudApplicationInterpreter, StoresIdAndNoticeForTheReply)
{
    Alien4CloudResult stored;
    read(201, R"({"data":"shop","error":{"code":615,"message":"exists"}})").storeIn(&stored);
    EXPECT_EQ(stored.applicationId, QStringLiteral("shop"));
    EXPECT_TRUE(stored.notice.contains(QStringLiteral("(error 615): exists")));
}
