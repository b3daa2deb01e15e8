// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudclient.h"
#include "csar/csarexporter.h"
#include "pushfixture.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <gmock/gmock.h>

using namespace Topologist;
using namespace Topologist::Test;
using ::testing::HasSubstr;
using Outcome = Alien4CloudPush::Outcome;

namespace {

const QString Normative = QStringLiteral("tosca-normative-types:1.0.0-ALIEN14");
const QString Docker = QStringLiteral("docker-engine-type:1.4.0-SNAPSHOT");
const QString Mesos = QStringLiteral("mesos-types:1.4.0-SNAPSHOT");
const QString Marathon = QStringLiteral("marathon-topology:1.4.0-SNAPSHOT");

int uploads(const FakeAlien4CloudServer &server)
{
    return server.requestCount(QStringLiteral("POST /rest/latest/csars"));
}

QJsonObject mark(int line, int column)
{
    return QJsonObject{{QStringLiteral("line"), line}, {QStringLiteral("column"), column}};
}

QJsonObject
parsingError(const QString &level, const QString &code, int line, const QString &problem)
{
    return QJsonObject{
        {QStringLiteral("errorLevel"), level},
        {QStringLiteral("errorCode"), code},
        {QStringLiteral("context"), QStringLiteral("scripted by the test")},
        {QStringLiteral("startMark"), line > 0 ? QJsonValue(mark(line, 13)) : QJsonValue()},
        {QStringLiteral("problem"), problem},
        {QStringLiteral("endMark"), line > 0 ? QJsonValue(mark(line, 30)) : QJsonValue()},
        {QStringLiteral("note"), QJsonValue()},
    };
}

/// The 1-based line of the first line of @p yaml at or after @p from that holds @p text.
int lineOf(const QByteArray &yaml, const QByteArray &text, int from = 1)
{
    const QList<QByteArray> lines = yaml.split('\n');
    for (int i = from - 1; i < lines.size(); ++i) {
        if (lines.at(i).contains(text))
            return i + 1;
    }
    return 0;
}

} // namespace

TEST_F(PushTest, EmptyServerGetsTheImportedArchivesFirstInUploadOrder)
{
    // What the server holds when each upload starts tells the order it received them in.
    QList<QStringList> heldAtEachUpload;
    QObject::connect(&m_server,
                     &FakeAlien4CloudServer::requestStarted,
                     [&](const QString &method, const QString &path) {
                         if (method != QLatin1String("POST")
                             || path != QLatin1String("/rest/latest/csars"))
                             return;
                         QStringList held;
                         for (const QString &id : {Normative, Docker, Mesos, Marathon}) {
                             if (m_server.hasCsar(id))
                                 held.append(id);
                         }
                         heldAtEachUpload.append(held);
                     });

    const Alien4CloudPush::Result result = push(loadExample(QStringLiteral("marathon")));

    ASSERT_EQ(result.outcome, Outcome::Succeeded) << describe(result);
    EXPECT_EQ(result.uploadedArchives, (QStringList{Normative, Docker, Mesos, Marathon}));
    EXPECT_TRUE(result.presentArchives.isEmpty());
    EXPECT_EQ(
        heldAtEachUpload,
        (QList<QStringList>{{}, {Normative}, {Normative, Docker}, {Normative, Docker, Mesos}}));
    EXPECT_EQ(result.topologyId, Marathon);
    EXPECT_FALSE(result.topologyUpToDate);
    EXPECT_EQ(m_server.lastUploadFileName(),
              QStringLiteral("marathon-topology-1.4.0-SNAPSHOT.csar"));
    // A 3.x server checks the topology before it is imported.
    EXPECT_EQ(m_server.requestCount(QStringLiteral("POST /rest/latest/csars/check")), 1);
    EXPECT_THAT(result.message.toStdString(), HasSubstr("Pushed " + Marathon.toStdString()));
    EXPECT_THAT(result.message.toStdString(), HasSubstr("Type archives uploaded first"));

    EXPECT_EQ(stepLabels(),
              (QStringList{QStringLiteral("Preparing ") + Marathon,
                           QStringLiteral("Connecting to ") + m_server.baseUrl().toString(),
                           QStringLiteral("Logging in as admin"),
                           QStringLiteral("Checking ") + Normative,
                           QStringLiteral("Checking ") + Docker,
                           QStringLiteral("Checking ") + Mesos,
                           QStringLiteral("Uploading ") + Normative,
                           QStringLiteral("Uploading ") + Docker,
                           QStringLiteral("Uploading ") + Mesos,
                           QStringLiteral("Having Alien4Cloud check ") + Marathon,
                           QStringLiteral("Uploading ") + Marathon}));
}

