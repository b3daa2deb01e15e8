// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakealien4cloudserver.h"
#include "fakecsarscan.h"
#include "testarchives.h"

#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Topologist::Test;
using ::testing::HasSubstr;

namespace {

/// Sends raw bytes and collects what comes back until `until` is in it (or 10 s passed).
QByteArray exchange(QTcpSocket &socket, const QByteArray &request, const QByteArray &until)
{
    socket.write(request);
    QByteArray answer;
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        answer += socket.readAll();
        if (answer.contains(until))
            loop.quit();
    });
    guard.start(10 * 1000);
    loop.exec();
    QObject::disconnect(&socket, &QTcpSocket::readyRead, &loop, nullptr);
    return answer;
}

} // namespace

// The client under test never sends chunked bodies, so the fake's support for them (as some
// proxies re-encode uploads) is checked here, on a raw socket, together with keep-alive.
TEST(FakeAlien4CloudServer, ReadsChunkedBodiesAndKeepsTheConnection)
{
    FakeAlien4CloudServer server;
    ASSERT_TRUE(server.start());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.serverPort());
    ASSERT_TRUE(socket.waitForConnected(10000));

    const QByteArray login = "POST /login HTTP/1.1\r\n"
                             "Host: 127.0.0.1\r\n"
                             "Content-Type: application/x-www-form-urlencoded\r\n"
                             "Transfer-Encoding: chunked\r\n"
                             "\r\n"
                             "e\r\nusername=admin\r\n"
                             "f\r\n&password=admin\r\n"
                             "0\r\n\r\n";
    const QByteArray first = exchange(socket, login, "\r\n\r\n");
    EXPECT_THAT(first.toStdString(), HasSubstr("HTTP/1.1 302"));
    EXPECT_THAT(first.toStdString(), HasSubstr("/rest/auth/status\r\n"));
    EXPECT_THAT(first.toStdString(), HasSubstr("Set-Cookie: JSESSIONID="));
    EXPECT_EQ(server.successfulLogins(), 1);

    const QByteArray second
        = exchange(socket, "GET /version.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", "}");
    EXPECT_THAT(second.toStdString(), HasSubstr(R"({"version":"3.0.0"})"));
    EXPECT_EQ(server.requestLog(),
              QStringList({QStringLiteral("POST /login"), QStringLiteral("GET /version.json")}));
}

TEST(FakeCsarScan, FindsNameVersionImportsAndTypeReferences)
{
    const QByteArray zip = makeTypesCsar(QStringLiteral("mesos-types"),
                                         QStringLiteral("1.4.0-SNAPSHOT"),
                                         {QStringLiteral("tosca-normative-types:1.0.0-ALIEN14")});
    const FakeCsarScan scan = FakeCsarScan::scan(zip);
    ASSERT_TRUE(scan.isZip);
    EXPECT_EQ(scan.yamlFile.toStdString(), "mesos-types.yml");
    EXPECT_EQ(scan.name.toStdString(), "mesos-types");
    EXPECT_EQ(scan.version.toStdString(), "1.4.0-SNAPSHOT");
    ASSERT_EQ(scan.imports.size(), 1);
    EXPECT_EQ(scan.imports.at(0).value.toStdString(), "tosca-normative-types:1.0.0-ALIEN14");
    EXPECT_EQ(scan.imports.at(0).line, 8);
    EXPECT_TRUE(scan.declaredTypes.contains(QStringLiteral("org.example.nodes.Thing")));
    ASSERT_EQ(scan.typeReferences.size(), 1);
    EXPECT_EQ(scan.typeReferences.at(0).value.toStdString(), "tosca.nodes.Root");

    // Same files, zipped again: the content hash ignores the zip's own bytes.
    EXPECT_EQ(FakeCsarScan::scan(zip).contentHash, scan.contentHash);
    EXPECT_FALSE(FakeCsarScan::scan("not a zip").isZip);
}
