// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/typecatalog.h"
#include "clipboard/nodeclipboard.h"
#include "documentactions.h"
#include "exampledocument.h"
#include "testhelpers.h"
#include "topologydocument.h"

#include <QFile>
#include <QGuiApplication>
#include <QMimeData>

#include <gtest/gtest.h>

#include <memory>

using namespace Topologist;
using Topologist::Test::bundledCatalog;
using Topologist::Test::openExample;

namespace {

int errorCount(const TopologyDocument &document)
{
    int errors = 0;
    for (const Problem &p : document.problems())
        errors += p.severity == Severity::Error ? 1 : 0;
    return errors;
}

bool hasProblem(const TopologyDocument &document, const QString &code, const QString &node)
{
    for (const Problem &p : document.problems()) {
        if (p.code == code && p.node == node)
            return true;
    }
    return false;
}

/// Undo restores the serialized document byte for byte; redo gives back the edited one.
void expectUndoRedoExact(TopologyDocument &document, const QByteArray &before)
{
    const QByteArray after = document.serialize();
    ASSERT_NE(before, after) << "the edit changed nothing";
    document.undoStack()->undo();
    EXPECT_EQ(document.serialize(), before);
    document.undoStack()->redo();
    EXPECT_EQ(document.serialize(), after);
}

} // namespace

TEST(DocumentActions, addNodeOnCompatibleHostCreatesHostedOnInOneStep)
{
    auto document = openExample(QStringLiteral("marathon"));
    const QByteArray before = document->serialize();
    DocumentActions actions(document.get());
    QString error;
    const QString name = actions.addNode(QStringLiteral("org.alien4cloud.nodes.MarathonLB"),
                                         QPointF(10, 10),
                                         QStringLiteral("Marathon"),
                                         &error);
    ASSERT_EQ(name, QStringLiteral("MarathonLB_2")) << error.toStdString();
    const NodeTemplate *node = document->topology().node(name);
    ASSERT_NE(node, nullptr);
    ASSERT_EQ(node->requirements.size(), 1);
    EXPECT_EQ(node->requirements[0].node, QStringLiteral("Marathon"));
    EXPECT_EQ(node->requirements[0].name, QStringLiteral("host"));
    EXPECT_EQ(node->requirements[0].capability,
              QStringLiteral("org.alien4cloud.capabilities.MarathonHost"));
    EXPECT_EQ(errorCount(*document), 0);
    EXPECT_EQ(document->undoStack()->count(), 1);
    expectUndoRedoExact(*document, before);
}

TEST(DocumentActions, addNodeOnIncompatibleHostIsRefusedWithAReasonAndLeavesNoTrace)
{
    auto document = openExample(QStringLiteral("marathon"));
    const QByteArray before = document->serialize();
    DocumentActions actions(document.get());
    QString error;
    const QString name = actions.addNode(QStringLiteral("org.alien4cloud.nodes.Marathon"),
                                         QPointF(),
                                         QStringLiteral("SlaveCompute"),
                                         &error);
    EXPECT_TRUE(name.isEmpty());
    EXPECT_TRUE(error.contains(QLatin1String("MesosMasterHost"))) << error.toStdString();
    EXPECT_EQ(document->undoStack()->count(), 0);
    EXPECT_EQ(document->serialize(), before);
}

TEST(DocumentActions, addingATypeFromAnArchiveNotImportedAddsTheImport)
{
    auto document = openExample(QStringLiteral("mesos-ha"));
    DocumentActions actions(document.get());
    QString error;
    const QString name = actions.addNode(QStringLiteral("org.alien4cloud.nodes.AuroraScheduler"),
                                         QPointF(),
                                         QStringLiteral("Mesos_Master"),
                                         &error);
    ASSERT_FALSE(name.isEmpty()) << error.toStdString();
    bool imported = false;
    for (const ArchiveImport &i : document->archive().imports)
        imported |= i.name == QLatin1String("aurora-types");
    EXPECT_TRUE(imported);
    EXPECT_TRUE(document->types().contains(
        TypeKind::Node, QStringLiteral("org.alien4cloud.nodes.AuroraScheduler")));
    document->undoStack()->undo();
    imported = false;
    for (const ArchiveImport &i : document->archive().imports)
        imported |= i.name == QLatin1String("aurora-types");
    EXPECT_FALSE(imported);
    EXPECT_FALSE(document->topology().contains(name));
}