TEST_F(PushTest, SecondPushUploadsOnlyTheTopologyAndSaysItIsUpToDate)
{
    const LoadedTopology marathon = loadExample(QStringLiteral("marathon"));
    ASSERT_TRUE(push(marathon).succeeded());
    const int before = uploads(m_server);

    const Alien4CloudPush::Result again = push(marathon);
    ASSERT_EQ(again.outcome, Outcome::Succeeded) << describe(again);
    EXPECT_EQ(uploads(m_server) - before, 1);
    EXPECT_EQ(again.uploadedArchives, QStringList{Marathon});
    EXPECT_EQ(again.presentArchives, (QStringList{Normative, Docker, Mesos}));
    EXPECT_TRUE(again.topologyUpToDate);
    ASSERT_EQ(again.notices.size(), 1);
    EXPECT_THAT(again.notices.first().toStdString(), HasSubstr("already up to date"));
    EXPECT_THAT(again.message.toStdString(), HasSubstr("already up to date"));
    // Routine infos (TOPOLOGY_DETECTED, CSAR_ALREADY_INDEXED) do not clutter the problems list.
    EXPECT_TRUE(again.problems.isEmpty()) << describe(again);
}

TEST_F(PushTest, SnapshotWithOtherContentIsReplaced)
{
    m_server.addMarathonDependencies();
    m_server.addCsar(
        QStringLiteral("marathon-topology"), QStringLiteral("1.4.0-SNAPSHOT"), {}, true);
    const QByteArray before = m_server.csarHash(Marathon);

    const Alien4CloudPush::Result result = push(loadExample(QStringLiteral("marathon")));
    ASSERT_EQ(result.outcome, Outcome::Succeeded) << describe(result);
    EXPECT_FALSE(result.topologyUpToDate);
    EXPECT_NE(m_server.csarHash(Marathon), before);
}

TEST_F(PushTest, ReleaseWithOtherContentIsRefusedWithAdviceToBumpTheVersion)
{
    m_server.addMarathonDependencies();
    LoadedTopology marathon = loadExample(QStringLiteral("marathon"));
    marathon.archive.version = QStringLiteral("1.4.0");
    m_server.addCsar(QStringLiteral("marathon-topology"), QStringLiteral("1.4.0"), {}, true);

    const Alien4CloudPush::Result result = push(marathon);
    ASSERT_EQ(result.outcome, Outcome::RejectedByServer) << describe(result);
    EXPECT_EQ(result.error.alien4cloudCode(), 502);
    EXPECT_THAT(result.message.toStdString(),
                HasSubstr("already has marathon-topology:1.4.0 with different content"));
    EXPECT_THAT(result.message.toStdString(), HasSubstr("a released version cannot be replaced"));
    EXPECT_THAT(result.message.toStdString(), HasSubstr("(1.4.1, say)"));
}

TEST_F(PushTest, OlderServerSkipsTheCheckWithoutAsking)
{
    m_server.setVersion(QStringLiteral("1.4.6"));
    const Alien4CloudPush::Result result = push(loadExample(QStringLiteral("mesos-ha")));
    ASSERT_EQ(result.outcome, Outcome::Succeeded) << describe(result);
    EXPECT_EQ(m_server.requestCount(QStringLiteral("POST /rest/latest/csars/check")), 0);
}

