// SPDX-License-Identifier: GPL-3.0-or-later
// TypeFileRelocator: the files a type names, moved under its archive's folder.
#include "testhelpers.h"

#include "standard/typefilerelocator.h"
#include "yaml/yamlvaluereader.h"

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

Value parse(const char *yaml)
{
    Diagnostics diagnostics;
    return YamlValueReader().read(yaml, QStringLiteral("t.yml"), &diagnostics);
}

QString at(const Value &value, const QStringList &path)
{
    Value v = value;
    for (const QString &key : path)
        v = v.value(key);
    return v.text();
}

} // namespace

TEST(TypeFileRelocator, MovesImplementationsArtifactsAndTheIconButNoUrls)
{
    const Value type = parse(R"(
derived_from: tosca.nodes.SoftwareComponent
metadata: {icon: /images/m.png}
artifacts:
  - config: {file: artifacts/zoo.cfg, type: tosca.artifacts.File}
  - plain: artifacts/plain.txt
interfaces:
  Standard:
    inputs: {PORT: 1}
    create: scripts/create.sh
    start:
      implementation:
        primary: scripts/start.sh
        dependencies: [scripts/lib.sh]
    stop: {implementation: "https://example.org/stop.sh"}
)");
    QList<TypeFileRelocator::File> files;
    const Value moved = TypeFileRelocator(QStringLiteral("mesos-types"))
                            .relocate(type, QStringLiteral("my.Node"), &files);
    EXPECT_EQ(at(moved, {"metadata", "icon"}), QStringLiteral("mesos-types/images/m.png"));
    EXPECT_EQ(
        moved.value(QStringLiteral("artifacts")).items()[0].value("config").value("file").text(),
        QStringLiteral("mesos-types/artifacts/zoo.cfg"));
    EXPECT_EQ(moved.value(QStringLiteral("artifacts")).items()[1].value("plain").text(),
              QStringLiteral("mesos-types/artifacts/plain.txt"));
    EXPECT_EQ(at(moved, {"interfaces", "Standard", "create"}),
              QStringLiteral("mesos-types/scripts/create.sh"));
    EXPECT_EQ(at(moved, {"interfaces", "Standard", "start", "implementation", "primary"}),
              QStringLiteral("mesos-types/scripts/start.sh"));
    EXPECT_EQ(moved.value("interfaces")
                  .value("Standard")
                  .value("start")
                  .value("implementation")
                  .value("dependencies")
                  .items()
                  .front()
                  .text(),
              QStringLiteral("mesos-types/scripts/lib.sh"));
    EXPECT_EQ(at(moved, {"interfaces", "Standard", "stop", "implementation"}),
              QStringLiteral("https://example.org/stop.sh"));
    // Inputs are no operation.
    EXPECT_EQ(at(moved, {"interfaces", "Standard", "inputs", "PORT"}), QStringLiteral("1"));

    QStringList paths;
    for (const TypeFileRelocator::File &file : files)
        paths << file.path + QStringLiteral(" -> ") + file.relocated;
    EXPECT_EQ(paths.size(), 6) << paths.join(", ").toStdString();
    EXPECT_TRUE(
        paths.contains(QStringLiteral("scripts/create.sh -> mesos-types/scripts/create.sh")));
    EXPECT_TRUE(paths.contains(QStringLiteral("images/m.png -> mesos-types/images/m.png")));
}