TEST(DocumentActions, normativeTypesComeFromTheVersionNewDocumentsImport)
{
    // The library holds tosca-normative-types 1.0.0-ALIEN14 and 1.0.0-ALIEN20, which declare
    // the same type names. New documents, and documents that import neither, get ALIEN14:
    // every Alien4Cloud from 1.4 on accepts it.
    const ArchiveImport alien14{QStringLiteral("tosca-normative-types"),
                                QStringLiteral("1.0.0-ALIEN14")};
    ASSERT_NE(bundledCatalog().find(QStringLiteral("tosca-normative-types:1.0.0-ALIEN20")),
              nullptr);
    const TopologyDocument fresh(bundledCatalog());
    EXPECT_EQ(fresh.archive().imports, ArchiveImports{alien14});

    Diagnostics diagnostics;
    auto bare = TopologyDocument::fromBytes("tosca_definitions_version: alien_dsl_1_4_0\n"
                                            "topology_template:\n  node_templates: {}\n",
                                            QStringLiteral("bare.yml"),
                                            bundledCatalog(),
                                            &diagnostics);
    ASSERT_NE(bare, nullptr) << Topologist::Test::describe(diagnostics);
    DocumentActions actions(bare.get());
    QString error;
    ASSERT_FALSE(
        actions.addNode(QStringLiteral("tosca.nodes.Compute"), QPointF(), QString(), &error)
            .isEmpty())
        << error.toStdString();
    EXPECT_EQ(bare->archive().imports, ArchiveImports{alien14});
    EXPECT_EQ(errorCount(*bare), 0);
}

TEST(DocumentActions, connectRefusesIncompatibleTargetAndAcceptsCompatibleOne)
{
    auto document = openExample(QStringLiteral("marathon"));
    DocumentActions actions(document.get());
    // MesosSlave already targets a master; its dns_server is [0, unbounded].
    QString reason;
    EXPECT_FALSE(actions.canConnect(QStringLiteral("MesosSlave_2"),
                                    QStringLiteral("dns_server"),
                                    QStringLiteral("Marathon"),
                                    &reason));
    EXPECT_FALSE(reason.isEmpty());
    const QByteArray before = document->serialize();
    ASSERT_TRUE(actions.connect(QStringLiteral("MesosSlave_2"),
                                QStringLiteral("dns_server"),
                                QStringLiteral("MesosDNS"),
                                &reason))
        << reason.toStdString();
    // Accepted; but MesosDNS runs on MesosSlave_2, so each now waits for the other to start:
    // the install order loop is the one error.
    EXPECT_EQ(errorCount(*document), 1);
    EXPECT_TRUE(
        hasProblem(*document, QStringLiteral("TOPO-WF-001"), QStringLiteral("MesosSlave_2")));
    expectUndoRedoExact(*document, before);
}

TEST(DocumentActions, connectRespectsTheRequirementUpperBound)
{
    auto document = openExample(QStringLiteral("marathon"));
    DocumentActions actions(document.get());
    QString reason;
    EXPECT_FALSE(actions.canConnect(QStringLiteral("MesosSlave"),
                                    QStringLiteral("master"),
                                    QStringLiteral("MesosMaster"),
                                    &reason));
    EXPECT_TRUE(reason.contains(QLatin1String("already"))) << reason.toStdString();
}