TEST_F(PushTest, CheckCanBeLeftOut)
{
    Alien4CloudPush::Options options;
    options.checkBeforeUpload = false;
    const Alien4CloudPush::Result result = push(loadExample(QStringLiteral("aurora")), options);
    ASSERT_EQ(result.outcome, Outcome::Succeeded) << describe(result);
    EXPECT_EQ(m_server.requestCount(QStringLiteral("POST /rest/latest/csars/check")), 0);
    EXPECT_TRUE(result.uploadedArchives.contains(QStringLiteral("aurora-types:1.4.0-SNAPSHOT")));
}

class PushParseErrors : public PushTest, public ::testing::WithParamInterface<bool>
{
};

TEST_P(PushParseErrors, AreMappedOntoTheNodesTheyConcern)
{
    const bool checkFirst = GetParam();
    m_server.addMarathonDependencies();
    const LoadedTopology marathon = loadExample(QStringLiteral("marathon"));
    // A4C's lines are those of the YAML that is uploaded: the serialized document.
    const QByteArray uploaded = CsarExporter::serialize(marathon.archive);
    const int masterLine = lineOf(uploaded, "    MesosMaster:");
    const int hostTargetLine = lineOf(uploaded, "node: MasterCompute", masterLine);
    const int marathonLine = lineOf(uploaded, "    Marathon:");
    ASSERT_GT(masterLine, 0);
    ASSERT_GT(hostTargetLine, masterLine);
    ASSERT_GT(marathonLine, 0);

    const QJsonArray errors{
        parsingError(QStringLiteral("ERROR"),
                     QStringLiteral("REQUIREMENT_TARGET_NOT_FOUND"),
                     hostTargetLine,
                     QStringLiteral("The requirement target is not found.")),
        parsingError(QStringLiteral("WARNING"),
                     QStringLiteral("UNKNOWN_CAPABILITY"),
                     marathonLine + 1,
                     QStringLiteral("Unknown capability.")),
        parsingError(QStringLiteral("ERROR"),
                     QStringLiteral("MISSING_TOPOLOGY_INPUT"),
                     0,
                     QStringLiteral("The topology input is missing.")),
    };
    m_server.scriptUploadResult(Alien4CloudPush::uploadFileName(marathon.archive),
                                200,
                                QJsonObject{{QStringLiteral("marathon.yml"), errors}});

    Alien4CloudPush::Options options;
    options.checkBeforeUpload = checkFirst;
    const Alien4CloudPush::Result result = push(marathon, options);
    ASSERT_EQ(result.outcome, Outcome::RejectedByServer) << describe(result);
    EXPECT_THAT(result.message.toStdString(),
                HasSubstr(checkFirst ? "Alien4Cloud found errors in "
                                       "'marathon-topology-1.4.0-SNAPSHOT.csar' (2)"
                                     : "did not import 'marathon-topology-1.4.0-SNAPSHOT.csar' "
                                       "(errors found: 2)"));
    EXPECT_FALSE(m_server.hasCsar(Marathon));
    ASSERT_EQ(result.problems.size(), 3) << describe(result);

    const NodeTemplate *master = marathon.archive.topology->node(QStringLiteral("MesosMaster"));
    const NodeTemplate *marathonNode = marathon.archive.topology->node(QStringLiteral("Marathon"));
    ASSERT_NE(master, nullptr);
    ASSERT_NE(marathonNode, nullptr);

    const Problem *target = nullptr;
    const Problem *capability = nullptr;
    const Problem *input = nullptr;
    for (const Problem &problem : result.problems) {
        if (problem.code == QLatin1String("A4C-REQUIREMENT_TARGET_NOT_FOUND"))
            target = &problem;
        else if (problem.code == QLatin1String("A4C-UNKNOWN_CAPABILITY"))
            capability = &problem;
        else if (problem.code == QLatin1String("A4C-MISSING_TOPOLOGY_INPUT"))
            input = &problem;
    }
    ASSERT_NE(target, nullptr);
    EXPECT_EQ(target->severity, Severity::Error);
    EXPECT_EQ(target->node, QStringLiteral("MesosMaster"));
    EXPECT_EQ(target->member.toString(), QStringLiteral("requirement host"));
    EXPECT_EQ(target->requirementIndex, 0);
    // In the user's file, not in the uploaded one.
    EXPECT_EQ(target->location, master->requirements.first().location);
    EXPECT_EQ(target->location.file, QStringLiteral(":/examples/marathon/marathon.yml"));
    EXPECT_THAT(target->message.toStdString(), HasSubstr("The requirement target is not found."));
    EXPECT_THAT(target->message.toStdString(),
                HasSubstr(QStringLiteral("marathon.yml:%1:13 of the uploaded archive")
                              .arg(hostTargetLine)
                              .toStdString()));

    ASSERT_NE(capability, nullptr);
    EXPECT_EQ(capability->severity, Severity::Warning);
    EXPECT_EQ(capability->node, QStringLiteral("Marathon"));
    EXPECT_EQ(capability->location, marathonNode->location);

    ASSERT_NE(input, nullptr);
    EXPECT_TRUE(input->node.isEmpty());
    EXPECT_EQ(input->location.file, QStringLiteral(":/examples/marathon/marathon.yml"));
    EXPECT_EQ(input->location.line, 0);
}

