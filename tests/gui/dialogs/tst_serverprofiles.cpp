// SPDX-License-Identifier: GPL-3.0-or-later
// Server profiles: kept in QSettings with everything but the password, edited in their own
// dialog, and the password asked each time where no keyring answers.
#include "dialogs/pushdialog.h"
#include "dialogs/serverprofiledialog.h"
#include "dialogs/serverprofilestore.h"
#include "dialogtestsupport.h"
#include "fakealien4cloudserver.h"
#include "testhelpers.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gmock/gmock.h>

using namespace Topologist;
using namespace Topologist::Test;
using ::testing::HasSubstr;

namespace {

ServerProfile staging()
{
    ServerProfile profile;
    profile.name = QStringLiteral("Staging");
    profile.server.baseUrl = QUrl(QStringLiteral("https://a4c.example.org:8443/alien"));
    profile.server.userName = QStringLiteral("alice");
    profile.server.trustedCertificatePath = QStringLiteral("/etc/a4c/staging.pem");
    profile.server.requestTimeoutMs = 12000;
    profile.server.uploadTimeoutMs = 90000;
    profile.rememberPassword = true;
    return profile;
}

bool sameProfile(const ServerProfile &a, const ServerProfile &b)
{
    return a.name == b.name && a.server.baseUrl == b.server.baseUrl
           && a.server.userName == b.server.userName
           && a.server.trustedCertificatePath == b.server.trustedCertificatePath
           && a.server.requestTimeoutMs == b.server.requestTimeoutMs
           && a.server.uploadTimeoutMs == b.server.uploadTimeoutMs
           && a.rememberPassword == b.rememberPassword;
}

} // namespace

class ServerProfileTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        clearSettings();
        ASSERT_TRUE(m_dir.isValid());
        qputenv("TOPOLOGIST_PUSH_HISTORY_DIR", historyFolder().toUtf8());
    }
    void TearDown() override { qunsetenv("TOPOLOGIST_PUSH_HISTORY_DIR"); }

    QString historyFolder() const { return m_dir.filePath(QStringLiteral("push-history")); }
    QTemporaryDir m_dir;
};

TEST_F(ServerProfileTest, RoundTripThroughASettingsFile)
{
    const QString file = m_dir.filePath(QStringLiteral("profiles.ini"));
    ServerProfile plain;
    plain.server.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8088"));
    plain.server.userName = QStringLiteral("admin");
    {
        QSettings settings(file, QSettings::IniFormat);
        ServerProfileStore::save(settings, {staging(), plain});
        ServerProfileStore::setLastUsed(settings, plain.label());
    }
    QSettings settings(file, QSettings::IniFormat);
    const ServerProfiles loaded = ServerProfileStore::load(settings);
    ASSERT_EQ(loaded.size(), 2);
    EXPECT_TRUE(sameProfile(loaded[0], staging()));
    EXPECT_TRUE(sameProfile(loaded[1], plain));
    EXPECT_EQ(loaded[1].label(), QStringLiteral("admin@127.0.0.1:8088"));
    EXPECT_EQ(ServerProfileStore::lastUsed(settings), QStringLiteral("admin@127.0.0.1:8088"));

    // Saving fewer profiles forgets the others.
    ServerProfileStore::save(settings, {plain});
    EXPECT_EQ(ServerProfileStore::load(settings).size(), 1);
}

