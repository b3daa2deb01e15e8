// SPDX-License-Identifier: GPL-3.0-or-later
#include "standard/usedtypes.h"

#include <QStringList>

#include <algorithm>

namespace Topologist {

namespace {

constexpr TypeKind kinds[] = {TypeKind::Data,
                              TypeKind::Artifact,
                              TypeKind::Capability,
                              TypeKind::Interface,
                              TypeKind::Relationship,
                              TypeKind::Node,
                              TypeKind::Group,
                              TypeKind::Policy};

void collectScalars(const Value &value, QStringList *texts)
{
    switch (value.kind()) {
    case Value::Kind::Null:
        return;
    case Value::Kind::Scalar:
        texts->append(value.text());
        return;
    case Value::Kind::List:
    case Value::Kind::Function:
        for (const Value &item : value.items())
            collectScalars(item, texts);
        return;
    case Value::Kind::Map:
        // Keys count too: Alien4Cloud names an interface by its type (`fastconnect.Custom: ...`).
        for (const Value::Entry &entry : value.entries()) {
            texts->append(entry.key);
            collectScalars(entry.value, texts);
        }
        return;
    }
}

} // namespace

void UsedTypes::addArchive(const ToscaArchive &archive, const QString &origin)
{
    for (const TypeKind kind : kinds) {
        const Value section = archive.typeSections.value(typeSectionName(kind));
        for (const Value::Entry &entry : section.entries()) {
            if (m_index.contains(entry.key))
                continue;
            m_index.insert(entry.key, int(m_types.size()));
            m_types.append({kind, entry.key, entry.value, origin});
        }
    }
}

void UsedTypes::use(const QString &name)
{
    QStringList pending{name};
    while (!pending.isEmpty()) {
        const QString next = pending.takeLast();
        if (m_used.contains(next) || m_provided.contains(next) || !m_index.contains(next))
            continue;
        m_used.insert(next);
        collectScalars(m_types.at(m_index.value(next)).definition, &pending);
    }
}

void UsedTypes::useNamesIn(const Value &value)
{
    QStringList texts;
    collectScalars(value, &texts);
    for (const QString &text : std::as_const(texts))
        use(text);
}

QList<UsedTypes::Type> UsedTypes::used() const
{
    QList<Type> result;
    for (const TypeKind kind : kinds) {
        for (const Type &type : m_types) {
            if (type.kind == kind && m_used.contains(type.name))
                result.append(type);
        }
    }
    return result;
}

} // namespace Topologist
