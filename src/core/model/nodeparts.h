// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>

namespace Topologist {

struct NodeTemplate;

/// The parts of a node template an edit can change. The document says which parts of a node an
/// edit changed, so a view redoes only what it shows of them (the property editor its values,
/// the canvas a card's content or its arrows).
enum class NodePart {
    Type = 0x01,
    Properties = 0x02,
    Capabilities = 0x04,
    Requirements = 0x08,
    Artifacts = 0x10,
    Interfaces = 0x20,
    Position = 0x40,
    /// Description, extra keys, comments: nothing drawn or edited field by field.
    Other = 0x80,
};
Q_DECLARE_FLAGS(NodeParts, NodePart)
Q_DECLARE_OPERATORS_FOR_FLAGS(NodeParts)

/// The parts in which two versions of one node differ (their names are not compared: a rename
/// is its own change).
NodeParts differingParts(const NodeTemplate &before, const NodeTemplate &after);

} // namespace Topologist
