// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/declarativeworkflows.h"

namespace Topologist {

namespace {

using Side = DeclarativeWorkflows::Side;
using Link = DeclarativeWorkflows::Link;

Link after(Side side, const char *step)
{
    return Link{side, QLatin1String(step), true};
}

Link before(Side side, const char *step)
{
    return Link{side, QLatin1String(step), false};
}

} // namespace

QStringList DeclarativeWorkflows::nodeLifecycle(const QString &workflow)
{
    if (workflow == install())
        return {QStringLiteral("initial"),
                QStringLiteral("creating"),
                QStringLiteral("create"),
                QStringLiteral("created"),
                QStringLiteral("configuring"),
                QStringLiteral("configure"),
                QStringLiteral("configured"),
                QStringLiteral("starting"),
                QStringLiteral("start"),
                QStringLiteral("started")};
    if (workflow == uninstall())
        return {QStringLiteral("stopping"),
                QStringLiteral("stop"),
                QStringLiteral("stopped"),
                QStringLiteral("deleting"),
                QStringLiteral("delete"),
                QStringLiteral("deleted")};
    return {};
}

bool DeclarativeWorkflows::isOperation(const QString &lifecycleEntry)
{
    static const QStringList operations{QStringLiteral("create"),
                                        QStringLiteral("configure"),
                                        QStringLiteral("start"),
                                        QStringLiteral("stop"),
                                        QStringLiteral("delete")};
    return operations.contains(lifecycleEntry);
}

QList<DeclarativeWorkflows::RelationshipOperation>
DeclarativeWorkflows::relationshipOperations(const QString &workflow)
{
    if (workflow == install())
        return {
            {QStringLiteral("pre_configure_source"),
             Side::Source,
             {after(Side::Source, "configuring"), before(Side::Source, "configure")}},
            {QStringLiteral("pre_configure_target"),
             Side::Target,
             {after(Side::Target, "configuring"), before(Side::Target, "configure")}},
            {QStringLiteral("post_configure_source"),
             Side::Source,
             {after(Side::Source, "configure"), before(Side::Source, "configured")}},
            {QStringLiteral("post_configure_target"),
             Side::Target,
             {after(Side::Target, "configure"), before(Side::Target, "configured")}},
            {QStringLiteral("add_source"),
             Side::Target,
             {after(Side::Source, "started"), after(Side::Target, "started")}},
            {QStringLiteral("add_target"),
             Side::Source,
             {after(Side::Source, "started"), after(Side::Target, "started")}},
        };
    if (workflow == uninstall())
        return {
            {QStringLiteral("remove_source"),
             Side::Target,
             {after(Side::Target, "stopping"), before(Side::Target, "stop")}},
            {QStringLiteral("remove_target"),
             Side::Source,
             {after(Side::Source, "stopping"), before(Side::Source, "stop")}},
        };
    return {};
}

DeclarativeWorkflows::Weaving DeclarativeWorkflows::weaving(const QString &workflow)
{
    // Install: nothing of the source starts before its target has started. Uninstall: the
    // target stops only once the source is deleted.
    if (workflow == install())
        return {Side::Source, QStringLiteral("initial"), QStringLiteral("started")};
    if (workflow == uninstall())
        return {Side::Target, QStringLiteral("stopping"), QStringLiteral("deleted")};
    return {};
}

QStringList DeclarativeWorkflows::nativeNodeTypes()
{
    return {QStringLiteral("tosca.nodes.Compute"),
            QStringLiteral("tosca.nodes.Network"),
            QStringLiteral("tosca.nodes.BlockStorage")};
}

} // namespace Topologist
