// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudcsarresult.h"
#include "alien4cloud/alien4cloudenvelope.h"
#include "alien4cloud/alien4clouderror.h"
#include "alien4cloud/alien4cloudparsingerror.h"
#include "alien4cloud/alien4cloudserver.h"

#include <QJsonDocument>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Topologist;
using ::testing::HasSubstr;

namespace {

QJsonValue parseJson(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object().value(QStringLiteral("data"));
}

} // namespace

TEST(Alien4CloudServerProfile, KeepsTheContextPathAndHidesCredentials)
{
    Alien4CloudServer server;
    server.baseUrl = QUrl(QStringLiteral("https://bob:secret@a4c.example.org:8443/a4c/"));
    EXPECT_EQ(server.displayUrl().toStdString(), "https://a4c.example.org:8443/a4c");
    EXPECT_EQ(server.endpoint(QStringLiteral("/rest/latest/csars/mesos-types:1.4.0-SNAPSHOT"))
                  .toString()
                  .toStdString(),
              "https://a4c.example.org:8443/a4c/rest/latest/csars/mesos-types:1.4.0-SNAPSHOT");
    EXPECT_EQ(server.uiUrl(QStringLiteral("/applications/detail/x/infos")).toString().toStdString(),
              "https://a4c.example.org:8443/a4c/#/applications/detail/x/infos");
    EXPECT_TRUE(server.isHttps());
    EXPECT_TRUE(server.problem().isEmpty());
    EXPECT_EQ(server.requestTimeoutMs, 30000);
    EXPECT_GT(server.uploadTimeoutMs, server.requestTimeoutMs);
}

TEST(Alien4CloudServerProfile, RejectsAddressesThatAreNotHttp)
{
    Alien4CloudServer server;
    server.baseUrl = QUrl(QStringLiteral("ftp://a4c:21"));
    EXPECT_THAT(server.problem().toStdString(), HasSubstr("must start with http:// or https://"));
    server.baseUrl = QUrl();
    EXPECT_THAT(server.problem().toStdString(), HasSubstr("is not a valid URL"));
}

TEST(Alien4CloudEnvelope, TellsEnvelopesFromOtherAnswers)
{
    EXPECT_EQ(Alien4CloudEnvelope::parse("").shape(), Alien4CloudEnvelope::Shape::NotJson);
    EXPECT_EQ(Alien4CloudEnvelope::parse("<html>").shape(), Alien4CloudEnvelope::Shape::NotJson);
    EXPECT_EQ(Alien4CloudEnvelope::parse(R"({"data":{"a":1)").shape(),
              Alien4CloudEnvelope::Shape::NotJson);
    EXPECT_EQ(Alien4CloudEnvelope::parse("[1,2]").shape(), Alien4CloudEnvelope::Shape::NotEnvelope);
    EXPECT_EQ(Alien4CloudEnvelope::parse(R"({"data":1})").shape(),
              Alien4CloudEnvelope::Shape::NotEnvelope);
    EXPECT_EQ(Alien4CloudEnvelope::parse(R"({"data":1,"error":"boom"})").shape(),
              Alien4CloudEnvelope::Shape::NotEnvelope);

    const Alien4CloudEnvelope ok = Alien4CloudEnvelope::parse(R"({"data":"app","error":null})");
    ASSERT_TRUE(ok.isEnvelope());
    EXPECT_FALSE(ok.hasError());
    EXPECT_EQ(ok.data().toString().toStdString(), "app");

    const Alien4CloudEnvelope failed
        = Alien4CloudEnvelope::parse(R"({"data":null,"error":{"code":615,"message":"exists"}})");
    ASSERT_TRUE(failed.isEnvelope());
    EXPECT_TRUE(failed.hasError());
    EXPECT_EQ(failed.errorCode(), 615);
    EXPECT_EQ(failed.errorMessage().toStdString(), "exists");
}

