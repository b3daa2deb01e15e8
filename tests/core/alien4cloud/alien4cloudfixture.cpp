// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloudfixture.h"

#include <QEventLoop>
#include <QTimer>

namespace Topologist::Test {

std::unique_ptr<Alien4CloudClient> Alien4CloudTest::makeClient() const
{
    return std::make_unique<Alien4CloudClient>(m_profile);
}

void Alien4CloudTest::wait(Alien4CloudReply *reply)
{
    if (reply->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(reply, &Alien4CloudReply::finished, &loop, &QEventLoop::quit);
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(30 * 1000);
    loop.exec();
    if (!reply->isFinished()) {
        ADD_FAILURE() << "the reply never finished";
        reply->cancel();
    }
}

void Alien4CloudTest::logIn(Alien4CloudClient &client, const QString &password)
{
    Alien4CloudReply *reply = client.login(password);
    wait(reply);
    ASSERT_FALSE(reply->hasError()) << describe(reply->error());
    ASSERT_TRUE(client.hasSession());
    reply->deleteLater();
}

std::string describe(const Alien4CloudError &error)
{
    const QString text
        = Alien4CloudError::kindName(error.kind()) + QStringLiteral(": ") + error.message();
    return text.toStdString();
}

std::string messageOf(const Alien4CloudReply *reply)
{
    return reply->error().message().toStdString();
}

} // namespace Topologist::Test
