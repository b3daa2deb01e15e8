// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/nodeitem.h"

#include <QCoreApplication>
#include <QHash>
#include <QPixmap>

namespace Topologist {

class TypeCatalog;
class TypeRegistry;
class ValidationContext;
struct NodeTemplate;
struct TypeDefinition;

/// What a node's card shows (NodeContent), computed from the node, its type and the topology
/// around it. Type icons are rendered once per type and kept, so unchanged cards compare equal.
class NodeContentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(NodeContentBuilder)

public:
    explicit NodeContentBuilder(const TypeCatalog &catalog);

    NodeContent
    build(const NodeTemplate &node, const ValidationContext &context, const TypeRegistry &types);
    /// Forgets the rendered icons (another document, other types).
    void clearIcons() { m_icons.clear(); }

    /// The tooltip (plain text) of `node`'s card, or of its requirement `port` when one is
    /// named. Made when a tooltip is about to show rather than kept by every card: a 10,000-node
    /// canvas would hold some 7 MB of texts nobody reads.
    QString tooltip(const NodeContent &content,
                    const NodeTemplate &node,
                    const ValidationContext &context,
                    const QString &port = QString()) const;

private:
    QPixmap iconFor(const QString &nodeType, const TypeRegistry &types);
    static NodeKind kindOf(const QString &nodeType, const TypeRegistry &types);
    static void addInstances(NodeContent *content,
                             const NodeTemplate &node,
                             const TypeDefinition &type,
                             const ValidationContext &context,
                             const TypeRegistry &types);
    static void addRequirements(NodeContent *content,
                                const NodeTemplate &node,
                                const TypeDefinition &type,
                                const ValidationContext &context);
    static QString
    cardTooltip(const NodeContent &content, const NodeTemplate &node, const TypeDefinition &type);

    const TypeCatalog &m_catalog;
    QHash<QString, QPixmap> m_icons;
};

} // namespace Topologist
