// SPDX-License-Identifier: GPL-3.0-or-later
#include "csar/csarlayout.h"
#include "csar/csarreader.h"
#include "qtprinters.h"
#include "testhelpers.h"
#include "zipbuilder.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

const QString Archive = QStringLiteral("/downloads/mesos.csar");

/// An archive as a name -> content map, read through the list-based locate().
CsarLayout layoutOf(const QHash<QString, QByteArray> &files)
{
    QStringList names = files.keys();
    names.sort();
    const CsarLayout::ReadFunction read = [files](const QString &name, Diagnostics *) {
        return files.contains(name) ? std::optional<QByteArray>(files.value(name)) : std::nullopt;
    };
    return CsarLayout::locate(names, read, Archive);
}

const QByteArray Yaml = "tosca_definitions_version: alien_dsl_1_4_0\n";

TEST(CsarLayout, OneRootYamlWithYamlInSubfolders)
{
    const CsarLayout layout = layoutOf({{QStringLiteral("topology.yml"), Yaml},
                                        {QStringLiteral("artifacts/rexray_config.yml"), Yaml},
                                        {QStringLiteral("scripts/start.sh"), "#!/bin/sh\n"}});
    EXPECT_TRUE(layout.isValid());
    EXPECT_TRUE(layout.isAcceptedByAlien4Cloud());
    EXPECT_EQ(layout.entryDefinitions(), QStringLiteral("topology.yml"));
    EXPECT_EQ(layout.contentRoot(), QString());
    EXPECT_FALSE(layout.metadata().has_value());
    EXPECT_TRUE(layout.diagnostics().isEmpty()) << describe(layout.diagnostics());
}

TEST(CsarLayout, YamlExtensionAlsoCounts)
{
    const CsarLayout layout = layoutOf({{QStringLiteral("types.yaml"), Yaml}});
    EXPECT_EQ(layout.entryDefinitions(), QStringLiteral("types.yaml"));
}

TEST(CsarLayout, NoRootYamlIsAnErrorThatPointsAtYamlElsewhere)
{
    const CsarLayout layout = layoutOf({{QStringLiteral("types/a.yml"), Yaml},
                                        {QStringLiteral("docs/readme.md"), "# read me\n"},
                                        // A4C's glob is lower case: this one does not count.
                                        {QStringLiteral("TOPOLOGY.YML"), Yaml}});
    EXPECT_FALSE(layout.isValid());
    EXPECT_FALSE(layout.isAcceptedByAlien4Cloud());
    const Diagnostic *d = findDiagnostic(layout.diagnostics(), QStringLiteral("TOPO-CSAR-023"));
    ASSERT_NE(d, nullptr) << describe(layout.diagnostics());
    EXPECT_EQ(d->severity, Severity::Error);
    EXPECT_EQ(d->location.file, Archive);
    EXPECT_TRUE(d->message.contains(QStringLiteral("mesos.csar")));
    EXPECT_TRUE(d->message.contains(QStringLiteral("types/a.yml"))) << d->message.toStdString();
}

TEST(CsarLayout, TwoRootYamlsAreAnErrorListingBoth)
{
    const CsarLayout layout = layoutOf({{QStringLiteral("a.yml"), Yaml},
                                        {QStringLiteral("b.yaml"), Yaml},
                                        {QStringLiteral("c.txt"), "text\n"}});
    EXPECT_FALSE(layout.isValid());
    const Diagnostic *d = findDiagnostic(layout.diagnostics(), QStringLiteral("TOPO-CSAR-024"));
    ASSERT_NE(d, nullptr) << describe(layout.diagnostics());
    EXPECT_TRUE(d->message.contains(QStringLiteral("mesos.csar")));
    EXPECT_TRUE(d->message.contains(QStringLiteral("a.yml, b.yaml"))) << d->message.toStdString();
}

TEST(CsarLayout, YamlOnlyInsideTopLevelFolderIsReadWithWarning)
{
    // What GitHub's "Download ZIP" of alien4cloud/mesos-tosca-blueprints gives, zipped on a Mac.
    const CsarLayout layout = layoutOf(
        {{QStringLiteral("topology-mesos-master/mesos-ha-template.yml"), Yaml},
         {QStringLiteral("topology-mesos-master/scripts/install.sh"), "#!/bin/sh\n"},
         {QStringLiteral("topology-mesos-master/artifacts/config.yml"), Yaml},
         {QStringLiteral("__MACOSX/topology-mesos-master/._mesos-ha-template.yml"), "\0\x05"},
         {QStringLiteral(".DS_Store"), "\0"}});
    EXPECT_TRUE(layout.isValid());
    EXPECT_FALSE(layout.isAcceptedByAlien4Cloud());
    EXPECT_EQ(layout.entryDefinitions(),
              QStringLiteral("topology-mesos-master/mesos-ha-template.yml"));
    EXPECT_EQ(layout.contentRoot(), QStringLiteral("topology-mesos-master/"));
    EXPECT_FALSE(hasErrors(layout.diagnostics())) << describe(layout.diagnostics());
    const Diagnostic *d = findDiagnostic(layout.diagnostics(), QStringLiteral("TOPO-CSAR-025"));
    ASSERT_NE(d, nullptr) << describe(layout.diagnostics());
    EXPECT_EQ(d->severity, Severity::Warning);
    EXPECT_TRUE(d->message.contains(QStringLiteral("topology-mesos-master/")));
    EXPECT_TRUE(d->message.contains(QStringLiteral("Alien4Cloud will refuse")));
}

