// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudcsarexistsinterpreter.h"
#include "cannedanswers.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;
using Kind = Alien4CloudError::Kind;

namespace {

Alien4CloudCsarExistsInterpreter::Result read(int status, const QByteArray &body)
{
    return Alien4CloudCsarExistsInterpreter(cannedErrors(QStringLiteral("looking up archive a:1")))
        .read(canned(status, body));
}

} // namespace

TEST(Alien4CloudCsarExistsInterpreter, AnArchiveInTheEnvelopeIsFound)
{
    const auto result = read(200, envelopeData(R"({"id":"a:1","name":"a"})"));
    EXPECT_FALSE(result.error.isError());
    EXPECT_TRUE(result.found);
    EXPECT_EQ(result.data.toObject().value(QStringLiteral("id")).toString(), QStringLiteral("a:1"));
}

TEST(Alien4CloudCsarExistsInterpreter, NotFoundIsAnAnswerNotAnError)
{
    const auto byStatus = read(404, "");
    EXPECT_FALSE(byStatus.error.isError());
    EXPECT_FALSE(byStatus.found);
    const auto byCode = read(200, envelopeError(504, QStringLiteral("missing")));
    EXPECT_FALSE(byCode.error.isError());
    EXPECT_FALSE(byCode.found);
}

TEST(Alien4CloudCsarExistsInterpreter, ForbiddenIsARefusalWithTheServersCode)
{
    const auto result = read(403, envelopeError(102, QStringLiteral("no right")));
    EXPECT_EQ(result.error.kind(), Kind::Rejected);
    EXPECT_EQ(result.error.alien4cloudCode(), 102);
    EXPECT_FALSE(result.found);
    EXPECT_EQ(result.error.message(),
              QStringLiteral("Alien4Cloud at https://a4c.example:8088 refused the request while "
                             "looking up archive a:1 (error 102): no right"));
}

TEST(Alien4CloudCsarExistsInterpreter, BadGatewayIsAServerError)
{
    const auto result = read(502, "");
    EXPECT_EQ(result.error.kind(), Kind::ServerError);
    EXPECT_FALSE(result.found);
}

TEST(Alien4CloudCsarExistsInterpreter, MalformedJsonIsNotTakenAsAnswer)
{
    const auto result = read(200, R"({"data":{"id":)");
    EXPECT_EQ(result.error.kind(), Kind::MalformedResponse);
    EXPECT_FALSE(result.found);
}

TEST(Alien4CloudCsarExistsInterpreter, StoresWhetherItWasFoundForTheReply)
{
    Alien4CloudResult stored;
    read(200, envelopeData(R"({"id":"a:1"})")).storeIn(&stored);
    EXPECT_TRUE(stored.csarFound);
    read(404, "").storeIn(&stored);
    EXPECT_FALSE(stored.csarFound);
}