TEST(DocumentActions, deleteRemovesRelationshipsAndHostedChildrenAsOneStep)
{
    auto document = openExample(QStringLiteral("marathon"));
    const QByteArray before = document->serialize();
    DocumentActions actions(document.get());
    EXPECT_EQ(actions.hostedDescendants({QStringLiteral("MesosMaster")}),
              QStringList({QStringLiteral("Marathon"), QStringLiteral("MarathonLB")}));
    ASSERT_TRUE(actions.removeNodes({QStringLiteral("MesosMaster")}));
    EXPECT_FALSE(document->topology().contains(QStringLiteral("Marathon")));
    EXPECT_FALSE(document->topology().contains(QStringLiteral("MarathonLB")));
    for (const RequirementAssignment &r :
         document->topology().node(QStringLiteral("MesosSlave"))->requirements)
        EXPECT_NE(r.node, QStringLiteral("MesosMaster"));
    EXPECT_EQ(document->undoStack()->count(), 1);
    expectUndoRedoExact(*document, before);
}

TEST(DocumentActions, renameUpdatesReferencesAndRefusesInvalidNames)
{
    auto document = openExample(QStringLiteral("marathon"));
    const QByteArray before = document->serialize();
    DocumentActions actions(document.get());
    QString error;
    EXPECT_FALSE(
        actions.renameNode(QStringLiteral("MesosMaster"), QStringLiteral("Mesos Master"), &error));
    EXPECT_FALSE(
        actions.renameNode(QStringLiteral("MesosMaster"), QStringLiteral("Marathon"), &error));
    ASSERT_TRUE(
        actions.renameNode(QStringLiteral("MesosMaster"), QStringLiteral("Master"), &error));
    EXPECT_EQ(document->topology().node(QStringLiteral("Marathon"))->requirements[0].node,
              QStringLiteral("Master"));
    EXPECT_EQ(document->topology().indexOf(QStringLiteral("Master")), 1)
        << "keeps its place in the file";
    EXPECT_EQ(errorCount(*document), 0);
    expectUndoRedoExact(*document, before);
}

TEST(DocumentActions, typingInOneFieldIsOneUndoStep)
{
    auto document = openExample(QStringLiteral("marathon"));
    const QByteArray before = document->serialize();
    DocumentActions actions(document.get());
    for (const char *text : {"5", "50", "505", "5051"})
        actions.setProperty(QStringLiteral("MesosMaster"),
                            QStringLiteral("port"),
                            Value::scalar(QLatin1String(text)));
    EXPECT_EQ(document->undoStack()->count(), 1);
    EXPECT_EQ(document->topology()
                  .node(QStringLiteral("MesosMaster"))
                  ->property(QStringLiteral("port"))
                  .text(),
              QStringLiteral("5051"));
    expectUndoRedoExact(*document, before);
    actions.setProperty(QStringLiteral("MesosMaster"),
                        QStringLiteral("log_dir"),
                        Value::scalar(QStringLiteral("/tmp")));
    EXPECT_EQ(document->undoStack()->count(), 2) << "another field is another step";
}

TEST(DocumentActions, invalidPropertyValueRaisesAProblemThatUndoClears)
{
    auto document = openExample(QStringLiteral("marathon"));
    DocumentActions actions(document.get());
    actions.setProperty(QStringLiteral("MesosMaster"),
                        QStringLiteral("port"),
                        Value::scalar(QStringLiteral("http")));
    EXPECT_TRUE(
        hasProblem(*document, QStringLiteral("TOPO-PROP-003"), QStringLiteral("MesosMaster")));
    document->undoStack()->undo();
    EXPECT_FALSE(
        hasProblem(*document, QStringLiteral("TOPO-PROP-003"), QStringLiteral("MesosMaster")));
}

TEST(DocumentActions, quickFixIsOneUndoableStepThatRemovesItsProblem)
{
    auto document = openExample(QStringLiteral("marathon"));
    DocumentActions actions(document.get());
    actions.setCapabilityProperty(QStringLiteral("MasterCompute"),
                                  QStringLiteral("os"),
                                  QStringLiteral("distribution"),
                                  Value::scalar(QStringLiteral("fedora")));
    Problem found;
    for (const Problem &p : document->problems()) {
        if (p.code == QLatin1String("TOPO-FILTER-002") && !p.fixes.isEmpty())
            found = p;
    }
    ASSERT_FALSE(found.code.isEmpty());
    const QByteArray before = document->serialize();
    const int errorsBefore = errorCount(*document);
    ASSERT_TRUE(actions.applyQuickFix(found.fixes.first()));
    EXPECT_FALSE(hasProblem(*document, QStringLiteral("TOPO-FILTER-002"), found.node));
    EXPECT_LT(errorCount(*document), errorsBefore);
    expectUndoRedoExact(*document, before);
}

