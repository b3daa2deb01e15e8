// SPDX-License-Identifier: GPL-3.0-or-later
#include "pushfixture.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>

#include <gmock/gmock.h>

using namespace Topologist;
using namespace Topologist::Test;
using ::testing::HasSubstr;
using Outcome = Alien4CloudPush::Outcome;
using Kind = Alien4CloudError::Kind;
using Fault = FakeAlien4CloudServer::Fault;
using StepState = Alien4CloudPush::StepState;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

/// The with-artifact topology in a folder of its own, with a 512 KiB artifact that does not
/// compress: its CSAR is large enough for the fake server to drop it mid-upload.
class PushFaultTest : public PushTest
{
protected:
    void SetUp() override
    {
        PushTest::SetUp();
        ASSERT_TRUE(m_work.isValid());
        m_topologyPath = m_work.filePath(QStringLiteral("with-artifact.yml"));
        m_original = readAll(dataPath(QStringLiteral("export/with-artifact.yml")));
        ASSERT_TRUE(writeAll(m_topologyPath, m_original));
        QByteArray noise(512 * 1024, Qt::Uninitialized);
        QRandomGenerator(11).fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        ASSERT_TRUE(writeAll(m_work.filePath(QStringLiteral("files/settings.cfg")), noise));
        m_server.addCsar(QStringLiteral("tosca-normative-types"), QStringLiteral("1.0.0-ALIEN14"));
    }

    void TearDown() override
    {
        // Whatever happened, the user's work is as it was.
        EXPECT_EQ(readAll(m_topologyPath), m_original);
        EXPECT_EQ(QDir(m_work.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                  (QStringList{QStringLiteral("files"), QStringLiteral("with-artifact.yml")}));
    }

    Alien4CloudPush::Result pushTopology(const Alien4CloudPush::Options &options = {},
                                         Alien4CloudPush *pusher = nullptr)
    {
        return push(load(m_topologyPath), options, pusher);
    }

    QTemporaryDir m_work;
    QString m_topologyPath;
    QByteArray m_original;
};

TEST_F(PushFaultTest, TheTopologyWithItsArtifactGoesThrough)
{
    const Alien4CloudPush::Result result = pushTopology();
    ASSERT_EQ(result.outcome, Outcome::Succeeded) << describe(result);
    EXPECT_EQ(result.uploadedArchives, QStringList{QStringLiteral("with-artifact:0.2.0-SNAPSHOT")});
}

TEST_F(PushFaultTest, AScriptLinkingOutsideTheFolderIsNeverSent)
{
    QTemporaryDir elsewhere;
    const QString secret = elsewhere.filePath(QStringLiteral("id_rsa"));
    ASSERT_TRUE(writeAll(secret, "-----BEGIN PRIVATE KEY-----\n"));
    const QString artifact = m_work.filePath(QStringLiteral("files/settings.cfg"));
    ASSERT_TRUE(QFile::remove(artifact));
    ASSERT_TRUE(QFile::link(secret, artifact));

    const Alien4CloudPush::Result result = pushTopology();

    EXPECT_EQ(result.outcome, Outcome::RefusedLocally) << describe(result);
    EXPECT_EQ(result.exportRefusal, CsarExporter::Refusal::Unsafe);
    EXPECT_THAT(result.message.toStdString(), HasSubstr("files/settings.cfg"));
    EXPECT_EQ(m_server.requestCount(QStringLiteral("POST /rest/latest/csars")), 0);
    EXPECT_EQ(m_server.requestCount(QStringLiteral("POST /login")), 0);
}

TEST_F(PushFaultTest, ServerDroppingTheConnectionMidUpload)
{
    // Every attempt dies: Qt may resend a request whose connection closed while writing.
    m_server.injectFault(QStringLiteral("/rest/latest/csars"), Fault::DropMidUpload, -1);
    Alien4CloudPush::Options options;
    options.checkBeforeUpload = false;
    const Alien4CloudPush::Result result = pushTopology(options);
    ASSERT_EQ(result.outcome, Outcome::Failed) << describe(result);
    EXPECT_EQ(result.error.kind(), Kind::ConnectionLost);
    EXPECT_THAT(result.message.toStdString(),
                HasSubstr("closed the connection while uploading "
                          "'with-artifact-0.2.0-SNAPSHOT.csar'"));
    EXPECT_FALSE(m_server.hasCsar(QStringLiteral("with-artifact:0.2.0-SNAPSHOT")));
}

TEST_F(PushFaultTest, ServerSlowerThanTheTimeout)
{
    m_profile.requestTimeoutMs = 300;
    m_server.injectFault(QStringLiteral("/rest/latest/csars/"), Fault::Stall);
    const Alien4CloudPush::Result result = pushTopology();
    ASSERT_EQ(result.outcome, Outcome::Failed) << describe(result);
    EXPECT_EQ(result.error.kind(), Kind::Timeout);
    EXPECT_THAT(result.message.toStdString(),
                HasSubstr("did not answer within 0.3 s while looking up archive "
                          "tosca-normative-types:1.0.0-ALIEN14"));
    EXPECT_THAT(result.message.toStdString(), HasSubstr("raise the timeout in the server profile"));
}

TEST_F(PushFaultTest, ServerAnswering500)
{
    m_server.injectFault(QStringLiteral("/rest/latest/csars/"), Fault::InternalError);
    const Alien4CloudPush::Result result = pushTopology();
    ASSERT_EQ(result.outcome, Outcome::Failed) << describe(result);
    EXPECT_EQ(result.error.kind(), Kind::ServerError);
    EXPECT_THAT(result.message.toStdString(),
                HasSubstr("failed while looking up archive tosca-normative-types:1.0.0-ALIEN14 "
                          "(HTTP 500): java.lang.NullPointerException: fake failure"));
}

TEST_F(PushFaultTest, ServerAnsweringGarbageToTheUpload)
{
    // Set when the upload's head arrives, taken by that very request once its body is in.
    QObject::connect(&m_server,
                     &FakeAlien4CloudServer::requestStarted,
                     [this](const QString &method, const QString &path) {
                         if (method == QLatin1String("POST")
                             && path == QLatin1String("/rest/latest/csars"))
                             m_server.injectFault(path, Fault::NotJson);
                     });
    const Alien4CloudPush::Result result = pushTopology();
    ASSERT_EQ(result.outcome, Outcome::Failed) << describe(result);
    EXPECT_EQ(result.error.kind(), Kind::MalformedResponse);
    EXPECT_THAT(result.message.toStdString(),
                HasSubstr("answered with something that is not JSON (HTTP 200, 52 bytes) while "
                          "uploading 'with-artifact-0.2.0-SNAPSHOT.csar'"));
}

TEST_F(PushFaultTest, LoginRefused)
{
    m_server.setRefuseLogins(true);
    const Alien4CloudPush::Result result = pushTopology();
    ASSERT_EQ(result.outcome, Outcome::Failed) << describe(result);
    EXPECT_EQ(result.error.kind(), Kind::AuthenticationFailed);
    EXPECT_EQ(result.message,
              QStringLiteral("Login refused for user 'admin' at %1: check user name and password.")
                  .arg(m_server.baseUrl().toString()));
    EXPECT_EQ(m_server.requestCount(QStringLiteral("POST /rest/latest/csars")), 0);
}

TEST_F(PushFaultTest, ConnectionRefused)
{
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nobody listens there any more
    m_profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));

    const Alien4CloudPush::Result result = pushTopology();
    ASSERT_EQ(result.outcome, Outcome::Failed) << describe(result);
    EXPECT_EQ(result.error.kind(), Kind::ConnectionRefused);
    EXPECT_THAT(result.message.toStdString(),
                HasSubstr(QStringLiteral("Cannot reach Alien4Cloud at http://127.0.0.1:%1: "
                                         "connection refused. Is the server running")
                              .arg(port)
                              .toStdString()));
}

