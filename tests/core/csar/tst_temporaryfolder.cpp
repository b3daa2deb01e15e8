// SPDX-License-Identifier: GPL-3.0-or-later
#include "csar/csarcodes.h"
#include "csar/temporaryfolder.h"
#include "csar/unpackedcsar.h"
#include "qtprinters.h"
#include "testhelpers.h"
#include "zipbuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

QStringList entriesOf(const QString &folder)
{
    QStringList names = QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot
                                               | QDir::Hidden | QDir::System);
    names.sort();
    return names;
}

/// The id of a process that ran and is gone (reaped), so nothing answers to it any more.
qint64 deadPid()
{
    QProcess process;
    process.start(QStringLiteral("true"), QStringList());
    if (!process.waitForStarted(10000))
        return 0;
    const qint64 pid = process.processId();
    process.waitForFinished(10000);
    return pid;
}

/// Points TMPDIR at a folder of the test's own for its lifetime.
class TemporaryRootGuard
{
public:
    explicit TemporaryRootGuard(const QString &root)
        : m_had(qEnvironmentVariableIsSet("TMPDIR"))
        , m_previous(qgetenv("TMPDIR"))
    {
        qputenv("TMPDIR", root.toLocal8Bit());
    }
    ~TemporaryRootGuard()
    {
        if (m_had)
            qputenv("TMPDIR", m_previous);
        else
            qunsetenv("TMPDIR");
    }

private:
    bool m_had;
    QByteArray m_previous;
};

} // namespace

TEST(TemporaryFolder, RemovesOnlyFoldersOfProcessesThatAreGone)
{
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    const qint64 dead = deadPid();
    ASSERT_GT(dead, 0);
    ASSERT_FALSE(TemporaryFolder::isProcessRunning(dead));
    const qint64 alive = QCoreApplication::applicationPid();

    const QString stale = QStringLiteral("topologist-csar-%1-aB3dE9").arg(dead);
    const QString live = QStringLiteral("topologist-push-%1-Xy7Zq2").arg(alive);
    // Not ours to judge: an old name without a process id, and another program's folder.
    const QString legacy = QStringLiteral("topologist-csar-Qw12Er");
    const QString foreign = QStringLiteral("other-%1-aB3dE9").arg(dead);
    for (const QString &name : {stale, live, legacy, foreign})
        ASSERT_TRUE(QDir(root.path()).mkpath(name + QStringLiteral("/scripts/deep")));
    ASSERT_TRUE(writeFile(root.filePath(stale + QStringLiteral("/scripts/deep/start.sh")), "x"));

    const QStringList removed = TemporaryFolder::removeStale(root.path());

    EXPECT_EQ(removed, QStringList{root.filePath(stale)});
    QStringList expected{live, legacy, foreign};
    expected.sort();
    EXPECT_EQ(entriesOf(root.path()), expected);
}

TEST(TemporaryFolder, NameCarriesTheOwnersProcessId)
{
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    const TemporaryRootGuard guard(root.path());
    QString problem;
    const std::unique_ptr<QTemporaryDir> folder
        = TemporaryFolder::create(QStringLiteral("csar"), &problem);
    ASSERT_TRUE(folder) << problem.toStdString();
    EXPECT_EQ(QFileInfo(folder->path()).absolutePath(), QDir(root.path()).absolutePath());
    EXPECT_EQ(TemporaryFolder::ownerPid(QFileInfo(folder->path()).fileName()),
              QCoreApplication::applicationPid());
    EXPECT_EQ(TemporaryFolder::ownerPid(QStringLiteral("topologist-csar-Qw12Er")), 0);
}

TEST(TemporaryFolder, RefusedDeepArchiveLeavesNothingInTheTemporaryFolder)
{
    QTemporaryDir work;
    QTemporaryDir root;
    ASSERT_TRUE(work.isValid() && root.isValid());
    ZipBuilder builder;
    builder.add(QStringLiteral("deep.yml"),
                "tosca_definitions_version: alien_dsl_1_4_0\n"
                "template_name: deep\ntemplate_version: 1.0.0\n");
    QString folder;
    for (int i = 0; i < 1000; ++i) {
        folder += QStringLiteral("d/");
        builder.addDirectory(folder);
    }
    const QString archive = work.filePath(QStringLiteral("deep.csar"));
    ASSERT_TRUE(writeFile(archive, builder.build()));

    const TemporaryRootGuard guard(root.path());
    Diagnostics diagnostics;
    EXPECT_EQ(UnpackedCsar::unpack(archive, &diagnostics), nullptr);
    const Diagnostic *refusal = findDiagnostic(diagnostics, CsarCode::UnsafeName);
    ASSERT_NE(refusal, nullptr) << describe(diagnostics);
    EXPECT_TRUE(refusal->message.contains(QLatin1String("folders deep")))
        << refusal->message.toStdString();
    EXPECT_EQ(entriesOf(root.path()), QStringList());
}
