// SPDX-License-Identifier: GPL-3.0-or-later
// Three-way merge of single values: one-sided changes win, maps merge key by key, and what
// both sides changed differently is a conflict that takes the chosen side.
#include "diff/conflictrecorder.h"
#include "diff/valueequivalence.h"
#include "diff/valuejson.h"
#include "diff/valuemerge.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

using namespace Topologist;

namespace {

Value s(const char *text)
{
    return Value::scalar(QString::fromUtf8(text));
}

Value mapOf(std::initializer_list<std::pair<const char *, Value>> entries)
{
    Value map = Value::map();
    for (const auto &[key, value] : entries)
        map.insert(QString::fromUtf8(key), value);
    return map;
}

const QStringList path{QStringLiteral("properties")};

} // namespace

TEST(ValueMerge, OneSidedChangeWins)
{
    const MergeChoices none;
    ConflictRecorder recorder(none);
    const Value base = s("1");
    const Value changed = s("2");
    EXPECT_EQ(ValueMerge::merge(&base, &base, &changed, path, {}, recorder)->text(), "2");
    EXPECT_EQ(ValueMerge::merge(&base, &changed, &base, path, {}, recorder)->text(), "2");
    EXPECT_FALSE(ValueMerge::merge(&base, nullptr, &base, path, {}, recorder));
    EXPECT_TRUE(recorder.conflicts().isEmpty());
}

TEST(ValueMerge, MapsMergeKeyByKeyWhateverTheOrder)
{
    const MergeChoices none;
    ConflictRecorder recorder(none);
    const Value base = mapOf({{"a", s("1")}, {"b", s("1")}});
    const Value ours = mapOf({{"b", s("1")}, {"a", s("2")}});
    const Value theirs = mapOf({{"a", s("1")}, {"b", s("1")}, {"c", s("3")}});
    const std::optional<Value> merged
        = ValueMerge::merge(&base, &ours, &theirs, path, {}, recorder);
    ASSERT_TRUE(merged);
    EXPECT_TRUE(equivalent(*merged, mapOf({{"a", s("2")}, {"b", s("1")}, {"c", s("3")}})))
        << merged->toDisplayString().toStdString();
    EXPECT_TRUE(recorder.conflicts().isEmpty());
}

TEST(ValueMerge, BothChangedIsAConflictTakingTheChosenSide)
{
    const Value base = mapOf({{"port", s("5050")}});
    const Value ours = mapOf({{"port", s("5051")}});
    const Value theirs = mapOf({{"port", s("5052")}});

    const MergeChoices none;
    ConflictRecorder unresolved(none);
    const std::optional<Value> kept
        = ValueMerge::merge(&base, &ours, &theirs, path, {}, unresolved);
    ASSERT_EQ(unresolved.conflicts().size(), 1);
    const Conflict &conflict = unresolved.conflicts().first();
    EXPECT_EQ(conflict.kind, Conflict::Kind::BothChanged);
    EXPECT_EQ(conflict.id(), "properties/port");
    EXPECT_EQ(conflict.ours.text(), "5051");
    EXPECT_EQ(conflict.theirs.text(), "5052");
    EXPECT_FALSE(conflict.isResolved());
    EXPECT_EQ(kept->value(QStringLiteral("port")).text(), "5051");

    const MergeChoices theirsChosen{{QStringLiteral("properties/port"), MergeSide::Theirs}};
    ConflictRecorder resolved(theirsChosen);
    const std::optional<Value> taken = ValueMerge::merge(&base, &ours, &theirs, path, {}, resolved);
    ASSERT_EQ(resolved.conflicts().size(), 1);
    EXPECT_TRUE(resolved.conflicts().first().isResolved());
    EXPECT_EQ(taken->value(QStringLiteral("port")).text(), "5052");
}

TEST(ValueMerge, DeletedOnOneSideChangedOnTheOther)
{
    const MergeChoices none;
    ConflictRecorder recorder(none);
    const Value base = mapOf({{"port", s("5050")}});
    const Value deleted = Value::map();
    const Value changed = mapOf({{"port", s("6000")}});
    ValueMerge::merge(&base, &deleted, &changed, path, {}, recorder);
    ValueMerge::merge(&base, &changed, &deleted, path, {}, recorder);
    ASSERT_EQ(recorder.conflicts().size(), 2);
    EXPECT_EQ(recorder.conflicts()[0].kind, Conflict::Kind::DeletedByOurs);
    EXPECT_EQ(recorder.conflicts()[1].kind, Conflict::Kind::DeletedByTheirs);
}

TEST(ValueJson, RoundTripKeepsFunctionsAndNesting)
{
    const Value value
        = mapOf({{"url", Value::function(QStringLiteral("get_attribute"), {s("Master"), s("ip")})},
                 {"list", Value::list({s("a"), mapOf({{"b", s("c")}})})},
                 {"none", Value()}});
    const Value back = ValueJson::fromJson(ValueJson::toJson(value));
    EXPECT_TRUE(equivalent(back, value)) << back.toDisplayString().toStdString();
    EXPECT_TRUE(back.value(QStringLiteral("url")).isFunction());
}