TEST(CsarLayout, WrappedFolderFollowsItsOwnToscaMeta)
{
    const CsarLayout layout = layoutOf(
        {{QStringLiteral("repo/TOSCA-Metadata/TOSCA.meta"), "Entry-Definitions: types/main.yml\n"},
         {QStringLiteral("repo/types/main.yml"), Yaml}});
    EXPECT_EQ(layout.entryDefinitions(), QStringLiteral("repo/types/main.yml"));
    EXPECT_NE(findDiagnostic(layout.diagnostics(), QStringLiteral("TOPO-CSAR-025")), nullptr);
    EXPECT_TRUE(layout.metadata().has_value());
}

TEST(CsarLayout, WrappedFolderWithSeveralYamlsIsStillAnError)
{
    const CsarLayout layout
        = layoutOf({{QStringLiteral("repo/a.yml"), Yaml}, {QStringLiteral("repo/b.yml"), Yaml}});
    EXPECT_FALSE(layout.isValid());
    EXPECT_NE(findDiagnostic(layout.diagnostics(), QStringLiteral("TOPO-CSAR-025")), nullptr);
    EXPECT_NE(findDiagnostic(layout.diagnostics(), QStringLiteral("TOPO-CSAR-024")), nullptr);
}

TEST(CsarLayout, ToscaMetaEntryDefinitionsWinsOverRootYamls)
{
    const CsarLayout layout
        = layoutOf({{QStringLiteral("TOSCA-Metadata/TOSCA.meta"),
                     "TOSCA-Meta-File-Version: 1.0\nCSAR-Version: \"0.1\"\nName: apache-lb-types\n"
                     "Entry-Definitions: Definitions/apache-lb-types.yaml\n"},
                    {QStringLiteral("Definitions/apache-lb-types.yaml"), Yaml},
                    {QStringLiteral("a.yml"), Yaml},
                    {QStringLiteral("b.yml"), Yaml}});
    EXPECT_TRUE(layout.isAcceptedByAlien4Cloud()) << describe(layout.diagnostics());
    EXPECT_EQ(layout.entryDefinitions(), QStringLiteral("Definitions/apache-lb-types.yaml"));
    ASSERT_TRUE(layout.metadata().has_value());
    EXPECT_EQ(layout.metadata()->name(), QStringLiteral("apache-lb-types"));
    EXPECT_EQ(layout.metadata()->csarVersion(), QStringLiteral("0.1"));
}

TEST(CsarLayout, EntryDefinitionsWithLeadingSlashOrDotResolveAsInA4c)
{
    for (const QByteArray &value : {QByteArray("/topology.yml"), QByteArray("./topology.yml")}) {
        const CsarLayout layout = layoutOf(
            {{QStringLiteral("TOSCA-Metadata/TOSCA.meta"), "Entry-Definitions: " + value + "\n"},
             {QStringLiteral("topology.yml"), Yaml}});
        EXPECT_EQ(layout.entryDefinitions(), QStringLiteral("topology.yml")) << value.constData();
    }
}

TEST(CsarLayout, ToscaMetaWithoutEntryDefinitionsIsAnError)
{
    const CsarLayout layout
        = layoutOf({{QStringLiteral("TOSCA-Metadata/TOSCA.meta"), "TOSCA-Meta-File-Version: 1.0\n"},
                    {QStringLiteral("topology.yml"), Yaml}});
    EXPECT_FALSE(layout.isValid());
    const Diagnostic *d = findDiagnostic(layout.diagnostics(), QStringLiteral("TOPO-CSAR-021"));
    ASSERT_NE(d, nullptr) << describe(layout.diagnostics());
    EXPECT_EQ(d->location.file, Archive + QStringLiteral("/TOSCA-Metadata/TOSCA.meta"));
    EXPECT_TRUE(d->message.contains(QStringLiteral("mesos.csar")));
}

TEST(CsarLayout, EntryDefinitionsNamingMissingFileIsAnErrorWithCaseHint)
{
    const CsarLayout layout = layoutOf(
        {{QStringLiteral("TOSCA-Metadata/TOSCA.meta"), "Entry-Definitions: Types/Mesos.yml\n"},
         {QStringLiteral("types/mesos.yml"), Yaml}});
    EXPECT_FALSE(layout.isValid());
    const Diagnostic *d = findDiagnostic(layout.diagnostics(), QStringLiteral("TOPO-CSAR-022"));
    ASSERT_NE(d, nullptr) << describe(layout.diagnostics());
    EXPECT_TRUE(d->message.contains(QStringLiteral("Types/Mesos.yml")));
    EXPECT_TRUE(
        d->message.contains(QStringLiteral("\"types/mesos.yml\" differs only in letter case")))
        << d->message.toStdString();
}