INSTANTIATE_TEST_SUITE_P(Push,
                         PushParseErrors,
                         ::testing::Values(true, false),
                         [](const auto &param) {
                             return std::string(param.param ? "FromTheCheck" : "FromTheUpload");
                         });

TEST_F(PushTest, TypeArchiveRefusedByTheServerPointsIntoItsDefinitions)
{
    m_server.scriptUploadResult(
        QStringLiteral("tosca-normative-types-1.0.0-ALIEN14.csar"),
        200,
        QJsonObject{{QStringLiteral("normative-types.yml"),
                     QJsonArray{parsingError(QStringLiteral("ERROR"),
                                             QStringLiteral("SYNTAX_ERROR"),
                                             12,
                                             QStringLiteral("Something is off."))}}});
    const Alien4CloudPush::Result result = push(loadExample(QStringLiteral("marathon")));
    ASSERT_EQ(result.outcome, Outcome::RejectedByServer) << describe(result);
    EXPECT_THAT(result.message.toStdString(),
                HasSubstr("refused the type archive " + Normative.toStdString()));
    ASSERT_EQ(result.problems.size(), 1);
    EXPECT_EQ(result.problems.first().location.file,
              QStringLiteral(":/types/tosca-normative-types/normative-types.yml"));
    EXPECT_EQ(result.problems.first().location.line, 12);
    EXPECT_EQ(result.problems.first().code, QStringLiteral("A4C-SYNTAX_ERROR"));
    // Nothing after the refused archive was sent.
    EXPECT_EQ(uploads(m_server), 1);
}

TEST_F(PushTest, TopologyWithValidationErrorsIsNotSent)
{
    const Alien4CloudPush::Result result
        = push(load(dataPath(QStringLiteral("export/broken-topology.yml"))));
    ASSERT_EQ(result.outcome, Outcome::RefusedLocally) << describe(result);
    EXPECT_EQ(result.exportRefusal, CsarExporter::Refusal::ValidationErrors);
    EXPECT_FALSE(result.problems.isEmpty());
    EXPECT_THAT(result.message.toStdString(), HasSubstr("Not pushed."));
    EXPECT_TRUE(m_server.requestLog().isEmpty())
        << m_server.requestLog().join(QLatin1Char(' ')).toStdString();
}

TEST_F(PushTest, CreatesTheApplicationAndGivesItsPage)
{
    Alien4CloudPush::Options options;
    options.applicationName = QStringLiteral("Marathon cluster");
    const Alien4CloudPush::Result result = push(loadExample(QStringLiteral("marathon")), options);
    ASSERT_EQ(result.outcome, Outcome::Succeeded) << describe(result);
    EXPECT_EQ(result.applicationId, QStringLiteral("Marathon_cluster"));
    EXPECT_TRUE(m_server.hasApplication(QStringLiteral("Marathon_cluster")));
    EXPECT_EQ(result.applicationUrl.fragment(),
              QStringLiteral("/applications/detail/Marathon_cluster/infos"));
    EXPECT_EQ(result.applicationUrl.host(), QStringLiteral("127.0.0.1"));
    EXPECT_TRUE(result.notices.isEmpty());
    EXPECT_EQ(stepLabels().last(), QStringLiteral("Creating application Marathon cluster"));
}

