// SPDX-License-Identifier: GPL-3.0-or-later
#include "types/typeregistry.h"

#include <QCoreApplication>
#include <QSet>

namespace Topologist {

namespace {

// lupdate names a context after the enclosing class, so the context is declared here
// rather than hidden in a helper function: strings land under "TypeRegistry" in the .ts too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TypeRegistry)
};

/// Merges `child` over `base` by name: overridden members keep the parent's position, new ones
/// are appended, which is the order users expect in the property editor.
template<typename List>
void mergeByName(List &base, const List &child)
{
    for (const auto &member : child) {
        bool replaced = false;
        for (auto &existing : base) {
            if (existing.name == member.name) {
                existing = member;
                replaced = true;
                break;
            }
        }
        if (!replaced)
            base.append(member);
    }
}

void mergeInterfaces(InterfaceDefinitions &base, const InterfaceDefinitions &child)
{
    for (const InterfaceDefinition &interface : child) {
        const QString canonical = InterfaceDefinition::canonicalName(interface.name);
        InterfaceDefinition *target = nullptr;
        for (InterfaceDefinition &existing : base) {
            if (InterfaceDefinition::canonicalName(existing.name) == canonical) {
                target = &existing;
                break;
            }
        }
        if (!target) {
            base.append(interface);
            continue;
        }
        if (!interface.type.isEmpty())
            target->type = interface.type;
        if (!interface.description.isEmpty())
            target->description = interface.description;
        mergeByName(target->operations, interface.operations);
    }
}

QString shortPrefix(TypeKind kind)
{
    switch (kind) {
    case TypeKind::Data:
        return QStringLiteral("tosca.datatypes.");
    case TypeKind::Artifact:
        return QStringLiteral("tosca.artifacts.");
    case TypeKind::Capability:
        return QStringLiteral("tosca.capabilities.");
    case TypeKind::Interface:
        return QStringLiteral("tosca.interfaces.");
    case TypeKind::Relationship:
        return QStringLiteral("tosca.relationships.");
    case TypeKind::Node:
        return QStringLiteral("tosca.nodes.");
    case TypeKind::Group:
        return QStringLiteral("tosca.groups.");
    case TypeKind::Policy:
        return QStringLiteral("tosca.policies.");
    }
    return QString();
}

} // namespace

bool TypeRegistry::isPrimitiveType(const QString &name)
{
    static const QSet<QString> primitives = {
        QStringLiteral("string"),
        QStringLiteral("integer"),
        QStringLiteral("float"),
        QStringLiteral("boolean"),
        QStringLiteral("timestamp"),
        QStringLiteral("version"),
        QStringLiteral("range"),
        QStringLiteral("list"),
        QStringLiteral("map"),
        QStringLiteral("scalar-unit.size"),
        QStringLiteral("scalar-unit.time"),
        QStringLiteral("scalar-unit.frequency"),
        QStringLiteral("scalar-unit.bitrate"),
        QStringLiteral("null"),
        QStringLiteral("any"),
    };
    return primitives.contains(name);
}

void TypeRegistry::addArchive(const ToscaArchive &archive, Diagnostics *diagnostics)
{
    add(archive, diagnostics, false);
}

void TypeRegistry::addOwnArchive(const ToscaArchive &archive, Diagnostics *diagnostics)
{
    add(archive, diagnostics, true);
}

