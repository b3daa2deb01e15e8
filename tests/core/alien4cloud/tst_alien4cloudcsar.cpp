// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloudfixture.h"
#include "testarchives.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gmock/gmock.h>

using namespace Topologist;
using namespace Topologist::Test;
using ::testing::HasSubstr;
using Kind = Alien4CloudError::Kind;

namespace {

const QString Normative = QStringLiteral("tosca-normative-types:1.0.0-ALIEN14");

} // namespace

class Alien4CloudCsarTest : public Alien4CloudTest
{
protected:
    void SetUp() override
    {
        Alien4CloudTest::SetUp();
        m_client = makeClient();
        logIn(*m_client);
    }

    Alien4CloudReply *upload(const QByteArray &content, const QString &fileName)
    {
        Alien4CloudReply *reply = m_client->uploadCsar(content, fileName);
        wait(reply);
        return reply;
    }

    std::unique_ptr<Alien4CloudClient> m_client;
};

TEST_F(Alien4CloudCsarTest, ExistsTellsPresentFromMissingArchives)
{
    m_server.addCsar(QStringLiteral("tosca-normative-types"), QStringLiteral("1.0.0-ALIEN14"));

    Alien4CloudReply *present = m_client->csarExists(QStringLiteral("tosca-normative-types"),
                                                     QStringLiteral("1.0.0-ALIEN14"));
    wait(present);
    ASSERT_FALSE(present->hasError()) << describe(present->error());
    EXPECT_TRUE(present->csarFound());
    EXPECT_EQ(present->data()
                  .toObject()
                  .value(QStringLiteral("csar"))
                  .toObject()
                  .value(QStringLiteral("id"))
                  .toString(),
              Normative);

    Alien4CloudReply *missing = m_client->csarExists(QStringLiteral("docker-engine-type"),
                                                     QStringLiteral("1.4.0-SNAPSHOT"));
    wait(missing);
    ASSERT_FALSE(missing->hasError()) << describe(missing->error());
    EXPECT_FALSE(missing->csarFound());
    EXPECT_EQ(missing->httpStatus(), 404);
}

TEST_F(Alien4CloudCsarTest, UploadSavesTheArchiveAndReportsProgress)
{
    m_server.addCsar(QStringLiteral("tosca-normative-types"), QStringLiteral("1.0.0-ALIEN14"));
    const QByteArray csar = makeTypesCsar(
        QStringLiteral("mesos-types"), QStringLiteral("1.4.0-SNAPSHOT"), {Normative});
    Alien4CloudReply *reply = m_client->uploadCsar(csar, QStringLiteral("mesos-types.csar"));
    qint64 lastSent = 0;
    qint64 lastTotal = 0;
    QObject::connect(reply, &Alien4CloudReply::progress, [&](qint64 sent, qint64 total) {
        lastSent = sent;
        lastTotal = total;
    });
    wait(reply);

    ASSERT_FALSE(reply->hasError()) << describe(reply->error());
    const Alien4CloudCsarResult &result = reply->csarResult();
    EXPECT_TRUE(result.saved);
    EXPECT_FALSE(result.checkOnly);
    EXPECT_EQ(result.errorCode, 0);
    EXPECT_EQ(result.csarId.toStdString(), "mesos-types:1.4.0-SNAPSHOT");
    EXPECT_TRUE(result.parsingErrors.isEmpty());
    EXPECT_TRUE(m_server.hasCsar(QStringLiteral("mesos-types:1.4.0-SNAPSHOT")));
    EXPECT_EQ(m_server.lastUploadFileName().toStdString(), "mesos-types.csar");
    // The multipart envelope adds to the archive's size; all of it was reported sent.
    EXPECT_GT(lastTotal, csar.size());
    EXPECT_EQ(lastSent, lastTotal);
}

TEST_F(Alien4CloudCsarTest, UploadReadsTheArchiveFromAFile)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("thing-types.csar"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(makeTypesCsar(QStringLiteral("thing-types"), QStringLiteral("0.1.0")));
    file.close();

    Alien4CloudReply *reply = m_client->uploadCsar(path);
    wait(reply);
    ASSERT_FALSE(reply->hasError()) << describe(reply->error());
    EXPECT_TRUE(reply->csarResult().saved);
    EXPECT_EQ(m_server.lastUploadFileName().toStdString(), "thing-types.csar");

    Alien4CloudReply *missing
        = m_client->uploadCsar(directory.filePath(QStringLiteral("none.csar")));
    EXPECT_FALSE(missing->isFinished()); // reported later, never inside the call
    wait(missing);
    ASSERT_EQ(missing->error().kind(), Kind::InvalidRequest) << describe(missing->error());
    EXPECT_THAT(messageOf(missing), HasSubstr("Cannot read the archive"));
    EXPECT_EQ(m_server.requestCount(QStringLiteral("POST /rest/latest/csars")), 1);
}

