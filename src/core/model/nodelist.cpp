// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/nodelist.h"

#include <algorithm>
#include <utility>

namespace Topologist {

namespace {
/// Nodes a chunk holds at most before it splits in two: moving a chunk's nodes costs a few
/// microseconds, and 50,000 nodes make some 200 chunks.
constexpr qsizetype maxChunk = 256;
} // namespace

NodeList::NodeList() = default;

NodeList::NodeList(const NodeList &other)
    : m_size(other.m_size)
{
    m_chunks.reserve(other.m_chunks.size());
    for (const auto &chunk : other.m_chunks)
        m_chunks.push_back(std::make_unique<Chunk>(*chunk));
    rebuildIndex();
}

NodeList &NodeList::operator=(const NodeList &other)
{
    if (this != &other) {
        NodeList copy(other);
        *this = std::move(copy);
    }
    return *this;
}

NodeList::NodeList(NodeList &&other) noexcept
    : m_chunks(std::move(other.m_chunks))
    , m_firstChunk(std::move(other.m_firstChunk))
    , m_size(std::exchange(other.m_size, 0))
{
    other.m_chunks.clear();
}

NodeList &NodeList::operator=(NodeList &&other) noexcept
{
    m_chunks.swap(other.m_chunks);
    m_firstChunk.swap(other.m_firstChunk);
    std::swap(m_size, other.m_size);
    return *this;
}
NodeList::~NodeList() = default;

const NodeTemplate &NodeList::at(qsizetype index) const
{
    const Chunk &chunk = *m_chunks[chunkAt(index)];
    return chunk.nodes[index - chunk.start];
}

NodeTemplate &NodeList::operator[](qsizetype index)
{
    Chunk &chunk = *m_chunks[chunkAt(index)];
    return chunk.nodes[index - chunk.start];
}

qsizetype NodeList::indexOf(const QString &name) const
{
    const auto found = m_firstChunk.constFind(name);
    if (found == m_firstChunk.cend())
        return -1;
    const Chunk *chunk = found.value();
    return chunk->start + chunk->first.value(name);
}

const NodeTemplate *NodeList::find(const QString &name) const
{
    const auto found = m_firstChunk.constFind(name);
    if (found == m_firstChunk.cend())
        return nullptr;
    const Chunk *chunk = found.value();
    return &chunk->nodes[chunk->first.value(name)];
}

NodeTemplate *NodeList::find(const QString &name)
{
    const auto found = m_firstChunk.constFind(name);
    if (found == m_firstChunk.cend())
        return nullptr;
    Chunk *chunk = found.value();
    return &chunk->nodes[chunk->first.value(name)];
}

void NodeList::reserve(qsizetype count)
{
    m_firstChunk.reserve(count);
    m_chunks.reserve(size_t(count / maxChunk + 1));
}

void NodeList::append(NodeTemplate node)
{
    if (m_chunks.empty() || m_chunks.back()->nodes.size() >= maxChunk) {
        auto chunk = std::make_unique<Chunk>();
        chunk->start = m_size;
        chunk->nodes.reserve(maxChunk);
        m_chunks.push_back(std::move(chunk));
    }
    Chunk &chunk = *m_chunks.back();
    const QString name = node.name;
    chunk.nodes.append(std::move(node));
    if (!chunk.first.contains(name))
        chunk.first.insert(name, int(chunk.nodes.size()) - 1);
    ++m_size;
    claimName(name, &chunk);
}

void NodeList::insert(qsizetype index, NodeTemplate node)
{
    if (index == m_size) {
        append(std::move(node));
        return;
    }
    const size_t at = chunkAt(index);
    Chunk &chunk = *m_chunks[at];
    const int local = int(index - chunk.start);
    const QString name = node.name;
    chunk.nodes.insert(local, std::move(node));
    for (auto it = chunk.first.begin(); it != chunk.first.end(); ++it) {
        if (it.value() >= local)
            ++it.value();
    }
    const auto own = chunk.first.find(name);
    if (own == chunk.first.end())
        chunk.first.insert(name, local);
    else if (own.value() > local)
        own.value() = local;
    ++m_size;
    shiftStartsAfter(at, 1);
    claimName(name, &chunk);
    if (chunk.nodes.size() > maxChunk)
        split(at);
}

void NodeList::removeAt(qsizetype index)
{
    const bool namesRepeat = nameCount() != m_size;
    const size_t at = chunkAt(index);
    Chunk &chunk = *m_chunks[at];
    const int local = int(index - chunk.start);
    const QString name = chunk.nodes[local].name;
    chunk.nodes.removeAt(local);
    --m_size;
    for (auto it = chunk.first.begin(); it != chunk.first.end(); ++it) {
        if (it.value() > local)
            --it.value();
    }
    const auto own = chunk.first.find(name);
    Q_ASSERT(own != chunk.first.end());
    if (own.value() == local) { // it was the first of its name here: the next one is
        const auto next = std::find_if(chunk.nodes.cbegin() + local,
                                       chunk.nodes.cend(),
                                       [&](const NodeTemplate &n) { return n.name == name; });
        if (next != chunk.nodes.cend()) {
            own.value() = int(next - chunk.nodes.cbegin());
        } else {
            chunk.first.erase(own);
            releaseName(name, at, namesRepeat);
        }
    }
    shiftStartsAfter(at, -1);
    if (chunk.nodes.isEmpty())
        m_chunks.erase(m_chunks.begin() + qsizetype(at));
}

void NodeList::replace(qsizetype index, NodeTemplate node)
{
    NodeTemplate &slot = (*this)[index];
    if (slot.name == node.name) {
        slot = std::move(node);
        return;
    }
    removeAt(index);
    insert(index, std::move(node));
}

void NodeList::clear()
{
    m_chunks.clear();
    m_firstChunk.clear();
    m_size = 0;
}

bool operator==(const NodeList &a, const NodeList &b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
}

size_t NodeList::chunkAt(qsizetype index) const
{
    Q_ASSERT(index >= 0 && index < m_size);
    const auto after = std::upper_bound(
        m_chunks.cbegin(), m_chunks.cend(), index, [](qsizetype i, const auto &chunk) {
            return i < chunk->start;
        });
    return size_t(after - m_chunks.cbegin()) - 1;
}

void NodeList::shiftStartsAfter(size_t chunk, qsizetype by)
{
    for (size_t i = chunk + 1; i < m_chunks.size(); ++i)
        m_chunks[i]->start += by;
}

void NodeList::claimName(const QString &name, Chunk *chunk)
{
    const auto found = m_firstChunk.find(name);
    if (found == m_firstChunk.end())
        m_firstChunk.insert(name, chunk);
    else if (found.value()->start > chunk->start)
        found.value() = chunk;
}

void NodeList::releaseName(const QString &name, size_t chunk, bool namesRepeat)
{
    const auto found = m_firstChunk.find(name);
    if (found == m_firstChunk.end() || found.value() != m_chunks[chunk].get())
        return; // an earlier chunk has it
    for (size_t i = chunk + 1; namesRepeat && i < m_chunks.size(); ++i) {
        if (m_chunks[i]->first.contains(name)) {
            found.value() = m_chunks[i].get();
            return;
        }
    }
    m_firstChunk.erase(found);
}

void NodeList::split(size_t at)
{
    Chunk &chunk = *m_chunks[at];
    auto tail = std::make_unique<Chunk>();
    const qsizetype half = chunk.nodes.size() / 2;
    tail->start = chunk.start + half;
    tail->nodes.reserve(maxChunk);
    for (qsizetype i = half; i < chunk.nodes.size(); ++i)
        tail->nodes.append(std::move(chunk.nodes[i]));
    chunk.nodes.resize(half);
    chunk.first.clear();
    for (int i = 0; i < int(chunk.nodes.size()); ++i) {
        if (!chunk.first.contains(chunk.nodes[i].name))
            chunk.first.insert(chunk.nodes[i].name, i);
    }
    for (int i = 0; i < int(tail->nodes.size()); ++i) {
        const QString &name = tail->nodes[i].name;
        if (tail->first.contains(name))
            continue;
        tail->first.insert(name, i);
        // A name now only in the second half: its first chunk is the new one.
        if (!chunk.first.contains(name)) {
            const auto found = m_firstChunk.find(name);
            if (found != m_firstChunk.end() && found.value() == &chunk)
                found.value() = tail.get();
        }
    }
    m_chunks.insert(m_chunks.begin() + qsizetype(at) + 1, std::move(tail));
}

void NodeList::rebuildIndex()
{
    m_firstChunk.clear();
    m_firstChunk.reserve(m_size);
    for (const auto &chunk : m_chunks) {
        for (auto it = chunk->first.cbegin(); it != chunk->first.cend(); ++it) {
            if (!m_firstChunk.contains(it.key()))
                m_firstChunk.insert(it.key(), chunk.get());
        }
    }
}

} // namespace Topologist
