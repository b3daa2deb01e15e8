// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudpush.h"
#include "catalog/topologyloader.h"
#include "catalog/typecatalog.h"
#include "clirun.h"
#include "csar/csarexporter.h"
#include "fakealien4cloudserver.h"
#include "testhelpers.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

const QString Password = QStringLiteral("s3cret+p&ss=word");

QString example(const QString &name)
{
    return sourcePath(QStringLiteral("resources/examples/%1/%1.yml").arg(name));
}

} // namespace

class CliPush : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // What the CLI pushes is remembered here, never in the user's data folder.
        ASSERT_TRUE(m_history.isValid());
        qputenv("TOPOLOGIST_PUSH_HISTORY_DIR", m_history.path().toUtf8());
        m_server.addUser(QStringLiteral("deployer"), Password);
        ASSERT_TRUE(m_server.start());
    }
    void TearDown() override { qunsetenv("TOPOLOGIST_PUSH_HISTORY_DIR"); }

    QString displayUrl() const
    {
        Alien4CloudServer server;
        server.baseUrl = m_server.baseUrl();
        return server.displayUrl();
    }

    QStringList pushArguments(const QString &file) const
    {
        return {QStringLiteral("push"),
                file,
                QStringLiteral("--server"),
                m_server.baseUrl().toString(),
                QStringLiteral("--user"),
                QStringLiteral("deployer"),
                QStringLiteral("--password-stdin"),
                // The fake server speaks plain http on loopback.
                QStringLiteral("--allow-insecure-http")};
    }

    /// The password is never echoed, whatever happened.
    static void expectNoPassword(const CliRun &run)
    {
        EXPECT_THAT(run.out.toStdString(), Not(HasSubstr(Password.toStdString())));
        EXPECT_THAT(run.err.toStdString(), Not(HasSubstr(Password.toStdString())));
    }

    QTemporaryDir m_history;
    FakeAlien4CloudServer m_server;
};

TEST_F(CliPush, PushesWithDependenciesAndCreatesTheApplication)
{
    QStringList arguments = pushArguments(example(QStringLiteral("marathon")));
    arguments << QStringLiteral("--application") << QStringLiteral("Marathon cluster");
    const CliRun run = runCli(arguments, Password.toUtf8() + "\n");
    ASSERT_TRUE(run.finished);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    expectNoPassword(run);
    EXPECT_TRUE(m_server.hasCsar(QStringLiteral("mesos-types:1.4.0-SNAPSHOT")));
    EXPECT_TRUE(m_server.hasCsar(QStringLiteral("marathon-topology:1.4.0-SNAPSHOT")));
    EXPECT_TRUE(m_server.hasApplication(QStringLiteral("Marathon_cluster")));
    EXPECT_THAT(run.out.toStdString(),
                HasSubstr("application: " + m_server.baseUrl().toString().toStdString()
                          + "/#/applications/detail/Marathon_cluster/infos"));
    // The steps as they happen, on standard error.
    EXPECT_THAT(run.err.toStdString(), HasSubstr("Logging in as deployer"));
    EXPECT_THAT(run.err.toStdString(), HasSubstr("Uploading mesos-types:1.4.0-SNAPSHOT"));

    // Again: the server has it all, the topology is up to date, and it says so.
    const CliRun again
        = runCli(pushArguments(example(QStringLiteral("marathon"))), Password.toUtf8() + "\n");
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_THAT(again.out.toStdString(), HasSubstr("already up to date"));
}

