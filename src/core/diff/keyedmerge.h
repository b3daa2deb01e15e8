// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/conflictrecorder.h"
#include "diff/valueequivalence.h"
#include "diff/valuemerge.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Topologist {

/// The three-way merge of a list of named elements (inputs, node templates, requirements...):
/// elements are matched by key, not by position, so each side's additions and removals all
/// count. The result keeps our order, with their additions after it. An element deleted on one
/// side and changed on the other is a conflict; one both sides changed goes to `both` when
/// given (which merges inside it), else is merged as a whole value.
template<typename T>
class KeyedMerge
{
public:
    /// The key of the element at an index (a requirement's key depends on those before it).
    std::function<QString(const QList<T> &, int)> key;
    /// The element as a value, to compare and to record in a conflict.
    std::function<Value(const T &)> toValue;
    /// Optional: merges an element present on both sides (`base` null when both added it).
    std::function<T(const T *base, const T &ours, const T &theirs, const QStringList &path)> both;

    QList<T> merge(const QList<T> &base,
                   const QList<T> &ours,
                   const QList<T> &theirs,
                   const QStringList &path,
                   const QString &node,
                   ConflictRecorder &recorder) const
    {
        const QHash<QString, int> inBase = index(base);
        const QHash<QString, int> inTheirs = index(theirs);
        QHash<QString, int> inOurs;
        QList<T> result;
        for (int i = 0; i < ours.size(); ++i) {
            const QString k = key(ours, i);
            inOurs.insert(k, i);
            const T *b = find(base, inBase, k);
            const T *t = find(theirs, inTheirs, k);
            keep(b, &ours[i], t, path + QStringList{k}, node, recorder, &result);
        }
        for (int i = 0; i < theirs.size(); ++i) {
            const QString k = key(theirs, i);
            if (!inOurs.contains(k))
                keep(find(base, inBase, k),
                     nullptr,
                     &theirs[i],
                     path + QStringList{k},
                     node,
                     recorder,
                     &result);
        }
        return result;
    }

private:
    QHash<QString, int> index(const QList<T> &list) const
    {
        QHash<QString, int> result;
        for (int i = 0; i < list.size(); ++i)
            result.insert(key(list, i), i);
        return result;
    }

    static const T *find(const QList<T> &list, const QHash<QString, int> &at, const QString &k)
    {
        const auto it = at.constFind(k);
        return it == at.cend() ? nullptr : &list[*it];
    }

    void keep(const T *b,
              const T *o,
              const T *t,
              const QStringList &path,
              const QString &node,
              ConflictRecorder &recorder,
              QList<T> *result) const
    {
        if (o && t && both) {
            result->append(both(b, *o, *t, path));
            return;
        }
        const auto value = [this](const T *element) {
            return element ? std::optional<Value>(toValue(*element)) : std::nullopt;
        };
        const std::optional<Value> bv = value(b);
        const std::optional<Value> ov = value(o);
        const std::optional<Value> tv = value(t);
        const Value *bp = bv ? &*bv : nullptr;
        const Value *op = ov ? &*ov : nullptr;
        const Value *tp = tv ? &*tv : nullptr;
        // The element itself, not its value, goes on: it keeps what the value leaves out
        // (positions, comments, source locations).
        if (ValueMerge::same(op, tp) || ValueMerge::same(bp, tp)) {
            if (o)
                result->append(*o);
            return;
        }
        if (ValueMerge::same(bp, op)) {
            if (t)
                result->append(*t);
            return;
        }
        const std::optional<Value> merged
            = ValueMerge::mergeWhole(bp, op, tp, path, node, recorder);
        if (!merged)
            return;
        // A conflict: the value of the side picked, so that side's element.
        result->append(op && equivalent(*merged, *op) ? *o : *t);
    }
};

} // namespace Topologist
