// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace Topologist::Test {

/// Writes large topologies in standard TOSCA (`tosca_simple_yaml_1_0`, no imports) that use only
/// the normative types, for the reader's scale benchmark and for comparing Topologist with other
/// TOSCA tools (OpenStack's tosca-parser accepts them).
///
/// Nodes come in groups of ten, shaped like a three-tier web application: a web Compute with a
/// WebServer, a WebApplication and a monitoring SoftwareComponent on it, and a BlockStorage
/// volume attached to it; a database Compute with a DBMS and its Database; an ObjectStorage the
/// application keeps files in; and a LoadBalancer routing to the application. Computes size
/// their host and name their operating system; passwords come from inputs, a port is copied
/// with get_property; the outputs read attributes of the first group. A group cut short by
/// nodeCount drops the requirements whose target was not generated.
class StandardToscaGenerator
{
public:
    explicit StandardToscaGenerator(int nodeCount);

    int nodeCount() const { return m_nodeCount; }
    /// How many requirement assignments (relationships) yaml() writes.
    int relationshipCount() const;
    /// The node template names, in file order.
    QStringList nodeNames() const;

    QByteArray yaml() const;

    /// Nodes per group.
    static constexpr int GroupSize = 10;

private:
    int m_nodeCount;
};

} // namespace Topologist::Test
