// SPDX-License-Identifier: GPL-3.0-or-later
#include "recovery/recoveryfile.h"
#include "recovery/recoverystore.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Topologist;
using Topologist::Test::readAll;
using Topologist::Test::writeFile;

namespace {

RecoveryEntry sampleEntry(const QString &original, const QByteArray &contents)
{
    RecoveryEntry entry;
    entry.originalPath = original;
    entry.displayName = QStringLiteral("marathon.yml");
    entry.savedAt = QDateTime::currentDateTimeUtc();
    entry.base = FileFingerprint::of(original);
    entry.contents = contents;
    return entry;
}

} // namespace

TEST(RecoveryStore, writeThenReadGivesTheEntryBack)
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("marathon.yml"));
    ASSERT_TRUE(writeFile(original, "saved\n"));
    RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
    const QString path = store.newRecoveryPath();
    EXPECT_TRUE(path.startsWith(store.directory()));
    const QByteArray yaml = "tosca_definitions_version: alien_dsl_1_4_0\n\n# ünïcode\n";
    QString error;
    ASSERT_TRUE(RecoveryStore::write(path, sampleEntry(original, yaml), &error))
        << error.toStdString();
    const std::optional<RecoveryEntry> read = RecoveryStore::read(path, &error);
    ASSERT_TRUE(read) << error.toStdString();
    EXPECT_EQ(read->contents, yaml);
    EXPECT_EQ(read->originalPath, original);
    EXPECT_EQ(read->displayName, QStringLiteral("marathon.yml"));
    EXPECT_EQ(read->recoveryFile, path);
    EXPECT_FALSE(read->base.differsFrom(FileFingerprint::of(original)));
    EXPECT_TRUE(read->savedAt.isValid());
}

TEST(RecoveryStore, aTruncatedOrForeignFileIsNamedAndNotOffered)
{
    QTemporaryDir dir;
    RecoveryStore store(dir.path());
    const QString good = store.newRecoveryPath();
    QString error;
    ASSERT_TRUE(RecoveryStore::write(good, sampleEntry(QString(), "abcdef\n"), &error));
    const QString truncated = dir.filePath(QStringLiteral("cut.recovery"));
    const QByteArray bytes = readAll(good);
    ASSERT_TRUE(writeFile(truncated, bytes.left(bytes.size() - 3)));
    const QString foreign = dir.filePath(QStringLiteral("other.recovery"));
    ASSERT_TRUE(writeFile(foreign, "hello\n"));

    QStringList unreadable;
    const QList<RecoveryEntry> entries = store.recoverable(&unreadable);
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().recoveryFile, good);
    ASSERT_EQ(unreadable.size(), 2);
    EXPECT_TRUE(
        unreadable.join(QLatin1Char('\n')).contains(QStringLiteral("cut.recovery: truncated")));
    EXPECT_TRUE(
        unreadable.join(QLatin1Char('\n')).contains(QStringLiteral("other.recovery: not a")));
    // Left alone: the user may want to look at them.
    EXPECT_TRUE(QFile::exists(truncated));
}

TEST(RecoveryStore, aFileLockedByALiveSessionIsNotRecoverable)
{
    QTemporaryDir dir;
    RecoveryStore store(dir.path());
    auto file = std::make_unique<RecoveryFile>(store.newRecoveryPath());
    QString error;
    ASSERT_TRUE(file->write(sampleEntry(QString(), "live\n"), &error)) << error.toStdString();
    EXPECT_TRUE(store.recoverable().isEmpty());
    // A second session cannot write it either.
    RecoveryFile intruder(file->path());
    EXPECT_FALSE(intruder.write(sampleEntry(QString(), "other\n"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("in use")));
    // The session ends without removing it (as a crash would): now it is offered.
    const QString path = file->path();
    file.reset();
    ASSERT_TRUE(QFile::exists(path));
    const QList<RecoveryEntry> entries = store.recoverable();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().contents, QByteArray("live\n"));
}

TEST(RecoveryStore, aLockLeftByADeadProcessDoesNotHideTheFile)
{
    QTemporaryDir dir;
    RecoveryStore store(dir.path());
    const QString path = store.newRecoveryPath();
    QString error;
    ASSERT_TRUE(RecoveryStore::write(path, sampleEntry(QString(), "x\n"), &error));
    // QLockFile's format: pid, application name, host name. Pid 2^22+1 is above Linux's maximum.
    ASSERT_TRUE(writeFile(RecoveryStore::lockPathFor(path),
                          "4194305\ntopologist\n" + QSysInfo::machineHostName().toUtf8() + "\n"));
    EXPECT_EQ(store.recoverable().size(), 1);
}

TEST(RecoveryStore, removeDeletesTheFileAndDiscardTheLeftover)
{
    QTemporaryDir dir;
    RecoveryStore store(dir.path());
    RecoveryFile file(store.newRecoveryPath());
    QString error;
    ASSERT_TRUE(file.write(sampleEntry(QString(), "x\n"), &error));
    ASSERT_TRUE(file.exists());
    file.remove();
    EXPECT_FALSE(file.exists());
    EXPECT_FALSE(QFile::exists(RecoveryStore::lockPathFor(file.path())));

    const QString leftover = store.newRecoveryPath();
    ASSERT_TRUE(RecoveryStore::write(leftover, sampleEntry(QString(), "y\n"), &error));
    ASSERT_EQ(store.recoverable().size(), 1);
    EXPECT_TRUE(RecoveryStore::discard(leftover, &error));
    EXPECT_TRUE(store.recoverable().isEmpty());
}

TEST(RecoveryStore, defaultDirectoryFollowsTheEnvironment)
{
    QTemporaryDir dir;
    qputenv("TOPOLOGIST_RECOVERY_DIR", dir.path().toUtf8());
    EXPECT_EQ(RecoveryStore::defaultDirectory(), dir.path());
    qunsetenv("TOPOLOGIST_RECOVERY_DIR");
    EXPECT_TRUE(RecoveryStore::defaultDirectory().endsWith(QStringLiteral("/recovery")));
}
