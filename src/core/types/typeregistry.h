// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/toscaarchive.h"
#include "support/diagnostic.h"
#include "types/typedefinition.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>

namespace Topologist {

/// All the types a topology can use: those of its imports (transitively) and its own. Answers
/// "what does type X look like with everything it inherits" and "does X derive from Y".
///
/// Built once per loaded topology and read-only afterwards, so the validator and the views can
/// share it without locking.
class TypeRegistry
{
public:
    /// TOSCA's built-in value types, which data types may derive from.
    static bool isPrimitiveType(const QString &name);

    /// Adds the types an archive declares. A type name declared by two imported archives is an
    /// error (Alien4Cloud refuses to index the second) and the first declaration is kept.
    void addArchive(const ToscaArchive &archive, Diagnostics *diagnostics);
    /// Adds the types of the archive being read itself, after its imports. Where it declares a
    /// type an import declares too, its own declaration is used, as in Alien4Cloud's parser,
    /// with a warning that Alien4Cloud's catalog will refuse to import it (TOPO-TYPE-004).
    void addOwnArchive(const ToscaArchive &archive, Diagnostics *diagnostics);
    /// Resolves derived_from chains; reports unknown parents and cycles. Call once after the
    /// last addArchive.
    void resolve(Diagnostics *diagnostics);

    /// The type as declared, or null. Short TOSCA names (`Compute`, `tosca:Compute`) are
    /// accepted for normative types.
    const TypeDefinition *declared(TypeKind kind, const QString &name) const;
    /// The type with everything it inherits merged in, or null when unknown or broken.
    const TypeDefinition *resolved(TypeKind kind, const QString &name) const;
    /// The full name for a short one, or `name` itself.
    QString canonicalName(TypeKind kind, const QString &name) const;
    bool contains(TypeKind kind, const QString &name) const { return declared(kind, name); }
    /// True when `name` is `ancestor` or derives from it.
    bool derivesFrom(TypeKind kind, const QString &name, const QString &ancestor) const;
    /// `name`, its parent, its grandparent, ... (empty when unknown).
    QStringList lineage(TypeKind kind, const QString &name) const;
    /// All declared types of a family, in the order they were added.
    QList<const TypeDefinition *> types(TypeKind kind) const;
    /// The icon of a node type (its own or an ancestor's), with the archive that ships it.
    bool icon(const QString &nodeType, QString *archiveId, QString *path) const;

private:
    struct Family
    {
        QHash<QString, TypeDefinition> declared;
        QStringList order;
        QHash<QString, TypeDefinition> resolved;
        QHash<QString, QStringList> lineage;
        /// The lineage as a set: derivesFrom() is asked for every requirement of every node
        /// on every validation.
        QHash<QString, QSet<QString>> ancestors;
    };

    void add(const ToscaArchive &archive, Diagnostics *diagnostics, bool shadowImports);

    Family &family(TypeKind kind) { return m_families[size_t(kind)]; }
    const Family &family(TypeKind kind) const { return m_families[size_t(kind)]; }
    TypeDefinition flatten(TypeKind kind, const QStringList &lineage) const;

    std::array<Family, 8> m_families;
};

} // namespace Topologist
