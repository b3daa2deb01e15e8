// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentactions.h"

#include "catalog/missingimports.h"
#include "commands/movenodescommand.h"
#include "commands/setheadercommand.h"
#include "commands/setimportscommand.h"
#include "topologydocument.h"
#include "topologyedit.h"
#include "types/hosting.h"
#include "types/relationshipmatcher.h"
#include "types/typenames.h"
#include "validation/validationcontext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace Topologist {

namespace {

// lupdate names a context after the enclosing class, so the context is declared here
// rather than hidden in a helper function: strings land under "DocumentActions" in the .ts too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DocumentActions)
};

} // namespace

DocumentActions::DocumentActions(TopologyDocument *document)
    : m_document(document)
{}

const RequirementDefinition *DocumentActions::hostingRequirement(const TypeRegistry &types,
                                                                 const QString &nodeType)
{
    return Hosting(types).hostingDefinition(nodeType);
}

bool DocumentActions::canHostType(const QString &nodeType,
                                  const QString &host,
                                  QString *reason,
                                  QString *requirement,
                                  QString *capability) const
{
    const auto refuse = [&](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    const NodeTemplate *hostNode = m_document->topology().node(host);
    const TypeDefinition *hostType
        = hostNode ? m_document->types().resolved(TypeKind::Node, hostNode->type) : nullptr;
    if (!hostType)
        return refuse(Tr::tr("%1 has an unknown type").arg(host));
    // The type may come from an archive the topology does not import yet: judge it with the
    // types the topology would have once that archive is imported.
    const TypeRegistry *types = &m_document->types();
    if (!types->contains(TypeKind::Node, nodeType)) {
        const CatalogEntry *entry = m_document->archiveDeclaring(nodeType);
        if (!entry)
            return refuse(Tr::tr("no archive of the type library declares %1").arg(nodeType));
        types = &m_document->typesWithImport(*entry);
        hostType = types->resolved(TypeKind::Node, hostNode->type);
        if (!hostType)
            return refuse(Tr::tr("%1 has an unknown type").arg(host));
    }
    const TypeDefinition *type = types->resolved(TypeKind::Node, nodeType);
    if (!type)
        return refuse(Tr::tr("%1 is not in the topology's imports").arg(nodeType));
    const RequirementDefinition *hosting = hostingRequirement(*types, nodeType);
    if (!hosting)
        return refuse(
            Tr::tr("%1 is not something that gets hosted").arg(TypeNames::shortName(nodeType)));
    const RelationshipMatcher matcher(*types);
    QString why;
    const QString match = matcher.matchingCapability(*hosting, QString(), *hostType, &why);
    if (match.isEmpty())
        return refuse(
            Tr::tr("%1 cannot be hosted on %2: %3").arg(TypeNames::shortName(nodeType), host, why));
    if (requirement)
        *requirement = hosting->name;
    if (capability)
        *capability = match;
    return true;
}

bool DocumentActions::canConnect(const QString &source,
                                 const QString &requirement,
                                 const QString &target,
                                 QString *reason,
                                 QString *capability,
                                 int ignoreIndex) const
{
    const auto refuse = [&](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    const TopologyTemplate &topology = m_document->topology();
    const NodeTemplate *sourceNode = topology.node(source);
    const NodeTemplate *targetNode = topology.node(target);
    if (!sourceNode || !targetNode)
        return refuse(Tr::tr("no such node"));
    if (source == target)
        return refuse(Tr::tr("a node cannot satisfy its own requirement"));
    const ValidationContext context = m_document->validationContext();
    const RequirementDefinition *definition
        = context.requirementDefinition(*sourceNode, requirement);
    const TypeDefinition *targetType = context.nodeType(*targetNode);
    if (!definition || !targetType)
        return refuse(Tr::tr("%1 has no requirement '%2'").arg(source, requirement));
    const RelationshipMatcher matcher(m_document->types());
    QString why;
    const QString match = matcher.matchingCapability(*definition, QString(), *targetType, &why);
    if (match.isEmpty())
        return refuse(why);
    int used = 0;
    for (int i = 0; i < int(sourceNode->requirements.size()); ++i) {
        const RequirementAssignment &r = sourceNode->requirements[i];
        if (i == ignoreIndex || r.name != requirement || r.node.isEmpty())
            continue;
        if (r.node == target)
            return refuse(Tr::tr("%1.%2 already targets %3").arg(source, requirement, target));
        ++used;
    }
    if (definition->occurrences.isFull(used))
        return refuse(
            Tr::tr("%1.%2 accepts at most %n relationships", nullptr, definition->occurrences.upper)
                .arg(source, requirement));
    if (context.isHostingRelationship(definition->relationship)) {
        if (target == source || context.hostingChain(target).contains(source))
            return refuse(Tr::tr("%1 is hosted on %2; hosting it back would make a loop")
                              .arg(target, source));
    }
    for (const CapabilityDefinition &c : targetType->capabilities) {
        if (c.name != match || c.occurrences.isUnbounded())
            continue;
        int incoming = 0;
        for (const ValidationContext::CapabilityUser &user :
             context.capabilityUsers(*targetNode, match))
            incoming += user.source == sourceNode && user.requirement == ignoreIndex ? 0 : 1;
        if (c.occurrences.isFull(incoming))
            return refuse(Tr::tr("capability '%1' of %2 is full (%n relationships at most)",
                                 nullptr,
                                 c.occurrences.upper)
                              .arg(match, target));
    }
    if (capability)
        *capability = match;
    return true;
}

QStringList DocumentActions::openRequirements(const QString &source) const
{
    QStringList open;
    const NodeTemplate *node = m_document->topology().node(source);
    const TypeDefinition *type
        = node ? m_document->types().resolved(TypeKind::Node, node->type) : nullptr;
    if (!type)
        return open;
    for (const RequirementDefinition &definition : type->requirements) {
        int used = 0;
        for (const RequirementAssignment &r : node->requirements)
            used += r.name == definition.name && !r.node.isEmpty() ? 1 : 0;
        if (!definition.occurrences.isFull(used))
            open << definition.name;
    }
    return open;
}

QStringList DocumentActions::connectableTargets(const QString &source,
                                                const QString &requirement,
                                                int ignoreIndex) const
{
    // The same rules as canConnect(), with one ValidationContext for all targets;
    // tests/editing/tst_connectabletargets.cpp checks that both always agree.
    QStringList targets;
    const TopologyTemplate &topology = m_document->topology();
    const NodeTemplate *sourceNode = topology.node(source);
    if (!sourceNode)
        return targets;
    const ValidationContext context = m_document->validationContext();
    const RequirementDefinition *definition
        = context.requirementDefinition(*sourceNode, requirement);
    if (!definition)
        return targets;
    int used = 0;
    QSet<QString> alreadyTargeted;
    for (int i = 0; i < int(sourceNode->requirements.size()); ++i) {
        const RequirementAssignment &r = sourceNode->requirements[i];
        if (i == ignoreIndex || r.name != requirement || r.node.isEmpty())
            continue;
        alreadyTargeted.insert(r.node);
        ++used;
    }
    if (definition->occurrences.isFull(used))
        return targets;
    const bool hosting = context.isHostingRelationship(definition->relationship);
    const RelationshipMatcher matcher(m_document->types());
    for (const NodeTemplate &target : topology.nodes()) {
        if (target.name == source || alreadyTargeted.contains(target.name))
            continue;
        const TypeDefinition *targetType = context.nodeType(target);
        if (!targetType)
            continue;
        QString why;
        const QString match = matcher.matchingCapability(*definition, QString(), *targetType, &why);
        if (match.isEmpty())
            continue;
        if (hosting && context.hostingChain(target.name).contains(source))
            continue;
        bool full = false;
        for (const CapabilityDefinition &c : targetType->capabilities) {
            if (c.name != match || c.occurrences.isUnbounded())
                continue;
            int incoming = 0;
            for (const ValidationContext::CapabilityUser &user :
                 context.capabilityUsers(target, match))
                incoming += user.source == sourceNode && user.requirement == ignoreIndex ? 0 : 1;
            full = full || c.occurrences.isFull(incoming);
        }
        if (!full)
            targets << target.name;
    }
    return targets;
}

NodeRetyping DocumentActions::retyping(const QString &node, const QString &newType) const
{
    const NodeTemplate *current = m_document->topology().node(node);
    if (!current)
        return NodeRetyping();
    const TopologyTemplate *topology = &m_document->topology();
    if (m_document->types().contains(TypeKind::Node, newType))
        return NodeRetyping(*current, m_document->types(), newType, topology);
    const CatalogEntry *entry = m_document->archiveDeclaring(newType);
    if (!entry)
        return NodeRetyping();
    return NodeRetyping(*current, m_document->typesWithImport(*entry), newType, topology);
}

QStringList DocumentActions::hostedDescendants(const QStringList &names) const
{
    const ValidationContext context = m_document->validationContext();
    QStringList result;
    QStringList queue = names;
    QSet<QString> seen(names.cbegin(), names.cend());
    for (int i = 0; i < queue.size(); ++i) {
        for (const QString &child : context.hostedOn(queue[i])) {
            if (seen.contains(child))
                continue;
            seen.insert(child);
            queue.append(child);
            result.append(child);
        }
    }
    return result;
}

bool DocumentActions::useAvailableImportVersions()
{
    const ArchiveImports &imports = m_document->archive().imports;
    const MissingImports missing(imports, m_document->catalog());
    if (!missing.hasReplacements())
        return false;
    m_document->undoStack()->push(
        new SetImportsCommand(m_document, imports, missing.withReplacements(imports)));
    return true;
}

bool DocumentActions::setHeader(const QString &name, const QString &version)
{
    const ToscaArchive &archive = m_document->archive();
    if (archive.name == name && archive.version == version)
        return false;
    const SetHeaderCommand::Header before{
        archive.name, archive.version, archive.author, archive.description};
    SetHeaderCommand::Header after = before;
    after.name = name;
    after.version = version;
    m_document->undoStack()->push(new SetHeaderCommand(m_document, before, after));
    return true;
}

bool DocumentActions::ensureImported(const QStringList &nodeTypes)
{
    ArchiveImports imports = m_document->archive().imports;
    bool changed = false;
    for (const QString &type : nodeTypes) {
        if (m_document->types().contains(TypeKind::Node, type))
            continue;
        const CatalogEntry *entry = m_document->archiveDeclaring(type);
        if (!entry)
            return false;
        ArchiveImport import;
        import.name = entry->name;
        import.version = entry->version;
        if (!imports.contains(import)) {
            imports.append(import);
            changed = true;
        }
    }
    if (changed)
        m_document->undoStack()->push(
            new SetImportsCommand(m_document, m_document->archive().imports, imports));
    return true;
}

QString DocumentActions::addNode(const QString &nodeType,
                                 const QPointF &position,
                                 const QString &host,
                                 QString *error)
{
    QString requirement;
    QString capability;
    // Refuse before touching the document, so a refused drop leaves no trace on the stack.
    if (!host.isEmpty() && !canHostType(nodeType, host, error, &requirement, &capability))
        return QString();
    if (!m_document->types().contains(TypeKind::Node, nodeType)
        && !m_document->archiveDeclaring(nodeType)) {
        if (error)
            *error = Tr::tr("no archive of the type library declares %1").arg(nodeType);
        return QString();
    }
    QUndoStack *stack = m_document->undoStack();
    const QString name = m_document->uniqueNodeName(TypeNames::shortName(nodeType));
    stack->beginMacro(host.isEmpty() ? Tr::tr("Add %1").arg(name)
                                     : Tr::tr("Add %1 on %2").arg(name, host));
    ensureImported({nodeType});
    NodeTemplate node;
    node.name = name;
    node.type = nodeType;
    node.properties = Value::map();
    node.extras = Value::map();
    node.position = position;
    if (!host.isEmpty()) {
        const NodeTemplate *hostNode = m_document->topology().node(host);
        const TypeDefinition *hostType
            = m_document->types().resolved(TypeKind::Node, hostNode->type);
        RequirementAssignment r;
        r.name = requirement;
        r.node = host;
        for (const CapabilityDefinition &c : hostType->capabilities) {
            if (c.name == capability)
                r.capability = c.type; // Alien4Cloud writes the capability type
        }
        r.relationship = hostingRequirement(m_document->types(), nodeType)->relationship;
        r.extras = Value::map();
        node.requirements.append(r);
    }
    TopologyEdit edit(*m_document);
    edit.addNode(node);
    stack->push(edit.createCommand(m_document, Tr::tr("Add %1").arg(name)));
    stack->endMacro();
    return name;
}

bool DocumentActions::connect(const QString &source,
                              const QString &requirement,
                              const QString &target,
                              QString *error)
{
    QString capability;
    if (!canConnect(source, requirement, target, error, &capability))
        return false;
    const NodeTemplate *targetNode = m_document->topology().node(target);
    const TypeDefinition *targetType
        = m_document->types().resolved(TypeKind::Node, targetNode->type);
    const ValidationContext context = m_document->validationContext();
    const RequirementDefinition *definition
        = context.requirementDefinition(*m_document->topology().node(source), requirement);
    TopologyEdit edit(*m_document);
    RequirementAssignment r;
    r.name = requirement;
    r.node = target;
    for (const CapabilityDefinition &c : targetType->capabilities) {
        if (c.name == capability)
            r.capability = c.type;
    }
    r.relationship = definition ? definition->relationship : QString();
    r.extras = Value::map();
    edit.node(source)->requirements.append(r);
    m_document->undoStack()->push(edit.createCommand(
        m_document, Tr::tr("Connect %1.%2 to %3").arg(source, requirement, target)));
    return true;
}

bool DocumentActions::retarget(const QString &source,
                               int requirementIndex,
                               const QString &target,
                               QString *error)
{
    const NodeTemplate *node = m_document->topology().node(source);
    if (!node || requirementIndex < 0 || requirementIndex >= node->requirements.size())
        return false;
    const QString requirement = node->requirements[requirementIndex].name;
    QString capability;
    if (!canConnect(source, requirement, target, error, &capability, requirementIndex))
        return false;
    const TypeDefinition *targetType
        = m_document->types().resolved(TypeKind::Node, m_document->topology().node(target)->type);
    TopologyEdit edit(*m_document);
    RequirementAssignment &r = edit.node(source)->requirements[requirementIndex];
    r.node = target;
    for (const CapabilityDefinition &c : targetType->capabilities) {
        if (c.name == capability)
            r.capability = c.type;
    }
    r.shortForm = false;
    m_document->undoStack()->push(edit.createCommand(
        m_document, Tr::tr("Connect %1.%2 to %3").arg(source, requirement, target)));
    return true;
}

bool DocumentActions::disconnect(const QString &source, int requirementIndex)
{
    const NodeTemplate *node = m_document->topology().node(source);
    if (!node || requirementIndex < 0 || requirementIndex >= node->requirements.size())
        return false;
    const RequirementAssignment r = node->requirements[requirementIndex];
    TopologyEdit edit(*m_document);
    edit.node(source)->requirements.removeAt(requirementIndex);
    m_document->undoStack()->push(edit.createCommand(
        m_document, Tr::tr("Disconnect %1.%2 from %3").arg(source, r.name, r.node)));
    return true;
}

bool DocumentActions::removeNodes(const QStringList &names)
{
    QStringList all = names;
    all += hostedDescendants(names);
    TopologyEdit edit(*m_document);
    for (const QString &name : std::as_const(all))
        edit.removeNode(name);
    if (edit.isEmpty())
        return false;
    m_document->undoStack()->push(
        edit.createCommand(m_document,
                           all.size() == 1 ? Tr::tr("Delete %1").arg(all.first())
                                           : Tr::tr("Delete %n nodes", nullptr, int(all.size()))));
    return true;
}

bool DocumentActions::renameNode(const QString &from, const QString &to, QString *error)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_]+$"));
    if (!valid.match(to).hasMatch()) {
        if (error)
            *error
                = Tr::tr(
                      "'%1' is not a name Alien4Cloud accepts: use letters, digits and underscores")
                      .arg(to);
        return false;
    }
    TopologyEdit edit(*m_document);
    if (!edit.renameNode(from, to)) {
        if (error)
            *error = Tr::tr("a node called '%1' already exists").arg(to);
        return false;
    }
    m_document->undoStack()->push(
        edit.createCommand(m_document, Tr::tr("Rename %1 to %2").arg(from, to)));
    return true;
}