TEST_F(ServerProfileTest, TheDialogSavesProfilesButNeverThePassword)
{
    FakeAlien4CloudServer server;
    ASSERT_TRUE(server.start());
    const QString secret = QStringLiteral("s3cret-Pa55word");
    server.addUser(QStringLiteral("alice"), secret);
    server.addCsar(QStringLiteral("tosca-normative-types"), QStringLiteral("1.0.0-ALIEN14"));
    server.addCsar(QStringLiteral("docker-engine-type"),
                   QStringLiteral("1.4.0-SNAPSHOT"),
                   {QStringLiteral("org.alien4cloud.nodes.DockerEngine")});
    server.addCsar(QStringLiteral("mesos-types"), QStringLiteral("1.4.0-SNAPSHOT"));
    auto document = openExampleCopy(QStringLiteral("marathon"), m_dir.path());
    ASSERT_NE(document, nullptr);

    ServerProfile profile = profileFor(server.baseUrl(), QStringLiteral("alice"));
    profile.name = QStringLiteral("Fake");
    profile.rememberPassword = true;
    {
        // No keyring here (as on a desktop without one): the password is asked each time.
        PushDialog dialog(document.get(), Alien4CloudPasswordStore::Backend::None);
        dialog.addProfile(profile);
        dialog.setAllowInsecureHttp(true); // plain http on loopback
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("keyringNote"));
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return note->text().contains(QLatin1String("asked at each push")); }, 10000))
            << note->text().toStdString();
        dialog.setPassword(secret);
        QSignalSpy finished(&dialog, &PushDialog::pushFinished);
        ASSERT_TRUE(dialog.startPush()) << dialog.setupError().toStdString();
        ASSERT_TRUE(finished.wait(60 * 1000));
        ASSERT_TRUE(dialog.push()->result().succeeded());
    }
    const QByteArray onDisk = allSettingsBytes();
    EXPECT_TRUE(onDisk.contains("alice"));
    EXPECT_TRUE(onDisk.contains(server.baseUrl().toString().toUtf8()));
    EXPECT_FALSE(onDisk.contains(secret.toUtf8()));
    // Nor does the push's record hold more than the topology.
    QByteArray history;
    QDirIterator records(historyFolder(), QDir::Files);
    while (records.hasNext())
        history += readAll(records.next());
    EXPECT_TRUE(history.contains("marathon-topology")) << "the push was not recorded";
    EXPECT_FALSE(history.contains(secret.toUtf8()));

    // A new dialog finds the profile, selected, and an empty password field.
    PushDialog again(document.get(), Alien4CloudPasswordStore::Backend::None);
    ASSERT_EQ(again.profiles().size(), 1);
    EXPECT_EQ(again.currentProfile(), 0);
    EXPECT_TRUE(sameProfile(again.profiles().first(), profile));
    EXPECT_TRUE(again.findChild<QLineEdit *>(QStringLiteral("password"))->text().isEmpty());

    again.removeProfile(0);
    EXPECT_TRUE(again.profiles().isEmpty());
    QSettings settings;
    EXPECT_TRUE(ServerProfileStore::load(settings).isEmpty());
}

TEST_F(ServerProfileTest, ProfileDialogRefusesUnusableProfilesAndReturnsTheFields)
{
    ServerProfileDialog dialog(ServerProfile{});
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("profileUrl"));
    auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("profileUser"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("profileName"));
    EXPECT_FALSE(ok->isEnabled());

    url->setText(QStringLiteral("ftp://a4c.example.org"));
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_THAT(dialog.problem().toStdString(), HasSubstr("http:// or https://"));
    url->setText(QStringLiteral("https://bob:pw@a4c.example.org:8443"));
    EXPECT_THAT(dialog.problem().toStdString(), HasSubstr("no password in the address"));
    url->setText(QStringLiteral("https://a4c.example.org:8443"));
    EXPECT_THAT(dialog.problem().toStdString(), HasSubstr("user name"));
    user->setText(QStringLiteral("bob"));
    name->setText(QStringLiteral("Production"));
    EXPECT_TRUE(dialog.problem().isEmpty()) << dialog.problem().toStdString();
    EXPECT_TRUE(ok->isEnabled());

    const ServerProfile profile = dialog.profile();
    EXPECT_EQ(profile.name, QStringLiteral("Production"));
    EXPECT_EQ(profile.server.baseUrl, QUrl(QStringLiteral("https://a4c.example.org:8443")));
    EXPECT_EQ(profile.server.userName, QStringLiteral("bob"));
    EXPECT_EQ(profile.label(), QStringLiteral("Production"));
    auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("profileRemember"));
    EXPECT_EQ(remember->isEnabled(), Alien4CloudPasswordStore::isCompiledIn());
}
