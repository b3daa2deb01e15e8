// SPDX-License-Identifier: GPL-3.0-or-later
// After every edit the document re-checks only what the edit can affect (IncrementalValidator).
// Whatever it re-checks, its problems must be the ones a full validation of the same topology
// finds: that is what these tests hold it to, edit after edit, and through undo.
#include "documentactions.h"
#include "exampledocument.h"
#include "qtprinters.h"
#include "testhelpers.h"
#include "topologydocument.h"

#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Topologist;

namespace {

/// A problem as a line, without its position (a re-read file has other line numbers).
QStringList lines(const Problems &problems)
{
    QStringList list;
    for (const Problem &p : problems) {
        if (TopologyDocument::isServerProblem(p))
            continue;
        list << QStringLiteral("%1 %2 %3 [%4] #%5 %6 (%7 fixes)")
                    .arg(int(p.severity))
                    .arg(p.code, p.node, p.member.toString())
                    .arg(p.requirementIndex)
                    .arg(p.message)
                    .arg(p.fixes.size());
    }
    list.sort();
    return list;
}

/// The problems a full validation finds: the same topology, opened afresh.
QStringList fullValidation(const TopologyDocument &document)
{
    Diagnostics diagnostics;
    const auto fresh = TopologyDocument::fromBytes(document.serialize(),
                                                   QStringLiteral("fresh.yml"),
                                                   Topologist::Test::bundledCatalog(),
                                                   &diagnostics);
    EXPECT_NE(fresh, nullptr);
    return fresh ? lines(fresh->problems()) : QStringList();
}

struct Edit
{
    const char *what;
    std::function<bool(DocumentActions &)> apply;
};

void expectIncrementalIsFull(const char *example, const QList<Edit> &edits)
{
    const auto document = Topologist::Test::openExample(QString::fromLatin1(example));
    ASSERT_NE(document, nullptr);
    DocumentActions &actions = document->actions();
    ASSERT_EQ(lines(document->problems()), fullValidation(*document)) << "as opened";
    for (const Edit &edit : edits) {
        ASSERT_TRUE(edit.apply(actions)) << edit.what;
        EXPECT_EQ(lines(document->problems()), fullValidation(*document)) << "after " << edit.what;
    }
    for (int i = int(edits.size()) - 1; i >= 0; --i) {
        document->undoStack()->undo();
        EXPECT_EQ(lines(document->problems()), fullValidation(*document))
            << "after undoing " << edits[i].what;
    }
}

Value scalar(const char *text)
{
    return Value::scalar(QString::fromLatin1(text));
}

int requirementIndex(const TopologyDocument &document, const char *node, const char *requirement)
{
    const NodeTemplate *n = document.topology().node(QString::fromLatin1(node));
    for (int i = 0; n && i < int(n->requirements.size()); ++i) {
        if (n->requirements[i].name == QLatin1String(requirement))
            return i;
    }
    return -1;
}

} // namespace

TEST(DocumentValidation, EditsOfHostsAndCountsFindWhatAFullValidationFinds)
{
    expectIncrementalIsFull(
        "marathon",
        {{"an even number of masters",
          [](DocumentActions &a) {
              return a.setCapabilityProperty(QStringLiteral("MasterCompute"),
                                             QStringLiteral("scalable"),
                                             QStringLiteral("default_instances"),
                                             scalar("4"));
          }},
         {"an agent machine on Fedora (its hosted nodes' filters)",
          [](DocumentActions &a) {
              return a.setCapabilityProperty(QStringLiteral("SlaveCompute"),
                                             QStringLiteral("os"),
                                             QStringLiteral("distribution"),
                                             scalar("fedora"));
          }},
         {"the masters' machine on CentOS (what runs two hosts up)",
          [](DocumentActions &a) {
              return a.setCapabilityProperty(QStringLiteral("MasterCompute"),
                                             QStringLiteral("os"),
                                             QStringLiteral("distribution"),
                                             scalar("centos"));
          }},
         {"a wrong port",
          [](DocumentActions &a) {
              return a.setProperty(
                  QStringLiteral("MesosSlave"), QStringLiteral("port"), scalar("not-a-port"));
          }},
         {"the master renamed",
          [](DocumentActions &a) {
              return a.renameNode(QStringLiteral("MesosMaster"), QStringLiteral("Master"));
          }},
         {"a Docker engine deleted", [](DocumentActions &a) {
              return a.removeNodes({QStringLiteral("DockerEngine")});
          }}});
}