bool DocumentActions::changeType(const QString &node, const QString &newType, QString *error)
{
    const auto refuse = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_document->topology().contains(node))
        return refuse(Tr::tr("no node called '%1'").arg(node));
    const NodeRetyping retyped = retyping(node, newType);
    if (!retyped.isValid())
        return refuse(Tr::tr("no archive of the type library declares %1").arg(newType));
    if (retyped.changesNothing())
        return refuse(Tr::tr("%1 is already a %2").arg(node, TypeNames::shortName(newType)));
    const QString text = Tr::tr("Change type of %1 to %2").arg(node, TypeNames::shortName(newType));
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(text);
    ensureImported({newType});
    TopologyEdit edit(*m_document);
    *edit.node(node) = retyped.result();
    stack->push(edit.createCommand(m_document, text));
    stack->endMacro();
    return true;
}

QStringList
DocumentActions::insertNodes(QList<NodeTemplate> nodes, const QPointF &offset, const QString &text)
{
    QStringList types;
    for (const NodeTemplate &n : std::as_const(nodes))
        types << n.type;
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(text);
    ensureImported(types);
    // Free names first, so relationships inside the inserted set follow the renames.
    QHash<QString, QString> renames;
    QSet<QString> taken;
    for (const NodeTemplate &n : m_document->topology().nodes())
        taken.insert(n.name);
    for (const NodeTemplate &n : std::as_const(nodes)) {
        QString name = n.name;
        if (taken.contains(name)) {
            name = m_document->uniqueNodeName(name);
            for (int i = 2; taken.contains(name); ++i)
                name = n.name + QLatin1Char('_') + QString::number(i);
        }
        taken.insert(name);
        renames.insert(n.name, name);
    }
    TopologyEdit edit(*m_document);
    QStringList inserted;
    for (NodeTemplate n : std::as_const(nodes)) {
        // Positions in the clipboard text or in another file say nothing about this document.
        n.clearLocations();
        n.name = renames.value(n.name);
        if (n.position)
            n.position = *n.position + offset;
        QList<RequirementAssignment> kept;
        for (RequirementAssignment r : std::as_const(n.requirements)) {
            if (renames.contains(r.node))
                r.node = renames.value(r.node);
            else if (!m_document->topology().contains(r.node))
                continue; // its target did not come along and does not exist here
            kept.append(r);
        }
        n.requirements = kept;
        edit.addNode(n);
        inserted << n.name;
    }
    stack->push(edit.createCommand(m_document, text));
    stack->endMacro();
    return inserted;
}