TEST(DocumentActions, duplicateCopiesHostedSubtreeWithFreeNames)
{
    auto document = openExample(QStringLiteral("marathon"));
    DocumentActions actions(document.get());
    const QStringList copies = actions.duplicate({QStringLiteral("SlaveCompute_2")});
    // SlaveCompute_2 hosts MesosSlave_2 and DockerEngine_2; MesosSlave_2 hosts MesosDNS.
    EXPECT_EQ(copies.size(), 4) << copies.join(QLatin1Char(',')).toStdString();
    for (const QString &name : copies)
        EXPECT_TRUE(document->topology().contains(name));
    const NodeTemplate *dns = document->topology().node(QStringLiteral("MesosDNS_2"));
    ASSERT_NE(dns, nullptr);
    QStringList targets;
    for (const RequirementAssignment &r : dns->requirements)
        targets << r.node;
    EXPECT_TRUE(targets.contains(QStringLiteral("MesosSlave_3")))
        << "hosted on the copy, not the original";
    EXPECT_TRUE(targets.contains(QStringLiteral("Marathon"))) << "outside targets are kept";
    EXPECT_EQ(document->undoStack()->count(), 1);
}

TEST(DocumentActions, setHeaderIsOneUndoStepThatKeepsAuthorAndDescription)
{
    auto document = openExample(QStringLiteral("marathon"));
    const ToscaArchive original = document->archive();
    const QByteArray before = document->serialize();
    DocumentActions actions(document.get());
    ASSERT_TRUE(actions.setHeader(QStringLiteral("my-cluster"), QStringLiteral("2.0.0")));
    EXPECT_EQ(document->undoStack()->count(), 1);
    EXPECT_EQ(document->archive().name, QStringLiteral("my-cluster"));
    EXPECT_EQ(document->archive().version, QStringLiteral("2.0.0"));
    EXPECT_EQ(document->archive().author, original.author);
    EXPECT_EQ(document->archive().description, original.description);
    expectUndoRedoExact(*document, before);

    EXPECT_FALSE(actions.setHeader(QStringLiteral("my-cluster"), QStringLiteral("2.0.0")))
        << "the same name and version are no step";
    EXPECT_EQ(document->undoStack()->count(), 1);
    document->undoStack()->undo();
    EXPECT_EQ(document->archive().name, original.name);
    EXPECT_EQ(document->archive().version, original.version);
}

TEST(NodeClipboard, copyPastesIntoAnotherDocumentAndAsText)
{
    auto source = openExample(QStringLiteral("marathon"));
    auto target = std::make_unique<TopologyDocument>(bundledCatalog());
    std::unique_ptr<QMimeData> data(NodeClipboard::mimeData(*source,
                                                            {QStringLiteral("MasterCompute"),
                                                             QStringLiteral("MesosMaster"),
                                                             QStringLiteral("Marathon")}));
    EXPECT_TRUE(data->text().contains(QLatin1String("node_templates:")));
    EXPECT_TRUE(NodeClipboard::canPaste(data.get()));
    QString error;
    const QList<NodeTemplate> nodes = NodeClipboard::nodesFrom(data.get(), &error);
    ASSERT_EQ(nodes.size(), 3) << error.toStdString();
    DocumentActions actions(target.get());
    const QStringList pasted = actions.insertNodes(nodes, QPointF(), QStringLiteral("Paste"));
    EXPECT_EQ(pasted,
              QStringList({QStringLiteral("MasterCompute"),
                           QStringLiteral("MesosMaster"),
                           QStringLiteral("Marathon")}));
    EXPECT_EQ(target->topology().node(QStringLiteral("Marathon"))->requirements[0].node,
              QStringLiteral("MesosMaster"));
    EXPECT_EQ(errorCount(*target), 0) << "imports were added for the pasted types";
    // Pasting again renames and keeps the copies' relationships among themselves.
    actions.insertNodes(nodes, QPointF(40, 40), QStringLiteral("Paste"));
    EXPECT_EQ(target->topology().node(QStringLiteral("Marathon_2"))->requirements[0].node,
              QStringLiteral("MesosMaster_2"));
    QString parseError;
    EXPECT_TRUE(NodeClipboard::parse("just some text", &parseError).isEmpty());
    EXPECT_FALSE(parseError.isEmpty());
}