TEST(DocumentValidation, RelationshipEditsFindWhatAFullValidationFinds)
{
    const auto probe = Topologist::Test::openExample(QStringLiteral("marathon"));
    const int master = requirementIndex(*probe, "MesosSlave_2", "master");
    ASSERT_GE(master, 0);
    expectIncrementalIsFull(
        "marathon",
        {{"an agent cut from its master",
          [master](DocumentActions &a) {
              return a.disconnect(QStringLiteral("MesosSlave_2"), master);
          }},
         {"a DNS server connected",
          [](DocumentActions &a) {
              return a.connect(QStringLiteral("MesosSlave_2"),
                               QStringLiteral("dns_server"),
                               QStringLiteral("MesosDNS"));
          }},
         {"the masters' machine deleted with what it hosts", [](DocumentActions &a) {
              return a.removeNodes({QStringLiteral("MasterCompute")});
          }}});
}

TEST(DocumentValidation, TheHighAvailabilityExampleStaysInStepToo)
{
    expectIncrementalIsFull("mesos-ha",
                            {{"one master machine fewer",
                              [](DocumentActions &a) {
                                  return a.setCapabilityProperty(
                                      QStringLiteral("Master_Compute"),
                                      QStringLiteral("scalable"),
                                      QStringLiteral("default_instances"),
                                      scalar("2"));
                              }},
                             {"the agents on CentOS", [](DocumentActions &a) {
                                  return a.setCapabilityProperty(QStringLiteral("Slave_Compute"),
                                                                 QStringLiteral("os"),
                                                                 QStringLiteral("distribution"),
                                                                 scalar("centos"));
                              }}});
}

// TOPO-MARATHON-003 reaches its subjects through other nodes (from a Marathon, every agent of
// its master): after an edit only the starts the edit reaches are run again. These edits touch
// every piece of that way: the agent's own requirement, the agent's values, its name, the
// master it connects to, the Marathon's host and the Marathon itself.
TEST(DocumentValidation, TheRuleFromEachMarathonToItsAgentsStaysInStep)
{
    const auto probe = Topologist::Test::openExample(QStringLiteral("marathon"));
    const int docker = requirementIndex(*probe, "MesosSlave_2", "docker_cli");
    const int master = requirementIndex(*probe, "MesosSlave", "master");
    const int marathonHost = requirementIndex(*probe, "Marathon", "host");
    ASSERT_GE(docker, 0);
    ASSERT_GE(master, 0);
    ASSERT_GE(marathonHost, 0);
    // The first edit does bring the rule's problem up, so the ones after it move it around.
    ASSERT_TRUE(probe->actions().disconnect(QStringLiteral("MesosSlave_2"), docker));
    const QStringList found = lines(probe->problems());
    EXPECT_TRUE(std::any_of(found.cbegin(), found.cend(), [](const QString &line) {
        return line.contains(QLatin1String("TOPO-MARATHON-003 MesosSlave_2"));
    })) << found.join(QLatin1Char('\n')).toStdString();
    expectIncrementalIsFull(
        "marathon",
        {{"an agent cut from its Docker engine",
          [docker](DocumentActions &a) {
              return a.disconnect(QStringLiteral("MesosSlave_2"), docker);
          }},
         {"a value of that agent",
          [](DocumentActions &a) {
              return a.setProperty(
                  QStringLiteral("MesosSlave_2"), QStringLiteral("port"), scalar("5052"));
          }},
         {"that agent renamed",
          [](DocumentActions &a) {
              return a.renameNode(QStringLiteral("MesosSlave_2"), QStringLiteral("Agent"));
          }},
         {"the other agent cut from the master",
          [master](DocumentActions &a) {
              return a.disconnect(QStringLiteral("MesosSlave"), master);
          }},
         {"the Marathon taken off its master",
          [marathonHost](DocumentActions &a) {
              return a.disconnect(QStringLiteral("Marathon"), marathonHost);
          }},
         {"the Marathon put back on it",
          [](DocumentActions &a) {
              return a.connect(QStringLiteral("Marathon"),
                               QStringLiteral("host"),
                               QStringLiteral("MesosMaster"));
          }},
         {"the renamed agent's Docker engine reconnected",
          [](DocumentActions &a) {
              return a.connect(QStringLiteral("Agent"),
                               QStringLiteral("docker_cli"),
                               QStringLiteral("DockerEngine_2"));
          }},
         {"the other agent's Docker engine deleted (its verdict reads its targets)",
          [](DocumentActions &a) {
              return a.removeNodes({QStringLiteral("DockerEngine")});
          }},
         {"the agent cut again",
          [docker](DocumentActions &a) {
              return a.disconnect(QStringLiteral("Agent"), docker);
          }},
         {"its Docker engine deleted (the standing problem's fix pointed there)",
          [](DocumentActions &a) {
              return a.removeNodes({QStringLiteral("DockerEngine_2")});
          }},
         {"the Marathon deleted", [](DocumentActions &a) {
              return a.removeNodes({QStringLiteral("Marathon")});
          }}});
}
