// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison.h"

#include "diff/topologydiff.h"
#include "topologydocument.h"

namespace Topologist {

namespace {

/// Which of two kinds of change of one node says more about it.
int weight(Change::Kind kind)
{
    switch (kind) {
    case Change::Kind::Added:
        return 3;
    case Change::Kind::Renamed:
        return 2;
    case Change::Kind::Retyped:
        return 1;
    case Change::Kind::Modified:
    case Change::Kind::Removed:
        break;
    }
    return 0;
}

} // namespace

Comparison::Comparison(TopologyDocument *document,
                       ToscaArchive other,
                       const QString &otherName,
                       QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_other(std::move(other))
    , m_otherName(otherName)
{
    connect(document, &TopologyDocument::editFinished, this, &Comparison::recompute);
    recompute();
}

TopologyDocument *Comparison::document() const
{
    return m_document;
}

std::optional<Change::Kind> Comparison::nodeChange(const QString &name) const
{
    const auto it = m_nodeChanges.constFind(name);
    return it == m_nodeChanges.cend() ? std::nullopt : std::optional<Change::Kind>(*it);
}

void Comparison::recompute()
{
    if (!m_document)
        return;
    m_changes = TopologyDiff::withoutLayout(TopologyDiff::compare(m_other, m_document->archive()));
    m_nodeChanges.clear();
    m_removed.clear();
    for (const Change &change : std::as_const(m_changes)) {
        const bool wholeNode = change.area == Change::Area::Node;
        if (wholeNode && change.kind == Change::Kind::Removed) {
            // A removed node has no name in the document: the path has its old one.
            m_removed.append(change.path.value(1));
            continue;
        }
        if (change.node.isEmpty())
            continue;
        const Change::Kind kind = wholeNode ? change.kind : Change::Kind::Modified;
        const auto it = m_nodeChanges.constFind(change.node);
        if (it == m_nodeChanges.cend() || weight(kind) > weight(*it))
            m_nodeChanges.insert(change.node, kind);
    }
    emit changed();
}

} // namespace Topologist
