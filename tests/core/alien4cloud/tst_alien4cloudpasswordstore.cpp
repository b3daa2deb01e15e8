// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudpasswordstore.h"

#include <QUuid>

#include <gtest/gtest.h>

using namespace Topologist;
using Status = Alien4CloudPasswordStore::Status;

namespace {

Alien4CloudServer profile(const QString &user = QStringLiteral("admin"))
{
    Alien4CloudServer server;
    server.baseUrl = QUrl(QStringLiteral("https://a4c.example.org:8088/"));
    server.userName = user;
    return server;
}

} // namespace

TEST(Alien4CloudPasswordStore, KeysNameTheServerAndTheUser)
{
    EXPECT_EQ(Alien4CloudPasswordStore::serviceName().toStdString(), "Topologist");
    EXPECT_EQ(Alien4CloudPasswordStore::keyFor(profile()).toStdString(),
              "https://a4c.example.org:8088|admin");
}

TEST(Alien4CloudPasswordStore, WithoutKeyringEverythingIsUnavailable)
{
    Alien4CloudPasswordStore store(Alien4CloudPasswordStore::Backend::None);
    EXPECT_EQ(store.backend(), Alien4CloudPasswordStore::Backend::None);
    QString password = QStringLiteral("untouched");
    EXPECT_EQ(store.readNow(profile(), &password), Status::Unavailable);
    EXPECT_TRUE(password.isEmpty());
    EXPECT_EQ(store.writeNow(profile(), QStringLiteral("secret")), Status::Unavailable);
    EXPECT_EQ(store.removeNow(profile()), Status::Unavailable);

    bool called = false;
    store.read(profile(), [&](Status, const QString &) { called = true; });
    EXPECT_FALSE(called) << "the callback must come later, not inside the call";
    EXPECT_EQ(store.readNow(profile(), &password), Status::Unavailable);
    EXPECT_TRUE(called);
}

// Needs a Secret Service or KWallet daemon on a D-Bus session bus; CI machines have none, so
// it skips there. It writes, reads and removes an entry under a unique user name.
TEST(Alien4CloudPasswordStore, RoundTripThroughTheSystemKeyring)
{
    if (!Alien4CloudPasswordStore::isCompiledIn())
        GTEST_SKIP() << "built without QtKeychain";
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        GTEST_SKIP() << "no D-Bus session bus, so no keyring daemon";
    Alien4CloudPasswordStore store;
    store.setTimeout(5000);
    const Alien4CloudServer server
        = profile(QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128));
    const Status written = store.writeNow(server, QStringLiteral("s3cret"));
    if (written == Status::Unavailable)
        GTEST_SKIP() << "no keyring answers: " << store.lastError().toStdString();
    ASSERT_EQ(written, Status::Ok) << store.lastError().toStdString();
    QString password;
    EXPECT_EQ(store.readNow(server, &password), Status::Ok);
    EXPECT_EQ(password.toStdString(), "s3cret");
    EXPECT_EQ(store.removeNow(server), Status::Ok);
    EXPECT_EQ(store.readNow(server, &password), Status::NotFound);
}