TEST(Alien4CloudParsingError, ReadsA4CParsingErrorsAndSortsThemByLevelThenPosition)
{
    const QJsonValue data = parseJson(R"({"data":{"csar":{"name":"mesos-types","version":"1.4.0"},
        "errors":{"mesos-types.yml":[
          {"errorLevel":"INFO","errorCode":"TOPOLOGY_DETECTED","context":null,"startMark":null,
           "problem":"A topology","endMark":null,"note":null},
          {"errorLevel":"WARNING","errorCode":"UNRECOGNIZED_PROPERTY","context":"Ignored field",
           "startMark":{"line":7,"column":3},"problem":"Ignored field during import",
           "endMark":{"line":7,"column":9},"note":"colour"},
          {"errorLevel":"ERROR","errorCode":"TYPE_NOT_FOUND","context":"Type not found",
           "startMark":{"line":42,"column":11},"problem":"The referenced type is not found",
           "endMark":{"line":42,"column":31},"note":"tosca.nodes.Foo"},
          {"errorLevel":"ERROR","errorCode":"SYNTAX_ERROR","context":null,
           "startMark":{"line":3,"column":1},"problem":"bad","endMark":{"line":3,"column":4},
           "note":null}]}},"error":{"code":200,"message":null}})");

    Alien4CloudCsarResult result;
    ASSERT_TRUE(Alien4CloudCsarResult::fromJson(data, &result));
    EXPECT_EQ(result.csarId.toStdString(), "mesos-types:1.4.0");
    ASSERT_EQ(result.parsingErrors.size(), 4);
    EXPECT_EQ(result.count(Severity::Error), 2);
    EXPECT_EQ(result.count(Severity::Warning), 1);
    EXPECT_EQ(result.count(Severity::Info), 1);

    const Alien4CloudParsingError &first = result.parsingErrors.at(0);
    EXPECT_EQ(first.errorCode.toStdString(), "SYNTAX_ERROR");
    EXPECT_EQ(first.startLine, 3);
    const Alien4CloudParsingError &second = result.parsingErrors.at(1);
    EXPECT_EQ(second.level, Severity::Error);
    EXPECT_EQ(second.errorCode.toStdString(), "TYPE_NOT_FOUND");
    EXPECT_EQ(second.fileName.toStdString(), "mesos-types.yml");
    EXPECT_EQ(second.startLine, 42);
    EXPECT_EQ(second.startColumn, 11);
    EXPECT_EQ(second.endLine, 42);
    EXPECT_EQ(second.endColumn, 31);
    EXPECT_EQ(second.context.toStdString(), "Type not found");
    EXPECT_EQ(second.note.toStdString(), "tosca.nodes.Foo");
    EXPECT_EQ(result.parsingErrors.at(2).level, Severity::Warning);
    const Alien4CloudParsingError &info = result.parsingErrors.at(3);
    EXPECT_EQ(info.level, Severity::Info);
    EXPECT_EQ(info.startLine, 0);
    EXPECT_TRUE(info.context.isEmpty());

    const Diagnostic diagnostic = second.toDiagnostic();
    EXPECT_EQ(diagnostic.location.toString().toStdString(), "mesos-types.yml:42:11");
    EXPECT_EQ(diagnostic.code.toStdString(), "TYPE_NOT_FOUND");
    EXPECT_EQ(second.toString().toStdString(),
              "mesos-types.yml:42:11: error: [TYPE_NOT_FOUND] The referenced type is not found "
              "(tosca.nodes.Foo)");
}

TEST(Alien4CloudParsingError, RefusesAnUploadResultOfAnotherShape)
{
    Alien4CloudCsarResult result;
    EXPECT_FALSE(Alien4CloudCsarResult::fromJson(QJsonValue(QStringLiteral("text")), &result));
    EXPECT_FALSE(Alien4CloudCsarResult::fromJson(parseJson(R"({"data":{"csar":[1],"errors":{}}})"),
                                                 &result));
}

TEST(Alien4CloudError, NamesEveryKind)
{
    EXPECT_EQ(Alien4CloudError::kindName(Alien4CloudError::Kind::TlsFailure).toStdString(),
              "TlsFailure");
    const Alien4CloudError none;
    EXPECT_FALSE(none.isError());
    EXPECT_EQ(none.alien4cloudCode(), Alien4CloudError::NoCode);
}
