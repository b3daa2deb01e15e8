// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Topologist::Test {

/// Writes large, realistic Mesos topologies as YAML text, for benchmarks and scale tests (the
/// reader, validator and canvas benchmarks all load the same shapes).
///
/// Nodes come in groups of ten, shaped like the bundled Marathon example: a master Compute with
/// a MesosMaster and Marathon on it; two agent Computes, each with a DockerEngine and a
/// MesosSlave (connected to the master and to its Docker engine); and a MesosDNS hosted on the
/// second agent that the first agent resolves through. Every requirement uses the long form,
/// as Alien4Cloud exports it. A group cut short by nodeCount drops the requirements whose
/// target was not generated, so the topology never has dangling references.
class TopologyGenerator
{
public:
    explicit TopologyGenerator(int nodeCount);

    /// Writes the canvas layout (a grid) into the metadata, as a saved topology has.
    void setWithLayout(bool withLayout) { m_withLayout = withLayout; }

    int nodeCount() const { return m_nodeCount; }
    /// How many requirement assignments (relationships) yaml() writes.
    int relationshipCount() const;
    /// The node template names, in file order.
    QStringList nodeNames() const;

    /// A complete alien_dsl_1_4_0 topology importing the bundled normative, Docker and Mesos
    /// archives.
    QByteArray yaml() const;

    /// Nodes per group.
    static constexpr int GroupSize = 10;

private:
    int m_nodeCount;
    bool m_withLayout = false;
};

} // namespace Topologist::Test