TEST_F(PushTest, ApplicationOverAnExistingArchiveSucceedsWithANotice)
{
    m_server.addCsar(
        QStringLiteral("Marathon_cluster"), QStringLiteral("0.1.0-SNAPSHOT"), {}, true);
    Alien4CloudPush::Options options;
    options.applicationName = QStringLiteral("Marathon cluster");
    const Alien4CloudPush::Result result = push(loadExample(QStringLiteral("marathon")), options);
    ASSERT_EQ(result.outcome, Outcome::Succeeded) << describe(result);
    EXPECT_EQ(result.applicationId, QStringLiteral("Marathon_cluster"));
    ASSERT_EQ(result.notices.size(), 1);
    EXPECT_THAT(result.notices.first().toStdString(), HasSubstr("error 615"));
}

TEST_F(PushTest, DuplicateApplicationIsRefusedButTheTopologyStaysUploaded)
{
    m_server.addApplication(QStringLiteral("Marathon_cluster"), QStringLiteral("Someone else's"));
    Alien4CloudPush::Options options;
    options.applicationName = QStringLiteral("Marathon cluster");
    const Alien4CloudPush::Result result = push(loadExample(QStringLiteral("marathon")), options);
    ASSERT_EQ(result.outcome, Outcome::RejectedByServer) << describe(result);
    EXPECT_EQ(result.error.httpStatus(), 409);
    EXPECT_THAT(result.message.toStdString(), HasSubstr("already exists"));
    EXPECT_THAT(result.message.toStdString(), HasSubstr("Choose another name"));
    EXPECT_THAT(result.message.toStdString(),
                HasSubstr("The topology " + Marathon.toStdString() + " was uploaded"));
    EXPECT_TRUE(m_server.hasCsar(Marathon));
    EXPECT_TRUE(result.applicationUrl.isEmpty());
}

TEST_F(PushTest, ExplicitApplicationIdIsUsed)
{
    Alien4CloudPush::Options options;
    options.applicationName = QStringLiteral("Prod / EU");
    options.applicationId = QStringLiteral("prod_eu");
    const Alien4CloudPush::Result result = push(loadExample(QStringLiteral("mesos-ha")), options);
    // A4C forbids '/' in names: the client says so before sending anything.
    ASSERT_EQ(result.outcome, Outcome::Failed) << describe(result);
    EXPECT_THAT(result.message.toStdString(), HasSubstr("not valid for Alien4Cloud"));

    options.applicationName = QStringLiteral("Prod EU");
    const Alien4CloudPush::Result ok = push(loadExample(QStringLiteral("mesos-ha")), options);
    ASSERT_EQ(ok.outcome, Outcome::Succeeded) << describe(ok);
    EXPECT_EQ(ok.applicationId, QStringLiteral("prod_eu"));
}

TEST(Alien4CloudPush, DefaultApplicationIdIsAWordAlien4CloudAccepts)
{
    EXPECT_EQ(Alien4CloudPush::defaultApplicationId(QStringLiteral("Marathon cluster")),
              QStringLiteral("Marathon_cluster"));
    EXPECT_EQ(Alien4CloudPush::defaultApplicationId(QStringLiteral(" Caf\u00e9 cr\u00e8me-2 ")),
              QStringLiteral("Cafe_creme_2"));
    EXPECT_EQ(Alien4CloudPush::defaultApplicationId(QString()), QStringLiteral("application"));
    EXPECT_TRUE(Alien4CloudClient::isValidArchiveName(
        Alien4CloudPush::defaultApplicationId(QStringLiteral("Mesos \u2192 prod (v2.1)"))));
}
