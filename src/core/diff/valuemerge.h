// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Topologist {

class ConflictRecorder;

/// The three-way merge of one value. A side that left the value as it was in the base takes
/// the other side's; maps merge key by key, so two sides that set different keys both count;
/// anything else both sides changed differently is a conflict. A null pointer is an absent
/// value (never set, or deleted), and so is the std::nullopt this returns.
class ValueMerge
{
public:
    static std::optional<Value> merge(const Value *base,
                                      const Value *ours,
                                      const Value *theirs,
                                      const QStringList &path,
                                      const QString &node,
                                      ConflictRecorder &recorder);
    /// For fields that are always there: empty text counts as absent.
    static QString mergeText(const QString &base,
                             const QString &ours,
                             const QString &theirs,
                             const QStringList &path,
                             const QString &node,
                             ConflictRecorder &recorder);
    /// A value merged as a whole, never key by key (elements that are one thing to the user).
    static std::optional<Value> mergeWhole(const Value *base,
                                           const Value *ours,
                                           const Value *theirs,
                                           const QStringList &path,
                                           const QString &node,
                                           ConflictRecorder &recorder);

    /// Both absent, or both there and equivalent.
    static bool same(const Value *a, const Value *b);
};

} // namespace Topologist
