// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloudfixture.h"

#include <gmock/gmock.h>

using namespace Topologist;
using namespace Topologist::Test;
using ::testing::HasSubstr;
using Kind = Alien4CloudError::Kind;

namespace {

const QString Template = QStringLiteral("marathon-topology:1.4.0-SNAPSHOT");

} // namespace

class Alien4CloudApplicationTest : public Alien4CloudTest
{
protected:
    void SetUp() override
    {
        Alien4CloudTest::SetUp();
        m_server.addCsar(
            QStringLiteral("marathon-topology"), QStringLiteral("1.4.0-SNAPSHOT"), {}, true);
        m_client = makeClient();
        logIn(*m_client);
    }

    Alien4CloudReply *create(const QString &name, const QString &archiveName)
    {
        Alien4CloudReply *reply = m_client->createApplication(
            name, archiveName, QStringLiteral("Made by a test"), Template);
        wait(reply);
        return reply;
    }

    std::unique_ptr<Alien4CloudClient> m_client;
};

TEST_F(Alien4CloudApplicationTest, CreatedApplicationHasAnIdAndAPageInTheUi)
{
    Alien4CloudReply *reply
        = create(QStringLiteral("Marathon cluster"), QStringLiteral("marathon_cluster"));
    ASSERT_FALSE(reply->hasError()) << describe(reply->error());
    EXPECT_EQ(reply->httpStatus(), 201);
    EXPECT_EQ(reply->applicationId().toStdString(), "marathon_cluster");
    EXPECT_TRUE(reply->notice().isEmpty());
    EXPECT_TRUE(m_server.hasApplication(QStringLiteral("marathon_cluster")));
    EXPECT_EQ(m_client->applicationUrl(reply->applicationId()).toString().toStdString(),
              m_server.baseUrl().toString().toStdString()
                  + "/#/applications/detail/marathon_cluster/infos");
}

TEST_F(Alien4CloudApplicationTest, UiRouteFollowsTheServerVersion)
{
    m_server.setVersion(QStringLiteral("1.4.6"));
    Alien4CloudReply *version = m_client->serverVersion();
    wait(version);
    EXPECT_THAT(m_client->applicationUrl(QStringLiteral("app")).toString().toStdString(),
                HasSubstr("/#/applications/details/app/infos"));
}

TEST_F(Alien4CloudApplicationTest, ExistingArchiveVersionIs201WithANotice)
{
    m_server.addCsar(QStringLiteral("marathon_cluster"), QStringLiteral("0.1.0-SNAPSHOT"));
    Alien4CloudReply *reply
        = create(QStringLiteral("Marathon cluster"), QStringLiteral("marathon_cluster"));
    ASSERT_FALSE(reply->hasError()) << describe(reply->error());
    EXPECT_EQ(reply->httpStatus(), 201);
    EXPECT_EQ(reply->applicationId().toStdString(), "marathon_cluster");
    EXPECT_THAT(reply->notice().toStdString(),
                HasSubstr("Application 'Marathon cluster' was created"));
    EXPECT_THAT(reply->notice().toStdString(), HasSubstr("error 615"));
}

TEST_F(Alien4CloudApplicationTest, DuplicateApplicationIsRefused)
{
    m_server.addApplication(QStringLiteral("marathon_cluster"), QStringLiteral("Old one"));
    Alien4CloudReply *reply
        = create(QStringLiteral("Marathon cluster"), QStringLiteral("marathon_cluster"));
    ASSERT_EQ(reply->error().kind(), Kind::Rejected) << describe(reply->error());
    EXPECT_EQ(reply->error().httpStatus(), 409);
    EXPECT_EQ(reply->error().alien4cloudCode(), 502);
    EXPECT_THAT(messageOf(reply),
                HasSubstr("An application named 'Marathon cluster' or with the id "
                          "'marathon_cluster' already exists"));
    EXPECT_THAT(messageOf(reply), HasSubstr("Choose another name"));
}

TEST_F(Alien4CloudApplicationTest, InvalidIdIsCaughtBeforeSending)
{
    Alien4CloudReply *reply
        = create(QStringLiteral("Marathon cluster"), QStringLiteral("marathon-cluster"));
    ASSERT_EQ(reply->error().kind(), Kind::InvalidRequest) << describe(reply->error());
    EXPECT_THAT(messageOf(reply), HasSubstr("'marathon-cluster' is not valid"));
    EXPECT_THAT(messageOf(reply), HasSubstr("use only letters, digits and '_'"));
    EXPECT_EQ(m_server.requestCount(QStringLiteral("POST /rest/latest/applications")), 0);

    EXPECT_TRUE(Alien4CloudClient::isValidArchiveName(QStringLiteral("Marathon_2")));
    EXPECT_FALSE(Alien4CloudClient::isValidArchiveName(QStringLiteral("café")));
    EXPECT_FALSE(Alien4CloudClient::isValidArchiveName(QString()));
    EXPECT_FALSE(Alien4CloudClient::isValidApplicationName(QStringLiteral("a/b")));
    EXPECT_TRUE(Alien4CloudClient::isValidApplicationName(QStringLiteral("Marathon cluster")));
}

TEST_F(Alien4CloudApplicationTest, ServerSideNameRefusalIs618)
{
    m_server.injectFault(QStringLiteral("/rest/latest/applications"),
                         FakeAlien4CloudServer::Fault::InvalidName);
    Alien4CloudReply *reply = create(QStringLiteral("Marathon"), QStringLiteral("marathon"));
    ASSERT_EQ(reply->error().kind(), Kind::Rejected) << describe(reply->error());
    EXPECT_EQ(reply->error().httpStatus(), 400);
    EXPECT_EQ(reply->error().alien4cloudCode(), 618);
    EXPECT_THAT(messageOf(reply), HasSubstr("refused the application id 'marathon' (error 618"));
}

TEST_F(Alien4CloudApplicationTest, UnknownTemplateSaysToUploadItFirst)
{
    Alien4CloudReply *reply = m_client->createApplication(
        QStringLiteral("X"), QStringLiteral("x"), QString(), QStringLiteral("nothing:1.0"));
    wait(reply);
    ASSERT_EQ(reply->error().kind(), Kind::NotFound) << describe(reply->error());
    EXPECT_THAT(messageOf(reply),
                HasSubstr("The topology template nothing:1.0 is not in the catalog"));
}