void TypeRegistry::add(const ToscaArchive &archive, Diagnostics *diagnostics, bool shadowImports)
{
    for (const TypeDefinition &type : archive.types) {
        Family &f = family(type.kind);
        auto existing = f.declared.find(type.name);
        const bool redefined
            = existing != f.declared.end()
              && (existing->archiveId != archive.id() || existing->location != type.location);
        if (redefined && shadowImports) {
            diagnostics->append(Diagnostic::warning(
                QStringLiteral("TOPO-TYPE-004"),
                type.location,
                Tr::tr("%1 '%2' is also declared by the imported %3; this declaration is used "
                       "here, but Alien4Cloud refuses to import an archive that redeclares a "
                       "type of another archive")
                    .arg(typeKindDisplayName(type.kind),
                         type.name,
                         existing->archiveId.isEmpty() ? existing->location.toString()
                                                       : existing->archiveId)));
            TypeDefinition copy = type;
            copy.archiveId = archive.id();
            *existing = copy;
            continue;
        }
        if (redefined) {
            diagnostics->append(Diagnostic::error(
                QStringLiteral("TOPO-TYPE-003"),
                type.location,
                Tr::tr("%1 '%2' is already declared by %3; an archive cannot redefine a type "
                       "of another archive")
                    .arg(typeKindDisplayName(type.kind),
                         type.name,
                         existing->archiveId.isEmpty() ? existing->location.toString()
                                                       : existing->archiveId)));
            continue;
        }
        if (existing != f.declared.end())
            continue;
        TypeDefinition copy = type;
        copy.archiveId = archive.id();
        f.declared.insert(copy.name, copy);
        f.order.append(copy.name);
    }
}

void TypeRegistry::resolve(Diagnostics *diagnostics)
{
    for (Family &f : m_families) {
        f.resolved.clear();
        f.lineage.clear();
        f.ancestors.clear();
    }
    for (size_t k = 0; k < m_families.size(); ++k) {
        const TypeKind kind = TypeKind(k);
        Family &f = family(kind);
        for (const QString &name : std::as_const(f.order)) {
            const TypeDefinition &type = f.declared[name];
            QStringList chain{name};
            QSet<QString> seen{name};
            QString parent = type.derivedFrom;
            bool broken = false;
            while (!parent.isEmpty()) {
                const QString canonical = canonicalName(kind, parent);
                if (kind == TypeKind::Data && isPrimitiveType(canonical))
                    break;
                if (seen.contains(canonical)) {
                    // Only the members of the cycle report it, each once; a type that merely
                    // derives from a cycle is left unresolved without a message of its own.
                    broken = true;
                    if (canonical != name)
                        break;
                    diagnostics->append(Diagnostic::error(
                        QStringLiteral("TOPO-TYPE-002"),
                        type.location,
                        Tr::tr("%1 '%2' derives from itself through %3")
                            .arg(typeKindDisplayName(kind),
                                 name,
                                 (chain + QStringList{canonical}).join(QStringLiteral(" → ")))));
                    break;
                }
                const auto parentType = f.declared.constFind(canonical);
                if (parentType == f.declared.constEnd()) {
                    // Reported by the type that names the missing parent, once; its descendants
                    // are unresolved too but have nothing to fix.
                    broken = true;
                    if (chain.size() > 1)
                        break;
                    diagnostics->append(Diagnostic::error(
                        QStringLiteral("TOPO-TYPE-001"),
                        type.location,
                        Tr::tr(
                            "%1 '%2' derives from '%3', which is not declared in this archive or "
                            "its imports")
                            .arg(typeKindDisplayName(kind), name, parent)));
                    break;
                }
                chain.append(canonical);
                seen.insert(canonical);
                parent = parentType->derivedFrom;
            }
            if (broken)
                continue;
            f.lineage.insert(name, chain);
            f.ancestors.insert(name, QSet<QString>(chain.cbegin(), chain.cend()));
            f.resolved.insert(name, flatten(kind, chain));
        }
    }
}

