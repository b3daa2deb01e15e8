// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/commentpruner.h"

#include "support/diagnostic.h"
#include "yaml/toscawriter.h"
#include "yaml/yamlvaluereader.h"

#include <optional>

namespace Topologist {

namespace {

/// `node` as the writer writes it, parsed back: the tree comment paths walk.
Value writtenForm(const NodeTemplate &node)
{
    Diagnostics ignored;
    return YamlValueReader()
        .read(ToscaWriter().writeNodeTemplates({node}), QStringLiteral("node"), &ignored)
        .value(QStringLiteral("node_templates"))
        .value(node.name);
}

std::optional<int> indexOf(const QString &segment)
{
    if (!segment.startsWith(QLatin1Char('[')) || !segment.endsWith(QLatin1Char(']')))
        return std::nullopt;
    bool ok = false;
    const int index = segment.mid(1, segment.size() - 2).toInt(&ok);
    return ok ? std::optional<int>(index) : std::nullopt;
}

/// Where item `index` of `was` is in `is`: the same place if it is still there or was edited
/// in place (the list kept its length), otherwise the first equal item; none when deleted.
std::optional<int> followItem(const Value &was, int index, const Value &is)
{
    const auto &items = is.items();
    const Value &item = was.items()[size_t(index)];
    if (size_t(index) < items.size()
        && (items[size_t(index)] == item || items.size() == was.items().size()))
        return index;
    for (size_t i = 0; i < items.size(); ++i) {
        if (items[i] == item)
            return int(i);
    }
    return std::nullopt;
}

/// `path` in `was` moved to the same element in `is`; none when the element was deleted. A
/// path the written form never had (a key the writer leaves out) stays as it is.
std::optional<CommentMap::Path>
follow(const CommentMap::Path &path, const Value &was, const Value &is)
{
    CommentMap::Path moved;
    const Value *from = &was;
    const Value *to = &is;
    for (int i = 0; i < path.size(); ++i) {
        const QString &segment = path[i];
        const std::optional<int> index = indexOf(segment);
        if (index && from->isList() && *index < int(from->items().size())) {
            if (!to->isList())
                return std::nullopt;
            const std::optional<int> now = followItem(*from, *index, *to);
            if (!now)
                return std::nullopt;
            moved << CommentMap::indexSegment(*now);
            from = &from->items()[size_t(*index)];
            to = &to->items()[size_t(*now)];
        } else if (from->isMap() && from->find(segment)) {
            const Value *next = to->isMap() ? to->find(segment) : nullptr;
            if (!next)
                return std::nullopt;
            moved << segment;
            from = from->find(segment);
            to = next;
        } else {
            return moved + path.mid(i);
        }
    }
    return moved;
}

} // namespace

CommentMap CommentPruner::pruned(const NodeTemplate &before, const NodeTemplate &after)
{
    if (after.comments.elements().isEmpty())
        return after.comments;
    const Value was = writtenForm(before);
    const Value is = writtenForm(after);
    CommentMap kept;
    kept.header = after.comments.header;
    kept.trailer = after.comments.trailer;
    const auto &elements = after.comments.elements();
    for (auto it = elements.cbegin(); it != elements.cend(); ++it) {
        const std::optional<CommentMap::Path> path = follow(it.key(), was, is);
        if (!path)
            continue;
        kept.addBefore(*path, it.value().before);
        kept.addTrailing(*path, it.value().trailing);
    }
    return kept;
}

} // namespace Topologist
