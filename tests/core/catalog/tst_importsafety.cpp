// SPDX-License-Identifier: GPL-3.0-or-later
// File imports read only what they may: regular files (never a device or a FIFO), and inside a
// CSAR only the archive's own files (no absolute path, no way out through ..).
#include "testarchives.h"
#include "testhelpers.h"

#include "catalog/topologyloader.h"
#include "catalog/typecatalog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

QByteArray topologyImportingFile(const QByteArray &file)
{
    return "tosca_definitions_version: tosca_simple_yaml_1_0\n"
           "imports:\n  - "
           + file
           + "\n"
             "topology_template:\n  node_templates:\n"
             "    server:\n      type: tosca.nodes.Compute\n";
}

const Diagnostic *withCode(const Diagnostics &diagnostics, const char *code)
{
    return findDiagnostic(diagnostics, QLatin1String(code));
}

} // namespace

TEST(ImportSafety, ADeviceIsNeverRead)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("zero.yml"));
    ASSERT_TRUE(writeFile(file, topologyImportingFile("/dev/zero")));
    QElapsedTimer timer;
    timer.start();
    const LoadedTopology loaded = TopologyLoader(bundledCatalog()).loadFile(file);
    // /dev/zero reports a size of 0 and never ends: read, it grows memory until the crash.
    EXPECT_LT(timer.elapsed(), 10000);
    const Diagnostic *refused = withCode(loaded.diagnostics, "TOPO-IMP-005");
    ASSERT_NE(refused, nullptr) << describe(loaded.diagnostics);
    EXPECT_EQ(refused->location.line, 3);
    EXPECT_TRUE(refused->message.contains(QStringLiteral("/dev/zero")));
}

TEST(ImportSafety, AFifoIsNeverOpened)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("types.yml"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString file = dir.filePath(QStringLiteral("fifo.yml"));
    ASSERT_TRUE(writeFile(file, topologyImportingFile("types.yml")));
    // Opening a FIFO with no writer blocks forever; the load must return.
    const LoadedTopology loaded = TopologyLoader(bundledCatalog()).loadFile(file);
    EXPECT_NE(withCode(loaded.diagnostics, "TOPO-IMP-005"), nullptr)
        << describe(loaded.diagnostics);
}

TEST(ImportSafety, ACsarsImportsStayInsideTheArchive)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // Beside the CSAR: what a ../ import would reach once the archive is unpacked next to it.
    const QByteArray secret = "tosca_definitions_version: tosca_simple_yaml_1_0\n"
                              "description: secret-content\n";
    ASSERT_TRUE(writeFile(dir.filePath(QStringLiteral("secret.yml")), secret));
    const QString absoluteSecret = dir.filePath(QStringLiteral("secret.yml"));
    const QList<QByteArray> escapes{QByteArray("../../../../../../../../")
                                        + QFile::encodeName(absoluteSecret).mid(1),
                                    QFile::encodeName(absoluteSecret)};
    for (const QByteArray &import : escapes) {
        const QString csar = dir.filePath(QStringLiteral("escape.csar"));
        ASSERT_TRUE(writeFile(
            csar, makeZip({{QStringLiteral("topology.yml"), topologyImportingFile(import)}})));
        const LoadedTopology loaded = TopologyLoader(bundledCatalog()).loadFile(csar);
        const Diagnostic *refused = withCode(loaded.diagnostics, "TOPO-IMP-006");
        ASSERT_NE(refused, nullptr) << import.toStdString() << "\n" << describe(loaded.diagnostics);
        EXPECT_EQ(refused->location.line, 3);
        for (const Diagnostic &d : loaded.diagnostics)
            EXPECT_FALSE(d.message.contains(QStringLiteral("secret-content")))
                << d.toString().toStdString();
        EXPECT_EQ(loaded.types->resolved(TypeKind::Node, QStringLiteral("tosca.nodes.Compute"))
                      != nullptr,
                  true);
    }
}

TEST(ImportSafety, APlainFilesRelativeImportsResolveFromItsFolder)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("types")));
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("topologies")));
    ASSERT_TRUE(
        writeFile(dir.filePath(QStringLiteral("types/app.yml")),
                  "tosca_definitions_version: tosca_simple_yaml_1_0\n"
                  "node_types:\n  my.App:\n    derived_from: tosca.nodes.SoftwareComponent\n"));
    const QString file = dir.filePath(QStringLiteral("topologies/t.yml"));
    ASSERT_TRUE(writeFile(file, topologyImportingFile("../types/app.yml")));
    const LoadedTopology loaded = TopologyLoader(bundledCatalog()).loadFile(file);
    EXPECT_FALSE(hasErrors(loaded.diagnostics)) << describe(loaded.diagnostics);
    EXPECT_NE(loaded.types->resolved(TypeKind::Node, QStringLiteral("my.App")), nullptr);
}