TypeDefinition TypeRegistry::flatten(TypeKind kind, const QStringList &chain) const
{
    const Family &f = family(kind);
    TypeDefinition result = *f.declared.constFind(chain.last());
    for (int i = int(chain.size()) - 2; i >= 0; --i) {
        const TypeDefinition &child = *f.declared.constFind(chain[i]);
        result.name = child.name;
        result.derivedFrom = child.derivedFrom;
        result.description = child.description;
        result.abstract = child.abstract;
        result.archiveId = child.archiveId;
        result.location = child.location;
        result.tags = child.tags;
        mergeByName(result.properties, child.properties);
        mergeByName(result.attributes, child.attributes);
        mergeByName(result.requirements, child.requirements);
        mergeByName(result.capabilities, child.capabilities);
        mergeByName(result.artifacts, child.artifacts);
        mergeInterfaces(result.interfaces, child.interfaces);
        if (child.validTargetTypes)
            result.validTargetTypes = child.validTargetTypes;
        if (!child.validSourceTypes.isEmpty())
            result.validSourceTypes = child.validSourceTypes;
        result.constraints += child.constraints;
        if (!child.mimeType.isEmpty())
            result.mimeType = child.mimeType;
        if (!child.fileExtensions.isEmpty())
            result.fileExtensions = child.fileExtensions;
    }
    return result;
}

QString TypeRegistry::canonicalName(TypeKind kind, const QString &name) const
{
    const Family &f = family(kind);
    if (f.declared.contains(name))
        return name;
    QString candidate = name;
    if (candidate.startsWith(QLatin1String("tosca:")))
        candidate = candidate.mid(6);
    if (f.declared.contains(candidate))
        return candidate;
    const QString prefixed = shortPrefix(kind) + candidate;
    if (f.declared.contains(prefixed))
        return prefixed;
    // TOSCA 1.0 short names of network types: `network.Network` is fine, but also `Network`.
    if (kind == TypeKind::Node) {
        const QString network = shortPrefix(kind) + QStringLiteral("network.") + candidate;
        if (f.declared.contains(network))
            return network;
    }
    return name;
}

const TypeDefinition *TypeRegistry::declared(TypeKind kind, const QString &name) const
{
    const Family &f = family(kind);
    auto it = f.declared.constFind(name);
    if (it == f.declared.constEnd())
        it = f.declared.constFind(canonicalName(kind, name));
    return it == f.declared.constEnd() ? nullptr : &*it;
}

const TypeDefinition *TypeRegistry::resolved(TypeKind kind, const QString &name) const
{
    const Family &f = family(kind);
    auto it = f.resolved.constFind(name);
    if (it == f.resolved.constEnd())
        it = f.resolved.constFind(canonicalName(kind, name));
    return it == f.resolved.constEnd() ? nullptr : &*it;
}

QStringList TypeRegistry::lineage(TypeKind kind, const QString &name) const
{
    const Family &f = family(kind);
    auto it = f.lineage.constFind(name);
    if (it == f.lineage.constEnd())
        it = f.lineage.constFind(canonicalName(kind, name));
    return it == f.lineage.constEnd() ? QStringList() : *it;
}

bool TypeRegistry::derivesFrom(TypeKind kind, const QString &name, const QString &ancestor) const
{
    if (name.isEmpty() || ancestor.isEmpty())
        return false;
    const Family &f = family(kind);
    auto it = f.ancestors.constFind(name);
    if (it == f.ancestors.constEnd())
        it = f.ancestors.constFind(canonicalName(kind, name));
    if (it == f.ancestors.constEnd())
        return canonicalName(kind, name) == canonicalName(kind, ancestor);
    return it->contains(ancestor) || it->contains(canonicalName(kind, ancestor));
}

QList<const TypeDefinition *> TypeRegistry::types(TypeKind kind) const
{
    const Family &f = family(kind);
    QList<const TypeDefinition *> result;
    result.reserve(f.order.size());
    for (const QString &name : f.order)
        result.append(&*f.declared.constFind(name));
    return result;
}

bool TypeRegistry::icon(const QString &nodeType, QString *archiveId, QString *path) const
{
    const Family &f = family(TypeKind::Node);
    for (const QString &name : lineage(TypeKind::Node, nodeType)) {
        const TypeDefinition &type = *f.declared.constFind(name);
        const QString icon = type.tag(QStringLiteral("icon"));
        if (!icon.isEmpty()) {
            *archiveId = type.archiveId;
            *path = icon;
            return true;
        }
    }
    return false;
}

} // namespace Topologist