TEST_F(Alien4CloudCsarTest, ParseErrorsAreExposedWithLevelsCodesAndPositions)
{
    const QJsonObject errors = QJsonDocument::fromJson(R"({
      "broken.yml": [
        {"errorLevel":"WARNING","errorCode":"UNRECOGNIZED_PROPERTY","context":"Ignored field",
         "startMark":{"line":7,"column":3},"problem":"Ignored field during import",
         "endMark":{"line":7,"column":9},"note":"colour"},
        {"errorLevel":"ERROR","errorCode":"TYPE_NOT_FOUND","context":"Type not found",
         "startMark":{"line":42,"column":11},
         "problem":"The referenced type is not found neither in the archive or it's dependencies.",
         "endMark":{"line":42,"column":31},"note":"tosca.nodes.Foo"},
        {"errorLevel":"INFO","errorCode":"TOPOLOGY_DETECTED","context":null,"startMark":null,
         "problem":"Topology detected","endMark":null,"note":null}],
      "artifacts/other.yml": [
        {"errorLevel":"ERROR","errorCode":"INVALID_YAML","context":"while scanning",
         "startMark":{"line":3,"column":1},"problem":"mapping values are not allowed here",
         "endMark":{"line":3,"column":2},"note":null}]})")
                                   .object();
    m_server.scriptUploadResult(QStringLiteral("broken.csar"), 200, errors);

    Alien4CloudReply *reply = upload(makeTypesCsar(QStringLiteral("broken"), QStringLiteral("1.0")),
                                     QStringLiteral("broken.csar"));

    ASSERT_EQ(reply->error().kind(), Kind::Rejected) << describe(reply->error());
    EXPECT_EQ(reply->error().alien4cloudCode(), 200);
    EXPECT_EQ(reply->error().httpStatus(), 200);
    EXPECT_THAT(messageOf(reply), HasSubstr("did not import 'broken.csar' (errors found: 2)"));
    EXPECT_THAT(messageOf(reply),
                HasSubstr("First: artifacts/other.yml:3:1: error: [INVALID_YAML]"));

    const Alien4CloudCsarResult &result = reply->csarResult();
    EXPECT_FALSE(result.saved);
    EXPECT_EQ(result.errorCode, 200);
    ASSERT_EQ(result.parsingErrors.size(), 4);
    const auto &invalid = result.parsingErrors.at(0);
    EXPECT_EQ(invalid.fileName.toStdString(), "artifacts/other.yml");
    EXPECT_EQ(invalid.errorCode.toStdString(), "INVALID_YAML");
    const auto &notFound = result.parsingErrors.at(1);
    EXPECT_EQ(notFound.level, Severity::Error);
    EXPECT_EQ(notFound.fileName.toStdString(), "broken.yml");
    EXPECT_EQ(notFound.errorCode.toStdString(), "TYPE_NOT_FOUND");
    EXPECT_EQ(notFound.startLine, 42);
    EXPECT_EQ(notFound.startColumn, 11);
    EXPECT_EQ(notFound.endLine, 42);
    EXPECT_EQ(notFound.endColumn, 31);
    EXPECT_EQ(notFound.note.toStdString(), "tosca.nodes.Foo");
    const auto &warning = result.parsingErrors.at(2);
    EXPECT_EQ(warning.level, Severity::Warning);
    EXPECT_EQ(warning.startLine, 7);
    EXPECT_EQ(warning.startColumn, 3);
    const auto &info = result.parsingErrors.at(3);
    EXPECT_EQ(info.level, Severity::Info);
    EXPECT_EQ(info.startLine, 0);
    EXPECT_FALSE(m_server.hasCsar(QStringLiteral("broken:1.0")));
}

TEST_F(Alien4CloudCsarTest, IdenticalReuploadIsAlreadyIndexedAndNotAnError)
{
    const QByteArray csar = makeTypesCsar(QStringLiteral("stable-types"), QStringLiteral("1.0.0"));
    Alien4CloudReply *first = upload(csar, QStringLiteral("stable-types.csar"));
    ASSERT_FALSE(first->hasError()) << describe(first->error());
    EXPECT_FALSE(first->csarResult().alreadyIndexed());

    Alien4CloudReply *second = upload(csar, QStringLiteral("stable-types.csar"));
    ASSERT_FALSE(second->hasError()) << describe(second->error());
    EXPECT_TRUE(second->csarResult().saved);
    EXPECT_TRUE(second->csarResult().alreadyIndexed());
    EXPECT_EQ(second->csarResult().count(Severity::Info), 1);
    EXPECT_EQ(second->csarResult().count(Severity::Error), 0);
}

