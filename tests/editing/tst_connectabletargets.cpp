// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/typecatalog.h"
#include "documentactions.h"
#include "testhelpers.h"
#include "topologydocument.h"

#include <QFile>

#include <gtest/gtest.h>

#include <memory>

using namespace Topologist;
using Topologist::Test::bundledCatalog;

namespace {

std::unique_ptr<TopologyDocument> openBundled(const QString &name)
{
    QFile file(QStringLiteral(":/examples/%1/%1.yml").arg(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    Diagnostics diagnostics;
    return TopologyDocument::fromBytes(
        file.readAll(), name + QStringLiteral(".yml"), bundledCatalog(), &diagnostics);
}

/// connectableTargets() is canConnect() asked of every node: they must never disagree.
void expectAgreesWithCanConnect(TopologyDocument &document)
{
    const DocumentActions actions(&document);
    for (const NodeTemplate &source : document.topology().nodes()) {
        const TypeDefinition *type = document.types().resolved(TypeKind::Node, source.type);
        if (!type)
            continue;
        for (const RequirementDefinition &requirement : type->requirements) {
            QStringList expected;
            for (const NodeTemplate &target : document.topology().nodes()) {
                if (actions.canConnect(source.name, requirement.name, target.name))
                    expected << target.name;
            }
            EXPECT_EQ(actions.connectableTargets(source.name, requirement.name), expected)
                << source.name.toStdString() << "." << requirement.name.toStdString();
        }
        // Re-targeting each relationship it has, as "Host on" and a head drag do.
        for (int i = 0; i < int(source.requirements.size()); ++i) {
            const QString &requirement = source.requirements[i].name;
            QStringList expected;
            for (const NodeTemplate &target : document.topology().nodes()) {
                if (actions.canConnect(source.name, requirement, target.name, nullptr, nullptr, i))
                    expected << target.name;
            }
            EXPECT_EQ(actions.connectableTargets(source.name, requirement, i), expected)
                << source.name.toStdString() << "." << requirement.toStdString() << " #" << i;
        }
    }
}

} // namespace

TEST(ConnectableTargets, agreesWithCanConnectOnEveryBundledTopology)
{
    for (const QString &name : {QStringLiteral("marathon"),
                                QStringLiteral("mesos-ha"),
                                QStringLiteral("aurora"),
                                QStringLiteral("marathon-rexray")}) {
        auto document = openBundled(name);
        ASSERT_NE(document, nullptr) << name.toStdString();
        expectAgreesWithCanConnect(*document);
    }
}

TEST(ConnectableTargets, agreesWithCanConnectOnceRequirementsAreOpen)
{
    auto document = openBundled(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    DocumentActions actions(document.get());
    // Open some requirements (hosting included) so that more targets qualify.
    for (const QString &node : {QStringLiteral("MesosSlave"),
                                QStringLiteral("MesosMaster"),
                                QStringLiteral("Marathon")}) {
        while (!document->topology().node(node)->requirements.isEmpty())
            ASSERT_TRUE(actions.disconnect(node, 0));
    }
    expectAgreesWithCanConnect(*document);
    const QStringList docker
        = actions.connectableTargets(QStringLiteral("MesosSlave"), QStringLiteral("docker_cli"));
    EXPECT_TRUE(docker.contains(QStringLiteral("DockerEngine")));
    EXPECT_FALSE(docker.contains(QStringLiteral("MesosMaster")));
    EXPECT_TRUE(
        actions.connectableTargets(QStringLiteral("NoSuchNode"), QStringLiteral("host")).isEmpty());
    EXPECT_TRUE(
        actions
            .connectableTargets(QStringLiteral("MesosSlave"), QStringLiteral("no_such_requirement"))
            .isEmpty());
}
