// SPDX-License-Identifier: GPL-3.0-or-later
#include "standard/typefilerelocator.h"

#include "catalog/referencedfiles.h"

namespace Topologist {

namespace {

/// Keys of an interface definition that are no operations.
bool isInterfaceKeyword(const QString &key)
{
    return key == QLatin1String("type") || key == QLatin1String("inputs")
           || key == QLatin1String("description") || key == QLatin1String("derived_from");
}

/// Applies @p change to the value of @p key in @p map, when it is there.
template<typename Change>
void changeEntry(Value *map, const QString &key, Change change)
{
    if (map->isMap() && map->contains(key))
        map->insert(key, change(map->value(key)));
}

} // namespace

Value TypeFileRelocator::relocate(const Value &definition,
                                  const QString &typeName,
                                  QList<File> *files) const
{
    Value result = definition;
    changeEntry(&result, QStringLiteral("interfaces"), [&](const Value &v) {
        return interfaces(v, typeName, files);
    });
    changeEntry(&result, QStringLiteral("artifacts"), [&](const Value &v) {
        return artifacts(v, typeName, files);
    });
    for (const QString &section : {QStringLiteral("metadata"), QStringLiteral("tags")}) {
        changeEntry(&result, section, [&](const Value &tags) {
            Value changed = tags;
            changeEntry(&changed, QStringLiteral("icon"), [&](const Value &icon) {
                return path(icon, typeName + QStringLiteral(" icon"), files);
            });
            return changed;
        });
    }
    return result;
}

Value TypeFileRelocator::path(const Value &value, const QString &owner, QList<File> *files) const
{
    if (!value.isScalar())
        return value;
    const QString normalized = ReferencedFiles::normalizedPath(value.text());
    if (normalized.isEmpty())
        return value;
    const QString relocated = m_folder + QLatin1Char('/') + normalized;
    files->append({normalized, relocated, owner});
    return Value::scalar(relocated, value.isQuoted());
}

Value TypeFileRelocator::operation(const Value &operation,
                                   const QString &owner,
                                   QList<File> *files) const
{
    if (operation.isScalar())
        return path(operation, owner, files);
    Value result = operation;
    changeEntry(&result, QStringLiteral("implementation"), [&](const Value &implementation) {
        if (!implementation.isMap())
            return path(implementation, owner, files);
        Value changed = implementation;
        changeEntry(&changed, QStringLiteral("primary"), [&](const Value &primary) {
            return path(primary, owner, files);
        });
        changeEntry(&changed, QStringLiteral("dependencies"), [&](const Value &dependencies) {
            Value list = dependencies;
            if (list.isList()) {
                for (Value &item : list.items())
                    item = path(item, owner, files);
            }
            return list;
        });
        return changed;
    });
    return result;
}

Value TypeFileRelocator::interfaces(const Value &interfaces,
                                    const QString &owner,
                                    QList<File> *files) const
{
    if (!interfaces.isMap())
        return interfaces;
    Value result = interfaces;
    for (Value::Entry &interface : result.entries()) {
        if (!interface.value.isMap())
            continue;
        for (Value::Entry &op : interface.value.entries()) {
            if (!isInterfaceKeyword(op.key))
                op.value = operation(op.value,
                                     owner + QLatin1Char(' ') + interface.key + QLatin1Char('.')
                                         + op.key,
                                     files);
        }
    }
    return result;
}

Value TypeFileRelocator::artifacts(const Value &artifacts,
                                   const QString &owner,
                                   QList<File> *files) const
{
    Value result = artifacts;
    const auto relocateOne = [&](Value::Entry &artifact) {
        const QString who = owner + QLatin1Char(' ') + artifact.key;
        if (artifact.value.isScalar())
            artifact.value = path(artifact.value, who, files);
        else
            changeEntry(&artifact.value, QStringLiteral("file"), [&](const Value &file) {
                return path(file, who, files);
            });
    };
    if (result.isMap()) {
        for (Value::Entry &artifact : result.entries())
            relocateOne(artifact);
    } else if (result.isList()) {
        for (Value &item : result.items()) {
            for (Value::Entry &artifact : item.entries())
                relocateOne(artifact);
        }
    }
    return result;
}

} // namespace Topologist