TEST_F(Alien4CloudCsarTest, ReleaseWithOtherContentIsRefusedWith502)
{
    Alien4CloudReply *first
        = upload(makeTypesCsar(QStringLiteral("app-types"), QStringLiteral("1.0.0")),
                 QStringLiteral("app-types.csar"));
    ASSERT_FALSE(first->hasError()) << describe(first->error());
    const QByteArray hash = m_server.csarHash(QStringLiteral("app-types:1.0.0"));

    Alien4CloudReply *second = upload(makeTypesCsar(QStringLiteral("app-types"),
                                                    QStringLiteral("1.0.0"),
                                                    {},
                                                    QStringLiteral("org.example.nodes.Other")),
                                      QStringLiteral("app-types.csar"));

    ASSERT_EQ(second->error().kind(), Kind::Rejected) << describe(second->error());
    EXPECT_EQ(second->error().alien4cloudCode(), 502);
    EXPECT_EQ(second->csarResult().errorCode, 502);
    EXPECT_TRUE(second->csarResult().hasCode(QStringLiteral("CSAR_ALREADY_EXISTS")));
    EXPECT_FALSE(second->csarResult().saved);
    EXPECT_THAT(messageOf(second),
                HasSubstr("already has 'app-types.csar' with different content"));
    EXPECT_THAT(messageOf(second), HasSubstr("a released version cannot be replaced"));
    EXPECT_THAT(messageOf(second), HasSubstr("-SNAPSHOT"));
    EXPECT_EQ(m_server.csarHash(QStringLiteral("app-types:1.0.0")), hash);
}

TEST_F(Alien4CloudCsarTest, SnapshotWithOtherContentIsOverwritten)
{
    Alien4CloudReply *first
        = upload(makeTypesCsar(QStringLiteral("dev-types"), QStringLiteral("1.0.0-SNAPSHOT")),
                 QStringLiteral("dev-types.csar"));
    ASSERT_FALSE(first->hasError()) << describe(first->error());
    const QByteArray hash = m_server.csarHash(QStringLiteral("dev-types:1.0.0-SNAPSHOT"));

    Alien4CloudReply *second = upload(makeTypesCsar(QStringLiteral("dev-types"),
                                                    QStringLiteral("1.0.0-SNAPSHOT"),
                                                    {},
                                                    QStringLiteral("org.example.nodes.Other")),
                                      QStringLiteral("dev-types.csar"));
    ASSERT_FALSE(second->hasError()) << describe(second->error());
    EXPECT_TRUE(second->csarResult().saved);
    EXPECT_FALSE(second->csarResult().alreadyIndexed());
    EXPECT_NE(m_server.csarHash(QStringLiteral("dev-types:1.0.0-SNAPSHOT")), hash);
}

TEST_F(Alien4CloudCsarTest, MissingDependencyWarnsAndFailsOnTheTypesItProvides)
{
    // makeTypesCsar() puts the import on line 8 ("  - ...") and derived_from on line 12.
    Alien4CloudReply *reply = upload(
        makeTypesCsar(QStringLiteral("mesos-types"), QStringLiteral("1.4.0-SNAPSHOT"), {Normative}),
        QStringLiteral("mesos-types.csar"));

    ASSERT_EQ(reply->error().kind(), Kind::Rejected) << describe(reply->error());
    EXPECT_EQ(reply->error().alien4cloudCode(), 200);
    const Alien4CloudCsarResult &result = reply->csarResult();
    EXPECT_FALSE(result.saved);
    ASSERT_EQ(result.parsingErrors.size(), 2);

    const auto &typeNotFound = result.parsingErrors.at(0);
    EXPECT_EQ(typeNotFound.level, Severity::Error);
    EXPECT_EQ(typeNotFound.errorCode.toStdString(), "TYPE_NOT_FOUND");
    EXPECT_EQ(typeNotFound.fileName.toStdString(), "mesos-types.yml");
    EXPECT_EQ(typeNotFound.note.toStdString(), "tosca.nodes.Root");
    EXPECT_EQ(typeNotFound.startLine, 12);
    EXPECT_EQ(typeNotFound.startColumn, 19);
    EXPECT_EQ(typeNotFound.endColumn, 35);

    const auto &missing = result.parsingErrors.at(1);
    EXPECT_EQ(missing.level, Severity::Warning);
    EXPECT_EQ(missing.errorCode.toStdString(), "MISSING_DEPENDENCY");
    EXPECT_EQ(missing.note, Normative);
    EXPECT_EQ(missing.startLine, 8);
    EXPECT_EQ(missing.startColumn, 5);

    EXPECT_THAT(messageOf(reply), HasSubstr("(errors found: 1)"));
    EXPECT_THAT(messageOf(reply), HasSubstr("mesos-types.yml:12:19"));
    EXPECT_FALSE(m_server.hasCsar(QStringLiteral("mesos-types:1.4.0-SNAPSHOT")));
}

