// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologyedit.h"

#include "commands/editnodescommand.h"
#include "topologydocument.h"
#include "validation/quickfixapplier.h"
#include "yaml/commentpruner.h"

#include <algorithm>

namespace Topologist {

TopologyEdit::TopologyEdit(const TopologyDocument &document)
    : m_document(document)
{}

void TopologyEdit::touch(const QString &name)
{
    if (m_before.contains(name))
        return;
    NodeState state;
    state.name = name;
    const TopologyTemplate &topology = m_document.topology();
    state.index = topology.indexOf(name);
    if (state.index >= 0)
        state.node = topology.nodeAt(state.index);
    m_before.insert(name, state);
    m_after.insert(name, state);
    m_order.append(name);
}

bool TopologyEdit::exists(const QString &name) const
{
    const auto it = m_after.constFind(name);
    if (it != m_after.constEnd())
        return it->node.has_value();
    return m_document.topology().contains(name);
}

int TopologyEdit::currentIndex(const QString &name) const
{
    const auto it = m_after.constFind(name);
    return it != m_after.constEnd() ? it->index : m_document.topology().indexOf(name);
}

NodeTemplate *TopologyEdit::node(const QString &name)
{
    if (!exists(name))
        return nullptr;
    touch(name);
    return &*m_after[name].node;
}

bool TopologyEdit::addNode(const NodeTemplate &node, int index)
{
    if (node.name.isEmpty() || exists(node.name))
        return false;
    touch(node.name);
    NodeState &state = m_after[node.name];
    state.node = node;
    state.index = index >= 0 ? index : m_document.topology().nodeCount() + m_appended++;
    return true;
}

bool TopologyEdit::removeNode(const QString &name)
{
    if (!exists(name))
        return false;
    touch(name);
    m_after[name].node.reset();
    for (const QString &source : m_document.sourcesOf(name)) {
        if (NodeTemplate *n = node(source)) {
            n->requirements.erase(
                std::remove_if(n->requirements.begin(),
                               n->requirements.end(),
                               [&](const RequirementAssignment &r) { return r.node == name; }),
                n->requirements.end());
        }
    }
    // Nodes added or edited earlier in this edit may point at it too.
    for (auto it = m_after.begin(); it != m_after.end(); ++it) {
        if (!it->node)
            continue;
        auto &requirements = it->node->requirements;
        requirements.erase(
            std::remove_if(requirements.begin(),
                           requirements.end(),
                           [&](const RequirementAssignment &r) { return r.node == name; }),
            requirements.end());
    }
    if (sectionsMention(name))
        sections().removeNode(name);
    return true;
}

bool TopologyEdit::renameNode(const QString &from, const QString &to)
{
    if (from == to)
        return true;
    if (!exists(from) || exists(to) || to.isEmpty())
        return false;
    NodeTemplate renamed = *node(from);
    const int index = currentIndex(from);
    renamed.name = to;
    recordRename(from, to);
    m_after[from].node.reset();
    touch(to);
    m_after[to].node = renamed;
    m_after[to].index = index;
    for (const QString &source : m_document.sourcesOf(from))
        node(source);
    for (auto it = m_after.begin(); it != m_after.end(); ++it) {
        if (!it->node)
            continue;
        for (RequirementAssignment &r : it->node->requirements) {
            if (r.node == from)
                r.node = to;
        }
    }
    if (sectionsMention(from))
        sections().renameNode(from, to);
    return true;
}

bool TopologyEdit::sectionsMention(const QString &node) const
{
    // Most edits touch no output, group or policy: they copy no sections.
    return m_sectionsAfter ? m_sectionsAfter->mentions(node)
                           : TopologySections::mentionedIn(m_document.topology(), node);
}

void TopologyEdit::recordRename(const QString &from, const QString &to)
{
    QString original = from;
    for (auto it = m_renames.cbegin(); it != m_renames.cend(); ++it) {
        if (it.value() == from) {
            original = it.key();
            break;
        }
    }
    m_renames.remove(original);
    const bool inDocument = m_document.topology().contains(original);
    if (inDocument && original != to)
        m_renames.insert(original, to);
}

bool TopologyEdit::applyQuickFix(const QuickFix &fix, QString *error)
{
    // Quick fixes are small; applying them to a copy and recording the nodes that differ keeps
    // QuickFixApplier the one implementation of their meaning. A rename changes the nodes that
    // point at the renamed one too; every other edit changes only the node it names, so a copy
    // of those nodes is all the fix needs.
    const bool renames = std::any_of(fix.edits.cbegin(), fix.edits.cend(), [](const auto &edit) {
        return edit.kind == QuickFixEdit::Kind::RenameNode;
    });
    const bool editsSections = std::any_of(fix.edits.cbegin(),
                                           fix.edits.cend(),
                                           [](const auto &edit) { return edit.isSectionEdit(); });
    QStringList names;
    TopologyTemplate copy;
    if (renames) {
        copy = currentTopology();
        names = copy.nodeNames() + m_document.topology().nodeNames() + m_order;
    } else {
        for (const QuickFixEdit &edit : fix.edits) {
            if (edit.isSectionEdit() || names.contains(edit.node))
                continue;
            names.append(edit.node);
            if (exists(edit.node))
                copy.appendNode(*currentNode(edit.node));
        }
    }
    if (editsSections)
        sections().applyTo(copy);
    if (!QuickFixApplier::apply(&copy, fix, error))
        return false;
    if (editsSections)
        sections() = TopologySections::of(copy);
    names.removeDuplicates();
    for (const QString &name : std::as_const(names))
        recordResult(copy, name);
    return true;
}

TopologyTemplate TopologyEdit::currentTopology() const
{
    TopologyTemplate copy = m_document.topology();
    for (auto it = m_after.cbegin(); it != m_after.cend(); ++it) {
        const int index = copy.indexOf(it.key());
        if (index >= 0)
            copy.removeNodeAt(index);
    }
    for (auto it = m_after.cbegin(); it != m_after.cend(); ++it) {
        if (it->node)
            copy.insertNode(qBound(0, it->index, copy.nodeCount()), *it->node);
    }
    return copy;
}

const NodeTemplate *TopologyEdit::currentNode(const QString &name) const
{
    // Read without node(), which would record the node as edited (a thousand-node topology
    // then re-applied and re-validated every node per edit).
    if (!exists(name))
        return nullptr;
    const auto edited = m_after.constFind(name);
    return edited != m_after.constEnd() ? &*edited->node : m_document.topology().node(name);
}

void TopologyEdit::recordResult(const TopologyTemplate &result, const QString &name)
{
    const NodeTemplate *now = result.node(name);
    const NodeTemplate *current = currentNode(name);
    if (!now && current) {
        touch(name);
        m_after[name].node.reset();
    } else if (now && (!current || *current != *now)) {
        const int index = current ? currentIndex(name) : result.indexOf(name);
        touch(name);
        m_after[name].node = *now;
        m_after[name].index = index;
    }
}

TopologySections &TopologyEdit::sections()
{
    if (!m_sectionsAfter) {
        m_sectionsBefore = TopologySections::of(m_document.topology());
        m_sectionsAfter = m_sectionsBefore;
    }
    return *m_sectionsAfter;
}

bool TopologyEdit::isEmpty() const
{
    if (m_sectionsAfter && *m_sectionsAfter != *m_sectionsBefore)
        return false;
    for (const QString &name : m_order) {
        const NodeState &a = m_before[name];
        const NodeState &b = m_after[name];
        if (a.node.has_value() != b.node.has_value() || (a.node && *a.node != *b.node))
            return false;
    }
    return true;
}

QStringList TopologyEdit::touchedNodes() const
{
    QStringList names;
    for (const QString &name : m_order) {
        if (m_after[name].node)
            names << name;
    }
    return names;
}

NodeStates TopologyEdit::before() const
{
    NodeStates states;
    for (const QString &name : m_order)
        states.append(m_before[name]);
    return states;
}

NodeStates TopologyEdit::after() const
{
    NodeStates states;
    for (const QString &name : m_order) {
        NodeState state = m_after[name];
        const NodeState &was = m_before[name];
        // What the edit deleted inside the node takes its comments along.
        if (state.node && was.node && *state.node != *was.node)
            state.node->comments = CommentPruner::pruned(*was.node, *state.node);
        states.append(state);
    }
    return states;
}

NodeRenames TopologyEdit::renames() const
{
    return m_renames;
}

QUndoCommand *TopologyEdit::createCommand(TopologyDocument *document,
                                          const QString &text,
                                          const QString &mergeKey) const
{
    auto *command = new EditNodesCommand(document, text, before(), after(), renames(), mergeKey);
    if (m_sectionsAfter && *m_sectionsAfter != *m_sectionsBefore)
        command->setSections(*m_sectionsBefore, *m_sectionsAfter);
    return command;
}

} // namespace Topologist
