// SPDX-License-Identifier: GPL-3.0-or-later
// Constraint clauses read from YAML and written back: what the reader and the input dialog
// share.
#include "yaml/constraintreader.h"
#include "yaml/yamlvaluereader.h"

#include <gtest/gtest.h>

using namespace Topologist;

namespace {

Value yaml(const char *text)
{
    Diagnostics diagnostics;
    const Value value
        = YamlValueReader().read(QByteArray(text), QStringLiteral("t.yml"), &diagnostics);
    EXPECT_TRUE(diagnostics.isEmpty());
    return value;
}

} // namespace

TEST(ConstraintReader, clausesReadBackAsTheyWereWritten)
{
    Diagnostics diagnostics;
    const Constraints read = ConstraintReader::read(
        yaml("[ { in_range: [1, 7] }, { valid_values: [a, b] }, { min_length: 2 } ]"),
        &diagnostics);
    EXPECT_TRUE(diagnostics.isEmpty());
    ASSERT_EQ(read.size(), 3);
    EXPECT_EQ(read[0].op, Constraint::Operator::InRange);
    EXPECT_EQ(read[1].op, Constraint::Operator::ValidValues);
    EXPECT_EQ(read[2].op, Constraint::Operator::MinLength);
    EXPECT_EQ(ConstraintReader::read(ConstraintReader::toValue(read), &diagnostics), read);
    EXPECT_TRUE(ConstraintReader::toValue({}).isNull());
}

TEST(ConstraintReader, whatIsNoClauseIsReportedAndLeftOut)
{
    Diagnostics diagnostics;
    const Constraints read = ConstraintReader::read(
        yaml("[ { in_rnage: [1, 7] }, { in_range: 3 }, { greater_than: 0 } ]"), &diagnostics);
    ASSERT_EQ(read.size(), 1);
    EXPECT_EQ(read[0].op, Constraint::Operator::GreaterThan);
    ASSERT_EQ(diagnostics.size(), 2);
    EXPECT_TRUE(diagnostics[0].message.contains(QStringLiteral("in_rnage")));
    EXPECT_TRUE(diagnostics[1].message.contains(QStringLiteral("in_range")));
}