TEST_F(Alien4CloudCsarTest, NotAZipIsAnInvalidArchive)
{
    Alien4CloudReply *reply
        = upload("tosca_definitions_version: alien_dsl_1_4_0\n", QStringLiteral("plain.yml"));
    ASSERT_EQ(reply->error().kind(), Kind::Rejected) << describe(reply->error());
    EXPECT_EQ(reply->error().alien4cloudCode(), 201);
    ASSERT_EQ(reply->csarResult().parsingErrors.size(), 1);
    EXPECT_EQ(reply->csarResult().parsingErrors.at(0).fileName.toStdString(), "plain.yml");
    EXPECT_THAT(messageOf(reply), HasSubstr("cannot read 'plain.yml' as a CSAR"));
    EXPECT_THAT(messageOf(reply), HasSubstr("only zip file is supported"));
}

TEST_F(Alien4CloudCsarTest, CheckParsesWithoutImportingOn3x)
{
    Alien4CloudReply *version = m_client->serverVersion();
    wait(version);
    Alien4CloudReply *reply = m_client->checkCsar(
        makeTypesCsar(QStringLiteral("checked-types"), QStringLiteral("1.0.0")),
        QStringLiteral("checked-types.csar"));
    wait(reply);

    ASSERT_FALSE(reply->hasError()) << describe(reply->error());
    EXPECT_TRUE(reply->csarResult().checkOnly);
    EXPECT_FALSE(reply->csarResult().saved);
    EXPECT_EQ(reply->csarResult().csarId.toStdString(), "checked-types:1.0.0");
    EXPECT_EQ(m_server.requestCount(QStringLiteral("POST /rest/latest/csars/check")), 1);
    EXPECT_FALSE(m_server.hasCsar(QStringLiteral("checked-types:1.0.0")));
}

TEST_F(Alien4CloudCsarTest, CheckReportsParseErrorsOn3x)
{
    Alien4CloudReply *reply = m_client->checkCsar(
        makeTypesCsar(QStringLiteral("mesos-types"), QStringLiteral("1.4.0"), {Normative}),
        QStringLiteral("mesos-types.csar"));
    wait(reply);
    ASSERT_EQ(reply->error().kind(), Kind::Rejected) << describe(reply->error());
    EXPECT_THAT(messageOf(reply), HasSubstr("Alien4Cloud found errors in 'mesos-types.csar' (1)"));
    EXPECT_TRUE(reply->csarResult().hasErrors());
}

TEST_F(Alien4CloudCsarTest, CheckIsSkippedWithoutARequestWhen14IsKnown)
{
    m_server.setVersion(QStringLiteral("1.4.6"));
    Alien4CloudReply *version = m_client->serverVersion();
    wait(version);
    ASSERT_FALSE(version->hasError()) << describe(version->error());

    Alien4CloudReply *reply = m_client->checkCsar(
        makeTypesCsar(QStringLiteral("t"), QStringLiteral("1.0")), QStringLiteral("t.csar"));
    wait(reply);
    ASSERT_EQ(reply->error().kind(), Kind::NotSupported) << describe(reply->error());
    EXPECT_THAT(messageOf(reply), HasSubstr("Alien4Cloud 1.4.6 at"));
    EXPECT_THAT(messageOf(reply), HasSubstr("needs Alien4Cloud 3.0 or later"));
    EXPECT_EQ(m_server.requestCount(QStringLiteral("POST /rest/latest/csars/check")), 0);
}

TEST_F(Alien4CloudCsarTest, CheckOn14WithAnUnknownVersionEndsAsNotSupported)
{
    m_server.setVersion(QStringLiteral("1.4.6"));
    Alien4CloudReply *reply = m_client->checkCsar(
        makeTypesCsar(QStringLiteral("t"), QStringLiteral("1.0")), QStringLiteral("t.csar"));
    wait(reply);
    ASSERT_EQ(reply->error().kind(), Kind::NotSupported) << describe(reply->error());
    EXPECT_EQ(reply->error().httpStatus(), 500);
    EXPECT_EQ(m_server.requestCount(QStringLiteral("POST /rest/latest/csars/check")), 1);
    EXPECT_FALSE(m_server.hasCsar(QStringLiteral("t:1.0")));
}