QStringList DocumentActions::duplicate(const QStringList &names)
{
    QStringList all = names;
    for (const QString &child : hostedDescendants(names)) {
        if (!all.contains(child))
            all << child;
    }
    QList<NodeTemplate> copies;
    for (const NodeTemplate &n : m_document->topology().nodes()) {
        if (all.contains(n.name))
            copies.append(n);
    }
    return insertNodes(copies, QPointF(40, 40), Tr::tr("Duplicate"));
}

bool DocumentActions::setProperty(const QString &node, const QString &property, const Value &value)
{
    TopologyEdit edit(*m_document);
    NodeTemplate *n = edit.node(node);
    if (!n)
        return false;
    n->properties.insert(property, value);
    if (edit.isEmpty())
        return false;
    m_document->undoStack()->push(
        edit.createCommand(m_document,
                           Tr::tr("Set %1 of %2").arg(property, node),
                           node + QStringLiteral("/property/") + property));
    return true;
}

bool DocumentActions::removeProperty(const QString &node, const QString &property)
{
    TopologyEdit edit(*m_document);
    NodeTemplate *n = edit.node(node);
    if (!n || !n->properties.remove(property))
        return false;
    m_document->undoStack()->push(
        edit.createCommand(m_document, Tr::tr("Reset %1 of %2").arg(property, node)));
    return true;
}

