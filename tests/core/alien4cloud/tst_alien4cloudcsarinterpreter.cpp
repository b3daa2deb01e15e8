// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudcsarinterpreter.h"
#include "cannedanswers.h"

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;
using Kind = Alien4CloudError::Kind;

namespace {

Alien4CloudCsarInterpreter::Result read(bool checkOnly, int status, const QByteArray &body)
{
    const QString what = checkOnly ? QStringLiteral("checking 'app.csar'")
                                   : QStringLiteral("uploading 'app.csar'");
    return Alien4CloudCsarInterpreter(cannedErrors(what), checkOnly, QStringLiteral("app.csar"))
        .read(canned(status, body));
}

const QByteArray Saved = R"({"data":{"csar":{"name":"app","version":"1.0.0"},"errors":{}},)"
                         R"("error":null})";

const QByteArray ParseErrors
    = R"({"data":{"csar":null,"errors":{"app.yml":[{"errorLevel":"ERROR",)"
      R"("errorCode":"TYPE_NOT_FOUND","problem":"Type not found","startMark":{"line":7,)"
      R"("column":3}}]}},"error":{"code":200,"message":"parsing"}})";

} // namespace

TEST(Alien4CloudCsarInterpreter, AnUploadWithoutErrorIsSaved)
{
    const auto result = read(false, 200, Saved);
    EXPECT_FALSE(result.error.isError());
    EXPECT_TRUE(result.csar.saved);
    EXPECT_FALSE(result.csar.checkOnly);
    EXPECT_EQ(result.csar.csarId, QStringLiteral("app:1.0.0"));
}

TEST(Alien4CloudCsarInterpreter, ACheckIsNeverSaved)
{
    const auto result = read(true, 200, Saved);
    EXPECT_FALSE(result.error.isError());
    EXPECT_TRUE(result.csar.checkOnly);
    EXPECT_FALSE(result.csar.saved);
}

TEST(Alien4CloudCsarInterpreter, ParseErrorsRejectTheArchiveAndAreKept)
{
    const auto result = read(false, 200, ParseErrors);
    EXPECT_EQ(result.error.kind(), Kind::Rejected);
    EXPECT_EQ(result.error.alien4cloudCode(), 200);
    EXPECT_FALSE(result.csar.saved);
    ASSERT_EQ(result.csar.parsingErrors.size(), 1);
    EXPECT_EQ(result.csar.parsingErrors.at(0).fileName, QStringLiteral("app.yml"));
    EXPECT_TRUE(result.error.message().startsWith(
        QStringLiteral("Alien4Cloud did not import 'app.csar' (errors found: 1). First: ")));
}

TEST(Alien4CloudCsarInterpreter, ACheckOnAnOldServerIsNotSupported)
{
    for (const int status : {404, 405}) {
        const auto result = read(true, status, "");
        EXPECT_EQ(result.error.kind(), Kind::NotSupported) << status;
        EXPECT_EQ(result.error.httpStatus(), status);
    }
    const auto refusedPost
        = read(true, 500, envelopeError(0, QStringLiteral("Request method 'POST' not supported")));
    EXPECT_EQ(refusedPost.error.kind(), Kind::NotSupported);
    EXPECT_TRUE(refusedPost.error.message().contains(QStringLiteral("needs Alien4Cloud 3.0")));
}

TEST(Alien4CloudCsarInterpreter, NotFoundOnAnUploadIsNoUnsupportedCheck)
{
    const auto result = read(false, 404, "");
    EXPECT_EQ(result.error.kind(), Kind::MalformedResponse);
    EXPECT_EQ(result.error.httpStatus(), 404);
}

TEST(Alien4CloudCsarInterpreter, ForbiddenIsARefusalWithoutResult)
{
    const auto result = read(false, 403, envelopeError(102, QStringLiteral("no right")));
    EXPECT_EQ(result.error.kind(), Kind::Rejected);
    EXPECT_EQ(result.error.alien4cloudCode(), 102);
    EXPECT_TRUE(result.csar.parsingErrors.isEmpty());
}

TEST(Alien4CloudCsarInterpreter, BadGatewayIsAServerError)
{
    const auto result = read(false, 502, "<html/>");
    EXPECT_EQ(result.error.kind(), Kind::ServerError);
    EXPECT_TRUE(result.error.message().contains(
        QStringLiteral("failed while uploading 'app.csar' (HTTP 502)")));
}

TEST(Alien4CloudCsarInterpreter, EnvelopeWithoutUploadResultIsMalformed)
{
    const auto result = read(false, 200, envelopeData(R"("just text")"));
    EXPECT_EQ(result.error.kind(), Kind::MalformedResponse);
    EXPECT_TRUE(result.error.message().contains(QStringLiteral("no upload result")));
}

TEST(Alien4CloudCsarInterpreter, TruncatedJsonIsMalformed)
{
    const auto result = read(false, 200, Saved.left(20));
    EXPECT_EQ(result.error.kind(), Kind::MalformedResponse);
    EXPECT_TRUE(result.error.message().contains(QStringLiteral("not JSON")));
}

TEST(Alien4CloudCsarInterpreter, StoresTheParseErrorsForTheReply)
{
    Alien4CloudResult stored;
    read(false, 200, ParseErrors).storeIn(&stored);
    EXPECT_EQ(stored.csar.errorCode, 200);
    EXPECT_EQ(stored.csar.parsingErrors.size(), 1);
}
