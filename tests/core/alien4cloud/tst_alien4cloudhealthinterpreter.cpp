// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudhealthinterpreter.h"
#include "cannedanswers.h"

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;
using Kind = Alien4CloudError::Kind;

namespace {

Alien4CloudHealthInterpreter::Result read(int status, const QByteArray &body)
{
    return Alien4CloudHealthInterpreter(cannedErrors(QStringLiteral("checking the server health")))
        .read(canned(status, body));
}

} // namespace

TEST(Alien4CloudHealthInterpreter, UpIsHealthy)
{
    const auto result = read(200, R"({"status":"UP","diskSpace":{"status":"UP"}})");
    EXPECT_FALSE(result.error.isError());
    EXPECT_EQ(result.status, QStringLiteral("UP"));
    EXPECT_TRUE(result.data.contains(QStringLiteral("diskSpace")));
}

TEST(Alien4CloudHealthInterpreter, DownKeepsTheStatusAndFails)
{
    const auto result = read(503, R"({"status":"DOWN"})");
    EXPECT_EQ(result.error.kind(), Kind::ServerError);
    EXPECT_EQ(result.status, QStringLiteral("DOWN"));
    EXPECT_EQ(result.error.message(),
              QStringLiteral("Alien4Cloud at https://a4c.example:8088 reports that it is not "
                             "healthy (status DOWN, HTTP 503). Try again later, or look at the "
                             "server log."));
}

TEST(Alien4CloudHealthInterpreter, NotFoundSaysThereIsNoHealthEndpoint)
{
    const auto result = read(404, "<html>Not Found</html>");
    EXPECT_EQ(result.error.kind(), Kind::NotFound);
    EXPECT_EQ(result.error.httpStatus(), 404);
    EXPECT_TRUE(result.status.isEmpty());
    EXPECT_TRUE(result.error.message().startsWith(
        QStringLiteral("https://a4c.example:8088 has no health endpoint")));
}

TEST(Alien4CloudHealthInterpreter, ForbiddenWithoutStatusIsUnexpected)
{
    const auto result = read(403, "<html>Forbidden</html>");
    EXPECT_EQ(result.error.kind(), Kind::MalformedResponse);
    EXPECT_EQ(result.error.httpStatus(), 403);
    EXPECT_TRUE(result.error.message().contains(QStringLiteral("not JSON (HTTP 403")));
}

TEST(Alien4CloudHealthInterpreter, BadGatewayIsAServerError)
{
    const auto result = read(502, "bad gateway");
    EXPECT_EQ(result.error.kind(), Kind::ServerError);
    EXPECT_TRUE(result.error.message().contains(
        QStringLiteral("failed while checking the server health (HTTP 502)")));
}

TEST(Alien4CloudHealthInterpreter, TruncatedJsonIsMalformed)
{
    const auto result = read(200, R"({"status":"U)");
    EXPECT_EQ(result.error.kind(), Kind::MalformedResponse);
    EXPECT_TRUE(result.status.isEmpty());
}

TEST(Alien4CloudHealthInterpreter, StoresStatusAndDocumentForTheReply)
{
    Alien4CloudResult stored;
    read(200, R"({"status":"UP"})").storeIn(&stored);
    EXPECT_EQ(stored.healthStatus, QStringLiteral("UP"));
    EXPECT_EQ(stored.data.toObject().value(QStringLiteral("status")).toString(),
              QStringLiteral("UP"));
}
