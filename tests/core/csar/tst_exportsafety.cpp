// SPDX-License-Identifier: GPL-3.0-or-later
// An export writes exactly the file it was asked to, never over what it reads, and packs only
// files from the topology's own folder.
#include "catalog/topologyloader.h"
#include "csar/csarcodes.h"
#include "csar/csarexporter.h"
#include "exporttestsupport.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Topologist;
using namespace Topologist::Test;
using ::testing::HasSubstr;

namespace {

/// The with-artifact example in work/topology/, its artifact written too.
struct ArtifactTopology
{
    QTemporaryDir work;
    QString folder;
    QString topology;
    QString artifact;

    ArtifactTopology()
    {
        folder = work.filePath(QStringLiteral("topology"));
        topology = folder + QStringLiteral("/with-artifact.yml");
        artifact = folder + QStringLiteral("/files/settings.cfg");
        QDir().mkpath(folder + QStringLiteral("/files"));
        writeFile(topology, readAll(dataPath(QStringLiteral("export/with-artifact.yml"))));
        writeFile(artifact, "listen = 0.0.0.0:8080\n");
    }

    CsarExporter::Result exportTo(const QString &output) const
    {
        const LoadedTopology loaded = TopologyLoader(bundledCatalog()).loadFile(topology);
        return CsarExporter::exportTopology(CsarExporter::Source::fromLoaded(loaded), output);
    }
};

} // namespace

TEST(ExportSafety, FileNamesFromTheTopologyStayInTheirFolder)
{
    for (const QString &name : {QStringLiteral("../../x"),
                                QStringLiteral("/etc/cron.d/x"),
                                QStringLiteral("..\\..\\x"),
                                QStringLiteral("C:x"),
                                QStringLiteral(".hidden"),
                                QStringLiteral("a\nb")}) {
        const QString file = CsarExporter::defaultFileName(name, QStringLiteral("1.0.0"));
        EXPECT_FALSE(file.contains(QLatin1Char('/'))) << file.toStdString();
        EXPECT_FALSE(file.contains(QLatin1Char('\\'))) << file.toStdString();
        EXPECT_FALSE(file.contains(QLatin1Char(':'))) << file.toStdString();
        EXPECT_FALSE(file.contains(QLatin1Char('\n'))) << file.toStdString();
        EXPECT_FALSE(file.startsWith(QLatin1Char('.'))) << file.toStdString();
        EXPECT_TRUE(file.endsWith(QLatin1String("-1.0.0.csar"))) << file.toStdString();
    }
    // Names that are already safe are kept as they are.
    EXPECT_EQ(CsarExporter::defaultFileName(QStringLiteral("marathon"), QStringLiteral("1.0")),
              QStringLiteral("marathon-1.0.csar"));
}

TEST(ExportSafety, TemplateNameWithPathBecomesOneEntryAtTheRoot)
{
    QTemporaryDir work;
    ASSERT_TRUE(work.isValid());
    CsarExporter::Source source;
    source.archive.name = QStringLiteral("../../x");
    source.archive.version = QStringLiteral("1.0.0");
    const QString output = work.filePath(QStringLiteral("out.csar"));

    const CsarExporter::Result result = CsarExporter::exportTopology(source, output);

    ASSERT_TRUE(result.ok()) << result.summary().toStdString();
    EXPECT_FALSE(result.entryDefinitions.contains(QLatin1Char('/')))
        << result.entryDefinitions.toStdString();
    EXPECT_TRUE(zipFiles(output).contains(result.entryDefinitions));
    EXPECT_EQ(everythingUnder(work.path()), QStringList{QStringLiteral("out.csar")});
}