TEST_F(CliPush, SaysWhatChangedSinceTheLastPush)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString file = folder.filePath(QStringLiteral("marathon.yml"));
    ASSERT_TRUE(QFile::copy(example(QStringLiteral("marathon")), file));
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const CliRun first = runCli(pushArguments(file), Password.toUtf8() + "\n");
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_THAT(first.out.toStdString(),
                HasSubstr("First push of marathon-topology:1.4.0-SNAPSHOT to "
                          + displayUrl().toStdString() + "\n"));

    const CliRun same = runCli(pushArguments(file), Password.toUtf8() + "\n");
    ASSERT_EQ(same.exitCode, 0) << same.err.toStdString();
    EXPECT_THAT(
        same.out.toStdString(),
        HasSubstr("No changes since the last push to " + displayUrl().toStdString() + " on "));

    QByteArray yaml = readAll(file);
    ASSERT_TRUE(yaml.contains("port: 5050"));
    ASSERT_TRUE(writeFile(file, yaml.replace("port: 5050", "port: 5051")));
    const CliRun changed = runCli(pushArguments(file), Password.toUtf8() + "\n");
    ASSERT_EQ(changed.exitCode, 0) << changed.err.toStdString();
    // The wording of `diff`.
    EXPECT_THAT(changed.out.toStdString(),
                HasSubstr("Changes since the last push to " + displayUrl().toStdString()));
    EXPECT_THAT(
        changed.out.toStdString(),
        HasSubstr(" 1 element changed, 1 change: 0 added, 0 removed, 1 modified, 0 renamed\n"));
    EXPECT_THAT(changed.out.toStdString(),
                HasSubstr("~ node_templates/MesosMaster/properties/port: 5050 -> 5051\n"));
    // Then the push's own result.
    EXPECT_THAT(changed.out.toStdString(), HasSubstr("Pushed marathon-topology:1.4.0-SNAPSHOT"));
}

TEST_F(CliPush, ServerParseErrorsArePrintedOnTheNodesWithExitOne)
{
    TypeCatalog catalog;
    catalog.addBundledLibrary();
    const QString file = example(QStringLiteral("marathon"));
    const LoadedTopology loaded = TopologyLoader(catalog).loadFile(file, file);
    const QByteArray uploaded = CsarExporter::serialize(loaded.archive);
    int masterLine = 0;
    const QList<QByteArray> lines = uploaded.split('\n');
    for (int i = 0; i < lines.size() && !masterLine; ++i) {
        if (lines.at(i) == "    MesosMaster:")
            masterLine = i + 1;
    }
    ASSERT_GT(masterLine, 0);
    const QJsonObject error{
        {QStringLiteral("errorLevel"), QStringLiteral("ERROR")},
        {QStringLiteral("errorCode"), QStringLiteral("TYPE_NOT_FOUND")},
        {QStringLiteral("context"), QStringLiteral("Type not found")},
        {QStringLiteral("startMark"),
         QJsonObject{{QStringLiteral("line"), masterLine + 1}, {QStringLiteral("column"), 13}}},
        {QStringLiteral("problem"), QStringLiteral("The type is unknown.")},
        {QStringLiteral("endMark"), QJsonValue()},
        {QStringLiteral("note"), QStringLiteral("org.alien4cloud.nodes.MesosMaster")}};
    m_server.scriptUploadResult(Alien4CloudPush::uploadFileName(loaded.archive),
                                200,
                                QJsonObject{{QStringLiteral("marathon.yml"), QJsonArray{error}}});

    const CliRun run = runCli(pushArguments(file), Password.toUtf8() + "\n");
    ASSERT_TRUE(run.finished);
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    expectNoPassword(run);
    const NodeTemplate *master = loaded.archive.topology->node(QStringLiteral("MesosMaster"));
    ASSERT_NE(master, nullptr);
    EXPECT_THAT(run.err.toStdString(),
                HasSubstr(QStringLiteral("%1:%2:%3: error: [A4C-TYPE_NOT_FOUND] MesosMaster: The "
                                         "type is unknown. (org.alien4cloud.nodes.MesosMaster)")
                              .arg(file)
                              .arg(master->location.line)
                              .arg(master->location.column)
                              .toStdString()));
    EXPECT_FALSE(m_server.hasCsar(QStringLiteral("marathon-topology:1.4.0-SNAPSHOT")));
}

TEST_F(CliPush, ValidationErrorsStopThePushBeforeTheNetworkWithExitOne)
{
    const CliRun run = runCli(pushArguments(dataPath(QStringLiteral("export/broken-topology.yml"))),
                              Password.toUtf8() + "\n");
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_THAT(run.err.toStdString(), HasSubstr("error: ["));
    EXPECT_THAT(run.err.toStdString(), HasSubstr("Not pushed"));
    EXPECT_TRUE(m_server.requestLog().isEmpty());
}

