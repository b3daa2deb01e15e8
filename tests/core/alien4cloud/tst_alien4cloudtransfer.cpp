// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudtransfer.h"
#include "alien4cloudfixture.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

using namespace Topologist;
using namespace Topologist::Test;
using Fault = FakeAlien4CloudServer::Fault;

namespace {

/// Runs the event loop until the transfer finishes; false when it never did.
bool waitFor(Alien4CloudTransfer &transfer)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&transfer, &Alien4CloudTransfer::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(30 * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    return finished;
}

Alien4CloudTransfer::Limits limits(int silenceMs, int totalMs, qint64 maxBytes)
{
    Alien4CloudTransfer::Limits limits;
    limits.silenceMs = silenceMs;
    limits.totalMs = totalMs;
    limits.maxResponseBytes = maxBytes;
    return limits;
}

} // namespace

/// The fake server's /version.json, on a fixture of its own so the helper can reach m_server.
class Alien4CloudTransferTest : public Alien4CloudTest
{
protected:
    /// A transfer of GET /version.json under those limits, run to its end; null when it never
    /// finished.
    std::unique_ptr<Alien4CloudTransfer> fetchVersion(int silenceMs, int totalMs, qint64 maxBytes)
    {
        const QNetworkRequest request(
            QUrl(m_server.baseUrl().toString() + QStringLiteral("/version.json")));
        auto transfer = std::make_unique<Alien4CloudTransfer>(
            m_network.get(request), limits(silenceMs, totalMs, maxBytes), nullptr);
        return waitFor(*transfer) ? std::move(transfer) : nullptr;
    }

    QNetworkAccessManager m_network;
};

TEST_F(Alien4CloudTransferTest, ReadsTheAnswer)
{
    const auto transfer = fetchVersion(10000, 10000, 1024 * 1024);
    ASSERT_TRUE(transfer);
    const Alien4CloudResponse response = transfer->response();
    EXPECT_EQ(response.status, 200);
    EXPECT_TRUE(response.body.contains("\"version\""));
    EXPECT_FALSE(transfer->timedOut());
    EXPECT_FALSE(transfer->tooLarge());
}

TEST_F(Alien4CloudTransferTest, CutsASilentServer)
{
    m_server.injectFault(QStringLiteral("/version.json"), Fault::Stall);
    const auto transfer = fetchVersion(200, 10000, 1024 * 1024);
    ASSERT_TRUE(transfer);
    EXPECT_TRUE(transfer->timedOut());
    EXPECT_FALSE(transfer->deadlineReached());
    EXPECT_EQ(transfer->response().status, 0);
}

TEST_F(Alien4CloudTransferTest, CutsAnAnswerOverTheCapWithoutKeepingIt)
{
    m_server.injectFault(QStringLiteral("/version.json"), Fault::Flood);
    const auto transfer = fetchVersion(10000, 10000, 256 * 1024);
    ASSERT_TRUE(transfer);
    EXPECT_TRUE(transfer->tooLarge());
    EXPECT_TRUE(transfer->response().body.isEmpty());
}

TEST_F(Alien4CloudTransferTest, DeadlineCutsATrickle)
{
    m_server.injectFault(QStringLiteral("/version.json"), Fault::Trickle);
    const auto transfer = fetchVersion(5000, 300, 1024 * 1024);
    ASSERT_TRUE(transfer);
    EXPECT_TRUE(transfer->deadlineReached());
    EXPECT_FALSE(transfer->timedOut());
}