TEST_F(PushFaultTest, ExpiredSessionMidPushIsRenewed)
{
    bool expired = false;
    QObject::connect(&m_server,
                     &FakeAlien4CloudServer::requestStarted,
                     [&](const QString &method, const QString &path) {
                         if (!expired && method == QLatin1String("POST")
                             && path == QLatin1String("/rest/latest/csars")) {
                             expired = true;
                             m_server.expireSessions();
                         }
                     });
    const Alien4CloudPush::Result result = pushTopology();
    ASSERT_TRUE(expired);
    ASSERT_EQ(result.outcome, Outcome::Succeeded) << describe(result);
    EXPECT_EQ(m_server.successfulLogins(), 2);
    EXPECT_TRUE(m_server.hasCsar(QStringLiteral("with-artifact:0.2.0-SNAPSHOT")));
}

TEST_F(PushFaultTest, CancelDuringTheUpload)
{
    // The upload alone stalls (set as its head arrives, taken by that very request).
    QObject::connect(&m_server,
                     &FakeAlien4CloudServer::requestStarted,
                     [this](const QString &method, const QString &path) {
                         if (method == QLatin1String("POST")
                             && path == QLatin1String("/rest/latest/csars"))
                             m_server.injectFault(path, Fault::Stall);
                     });
    Alien4CloudPush::Options options;
    options.checkBeforeUpload = false;
    options.applicationName = QStringLiteral("never");
    Alien4CloudPush pusher(m_profile);
    QList<qint64> progress;
    QObject::connect(&pusher, &Alien4CloudPush::uploadProgress, &pusher, [&](qint64 sent, qint64) {
        progress.append(sent);
        if (sent > 0)
            pusher.cancel();
    });
    int finished = 0;
    QObject::connect(&pusher, &Alien4CloudPush::finished, [&] { ++finished; });

    const Alien4CloudPush::Result result = pushTopology(options, &pusher);
    ASSERT_EQ(result.outcome, Outcome::Canceled) << describe(result);
    EXPECT_EQ(finished, 1);
    EXPECT_FALSE(progress.isEmpty());
    EXPECT_EQ(result.message,
              QStringLiteral("The push to %1 was canceled.").arg(m_server.baseUrl().toString()));
    ASSERT_FALSE(pusher.steps().isEmpty());
    EXPECT_EQ(pusher.steps().last().state, StepState::Canceled);
    EXPECT_THAT(pusher.steps().last().label.toStdString(), HasSubstr("Uploading"));
    EXPECT_EQ(m_server.requestCount(QStringLiteral("POST /rest/latest/applications")), 0);
    pusher.cancel(); // once finished, a cancel changes nothing
    EXPECT_EQ(finished, 1);
}

