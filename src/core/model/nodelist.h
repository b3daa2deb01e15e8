// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/nodetemplate.h"

#include <QHash>
#include <QList>
#include <QString>

#include <iterator>
#include <memory>
#include <vector>

namespace Topologist {

/// The node templates of a topology in file order, indexed by name.
///
/// Kept in chunks of a few hundred nodes: adding or removing a node in the middle of 50,000
/// moves the nodes of one chunk and shifts the start of the chunks after it, where one
/// contiguous list moved every node after it and renumbered every name. Each chunk indexes
/// where its names first appear in it; the list indexes which chunk holds a name first.
class NodeList
{
    struct Chunk
    {
        QList<NodeTemplate> nodes;
        QHash<QString, int> first; // name -> its first position in `nodes`
        qsizetype start = 0;       // position of nodes[0] in the whole list
    };
    using Chunks = std::vector<std::unique_ptr<Chunk>>;

public:
    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = NodeTemplate;
        using difference_type = qsizetype;
        using pointer = const NodeTemplate *;
        using reference = const NodeTemplate &;

        const_iterator() = default;
        reference operator*() const { return (*m_chunks)[m_chunk]->nodes[m_local]; }
        pointer operator->() const { return &**this; }
        const_iterator &operator++()
        {
            if (++m_local == (*m_chunks)[m_chunk]->nodes.size()) {
                ++m_chunk;
                m_local = 0;
            }
            return *this;
        }
        const_iterator operator++(int)
        {
            const_iterator was = *this;
            ++*this;
            return was;
        }
        friend bool operator==(const const_iterator &a, const const_iterator &b)
        {
            return a.m_chunk == b.m_chunk && a.m_local == b.m_local;
        }
        friend bool operator!=(const const_iterator &a, const const_iterator &b)
        {
            return !(a == b);
        }

    private:
        friend class NodeList;
        const_iterator(const Chunks *chunks, size_t chunk)
            : m_chunks(chunks)
            , m_chunk(chunk)
        {}
        const Chunks *m_chunks = nullptr;
        size_t m_chunk = 0;
        qsizetype m_local = 0;
    };

    NodeList();
    NodeList(const NodeList &other);
    NodeList &operator=(const NodeList &other);
    NodeList(NodeList &&other) noexcept;
    NodeList &operator=(NodeList &&other) noexcept;
    ~NodeList();

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const NodeTemplate &at(qsizetype index) const;
    const NodeTemplate &operator[](qsizetype index) const { return at(index); }
    /// Changing the node's name here leaves the index stale: rename through replace().
    NodeTemplate &operator[](qsizetype index);
    const NodeTemplate &first() const { return at(0); }

    const_iterator begin() const { return const_iterator(&m_chunks, 0); }
    const_iterator end() const { return const_iterator(&m_chunks, m_chunks.size()); }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }

    /// The position of the first node called `name`, or -1.
    qsizetype indexOf(const QString &name) const;
    const NodeTemplate *find(const QString &name) const;
    NodeTemplate *find(const QString &name);
    /// How many different names the nodes have (fewer than nodes when names repeat).
    qsizetype nameCount() const { return m_firstChunk.size(); }

    void reserve(qsizetype count);
    void append(NodeTemplate node);
    void insert(qsizetype index, NodeTemplate node);
    void removeAt(qsizetype index);
    void replace(qsizetype index, NodeTemplate node);
    void clear();

    friend bool operator==(const NodeList &a, const NodeList &b);
    friend bool operator!=(const NodeList &a, const NodeList &b) { return !(a == b); }

private:
    /// The chunk holding position `index` (0 <= index < size()).
    size_t chunkAt(qsizetype index) const;
    void shiftStartsAfter(size_t chunk, qsizetype by);
    /// `name` now appears in `chunk`: it becomes the name's first chunk if none comes before.
    void claimName(const QString &name, Chunk *chunk);
    /// `name` no longer appears in `chunk`: the next chunk holding it takes it over.
    void releaseName(const QString &name, size_t chunk, bool namesRepeat);
    void split(size_t chunk);
    void rebuildIndex();

    Chunks m_chunks; // never an empty chunk
    QHash<QString, Chunk *> m_firstChunk;
    qsizetype m_size = 0;
};

} // namespace Topologist