TEST(CsarLayout, EntryDefinitionsCannotPointOutsideTheArchive)
{
    const CsarLayout layout = layoutOf(
        {{QStringLiteral("repo/TOSCA-Metadata/TOSCA.meta"), "Entry-Definitions: ../other.yml\n"},
         {QStringLiteral("repo/x.txt"), "x"}});
    EXPECT_FALSE(layout.isValid());
    EXPECT_NE(findDiagnostic(layout.diagnostics(), QStringLiteral("TOPO-CSAR-022")), nullptr)
        << describe(layout.diagnostics());
}

TEST(CsarLayout, ToscaMetaInWrongCaseIsIgnoredWithWarning)
{
    const CsarLayout layout = layoutOf(
        {{QStringLiteral("tosca-metadata/TOSCA.meta"), "Entry-Definitions: types/a.yml\n"},
         {QStringLiteral("types/a.yml"), Yaml},
         {QStringLiteral("topology.yml"), Yaml}});
    EXPECT_EQ(layout.entryDefinitions(), QStringLiteral("topology.yml"));
    EXPECT_FALSE(layout.metadata().has_value());
    const Diagnostic *d = findDiagnostic(layout.diagnostics(), QStringLiteral("TOPO-CSAR-026"));
    ASSERT_NE(d, nullptr) << describe(layout.diagnostics());
    EXPECT_EQ(d->severity, Severity::Warning);
    EXPECT_TRUE(d->message.contains(QStringLiteral("tosca-metadata/TOSCA.meta")));
}

TEST(CsarLayout, UnreadableToscaMetaIsAnError)
{
    const CsarLayout::ReadFunction failing = [](const QString &, Diagnostics *) {
        return std::optional<QByteArray>();
    };
    const CsarLayout layout = CsarLayout::locate(
        {QStringLiteral("TOSCA-Metadata/TOSCA.meta"), QStringLiteral("topology.yml")},
        failing,
        Archive);
    EXPECT_FALSE(layout.isValid());
    EXPECT_NE(findDiagnostic(layout.diagnostics(), QStringLiteral("TOPO-CSAR-001")), nullptr)
        << describe(layout.diagnostics());
}

QByteArray metaArchive()
{
    return ZipBuilder()
        .add(
            QStringLiteral("TOSCA-Metadata/TOSCA.meta"),
            "Name: mesos-types\nCSAR-Version: 1.4.0-SNAPSHOT\nEntry-Definitions: mesos-types.yml\n")
        .add(QStringLiteral("mesos-types.yml"), Yaml)
        .add(QStringLiteral("other.yml"), Yaml)
        .build();
}

TEST(CsarLayout, FromReaderAndFromExtractedFolderAgree)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mesos-types.csar"));
    ASSERT_TRUE(writeFile(path, metaArchive()));

    CsarReader reader(path);
    const CsarLayout inMemory = CsarLayout::locate(reader);
    EXPECT_TRUE(inMemory.isAcceptedByAlien4Cloud()) << describe(inMemory.diagnostics());
    EXPECT_EQ(inMemory.entryDefinitions(), QStringLiteral("mesos-types.yml"));
    ASSERT_TRUE(inMemory.metadata().has_value());
    EXPECT_EQ(inMemory.metadata()->name(), QStringLiteral("mesos-types"));

    const QString folder = dir.filePath(QStringLiteral("extracted"));
    ASSERT_TRUE(reader.extractTo(folder)) << describe(reader.diagnostics());
    const CsarLayout onDisk = CsarLayout::locateInFolder(folder, path);
    EXPECT_EQ(onDisk.entryDefinitions(), inMemory.entryDefinitions());
    EXPECT_EQ(onDisk.metadata(), inMemory.metadata());
    EXPECT_TRUE(onDisk.diagnostics().isEmpty()) << describe(onDisk.diagnostics());
}

TEST(CsarLayout, FromRefusedArchiveCarriesTheReadersErrors)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("slip.csar"));
    ASSERT_TRUE(writeFile(path,
                          ZipBuilder()
                              .add(QStringLiteral("topology.yml"), Yaml)
                              .add(QStringLiteral("../evil.yml"), Yaml)
                              .build()));
    CsarReader reader(path);
    const CsarLayout layout = CsarLayout::locate(reader);
    EXPECT_FALSE(layout.isValid());
    EXPECT_NE(findDiagnostic(layout.diagnostics(), QStringLiteral("TOPO-CSAR-006")), nullptr)
        << describe(layout.diagnostics());
}

} // namespace
