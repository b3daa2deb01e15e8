// SPDX-License-Identifier: GPL-3.0-or-later
// Recovery after a real kill: a child process edits a topology, autosaves, and is killed with
// SIGKILL; what it left is found, restored byte for byte, and discarded on request.
#include "catalog/typecatalog.h"
#include "recovery/recoverystore.h"
#include "testhelpers.h"
#include "topologydocument.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Topologist;
using Topologist::Test::bundledCatalog;
using Topologist::Test::readAll;
using Topologist::Test::writeFile;

TEST(CrashRecovery, aKilledSessionsEditIsRestoredAndDiscardRemovesIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString topology = dir.filePath(QStringLiteral("marathon.yml"));
    const QByteArray saved = readAll(Topologist::Test::bundledExample(QStringLiteral("marathon")));
    ASSERT_TRUE(writeFile(topology, saved));
    const QString expectedFile = dir.filePath(QStringLiteral("expected.yml"));
    const QString recoveryDir = dir.filePath(QStringLiteral("recovery"));

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TOPOLOGIST_RECOVERY_DIR"), recoveryDir);
    env.insert(QStringLiteral("TOPOLOGIST_AUTOSAVE_INTERVAL_MS"), QStringLiteral("50"));
    child.setProcessEnvironment(env);
    child.start(QStringLiteral(TOPOLOGIST_RECOVERY_CHILD), {topology, expectedFile});
    ASSERT_TRUE(child.waitForStarted(10000)) << child.errorString().toStdString();
    QByteArray output;
    while (!output.contains('\n') && child.waitForReadyRead(30000))
        output += child.readAllStandardOutput();
    ASSERT_TRUE(output.startsWith("AUTOSAVED "))
        << output.toStdString() << child.readAllStandardError().toStdString();
    const QString recoveryFile = QString::fromLocal8Bit(output.mid(10).trimmed());

    child.kill(); // SIGKILL: no destructor, no clean-up runs
    ASSERT_TRUE(child.waitForFinished(10000));
    EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);
    const QByteArray expected = readAll(expectedFile);
    ASSERT_FALSE(expected.isEmpty());
    ASSERT_NE(expected, saved);
    EXPECT_EQ(readAll(topology), saved) << "autosave never writes the user's file";

    const RecoveryStore store(recoveryDir);
    QStringList unreadable;
    const QList<RecoveryEntry> entries = store.recoverable(&unreadable);
    EXPECT_TRUE(unreadable.isEmpty()) << unreadable.join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().recoveryFile, recoveryFile);
    EXPECT_EQ(entries.first().originalPath, topology);
    EXPECT_EQ(entries.first().displayName, QStringLiteral("marathon.yml"));

    Diagnostics diagnostics;
    const auto restored
        = TopologyDocument::fromRecovery(entries.first(), bundledCatalog(), &diagnostics);
    ASSERT_NE(restored, nullptr);
    EXPECT_EQ(restored->serialize(), expected);
    EXPECT_TRUE(restored->isModified());
    EXPECT_EQ(restored->filePath(), topology);
    EXPECT_FALSE(restored->isChangedOnDisk());

    QString error;
    ASSERT_TRUE(RecoveryStore::discard(entries.first().recoveryFile, &error));
    EXPECT_FALSE(QFile::exists(recoveryFile));
    EXPECT_TRUE(store.recoverable().isEmpty());
}