TEST(ExportSafety, RefusesToWriteOverTheTopology)
{
    ArtifactTopology t;
    const QByteArray before = readAll(t.topology);
    ASSERT_FALSE(before.isEmpty());

    const CsarExporter::Result result = t.exportTo(t.topology);

    EXPECT_EQ(result.refusal, CsarExporter::Refusal::Unsafe) << result.summary().toStdString();
    const Diagnostic *d = findDiagnostic(result.diagnostics, CsarCode::ExportOntoInput);
    ASSERT_NE(d, nullptr) << describe(result.diagnostics);
    EXPECT_THAT(d->message.toStdString(), HasSubstr("with-artifact.yml"));
    EXPECT_EQ(readAll(t.topology), before);
}

TEST(ExportSafety, RefusesToWriteOverAnInputThroughALinkOrAnotherPath)
{
    ArtifactTopology t;
    const QByteArray topology = readAll(t.topology);
    const QByteArray artifact = readAll(t.artifact);
    QStringList outputs;
    // ".." and a symbolic link name the topology; the artifact the CSAR packs is an input too.
    outputs << t.folder + QStringLiteral("/files/../with-artifact.yml");
    const QString symlink = t.work.filePath(QStringLiteral("link.csar"));
    ASSERT_TRUE(QFile::link(t.topology, symlink));
    outputs << symlink;
    outputs << t.artifact;
#ifdef Q_OS_UNIX
    const QString hardlink = t.work.filePath(QStringLiteral("hard.csar"));
    ASSERT_EQ(
        ::link(QFile::encodeName(t.topology).constData(), QFile::encodeName(hardlink).constData()),
        0);
    outputs << hardlink;
#endif
    for (const QString &output : std::as_const(outputs)) {
        const CsarExporter::Result result = t.exportTo(output);
        EXPECT_EQ(result.refusal, CsarExporter::Refusal::Unsafe) << output.toStdString();
        EXPECT_NE(findDiagnostic(result.diagnostics, CsarCode::ExportOntoInput), nullptr)
            << output.toStdString() << describe(result.diagnostics);
    }
    EXPECT_EQ(readAll(t.topology), topology);
    EXPECT_EQ(readAll(t.artifact), artifact);
    EXPECT_TRUE(QFileInfo(symlink).isSymLink());
}

TEST(ExportSafety, RefusesAScriptThatLinksOutsideTheTopologysFolder)
{
    ArtifactTopology t;
    const QString secret = t.work.filePath(QStringLiteral("secret.txt"));
    ASSERT_TRUE(writeFile(secret, "private key\n"));
    ASSERT_TRUE(QFile::remove(t.artifact));
    ASSERT_TRUE(QFile::link(secret, t.artifact));
    const QString output = t.work.filePath(QStringLiteral("out.csar"));

    const CsarExporter::Result result = t.exportTo(output);

    EXPECT_EQ(result.refusal, CsarExporter::Refusal::Unsafe) << result.summary().toStdString();
    const Diagnostic *d = findDiagnostic(result.diagnostics, CsarCode::ExportOutsideFolder);
    ASSERT_NE(d, nullptr) << describe(result.diagnostics);
    EXPECT_THAT(d->message.toStdString(), HasSubstr("files/settings.cfg"));
    EXPECT_THAT(result.summary().toStdString(), HasSubstr("files/settings.cfg"));
    EXPECT_FALSE(QFileInfo::exists(output));
}

TEST(ExportSafety, ALinkThatStaysInsideTheFolderIsPacked)
{
    ArtifactTopology t;
    const QString real = t.folder + QStringLiteral("/shared/settings.cfg");
    ASSERT_TRUE(QDir().mkpath(t.folder + QStringLiteral("/shared")));
    ASSERT_TRUE(QFile::rename(t.artifact, real));
    ASSERT_TRUE(QFile::link(real, t.artifact));
    const QString output = t.work.filePath(QStringLiteral("out.csar"));

    const CsarExporter::Result result = t.exportTo(output);

    ASSERT_TRUE(result.ok()) << result.summary().toStdString();
    EXPECT_EQ(zipFiles(output).value(QStringLiteral("files/settings.cfg")), readAll(real));
}
