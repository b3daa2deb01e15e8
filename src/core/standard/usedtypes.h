// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/toscaarchive.h"
#include "model/value.h"
#include "types/typekind.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Topologist {

/// The types a topology uses, found among the definitions of the archives it imports: those
/// it names, and transitively every type their definitions name (parents, property and
/// capability types, relationship and node types of requirements...). Definitions are kept as
/// written, so that an export copies them whole.
///
/// A scalar anywhere in a definition that is the name of a known type counts as a use: a
/// description that happens to be a type name brings in a type too many, never one too few.
class UsedTypes
{
public:
    struct Type
    {
        TypeKind kind = TypeKind::Node;
        QString name;
        Value definition;
        /// Who declared it, as given to addArchive().
        QString origin;
    };

    /// Types with these names are never copied: the standard defines them already.
    void setProvided(const QSet<QString> &names) { m_provided = names; }
    /// Indexes the type sections of @p archive. The first archive to declare a name wins, as
    /// in Alien4Cloud's catalog; add dependencies first.
    void addArchive(const ToscaArchive &archive, const QString &origin = QString());
    /// Marks @p name (and everything its definition names) used; unknown names are ignored.
    void use(const QString &name);
    /// Marks every scalar in @p value that names a known type used.
    void useNamesIn(const Value &value);

    /// The used types, each family in the order the archives declared them.
    QList<Type> used() const;
    bool isUsed(const QString &name) const { return m_used.contains(name); }

private:
    QList<Type> m_types;
    QHash<QString, int> m_index;
    QSet<QString> m_provided;
    QSet<QString> m_used;
};

} // namespace Topologist