bool DocumentActions::setCapabilityProperty(const QString &node,
                                            const QString &capability,
                                            const QString &property,
                                            const Value &value)
{
    QuickFix fix;
    QuickFixEdit change;
    change.kind = QuickFixEdit::Kind::SetCapabilityProperty;
    change.node = node;
    change.capability = capability;
    change.property = property;
    change.value = value;
    fix.edits.append(change);
    TopologyEdit edit(*m_document);
    if (!edit.applyQuickFix(fix) || edit.isEmpty())
        return false;
    m_document->undoStack()->push(edit.createCommand(
        m_document,
        Tr::tr("Set %1.%2 of %3").arg(capability, property, node),
        node + QStringLiteral("/capability/") + capability + QLatin1Char('/') + property));
    return true;
}

bool DocumentActions::removeCapabilityProperty(const QString &node,
                                               const QString &capability,
                                               const QString &property)
{
    TopologyEdit edit(*m_document);
    NodeTemplate *n = edit.node(node);
    CapabilityAssignment *assignment = n ? n->capability(capability) : nullptr;
    if (!assignment || !assignment->properties.remove(property))
        return false;
    m_document->undoStack()->push(edit.createCommand(
        m_document, Tr::tr("Reset %1.%2 of %3").arg(capability, property, node)));
    return true;
}