TEST(DocumentActions, valueEditsTouchOnlyTheEditedNode)
{
    // Capability properties and quick fixes go through TopologyEdit::applyQuickFix; it must
    // record only the nodes the fix changes, or every edit re-applies and re-validates the
    // whole topology (and views get a nodeChanged per node).
    auto document = openExample(QStringLiteral("marathon"));
    DocumentActions actions(document.get());
    QStringList changed;
    QObject::connect(document.get(),
                     &TopologyDocument::nodeChanged,
                     document.get(),
                     [&changed](const QString &name) { changed << name; });
    ASSERT_TRUE(actions.setCapabilityProperty(QStringLiteral("MasterCompute"),
                                              QStringLiteral("os"),
                                              QStringLiteral("distribution"),
                                              Value::scalar(QStringLiteral("fedora"))));
    EXPECT_EQ(changed, QStringList({QStringLiteral("MasterCompute")}));
    changed.clear();
    Problem found;
    for (const Problem &p : document->problems()) {
        if (p.code == QLatin1String("TOPO-FILTER-002") && !p.fixes.isEmpty())
            found = p;
    }
    ASSERT_FALSE(found.code.isEmpty());
    ASSERT_TRUE(actions.applyQuickFix(found.fixes.first()));
    EXPECT_LE(changed.size(), 2) << changed.join(QLatin1Char(',')).toStdString();
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

// placeNodes (added for the canvas): the first move of a file without layout saves positions
// that did not exist, and undo must bring back "no position", not (0, 0).
TEST(DocumentActions, placeNodesRestoresMissingPositionsExactly)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_FALSE(document->topology().node(QStringLiteral("MasterCompute"))->position.has_value());
    const QByteArray before = document->serialize();
    DocumentActions actions(document.get());
    QHash<QString, QPointF> positions;
    positions.insert(QStringLiteral("MasterCompute"), QPointF(40, 60));
    positions.insert(QStringLiteral("SlaveCompute"), QPointF(400, 60));
    ASSERT_TRUE(actions.placeNodes(positions));
    EXPECT_EQ(document->undoStack()->count(), 1);
    EXPECT_EQ(document->topology().node(QStringLiteral("SlaveCompute"))->position,
              QPointF(400, 60));
    EXPECT_TRUE(document->serialize().contains("SlaveCompute 400 60"));
    expectUndoRedoExact(*document, before);
    document->undoStack()->undo();
    EXPECT_FALSE(document->topology().node(QStringLiteral("MasterCompute"))->position.has_value());
    document->undoStack()->redo();

    // Once every node has a position it is an ordinary (cheap) move; same positions: no step.
    EXPECT_FALSE(actions.placeNodes(positions));
    positions.insert(QStringLiteral("MasterCompute"), QPointF(80, 60));
    ASSERT_TRUE(actions.placeNodes(positions));
    EXPECT_EQ(document->undoStack()->count(), 2);
    EXPECT_EQ(document->topology().node(QStringLiteral("MasterCompute"))->position,
              QPointF(80, 60));
}

