// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/nodetemplate.h"

#include <QList>
#include <QString>
#include <QStringList>

class QMimeData;

namespace Topologist {

class TopologyDocument;

/// Copy and paste of node templates as YAML fragments (`node_templates:` with the copied nodes),
/// so they paste into another topology, into another Topologist, or into a text editor, and a
/// fragment typed in a text editor pastes onto the canvas.
class NodeClipboard
{
public:
    /// The MIME type Topologist puts next to text/plain, so it can tell its own copies apart.
    static QString mimeType()
    {
        return QStringLiteral("application/x-topologist-node-templates+yaml");
    }

    /// The YAML fragment for the named nodes (in document order).
    static QByteArray fragment(const TopologyDocument &document, const QStringList &names);
    /// Clipboard contents for the named nodes; the caller owns the result.
    static QMimeData *mimeData(const TopologyDocument &document, const QStringList &names);
    /// Node templates from clipboard text: a `node_templates:` fragment, a bare map of node
    /// templates, or a whole topology file. Empty with `error` set when it holds none.
    static QList<NodeTemplate> parse(const QByteArray &text, QString *error);
    static bool canPaste(const QMimeData *data);
    static QList<NodeTemplate> nodesFrom(const QMimeData *data, QString *error);
};

} // namespace Topologist
