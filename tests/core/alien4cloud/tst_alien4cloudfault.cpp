// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloudfixture.h"
#include "testarchives.h"

#include <QRandomGenerator>
#include <QTcpServer>

#include <gmock/gmock.h>

using namespace Topologist;
using namespace Topologist::Test;
using ::testing::HasSubstr;
using Kind = Alien4CloudError::Kind;
using Fault = FakeAlien4CloudServer::Fault;

namespace {

/// Bytes that do not compress, so the upload really is that large on the wire.
QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

} // namespace

TEST_F(Alien4CloudTest, ClosedPortIsConnectionRefused)
{
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nobody listens there any more

    m_profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    auto client = makeClient();
    Alien4CloudReply *reply = client->login(QStringLiteral("admin"));
    wait(reply);

    ASSERT_EQ(reply->error().kind(), Kind::ConnectionRefused) << describe(reply->error());
    EXPECT_EQ(reply->error().httpStatus(), 0);
    EXPECT_THAT(messageOf(reply),
                HasSubstr(QStringLiteral("Cannot reach Alien4Cloud at http://127.0.0.1:%1: "
                                         "connection refused. Is the server running")
                              .arg(port)
                              .toStdString()));
}

TEST_F(Alien4CloudTest, ServerDyingMidUploadIsALostConnection)
{
    auto client = makeClient();
    logIn(*client);
    // Every attempt dies: Qt may resend a request whose connection closed while writing.
    m_server.injectFault(QStringLiteral("/rest/latest/csars"), Fault::DropMidUpload, -1);

    Alien4CloudReply *reply
        = client->uploadCsar(randomBytes(2 * 1024 * 1024), QStringLiteral("big.csar"));
    wait(reply);

    ASSERT_EQ(reply->error().kind(), Kind::ConnectionLost) << describe(reply->error());
    EXPECT_THAT(messageOf(reply), HasSubstr("closed the connection while uploading 'big.csar'"));
    EXPECT_THAT(messageOf(reply), HasSubstr("check its log"));
    EXPECT_EQ(m_server.csarCount(), 0);
}

TEST_F(Alien4CloudTest, SlowServerTimesOutWithTheProfilesTimeout)
{
    m_profile.requestTimeoutMs = 300;
    auto client = makeClient();
    logIn(*client);
    m_server.injectFault(QStringLiteral("/rest/latest/csars/"), Fault::Stall);

    Alien4CloudReply *reply = client->csarExists(QStringLiteral("slow"), QStringLiteral("1.0"));
    wait(reply);

    ASSERT_EQ(reply->error().kind(), Kind::Timeout) << describe(reply->error());
    EXPECT_THAT(messageOf(reply),
                HasSubstr("did not answer within 0.3 s while looking up archive "
                          "slow:1.0"));
    EXPECT_THAT(messageOf(reply), HasSubstr("raise the timeout in the server profile"));
}

TEST_F(Alien4CloudTest, UploadsHaveTheirOwnTimeout)
{
    m_profile.uploadTimeoutMs = 300;
    auto client = makeClient();
    logIn(*client);
    m_server.injectFault(QStringLiteral("/rest/latest/csars"), Fault::Stall);

    Alien4CloudReply *reply = client->uploadCsar(
        makeTypesCsar(QStringLiteral("t"), QStringLiteral("1.0")), QStringLiteral("t.csar"));
    wait(reply);
    ASSERT_EQ(reply->error().kind(), Kind::Timeout) << describe(reply->error());
    EXPECT_THAT(messageOf(reply), HasSubstr("within 0.3 s while uploading 't.csar'"));
}

TEST_F(Alien4CloudTest, Http500IsAServerErrorWithA4CsMessage)
{
    auto client = makeClient();
    logIn(*client);
    m_server.injectFault(QStringLiteral("/rest/latest/csars/"), Fault::InternalError);

    Alien4CloudReply *reply = client->csarExists(QStringLiteral("a"), QStringLiteral("1.0"));
    wait(reply);
    ASSERT_EQ(reply->error().kind(), Kind::ServerError) << describe(reply->error());
    EXPECT_EQ(reply->error().httpStatus(), 500);
    EXPECT_EQ(reply->error().alien4cloudCode(), 500);
    EXPECT_THAT(messageOf(reply), HasSubstr("failed while looking up archive a:1.0 (HTTP 500)"));
    EXPECT_THAT(messageOf(reply), HasSubstr("NullPointerException: fake failure"));
    EXPECT_THAT(messageOf(reply), HasSubstr("server log"));
}