TEST(DocumentActions, changeTypeKeepsWhatTheNewTypeDeclaresInOneUndoStep)
{
    auto document = openExample(QStringLiteral("marathon"));
    const QByteArray before = document->serialize();
    DocumentActions actions(document.get());
    const NodeRetyping preview = actions.retyping(
        QStringLiteral("MesosSlave"), QStringLiteral("org.alien4cloud.nodes.MesosMaster"));
    ASSERT_TRUE(preview.isValid());
    EXPECT_EQ(preview.droppedProperties(), QStringList{QStringLiteral("isolation")});
    QString error;
    ASSERT_TRUE(actions.changeType(
        QStringLiteral("MesosSlave"), QStringLiteral("org.alien4cloud.nodes.MesosMaster"), &error))
        << error.toStdString();
    EXPECT_EQ(document->undoStack()->count(), 1);
    const NodeTemplate *node = document->topology().node(QStringLiteral("MesosSlave"));
    ASSERT_NE(node, nullptr);
    EXPECT_EQ(node->type, QStringLiteral("org.alien4cloud.nodes.MesosMaster"));
    EXPECT_EQ(node->property(QStringLiteral("port")).text(), QStringLiteral("5051"));
    EXPECT_FALSE(node->properties.contains(QStringLiteral("isolation")));
    ASSERT_EQ(node->requirements.size(), 1);
    EXPECT_EQ(node->requirements[0].node, QStringLiteral("SlaveCompute"));
    expectUndoRedoExact(*document, before);
}

TEST(DocumentActions, changeTypeImportsTheArchiveOfTheNewType)
{
    auto document = openExample(QStringLiteral("mesos-ha"));
    const QByteArray before = document->serialize();
    DocumentActions actions(document.get());
    const QString aurora = QStringLiteral("org.alien4cloud.nodes.AuroraScheduler");
    ASSERT_FALSE(document->types().contains(TypeKind::Node, aurora));
    EXPECT_TRUE(actions.retyping(QStringLiteral("Mesos_Master"), aurora).isValid())
        << "judged with the archive it would import";
    QString error;
    ASSERT_TRUE(actions.changeType(QStringLiteral("Mesos_Master"), aurora, &error))
        << error.toStdString();
    EXPECT_TRUE(document->types().contains(TypeKind::Node, aurora));
    EXPECT_EQ(document->topology().node(QStringLiteral("Mesos_Master"))->type, aurora);
    EXPECT_EQ(document->undoStack()->count(), 1) << "import and type change are one step";
    expectUndoRedoExact(*document, before);
    document->undoStack()->undo();
    EXPECT_FALSE(document->types().contains(TypeKind::Node, aurora));
}

TEST(DocumentActions, changeTypeRefusesUnknownTypesAndNoChangesLeavingNoTrace)
{
    auto document = openExample(QStringLiteral("marathon"));
    DocumentActions actions(document.get());
    QString error;
    EXPECT_FALSE(actions.changeType(
        QStringLiteral("MesosSlave"), QStringLiteral("org.example.Nothing"), &error));
    EXPECT_TRUE(error.contains(QLatin1String("org.example.Nothing")));
    error.clear();
    EXPECT_FALSE(actions.changeType(
        QStringLiteral("MesosSlave"), QStringLiteral("org.alien4cloud.nodes.MesosSlave"), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(actions.changeType(
        QStringLiteral("Nobody"), QStringLiteral("tosca.nodes.Compute"), &error));
    EXPECT_EQ(document->undoStack()->count(), 0);
}

TEST(DocumentActions, nodeTypesOnOfferIncludeArchivesNotImportedOncePerName)
{
    auto document = openExample(QStringLiteral("mesos-ha"));
    QStringList names;
    for (const TypeDefinition *type : document->nodeTypesOnOffer())
        names << type->name;
    EXPECT_TRUE(names.contains(QStringLiteral("org.alien4cloud.nodes.MesosSlave")));
    EXPECT_TRUE(names.contains(QStringLiteral("org.alien4cloud.nodes.AuroraScheduler")));
    EXPECT_EQ(names.count(QStringLiteral("tosca.nodes.Compute")), 1);
}
