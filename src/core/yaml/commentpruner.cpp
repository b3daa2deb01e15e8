// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/commentpruner.h"

#include "support/diagnostic.h"
#include "yaml/elementlines.h"
#include "yaml/toscawriter.h"
#include "yaml/yamlvaluereader.h"

namespace Topologist {

namespace {

/// Where the elements of `node` are when it is written, by path relative to the node.
ElementLines writtenElements(const NodeTemplate &node)
{
    Diagnostics ignored;
    return ElementLines(
        YamlValueReader()
            .read(ToscaWriter().writeNodeTemplates({node}), QStringLiteral("node"), &ignored)
            .value(QStringLiteral("node_templates"))
            .value(node.name));
}

} // namespace

CommentMap CommentPruner::pruned(const NodeTemplate &before, const NodeTemplate &after)
{
    if (after.comments.elements().isEmpty())
        return after.comments;
    const ElementLines had = writtenElements(before);
    const ElementLines has = writtenElements(after);
    CommentMap kept;
    kept.header = after.comments.header;
    kept.trailer = after.comments.trailer;
    const auto &elements = after.comments.elements();
    for (auto it = elements.cbegin(); it != elements.cend(); ++it) {
        const bool deleted
            = !it.key().isEmpty() && had.lineOf(it.key()) != 0 && has.lineOf(it.key()) == 0;
        if (deleted)
            continue;
        kept.addBefore(it.key(), it.value().before);
        kept.addTrailing(it.key(), it.value().trailing);
    }
    return kept;
}

} // namespace Topologist