TEST_F(Alien4CloudTest, NonJsonAnswerIsMalformed)
{
    auto client = makeClient();
    logIn(*client);
    m_server.injectFault(QStringLiteral("/rest/latest/csars"), Fault::NotJson);

    Alien4CloudReply *reply = client->uploadCsar(
        makeTypesCsar(QStringLiteral("t"), QStringLiteral("1.0")), QStringLiteral("t.csar"));
    wait(reply);
    ASSERT_EQ(reply->error().kind(), Kind::MalformedResponse) << describe(reply->error());
    EXPECT_THAT(messageOf(reply),
                HasSubstr("answered with something that is not JSON (HTTP 200, "
                          "52 bytes) while uploading 't.csar'"));
    EXPECT_THAT(messageOf(reply), HasSubstr("Welcome to nginx!"));
    EXPECT_THAT(messageOf(reply), HasSubstr("is the address of an Alien4Cloud server"));
}

TEST_F(Alien4CloudTest, TruncatedJsonIsMalformed)
{
    auto client = makeClient();
    logIn(*client);
    m_server.injectFault(QStringLiteral("/rest/latest/csars/"), Fault::TruncatedJson);

    Alien4CloudReply *reply = client->csarExists(QStringLiteral("a"), QStringLiteral("1.0"));
    wait(reply);
    ASSERT_EQ(reply->error().kind(), Kind::MalformedResponse) << describe(reply->error());
    EXPECT_THAT(messageOf(reply), HasSubstr("is not JSON (HTTP 200"));
}

TEST_F(Alien4CloudTest, JsonThatIsNoEnvelopeIsMalformed)
{
    auto client = makeClient();
    logIn(*client);
    m_server.injectFault(QStringLiteral("/rest/latest/applications"), Fault::WrongEnvelope);

    Alien4CloudReply *reply = client->createApplication(
        QStringLiteral("A"), QStringLiteral("a"), QString(), QStringLiteral("t:1.0"));
    wait(reply);
    ASSERT_EQ(reply->error().kind(), Kind::MalformedResponse) << describe(reply->error());
    EXPECT_THAT(messageOf(reply), HasSubstr("JSON of an unexpected shape (HTTP 200)"));
    EXPECT_THAT(messageOf(reply), HasSubstr("expected {\"data\""));
}

TEST_F(Alien4CloudTest, CancelDuringUploadStopsItAndSaysSo)
{
    auto client = makeClient();
    logIn(*client);
    // The server stops reading: the upload is still under way when it is canceled.
    m_server.injectFault(QStringLiteral("/rest/latest/csars"), Fault::Stall);

    const QByteArray content = randomBytes(16 * 1024 * 1024);
    Alien4CloudReply *reply = client->uploadCsar(content, QStringLiteral("huge.csar"));
    int progressReports = 0;
    int finishedCount = 0;
    qint64 total = 0;
    QObject::connect(reply, &Alien4CloudReply::progress, reply, [&](qint64 sent, qint64 all) {
        ++progressReports;
        total = all;
        if (sent > 0)
            reply->cancel();
    });
    QObject::connect(reply, &Alien4CloudReply::finished, [&] { ++finishedCount; });
    wait(reply);

    ASSERT_EQ(reply->error().kind(), Kind::Canceled) << describe(reply->error());
    EXPECT_THAT(messageOf(reply), HasSubstr("was canceled while uploading 'huge.csar'"));
    EXPECT_GE(progressReports, 1);
    EXPECT_GT(total, content.size());
    EXPECT_EQ(finishedCount, 1);
    reply->cancel(); // once finished, a cancel changes nothing
    EXPECT_EQ(finishedCount, 1);
    EXPECT_EQ(m_server.csarCount(), 0);
}

TEST_F(Alien4CloudTest, CancelBeforeTheAnswerOfALookup)
{
    auto client = makeClient();
    logIn(*client);
    m_server.injectFault(QStringLiteral("/rest/latest/csars/"), Fault::Stall);
    Alien4CloudReply *reply = client->csarExists(QStringLiteral("a"), QStringLiteral("1.0"));
    QObject::connect(
        &m_server, &FakeAlien4CloudServer::requestStarted, reply, &Alien4CloudReply::cancel);
    wait(reply);
    EXPECT_EQ(reply->error().kind(), Kind::Canceled) << describe(reply->error());
}
