// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudversioninterpreter.h"
#include "cannedanswers.h"

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;
using Kind = Alien4CloudError::Kind;

namespace {

Alien4CloudVersionInterpreter::Result read(int status, const QByteArray &body)
{
    return Alien4CloudVersionInterpreter(cannedErrors(QStringLiteral("reading the server version")))
        .read(canned(status, body));
}

} // namespace

TEST(Alien4CloudVersionInterpreter, ReadsTheVersion)
{
    const auto result = read(200, R"({"version":"2.2.0","revision":"abc"})");
    EXPECT_FALSE(result.error.isError());
    EXPECT_EQ(result.version, QStringLiteral("2.2.0"));
    EXPECT_EQ(result.data.value(QStringLiteral("revision")).toString(), QStringLiteral("abc"));
}

TEST(Alien4CloudVersionInterpreter, NotFoundSaysThereIsNoVersionJson)
{
    const auto result = read(404, "");
    EXPECT_EQ(result.error.kind(), Kind::NotFound);
    EXPECT_EQ(result.error.message(),
              QStringLiteral("https://a4c.example:8088 publishes no /version.json (HTTP 404). "
                             "Check that it is the address of Alien4Cloud."));
    EXPECT_TRUE(result.version.isEmpty());
}

TEST(Alien4CloudVersionInterpreter, ForbiddenEnvelopeIsARefusal)
{
    const auto result = read(403, envelopeError(350, QStringLiteral("denied")));
    EXPECT_EQ(result.error.kind(), Kind::Rejected);
    EXPECT_EQ(result.error.alien4cloudCode(), 350);
    EXPECT_EQ(result.error.serverMessage(), QStringLiteral("denied"));
}

TEST(Alien4CloudVersionInterpreter, BadGatewayIsAServerError)
{
    const auto result = read(502, envelopeError(502, QString()));
    EXPECT_EQ(result.error.kind(), Kind::ServerError);
    EXPECT_EQ(result.error.httpStatus(), 502);
}

TEST(Alien4CloudVersionInterpreter, VersionThatIsNoStringIsMalformed)
{
    const auto result = read(200, R"({"version":3})");
    EXPECT_EQ(result.error.kind(), Kind::MalformedResponse);
    EXPECT_TRUE(result.error.message().contains(QStringLiteral("JSON of an unexpected shape")));
    EXPECT_TRUE(result.version.isEmpty());
}

TEST(Alien4CloudVersionInterpreter, StoresTheVersionForTheReply)
{
    Alien4CloudResult stored;
    read(200, R"({"version":"3.0.0"})").storeIn(&stored);
    EXPECT_EQ(stored.serverVersion, QStringLiteral("3.0.0"));
}