TEST_F(CliPush, RefusedLoginIsExitTwo)
{
    const CliRun run = runCli(pushArguments(example(QStringLiteral("mesos-ha"))), "wrong\n");
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_THAT(run.err.toStdString(),
                HasSubstr("Login refused for user 'deployer' at "
                          + m_server.baseUrl().toString().toStdString()));
    EXPECT_EQ(m_server.failedLogins(), 1);
}

TEST_F(CliPush, ConnectionRefusedIsExitTwo)
{
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QStringList arguments = pushArguments(example(QStringLiteral("mesos-ha")));
    arguments[3] = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const CliRun run = runCli(arguments, Password.toUtf8() + "\n");
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_THAT(run.err.toStdString(), HasSubstr("connection refused"));
}

TEST_F(CliPush, PasswordIsOnlyTakenFromStandardInput)
{
    QStringList onCommandLine = pushArguments(example(QStringLiteral("mesos-ha")));
    onCommandLine.removeAll(QStringLiteral("--password-stdin"));
    onCommandLine << QStringLiteral("--password") << Password;
    CliRun run = runCli(onCommandLine);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_THAT(run.err.toStdString(), HasSubstr("--password-stdin"));
    expectNoPassword(run);

    QStringList withoutStdin = pushArguments(example(QStringLiteral("mesos-ha")));
    withoutStdin.removeAll(QStringLiteral("--password-stdin"));
    run = runCli(withoutStdin, Password.toUtf8() + "\n");
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_THAT(run.err.toStdString(), HasSubstr("--password-stdin"));

    run = runCli(pushArguments(example(QStringLiteral("mesos-ha"))), QByteArray());
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_THAT(run.err.toStdString(), HasSubstr("no password on standard input"));
    EXPECT_TRUE(m_server.requestLog().isEmpty());
}

TEST_F(CliPush, PlainHttpNeedsExplicitConsentAndNoSchemeMeansHttps)
{
    QStringList arguments = pushArguments(example(QStringLiteral("mesos-ha")));
    ASSERT_EQ(arguments.takeLast(), QStringLiteral("--allow-insecure-http"));

    const CliRun refused = runCli(arguments, Password.toUtf8() + "\n");
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_THAT(refused.err.toStdString(), HasSubstr("--allow-insecure-http"));
    expectNoPassword(refused);

    // Without a scheme the address is https://: the plain server cannot even answer, and
    // nothing readable, let alone the password, reaches it.
    arguments[3] = m_server.baseUrl().authority();
    const CliRun guessed = runCli(arguments, Password.toUtf8() + "\n");
    EXPECT_EQ(guessed.exitCode, 2);
    EXPECT_THAT(guessed.err.toStdString(), HasSubstr("https://"));
    EXPECT_EQ(m_server.requestCount(QStringLiteral("POST /login")), 0);
    EXPECT_EQ(m_server.successfulLogins() + m_server.failedLogins(), 0);
}

TEST_F(CliPush, SelfSignedServerNeedsItsCertificate)
{
    ASSERT_TRUE(QSslSocket::supportsSsl()) << "Qt has no TLS backend here";
    FakeAlien4CloudServer tls;
    tls.addUser(QStringLiteral("deployer"), Password);
    ASSERT_TRUE(tls.start(FakeAlien4CloudServer::Transport::Tls));
    QStringList arguments = pushArguments(example(QStringLiteral("mesos-ha")));
    arguments[3] = tls.baseUrl().toString();

    const CliRun untrusted = runCli(arguments, Password.toUtf8() + "\n");
    EXPECT_EQ(untrusted.exitCode, 2);
    EXPECT_THAT(untrusted.err.toStdString(), HasSubstr("is not trusted"));

    arguments << QStringLiteral("--ca-cert") << FakeAlien4CloudServer::certificatePath();
    const CliRun trusted = runCli(arguments, Password.toUtf8() + "\n");
    EXPECT_EQ(trusted.exitCode, 0) << trusted.err.toStdString();
    EXPECT_TRUE(tls.hasCsar(QStringLiteral("mesos-ha-topology:1.4.0-SNAPSHOT")))
        << trusted.out.toStdString();
}