bool DocumentActions::setRelationshipType(const QString &source,
                                          int requirementIndex,
                                          const QString &relationship)
{
    TopologyEdit edit(*m_document);
    NodeTemplate *n = edit.node(source);
    if (!n || requirementIndex < 0 || requirementIndex >= n->requirements.size())
        return false;
    n->requirements[requirementIndex].relationship = relationship;
    n->requirements[requirementIndex].shortForm = false;
    if (edit.isEmpty())
        return false;
    m_document->undoStack()->push(edit.createCommand(
        m_document,
        Tr::tr("Set relationship of %1.%2").arg(source, n->requirements[requirementIndex].name)));
    return true;
}

bool DocumentActions::applyQuickFix(const QuickFix &fix, QString *error)
{
    TopologyEdit edit(*m_document);
    if (!edit.applyQuickFix(fix, error))
        return false;
    if (edit.isEmpty())
        return false;
    m_document->undoStack()->push(edit.createCommand(m_document, fix.description));
    return true;
}

bool DocumentActions::moveNodes(const QHash<QString, QPointF> &positions, bool mergeable)
{
    QHash<QString, QPointF> before;
    QHash<QString, QPointF> after;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        const NodeTemplate *node = m_document->topology().node(it.key());
        if (!node)
            continue;
        const QPointF old = node->position.value_or(QPointF());
        if (node->position && old == it.value())
            continue;
        before.insert(it.key(), old);
        after.insert(it.key(), it.value());
    }
    if (after.isEmpty())
        return false;
    m_document->undoStack()->push(new MoveNodesCommand(m_document, before, after, mergeable));
    return true;
}

bool DocumentActions::placeNodes(const QHash<QString, QPointF> &positions, const QString &text)
{
    bool allPlaced = true;
    for (auto it = positions.cbegin(); it != positions.cend() && allPlaced; ++it) {
        const NodeTemplate *node = m_document->topology().node(it.key());
        allPlaced = !node || node->position.has_value();
    }
    if (allPlaced)
        return moveNodes(positions);
    // A node-state edit records the absent position, which MoveNodesCommand cannot express.
    TopologyEdit edit(*m_document);
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        const NodeTemplate *current = m_document->topology().node(it.key());
        if (!current || current->position == std::optional<QPointF>(it.value()))
            continue;
        edit.node(it.key())->position = it.value();
    }
    if (edit.isEmpty())
        return false;
    const QStringList moved = edit.touchedNodes();
    m_document->undoStack()->push(edit.createCommand(
        m_document,
        !text.isEmpty()     ? text
        : moved.size() == 1 ? Tr::tr("Move %1").arg(moved.first())
                            : Tr::tr("Move %n nodes", nullptr, int(moved.size()))));
    return true;
}

} // namespace Topologist