TEST_F(PushFaultTest, CancelRightAfterStartSendsNothing)
{
    Alien4CloudPush pusher(m_profile);
    int finished = 0;
    QObject::connect(&pusher, &Alien4CloudPush::finished, [&] { ++finished; });
    QObject::connect(&pusher, &Alien4CloudPush::stepAdded, &pusher, [&] { pusher.cancel(); });
    const Alien4CloudPush::Result result = pushTopology({}, &pusher);
    EXPECT_EQ(result.outcome, Outcome::Canceled) << describe(result);
    EXPECT_EQ(finished, 1);
    EXPECT_TRUE(m_server.requestLog().isEmpty());
}

TEST_F(PushFaultTest, ProgressIsReportedInTheStepText)
{
    Alien4CloudPush pusher(m_profile);
    QStringList texts;
    QObject::connect(&pusher, &Alien4CloudPush::stepChanged, &pusher, [&](int index) {
        texts.append(pusher.steps().at(index).text());
    });
    ASSERT_TRUE(pushTopology({}, &pusher).succeeded());
    bool sawPercent = false;
    for (const QString &text : std::as_const(texts))
        sawPercent = sawPercent
                     || (text.startsWith(QLatin1String("Uploading with-artifact:0.2.0-SNAPSHOT ("))
                         && text.endsWith(QLatin1String(" %)")));
    EXPECT_TRUE(sawPercent) << texts.join(QLatin1Char('|')).toStdString();
    for (const Alien4CloudPush::Step &step : pusher.steps())
        EXPECT_NE(step.state, StepState::Running) << step.label.toStdString();
}

/// The fake server speaking TLS with its self-signed certificate.
class PushTlsTest : public PushTest
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QSslSocket::supportsSsl()) << "Qt has no TLS backend here";
        ASSERT_TRUE(m_server.start(FakeAlien4CloudServer::Transport::Tls));
        m_profile.baseUrl = m_server.baseUrl();
        m_profile.userName = QStringLiteral("admin");
        m_profile.requestTimeoutMs = 10 * 1000;
        m_profile.uploadTimeoutMs = 10 * 1000;
    }
};

TEST_F(PushTlsTest, UntrustedCertificateIsRefusedWithAdvice)
{
    const Alien4CloudPush::Result result = push(loadExample(QStringLiteral("mesos-ha")));
    ASSERT_EQ(result.outcome, Outcome::Failed) << describe(result);
    EXPECT_EQ(result.error.kind(), Kind::TlsFailure);
    EXPECT_THAT(result.message.toStdString(),
                HasSubstr("The certificate of " + m_server.baseUrl().toString().toStdString()
                          + " is not trusted: "));
    EXPECT_THAT(result.message.toStdString(),
                HasSubstr("Add the server's certificate in the server profile"));
    EXPECT_EQ(m_server.successfulLogins() + m_server.failedLogins(), 0);
}

TEST_F(PushTlsTest, TrustedCertificateLetsThePushThrough)
{
    m_profile.trustedCertificatePath = FakeAlien4CloudServer::certificatePath();
    const Alien4CloudPush::Result result = push(loadExample(QStringLiteral("mesos-ha")));
    ASSERT_EQ(result.outcome, Outcome::Succeeded) << describe(result);
}

TEST_F(PushFaultTest, WithoutATemporaryFolderNothingIsWrittenAnywhereElse)
{
    const QByteArray previous = qgetenv("TMPDIR");
    const bool hadPrevious = qEnvironmentVariableIsSet("TMPDIR");
    qputenv("TMPDIR", m_work.filePath(QStringLiteral("no/such/folder")).toLocal8Bit());
    const QStringList before = QDir::current().entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    const Alien4CloudPush::Result result = pushTopology();
    const QStringList after = QDir::current().entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    if (hadPrevious)
        qputenv("TMPDIR", previous);
    else
        qunsetenv("TMPDIR");

    ASSERT_EQ(result.outcome, Outcome::RefusedLocally) << describe(result);
    EXPECT_THAT(result.message.toStdString(), HasSubstr("no temporary folder"));
    EXPECT_THAT(result.message.toStdString(), HasSubstr("no/such/folder"));
    EXPECT_EQ(after, before);
    EXPECT_TRUE(m_server.requestLog().isEmpty());
}
