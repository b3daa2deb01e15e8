// SPDX-License-Identifier: GPL-3.0-or-later
#include "csar/csarpath.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

using Topologist::CsarPath;

namespace {

struct NameCase
{
    const char *label;
    QString name;
    bool allowDirectory;
    /// A word the refusal must contain, or empty when the name must pass.
    QString reasonContains;
};

void PrintTo(const NameCase &c, std::ostream *os)
{
    *os << c.label;
}

class CsarPathNames : public ::testing::TestWithParam<NameCase>
{
};

TEST_P(CsarPathNames, AcceptsOrRefuses)
{
    const NameCase &c = GetParam();
    const QString problem = CsarPath::problem(c.name, c.allowDirectory);
    if (c.reasonContains.isEmpty()) {
        EXPECT_TRUE(problem.isEmpty()) << problem.toStdString();
    } else {
        EXPECT_TRUE(problem.contains(c.reasonContains))
            << "problem: \"" << problem.toStdString() << "\"";
    }
}

INSTANTIATE_TEST_SUITE_P(
    Csar,
    CsarPathNames,
    ::testing::Values(
        NameCase{"PlainFile", QStringLiteral("topology.yml"), false, {}},
        NameCase{"NestedFile", QStringLiteral("artifacts/rexray_config.yml"), false, {}},
        NameCase{"Folder", QStringLiteral("scripts/"), true, {}},
        NameCase{"NonAscii", QStringLiteral("docs/caf\u00e9.md"), false, {}},
        NameCase{"DotsInsideName", QStringLiteral("a..b/..c.yml"), false, {}},
        NameCase{"FolderWhereFileExpected", QStringLiteral("scripts/"), false, QStringLiteral("/")},
        NameCase{"Empty", QString(), false, QStringLiteral("empty")},
        NameCase{"ParentSegment", QStringLiteral("../evil.txt"), false, QStringLiteral("..")},
        NameCase{"NestedParent", QStringLiteral("a/../../evil.txt"), false, QStringLiteral("..")},
        NameCase{"TrailingParent", QStringLiteral("a/.."), false, QStringLiteral("..")},
        NameCase{"AbsoluteUnix", QStringLiteral("/etc/passwd"), false, QStringLiteral("absolute")},
        NameCase{"DriveLetter", QStringLiteral("C:\\evil.txt"), false, QStringLiteral("absolute")},
        NameCase{"DriveRelative", QStringLiteral("C:evil.txt"), false, QStringLiteral("absolute")},
        NameCase{"Unc", QStringLiteral("\\\\server\\share\\x"), false, QStringLiteral("absolute")},
        NameCase{
            "Backslash", QStringLiteral("a\\..\\..\\evil.txt"), false, QStringLiteral("backslash")},
        NameCase{"AlternateStream", QStringLiteral("a.yml:hidden"), false, QStringLiteral("':'")},
        NameCase{"Nul",
                 QStringLiteral("a") + QChar(0) + QStringLiteral(".yml"),
                 false,
                 QStringLiteral("control")},
        NameCase{"Escape", QStringLiteral("a\x1b[2J.yml"), false, QStringLiteral("control")},
        NameCase{"DirectionOverride",
                 QStringLiteral("evil\u202Elmy.sh"),
                 false,
                 QStringLiteral("control")},
        NameCase{"InvalidUtf8", QStringLiteral("caf\uFFFD.txt"), false, QStringLiteral("UTF-8")},
        NameCase{"DoubleSlash", QStringLiteral("a//b.yml"), false, QStringLiteral("empty")},
        NameCase{"DotSegment", QStringLiteral("./a.yml"), false, QStringLiteral("\".\"")},
        NameCase{"DeviceName", QStringLiteral("scripts/nul.sh"), false, QStringLiteral("device")},
        NameCase{"DeviceNameUpper", QStringLiteral("COM1"), false, QStringLiteral("device")},
        NameCase{"TrailingDot", QStringLiteral("a./b.yml"), false, QStringLiteral("dot")},
        NameCase{"WindowsForbidden", QStringLiteral("what?.yml"), false, QStringLiteral("?")}),
    [](const ::testing::TestParamInfo<NameCase> &param) { return std::string(param.param.label); });

TEST(CsarPath, ClashKeyFoldsCaseAndUnicodeForm)
{
    EXPECT_EQ(CsarPath::clashKey(QStringLiteral("Topology.YML")),
              CsarPath::clashKey(QStringLiteral("topology.yml")));
    EXPECT_EQ(CsarPath::clashKey(QStringLiteral("caf\u00e9.md")),
              CsarPath::clashKey(QStringLiteral("cafe\u0301.md")));
    EXPECT_EQ(CsarPath::clashKey(QStringLiteral("scripts/")),
              CsarPath::clashKey(QStringLiteral("scripts")));
    EXPECT_NE(CsarPath::clashKey(QStringLiteral("a.yml")),
              CsarPath::clashKey(QStringLiteral("b.yml")));
}

TEST(CsarPath, FolderKeysAreTheFoldersAFileSitsIn)
{
    EXPECT_EQ(CsarPath::folderKeys(QStringLiteral("Scripts/Mesos/start.sh")),
              (QStringList{QStringLiteral("scripts"), QStringLiteral("scripts/mesos")}));
    EXPECT_EQ(CsarPath::folderKeys(QStringLiteral("scripts/")), QStringList());
    EXPECT_EQ(CsarPath::folderKeys(QStringLiteral("topology.yml")), QStringList());
}

TEST(CsarPath, PrintableEscapesWhatCouldHideOrRewriteText)
{
    EXPECT_EQ(CsarPath::printable(QStringLiteral("a\x1b[2J") + QChar(0) + QStringLiteral("b")),
              QStringLiteral("a\\x1b[2J\\x00b"));
    EXPECT_EQ(CsarPath::printable(QStringLiteral("evil\u202Elmy.sh")),
              QStringLiteral("evil\\u202elmy.sh"));
    EXPECT_EQ(CsarPath::printable(QStringLiteral("caf\u00e9.md")), QStringLiteral("caf\u00e9.md"));
}

} // namespace
