// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/valuemerge.h"

#include "diff/conflictrecorder.h"
#include "diff/valueequivalence.h"

namespace Topologist {

namespace {

std::optional<Value> copy(const Value *value)
{
    return value ? std::optional<Value>(*value) : std::nullopt;
}

Value orNull(const Value *value)
{
    return value ? *value : Value();
}

/// Only what one side changed: its value. Sets *decided to false when both changed it.
std::optional<Value>
oneSided(const Value *base, const Value *ours, const Value *theirs, bool *decided)
{
    *decided = true;
    if (ValueMerge::same(ours, theirs) || ValueMerge::same(base, theirs))
        return copy(ours);
    if (ValueMerge::same(base, ours))
        return copy(theirs);
    *decided = false;
    return std::nullopt;
}

std::optional<Value> conflict(const Value *base,
                              const Value *ours,
                              const Value *theirs,
                              const QStringList &path,
                              const QString &node,
                              ConflictRecorder &recorder)
{
    Conflict::Kind kind = Conflict::Kind::BothChanged;
    if (!base)
        kind = Conflict::Kind::BothAdded;
    else if (!ours)
        kind = Conflict::Kind::DeletedByOurs;
    else if (!theirs)
        kind = Conflict::Kind::DeletedByTheirs;
    const MergeSide side = recorder.decide(
        {kind, path, node, orNull(base), orNull(ours), orNull(theirs), std::nullopt});
    return copy(side == MergeSide::Ours ? ours : theirs);
}

Value mergeMaps(const Value *base,
                const Value &ours,
                const Value &theirs,
                const QStringList &path,
                const QString &node,
                ConflictRecorder &recorder)
{
    Value result = Value::map();
    const auto mergeKey = [&](const QString &key) {
        const std::optional<Value> merged = ValueMerge::merge(base ? base->find(key) : nullptr,
                                                              ours.find(key),
                                                              theirs.find(key),
                                                              path + QStringList{key},
                                                              node,
                                                              recorder);
        if (merged)
            result.entries().push_back({key, *merged, {}});
    };
    for (const Value::Entry &entry : ours.entries())
        mergeKey(entry.key);
    for (const Value::Entry &entry : theirs.entries()) {
        if (!ours.contains(entry.key))
            mergeKey(entry.key);
    }
    return result;
}

} // namespace

bool ValueMerge::same(const Value *a, const Value *b)
{
    if (!a || !b)
        return !a && !b;
    return equivalent(*a, *b);
}

std::optional<Value> ValueMerge::merge(const Value *base,
                                       const Value *ours,
                                       const Value *theirs,
                                       const QStringList &path,
                                       const QString &node,
                                       ConflictRecorder &recorder)
{
    bool decided = false;
    std::optional<Value> result = oneSided(base, ours, theirs, &decided);
    if (decided)
        return result;
    if (ours && theirs && ours->isMap() && theirs->isMap() && (!base || base->isMap()))
        return mergeMaps(base, *ours, *theirs, path, node, recorder);
    return conflict(base, ours, theirs, path, node, recorder);
}

std::optional<Value> ValueMerge::mergeWhole(const Value *base,
                                            const Value *ours,
                                            const Value *theirs,
                                            const QStringList &path,
                                            const QString &node,
                                            ConflictRecorder &recorder)
{
    bool decided = false;
    std::optional<Value> result = oneSided(base, ours, theirs, &decided);
    if (decided)
        return result;
    return conflict(base, ours, theirs, path, node, recorder);
}

QString ValueMerge::mergeText(const QString &base,
                              const QString &ours,
                              const QString &theirs,
                              const QStringList &path,
                              const QString &node,
                              ConflictRecorder &recorder)
{
    const auto present = [](const QString &text) {
        return text.isEmpty() ? std::nullopt : std::optional<Value>(Value::scalar(text));
    };
    const std::optional<Value> b = present(base);
    const std::optional<Value> o = present(ours);
    const std::optional<Value> t = present(theirs);
    const std::optional<Value> merged
        = mergeWhole(b ? &*b : nullptr, o ? &*o : nullptr, t ? &*t : nullptr, path, node, recorder);
    return merged ? merged->text() : QString();
}

} // namespace Topologist
