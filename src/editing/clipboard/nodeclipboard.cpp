// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipboard/nodeclipboard.h"

#include "topologydocument.h"
#include "yaml/commentattacher.h"
#include "yaml/toscadialect.h"
#include "yaml/toscareader.h"
#include "yaml/toscawriter.h"
#include "yaml/yamlvaluereader.h"

#include <QCoreApplication>
#include <QMimeData>

namespace Topologist {

QByteArray NodeClipboard::fragment(const TopologyDocument &document, const QStringList &names)
{
    QList<NodeTemplate> nodes;
    for (const NodeTemplate &node : document.topology().nodes()) {
        if (names.contains(node.name))
            nodes.append(node);
    }
    return ToscaWriter().writeNodeTemplates(nodes, document.archive().toscaDefinitionsVersion);
}

QMimeData *NodeClipboard::mimeData(const TopologyDocument &document, const QStringList &names)
{
    const QByteArray yaml = fragment(document, names);
    auto *data = new QMimeData;
    data->setData(mimeType(), yaml);
    data->setText(QString::fromUtf8(yaml));
    return data;
}

QList<NodeTemplate> NodeClipboard::parse(const QByteArray &text, QString *error)
{
    Diagnostics diagnostics;
    const Value root = YamlValueReader().read(text, QStringLiteral("clipboard"), &diagnostics);
    Value nodeTemplates;
    // Where the node templates are in the text, for their comments.
    CommentMap::Path nodesPath;
    if (root.isMap()) {
        if (root.contains(QStringLiteral("node_templates"))) {
            nodeTemplates = root.value(QStringLiteral("node_templates"));
            nodesPath = {QStringLiteral("node_templates")};
        } else if (root.value(QStringLiteral("topology_template"))
                       .contains(QStringLiteral("node_templates"))) {
            nodeTemplates = root.value(QStringLiteral("topology_template"))
                                .value(QStringLiteral("node_templates"));
            nodesPath = {QStringLiteral("topology_template"), QStringLiteral("node_templates")};
        } else {
            nodeTemplates = root; // a bare map of node templates
        }
    }
    CommentMap comments = CommentAttacher::attach(text, root);
    QList<NodeTemplate> nodes;
    if (nodeTemplates.isMap()) {
        // Read the fragment as the topology of a minimal document, so pasted nodes are parsed
        // exactly like nodes in a file.
        Value topology = Value::map();
        topology.insert(QStringLiteral("node_templates"), nodeTemplates);
        Value document = Value::map();
        document.insert(QStringLiteral("tosca_definitions_version"),
                        Value::scalar(ToscaDialect::defaultWriteVersion()));
        document.insert(QStringLiteral("topology_template"), topology);
        const ToscaArchive archive
            = ToscaReader().fromValue(document, QStringLiteral("clipboard"), &diagnostics);
        if (archive.topology) {
            for (NodeTemplate node : archive.topology->nodes()) {
                node.comments = comments.takeUnder(nodesPath + QStringList{node.name});
                if (!node.type.isEmpty())
                    nodes.append(node);
            }
        }
    }
    if (nodes.isEmpty() && error) {
        *error = diagnostics.isEmpty()
                     ? QCoreApplication::translate("Clipboard",
                                                   "The clipboard holds no node templates.")
                     : QCoreApplication::translate("Clipboard",
                                                   "The clipboard holds no node templates: %1")
                           .arg(diagnostics.first().toString());
    }
    return nodes;
}

bool NodeClipboard::canPaste(const QMimeData *data)
{
    if (!data)
        return false;
    if (data->hasFormat(mimeType()))
        return true;
    // Plain text only counts when it looks like node templates, so Paste is not offered for
    // any random text on the clipboard.
    const QString text = data->text();
    return text.contains(QLatin1String("type:"));
}

QList<NodeTemplate> NodeClipboard::nodesFrom(const QMimeData *data, QString *error)
{
    if (!data)
        return {};
    const QByteArray bytes
        = data->hasFormat(mimeType()) ? data->data(mimeType()) : data->text().toUtf8();
    return parse(bytes, error);
}

} // namespace Topologist
