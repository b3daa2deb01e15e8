// SPDX-License-Identifier: GPL-3.0-or-later
// Comments of a hand-written topology follow their element through edits: renaming, duplicating
// and pasting a node keep its comments, a property edit keeps the comment above the property,
// deleting a node or a property takes its comments along, and undo restores them.
#include "clipboard/nodeclipboard.h"
#include "documentactions.h"
#include "testhelpers.h"
#include "topologydocument.h"

#include <QFile>
#include <QMimeData>

#include <gtest/gtest.h>

#include <memory>

using namespace Topologist;
using Topologist::Test::bundledCatalog;

namespace {

/// The marathon example with comments above the MesosMaster and Marathon nodes, two of
/// MesosMaster's properties and two of MesosSlave_2's requirements.
QByteArray commentedMarathon()
{
    QFile file(QStringLiteral(":/examples/marathon/marathon.yml"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray yaml = file.readAll();
    const auto insertBefore = [&yaml](const QByteArray &line, const QByteArray &comment) {
        const qsizetype at = yaml.indexOf(line);
        ASSERT_GE(at, 0) << line.toStdString();
        yaml.insert(at, comment);
    };
    insertBefore("    MesosMaster:\n", "    # The Mesos master.\n");
    insertBefore("        log_dir: /var/log/mesos\n        cluster_name",
                 "        # Where the master logs.\n");
    insertBefore("        port: 5050\n", "        # The master's port.\n");
    insertBefore("    Marathon:\n", "    # Marathon runs the apps.\n");
    insertBefore("        - master:\n", "        # The slave's master.\n");
    insertBefore("        - docker_cli:\n", "        # Docker on the slave.\n");
    return yaml;
}

std::unique_ptr<TopologyDocument> openCommented()
{
    Diagnostics diagnostics;
    auto document = TopologyDocument::fromBytes(
        commentedMarathon(), QStringLiteral("marathon.yml"), bundledCatalog(), &diagnostics);
    EXPECT_NE(document, nullptr);
    return document;
}

/// The line after the whole line `comment` in `yaml`, trimmed; empty when there is none.
QString lineAfter(const QByteArray &yaml, const QString &comment)
{
    const QStringList lines = QString::fromUtf8(yaml).split(QLatin1Char('\n'));
    const qsizetype at = lines.indexOf(comment);
    return at >= 0 && at + 1 < lines.size() ? lines[at + 1] : QString();
}

} // namespace

TEST(EditingComments, SavingTheOpenedFileKeepsItsComments)
{
    auto document = openCommented();
    const QByteArray saved = document->serialize();
    EXPECT_EQ(lineAfter(saved, "    # The Mesos master."), "    MesosMaster:");
    EXPECT_EQ(lineAfter(saved, "        # Where the master logs."),
              "        log_dir: /var/log/mesos");
    EXPECT_EQ(lineAfter(saved, "        # The master's port."), "        port: 5050");
    EXPECT_EQ(lineAfter(saved, "    # Marathon runs the apps."), "    Marathon:");
}

TEST(EditingComments, RenamingANodeKeepsItsCommentsOnTheRenamedNode)
{
    auto document = openCommented();
    const QByteArray before = document->serialize();
    DocumentActions actions(document.get());
    ASSERT_TRUE(actions.renameNode(QStringLiteral("MesosMaster"), QStringLiteral("Master")));
    const QByteArray saved = document->serialize();
    EXPECT_EQ(lineAfter(saved, "    # The Mesos master."), "    Master:") << saved.toStdString();
    EXPECT_EQ(lineAfter(saved, "        # The master's port."), "        port: 5050");
    document->undoStack()->undo();
    EXPECT_EQ(document->serialize(), before);
}

TEST(EditingComments, DeletingANodeTakesItsCommentsAlong)
{
    auto document = openCommented();
    const QByteArray before = document->serialize();
    DocumentActions actions(document.get());
    ASSERT_TRUE(actions.removeNodes({QStringLiteral("Marathon")}));
    const QByteArray saved = document->serialize();
    EXPECT_FALSE(saved.contains("Marathon runs the apps")) << saved.toStdString();
    EXPECT_EQ(lineAfter(saved, "    # The Mesos master."), "    MesosMaster:");
    document->undoStack()->undo();
    EXPECT_EQ(document->serialize(), before);
}

TEST(EditingComments, APropertyEditKeepsTheCommentAboveTheProperty)
{
    auto document = openCommented();
    const QByteArray before = document->serialize();
    DocumentActions actions(document.get());
    ASSERT_TRUE(actions.setProperty(
        QStringLiteral("MesosMaster"), QStringLiteral("port"), Value::scalar("5060")));
    const QByteArray saved = document->serialize();
    EXPECT_EQ(lineAfter(saved, "        # The master's port."), "        port: 5060")
        << saved.toStdString();
    document->undoStack()->undo();
    EXPECT_EQ(document->serialize(), before);
}

TEST(EditingComments, RemovingAPropertyTakesItsCommentAlong)
{
    auto document = openCommented();
    const QByteArray before = document->serialize();
    DocumentActions actions(document.get());
    ASSERT_TRUE(actions.removeProperty(QStringLiteral("MesosMaster"), QStringLiteral("log_dir")));
    const QByteArray saved = document->serialize();
    EXPECT_FALSE(saved.contains("Where the master logs")) << saved.toStdString();
    EXPECT_EQ(lineAfter(saved, "        # The master's port."), "        port: 5050");
    // Setting it again does not bring back a comment that was deleted with it.
    ASSERT_TRUE(actions.setProperty(
        QStringLiteral("MesosMaster"), QStringLiteral("log_dir"), Value::scalar("/tmp")));
    EXPECT_FALSE(document->serialize().contains("Where the master logs"));
    document->undoStack()->undo();
    document->undoStack()->undo();
    EXPECT_EQ(document->serialize(), before);
}

TEST(EditingComments, DuplicatingAndPastingANodeKeepTheCommentsOnTheCopy)
{
    auto document = openCommented();
    DocumentActions actions(document.get());
    const QStringList copies = actions.duplicate({QStringLiteral("Marathon")});
    ASSERT_TRUE(copies.contains(QStringLiteral("Marathon_2"))) << copies.join(' ').toStdString();
    const QByteArray saved = document->serialize();
    EXPECT_EQ(saved.count("    # Marathon runs the apps.\n"), 2) << saved.toStdString();
    EXPECT_EQ(lineAfter(saved, "    # Marathon runs the apps."), "    Marathon:");

    std::unique_ptr<QMimeData> data(
        NodeClipboard::mimeData(*document, {QStringLiteral("MesosMaster")}));
    QString error;
    const QList<NodeTemplate> nodes = NodeClipboard::nodesFrom(data.get(), &error);
    ASSERT_EQ(nodes.size(), 1) << error.toStdString();
    TopologyDocument target(bundledCatalog());
    DocumentActions(&target).insertNodes(nodes, QPointF(), QStringLiteral("Paste"));
    const QByteArray pasted = target.serialize();
    EXPECT_EQ(lineAfter(pasted, "    # The Mesos master."), "    MesosMaster:")
        << pasted.toStdString();
    EXPECT_EQ(lineAfter(pasted, "        # The master's port."), "        port: 5050");
}

TEST(EditingComments, DisconnectingARequirementTakesItsCommentAndLeavesTheNextOnesOnTheirItems)
{
    auto document = openCommented();
    const QByteArray before = document->serialize();
    EXPECT_EQ(lineAfter(before, "        # The slave's master."), "        - master:");
    DocumentActions actions(document.get());
    // host, master, docker_cli: removing master moves docker_cli from [2] to [1].
    ASSERT_TRUE(actions.disconnect(QStringLiteral("MesosSlave_2"), 1));
    const QByteArray saved = document->serialize();
    EXPECT_FALSE(saved.contains("The slave's master")) << saved.toStdString();
    EXPECT_EQ(lineAfter(saved, "        # Docker on the slave."), "        - docker_cli:")
        << saved.toStdString();
    document->undoStack()->undo();
    EXPECT_EQ(document->serialize(), before);
}
