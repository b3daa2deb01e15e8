// SPDX-License-Identifier: GPL-3.0-or-later
// YamlValueReader is where untrusted bytes meet yaml-cpp. Every hostile or broken input must end
// as one diagnostic naming the file, line and column, never as an exception, a crash, a hang or
// an out-of-memory kill. Large inputs are generated into a temporary folder, never committed.
#include "standardtoscagenerator.h"
#include "testhelpers.h"
#include "testpaths.h"
#include "topologygenerator.h"

#include "yaml/yamlvaluereader.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

/// Reads `bytes` and expects exactly one error with `code` at `line`:`column` (column 0 means
/// "any column").
void expectSingleError(const QByteArray &bytes, const QString &code, int line, int column)
{
    Diagnostics diagnostics;
    const Value value = YamlValueReader().read(bytes, QStringLiteral("input.yml"), &diagnostics);
    EXPECT_TRUE(value.isNull());
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    const Diagnostic &d = diagnostics.first();
    EXPECT_EQ(d.severity, Severity::Error);
    EXPECT_EQ(d.code, code) << describe(diagnostics);
    EXPECT_EQ(d.location.file, QStringLiteral("input.yml"));
    EXPECT_EQ(d.location.line, line) << describe(diagnostics);
    if (column > 0)
        EXPECT_EQ(d.location.column, column) << describe(diagnostics);
    else
        EXPECT_GE(d.location.column, 1) << describe(diagnostics);
}

QByteArray repeated(const QByteArray &unit, int count)
{
    QByteArray result;
    result.reserve(unit.size() * count);
    for (int i = 0; i < count; ++i)
        result += unit;
    return result;
}

constexpr int Deep = 100000;

} // namespace

TEST(YamlValueReader, KeepsLinesColumnsAndQuoting)
{
    const QByteArray yaml = "a: 1\n"
                            "b:\n"
                            "  - \"5050\"\n"
                            "  - 14.04\n";
    Diagnostics diagnostics;
    const Value root = YamlValueReader().read(yaml, QStringLiteral("x.yml"), &diagnostics);
    ASSERT_TRUE(diagnostics.isEmpty()) << describe(diagnostics);
    ASSERT_TRUE(root.isMap());
    EXPECT_EQ(root.keys(), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_EQ(root.entries()[1].keyLocation, (SourceLocation{QStringLiteral("x.yml"), 2, 1}));
    const Value b = root.value(QStringLiteral("b"));
    ASSERT_TRUE(b.isList());
    ASSERT_EQ(b.items().size(), 2u);
    EXPECT_TRUE(b.items()[0].isQuoted());
    EXPECT_EQ(b.items()[0].text(), QStringLiteral("5050"));
    EXPECT_FALSE(b.items()[1].isQuoted());
    // Kept as written, not as the double 14.0399999...
    EXPECT_EQ(b.items()[1].text(), QStringLiteral("14.04"));
    EXPECT_EQ(b.items()[1].location(), (SourceLocation{QStringLiteral("x.yml"), 4, 5}));
}

TEST(YamlValueReader, AcceptsUtf8ByteOrderMarkAndText)
{
    Diagnostics diagnostics;
    const Value root = YamlValueReader().read(
        "\xEF\xBB\xBFname: Caf\xC3\xA9 \xE2\x9C\x93\n", QStringLiteral("bom.yml"), &diagnostics);
    ASSERT_TRUE(diagnostics.isEmpty()) << describe(diagnostics);
    EXPECT_EQ(root.value(QStringLiteral("name")).text(), QStringLiteral("Caf\u00e9 \u2713"));
}

TEST(YamlValueReader, SyntaxErrorNamesLineAndColumn)
{
    // The flow sequence opened at column 24 is closed by a '}' at column 30.
    Diagnostics diagnostics;
    const QString path = dataPath(QStringLiteral("invalid/bad-syntax.yml"));
    YamlValueReader().readFile(path, &diagnostics);
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-YAML-001"));
    EXPECT_EQ(diagnostics[0].location, (SourceLocation{path, 10, 30}));
}

TEST(YamlValueReader, UnterminatedQuoteIsASyntaxError)
{
    expectSingleError("a: 1\nb: \"never closed\n", QStringLiteral("TOPO-YAML-001"), 2, 0);
}

TEST(YamlValueReader, UnterminatedQuoteDoesNotSwallowTheRestOfTheFile)
{
    // yaml-cpp 0.7 reads this as `description: "oops imports: - a:1 topology_template:"`.
    expectSingleError("tosca_definitions_version: alien_dsl_1_4_0\n"
                      "description: \"oops\n"
                      "imports:\n"
                      "  - a:1\n"
                      "topology_template:\n",
                      QStringLiteral("TOPO-YAML-001"),
                      2,
                      14);
    expectSingleError("a: 'it''s not closed\nb: 1\n", QStringLiteral("TOPO-YAML-001"), 1, 4);
    expectSingleError("a: &anchor \"x\nb: 1\n", QStringLiteral("TOPO-YAML-001"), 1, 0);
    expectSingleError("\"key\n: 1\n", QStringLiteral("TOPO-YAML-001"), 1, 1);
    // Closed ones, with escapes and quotes of the other kind inside, are fine.
    Diagnostics diagnostics;
    const Value root = YamlValueReader().read(
        "a: \"say \\\"hi\\\" it's\"\nb: 'it''s \"ok\"'\nc: \"multi\n  line\"\n",
        QStringLiteral("ok.yml"),
        &diagnostics);
    ASSERT_TRUE(diagnostics.isEmpty()) << describe(diagnostics);
    EXPECT_EQ(root.value(QStringLiteral("a")).text(), QStringLiteral("say \"hi\" it's"));
    EXPECT_EQ(root.value(QStringLiteral("b")).text(), QStringLiteral("it's \"ok\""));
    EXPECT_EQ(root.value(QStringLiteral("c")).text(), QStringLiteral("multi line"));
}

TEST(YamlValueReader, ContentAfterTheDocumentIsReported)
{
    // yaml-cpp ignores whatever follows the first document's root node.
    expectSingleError("\"just a string\"\ntosca_definitions_version: alien_dsl_1_4_0\n",
                      QStringLiteral("TOPO-YAML-008"),
                      2,
                      1);
    expectSingleError("a: 1\n---\nb: 2\n", QStringLiteral("TOPO-YAML-008"), 3, 1);
    // A document marker around a single document, or a trailing empty one, is fine.
    for (const char *ok : {"---\na: 1\n", "---\na: 1\n...\n", "a: 1\n---\n"}) {
        Diagnostics diagnostics;
        const Value root = YamlValueReader().read(ok, QStringLiteral("ok.yml"), &diagnostics);
        EXPECT_TRUE(diagnostics.isEmpty()) << ok << describe(diagnostics);
        EXPECT_EQ(root.value(QStringLiteral("a")).text(), QStringLiteral("1"));
    }
}

TEST(YamlValueReader, TabIndentationIsASyntaxError)
{
    expectSingleError("a:\n  b: 1\n\tc: 2\n", QStringLiteral("TOPO-YAML-001"), 3, 0);
}

// Alien4Cloud reads these files with SnakeYAML, which keeps the later value: so does the reader,
// with a warning that names both lines.
TEST(YamlValueReader, RepeatedKeyLaterValueWinsWithAWarningNamingBothLines)
{
    Diagnostics diagnostics;
    const QString path = dataPath(QStringLiteral("invalid/duplicate-key.yml"));
    const Value root = YamlValueReader().readFile(path, &diagnostics);
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-YAML-002"));
    EXPECT_EQ(diagnostics[0].severity, Severity::Warning);
    EXPECT_EQ(diagnostics[0].location, (SourceLocation{path, 14, 9}));
    EXPECT_TRUE(diagnostics[0].message.contains(QStringLiteral("'port'")));
    EXPECT_TRUE(diagnostics[0].message.contains(QStringLiteral("lines 12 and 14")))
        << diagnostics[0].message.toStdString();
    const Value properties = root.value(QStringLiteral("topology_template"))
                                 .value(QStringLiteral("node_templates"))
                                 .value(QStringLiteral("MesosMaster"))
                                 .value(QStringLiteral("properties"));
    // The later value, in the place of the first key, and no second entry.
    EXPECT_EQ(properties.keys(), (QStringList{QStringLiteral("port"), QStringLiteral("work_dir")}));
    EXPECT_EQ(properties.value(QStringLiteral("port")).text(), QStringLiteral("5051"));
    EXPECT_EQ(properties.value(QStringLiteral("port")).location().line, 14);
}

TEST(YamlValueReader, RepeatedKeyInFlowMapping)
{
    Diagnostics diagnostics;
    const Value root = YamlValueReader().read(
        "root: {a: 1, b: 2, a: 3}\n", QStringLiteral("f.yml"), &diagnostics);
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-YAML-002"));
    EXPECT_EQ(diagnostics[0].severity, Severity::Warning);
    EXPECT_EQ(diagnostics[0].location, (SourceLocation{QStringLiteral("f.yml"), 1, 20}));
    EXPECT_EQ(root.value(QStringLiteral("root")).value(QStringLiteral("a")).text(),
              QStringLiteral("3"));
}

TEST(YamlValueReader, RepeatedKeyInALargeMapIsFoundAndNamesTheFirstLineEachTime)
{
    // Large maps look keys up through an index: a repeat is still found, and a key written
    // three times is reported twice against its first line.
    QByteArray yaml;
    for (int i = 1; i <= 40; ++i)
        yaml += "key" + QByteArray::number(i) + ": " + QByteArray::number(i) + "\n";
    yaml += "key3: again\nkey3: last\n";
    Diagnostics diagnostics;
    const Value root = YamlValueReader().read(yaml, QStringLiteral("big.yml"), &diagnostics);
    ASSERT_EQ(diagnostics.size(), 2) << describe(diagnostics);
    EXPECT_TRUE(diagnostics[0].message.contains(QStringLiteral("lines 3 and 41")))
        << diagnostics[0].message.toStdString();
    EXPECT_TRUE(diagnostics[1].message.contains(QStringLiteral("lines 3 and 42")))
        << diagnostics[1].message.toStdString();
    EXPECT_EQ(root.entries().size(), 40u);
    EXPECT_EQ(root.entries()[2].key, QStringLiteral("key3"));
    EXPECT_EQ(root.value(QStringLiteral("key3")).text(), QStringLiteral("last"));
    EXPECT_EQ(root.entries()[2].keyLocation.line, 42);
}

TEST(YamlValueReader, RepeatedTextsAreOneString)
{
    // Issue 13: the same key or type name read thousands of times is one allocation.
    const QByteArray yaml = "- type: tosca.nodes.Compute\n"
                            "- type: tosca.nodes.Compute\n"
                            "- { type: tosca.nodes.Compute }\n";
    Diagnostics diagnostics;
    const Value root = YamlValueReader().read(yaml, QStringLiteral("s.yml"), &diagnostics);
    ASSERT_TRUE(diagnostics.isEmpty()) << describe(diagnostics);
    ASSERT_EQ(root.items().size(), 3u);
    const Value::Entry &first = root.items()[0].entries().front();
    for (const Value &item : root.items()) {
        const Value::Entry &entry = item.entries().front();
        EXPECT_EQ(entry.key.constData(), first.key.constData());
        EXPECT_EQ(entry.value.text().constData(), first.value.text().constData());
        EXPECT_EQ(entry.value.text(), QStringLiteral("tosca.nodes.Compute"));
    }
}

namespace {

/// Every value and key under @p value has a line and column in @p file.
void expectEveryPosition(const Value &value, const QString &file, int *checked)
{
    ++*checked;
    ASSERT_EQ(value.location().file, file);
    ASSERT_GE(value.location().line, 1);
    ASSERT_GE(value.location().column, 1);
    for (const Value &item : value.items())
        expectEveryPosition(item, file, checked);
    for (const Value::Entry &entry : value.entries()) {
        ASSERT_EQ(entry.keyLocation.file(), file);
        ASSERT_GE(entry.keyLocation.line, 1);
        ASSERT_GE(entry.keyLocation.column, 1);
        expectEveryPosition(entry.value, file, checked);
    }
}

} // namespace

TEST(YamlValueReader, EveryValueOfALargeTopologyKeepsItsPosition)
{
    const QByteArray yaml = StandardToscaGenerator(200).yaml();
    Diagnostics diagnostics;
    const Value root = YamlValueReader().read(yaml, QStringLiteral("shops.yml"), &diagnostics);
    ASSERT_TRUE(diagnostics.isEmpty()) << describe(diagnostics);
    int checked = 0;
    expectEveryPosition(root, QStringLiteral("shops.yml"), &checked);
    EXPECT_GT(checked, 200 * 10);
    // And the right one: the type of the last database, on the line after its name.
    const QList<QByteArray> lines = yaml.split('\n');
    const int nameLine = int(lines.indexOf("    Database_19:")) + 1;
    ASSERT_GT(nameLine, 0);
    const Value nodes
        = root.value(QStringLiteral("topology_template")).value(QStringLiteral("node_templates"));
    const Value::Entry *database = nullptr;
    for (const Value::Entry &entry : nodes.entries()) {
        if (entry.key == QLatin1String("Database_19"))
            database = &entry;
    }
    ASSERT_NE(database, nullptr);
    EXPECT_EQ(database->keyLocation.line, nameLine);
    EXPECT_EQ(database->keyLocation.column, 5);
    EXPECT_EQ(database->value.value(QStringLiteral("type")).location(),
              (SourceLocation{QStringLiteral("shops.yml"), nameLine + 1, 13}));
}

TEST(YamlValueReader, RepeatedTopLevelSectionKeepsTheLaterOne)
{
    Diagnostics diagnostics;
    const Value root
        = YamlValueReader().read("description: first\nimports: []\ndescription:\n  later: [1, 2]\n",
                                 QStringLiteral("f.yml"),
                                 &diagnostics);
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].severity, Severity::Warning);
    EXPECT_EQ(diagnostics[0].location.line, 3);
    EXPECT_TRUE(diagnostics[0].message.contains(QStringLiteral("lines 1 and 3")));
    EXPECT_EQ(root.keys(), (QStringList{QStringLiteral("description"), QStringLiteral("imports")}));
    EXPECT_TRUE(root.value(QStringLiteral("description")).isMap());
}

TEST(YamlValueReader, KeyRepeatedThreeTimesWarnsTwiceAgainstTheFirstLine)
{
    Diagnostics diagnostics;
    const Value root = YamlValueReader().read(
        "a:\n  x: 1\n  x: 2\n  y: 0\n  x: 3\n", QStringLiteral("f.yml"), &diagnostics);
    ASSERT_EQ(diagnostics.size(), 2) << describe(diagnostics);
    EXPECT_TRUE(diagnostics[0].message.contains(QStringLiteral("lines 2 and 3")));
    EXPECT_TRUE(diagnostics[1].message.contains(QStringLiteral("lines 2 and 5")));
    const Value a = root.value(QStringLiteral("a"));
    EXPECT_EQ(a.keys(), (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
    EXPECT_EQ(a.value(QStringLiteral("x")).text(), QStringLiteral("3"));
}

TEST(YamlValueReader, SameKeyInSiblingMappingsIsNotRepeated)
{
    Diagnostics diagnostics;
    YamlValueReader().read("a: {x: 1}\nb: {x: 2}\n", QStringLiteral("f.yml"), &diagnostics);
    EXPECT_TRUE(diagnostics.isEmpty()) << describe(diagnostics);
}

TEST(YamlValueReader, ColumnsCountCharactersAfterNonAsciiText)
{
    // yaml-cpp counts bytes; "é" is two of them but one column in an editor.
    Diagnostics diagnostics;
    YamlValueReader().read(
        "x: {\xC3\xA9\xC3\xA9: 1, b: 2, b: 3}\n", QStringLiteral("f.yml"), &diagnostics);
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].location, (SourceLocation{QStringLiteral("f.yml"), 1, 18}));
    // A syntax error (the second ':') after an accented word: the same column as with "Cafe".
    diagnostics.clear();
    YamlValueReader().read("a: 1\nname: Caf\xC3\xA9: x\n", QStringLiteral("f.yml"), &diagnostics);
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-YAML-001"));
    EXPECT_EQ(diagnostics[0].location, (SourceLocation{QStringLiteral("f.yml"), 2, 11}));
    // And the locations values keep.
    diagnostics.clear();
    const Value root = YamlValueReader().read(
        "\xC3\xA9t\xC3\xA9: {k: v}\n", QStringLiteral("f.yml"), &diagnostics);
    ASSERT_TRUE(diagnostics.isEmpty()) << describe(diagnostics);
    EXPECT_EQ(root.value(QStringLiteral("\u00e9t\u00e9")).location(),
              (SourceLocation{QStringLiteral("f.yml"), 1, 6}));
}

TEST(YamlValueReader, ComplexMappingKeyIsReported)
{
    Diagnostics diagnostics;
    YamlValueReader().read("? [a, b]\n: 1\n", QStringLiteral("k.yml"), &diagnostics);
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-YAML-006"));
    EXPECT_EQ(diagnostics[0].location.line, 1);
}

TEST(YamlValueReader, Latin1FileIsNotUtf8)
{
    // "description: Caf\xe9 topology" on line 3: the é is the 17th character.
    Diagnostics diagnostics;
    const QString path = dataPath(QStringLiteral("invalid/latin1.yml"));
    YamlValueReader().readFile(path, &diagnostics);
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-YAML-003"));
    EXPECT_EQ(diagnostics[0].location, (SourceLocation{path, 3, 17}));
}

TEST(YamlValueReader, Utf8ColumnsCountCharactersNotBytes)
{
    // Two 2-byte and one 3-byte characters before the bad byte: column 5, not 8.
    expectSingleError(
        "ok: 1\n\xC3\xA9\xC3\xA9\xE2\x9C\x93x\xFF\n", QStringLiteral("TOPO-YAML-003"), 2, 5);
}

TEST(YamlValueReader, OverlongSurrogateAndTruncatedSequencesAreNotUtf8)
{
    expectSingleError("a: \xC0\xAF\n", QStringLiteral("TOPO-YAML-003"), 1, 4);     // overlong '/'
    expectSingleError("a: \xED\xA0\x80\n", QStringLiteral("TOPO-YAML-003"), 1, 4); // surrogate
    expectSingleError("a: b\xE2\x9C", QStringLiteral("TOPO-YAML-003"), 1, 5);      // cut short
    expectSingleError(QByteArray("a: b\0c\n", 7), QStringLiteral("TOPO-YAML-003"), 1, 5);
}

TEST(YamlValueReader, EmptyFile)
{
    Diagnostics diagnostics;
    const QString path = dataPath(QStringLiteral("invalid/empty.yml"));
    YamlValueReader().readFile(path, &diagnostics);
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-YAML-007"));
    EXPECT_EQ(diagnostics[0].location, (SourceLocation{path, 1, 1}));
}

TEST(YamlValueReader, BlankFileIsEmpty)
{
    expectSingleError("  \n\n\t\n", QStringLiteral("TOPO-YAML-007"), 1, 1);
}

TEST(YamlValueReader, FileWithOnlyCommentsIsEmpty)
{
    // It parses as "no document"; the reader must still say so, or callers report nothing.
    Diagnostics diagnostics;
    const QString path = dataPath(QStringLiteral("invalid/comments-only.yml"));
    YamlValueReader().readFile(path, &diagnostics);
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-YAML-007"));
    EXPECT_EQ(diagnostics[0].location, (SourceLocation{path, 1, 1}));
}

TEST(YamlValueReader, MissingFileNamesTheFile)
{
    Diagnostics diagnostics;
    const QString path = dataPath(QStringLiteral("invalid/does-not-exist.yml"));
    YamlValueReader().readFile(path, &diagnostics);
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-FILE-001"));
    EXPECT_EQ(diagnostics[0].location.file, path);
}

TEST(YamlValueReader, FiftyMegabytesOfRandomBytes)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QByteArray bytes(50 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator random(20240601); // fixed seed: a failure can be reproduced
    random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    const QString path = dir.filePath(QStringLiteral("random.yml"));
    ASSERT_TRUE(writeFile(path, bytes));

    Diagnostics diagnostics;
    const Value value = YamlValueReader().readFile(path, &diagnostics);
    EXPECT_TRUE(value.isNull());
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-YAML-003"));
    EXPECT_EQ(diagnostics[0].location.file, path);
    EXPECT_GE(diagnostics[0].location.line, 1);
    EXPECT_GE(diagnostics[0].location.column, 1);
}

namespace {

/// `size` random characters of YAML's indicators, letters and line breaks.
QByteArray randomText(qsizetype size, quint32 seed)
{
    static const char alphabet[] = "abcXYZ019 :-,[]{}#&*!|>'\"%@`?\n\n\n";
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed); // fixed seed: a failure can be reproduced
    random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    for (char &c : bytes)
        c = alphabet[uchar(c) % (sizeof(alphabet) - 1)];
    return bytes;
}

} // namespace

TEST(YamlValueReader, FiftyMegabytesOfRandomPrintableText)
{
    // Valid UTF-8, so it gets past the encoding check.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("random-text.yml"));
    ASSERT_TRUE(writeFile(path, randomText(50 * 1024 * 1024, 7)));

    Diagnostics diagnostics;
    YamlValueReader().readFile(path, &diagnostics);
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].location.file, path);
    EXPECT_GE(diagnostics[0].location.line, 1) << describe(diagnostics);
}

TEST(YamlValueReader, RandomTextReachesTheParserAndFailsCleanly)
{
    // Small enough for the parser to see it all: whatever yaml-cpp makes of it, the result is a
    // value or one diagnostic with a place, never an exception or a crash.
    for (quint32 seed = 1; seed <= 20; ++seed) {
        Diagnostics diagnostics;
        const Value value = YamlValueReader().read(
            randomText(64 * 1024, seed), QStringLiteral("r.yml"), &diagnostics);
        ASSERT_LE(diagnostics.size(), 1) << seed << describe(diagnostics);
        if (diagnostics.isEmpty()) {
            EXPECT_FALSE(value.isNull()) << seed;
            continue;
        }
        EXPECT_TRUE(value.isNull()) << seed;
        EXPECT_EQ(diagnostics[0].severity, Severity::Error);
        EXPECT_GE(diagnostics[0].location.line, 1) << seed << describe(diagnostics);
    }
}

TEST(YamlValueReader, DeeplyNestedFlowSequences)
{
    // All on line 1: the diagnostic must point there, not past the end of the file.
    const QByteArray yaml = repeated("[", Deep) + repeated("]", Deep) + '\n';
    expectSingleError(yaml, QStringLiteral("TOPO-YAML-004"), 1, 0);
}

TEST(YamlValueReader, DeeplyNestedFlowMappings)
{
    const QByteArray yaml = repeated("{a: ", Deep) + "1" + repeated("}", Deep) + '\n';
    expectSingleError(yaml, QStringLiteral("TOPO-YAML-004"), 1, 0);
}

TEST(YamlValueReader, DeeplyNestedBlockSequences)
{
    const QByteArray yaml = repeated("- ", Deep) + "x\n";
    expectSingleError(yaml, QStringLiteral("TOPO-YAML-004"), 1, 0);
}

TEST(YamlValueReader, DeeplyNestedBlockMappings)
{
    // Indentation grows by one column per level; yaml-cpp gives up long before 100,000.
    QByteArray yaml;
    for (int i = 0; i < 5000; ++i)
        yaml += QByteArray(i, ' ') + "a:\n";
    Diagnostics diagnostics;
    YamlValueReader().read(yaml, QStringLiteral("input.yml"), &diagnostics);
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-YAML-004"));
    EXPECT_GT(diagnostics[0].location.line, 1);
    EXPECT_LE(diagnostics[0].location.line, 5000);
}

TEST(YamlValueReader, NestingUnderTheLimitIsRead)
{
    const QByteArray yaml = "a: " + repeated("[", 100) + "x" + repeated("]", 100) + '\n';
    Diagnostics diagnostics;
    const Value root = YamlValueReader().read(yaml, QStringLiteral("ok.yml"), &diagnostics);
    ASSERT_TRUE(diagnostics.isEmpty()) << describe(diagnostics);
    Value v = root.value(QStringLiteral("a"));
    int depth = 0;
    while (v.isList()) {
        ASSERT_EQ(v.items().size(), 1u);
        v = v.items().front();
        ++depth;
    }
    EXPECT_EQ(depth, 100);
    EXPECT_EQ(v.text(), QStringLiteral("x"));
}

TEST(YamlValueReader, BillionLaughsAliasBomb)
{
    // Nine levels of nine aliases: 9^9 (387 million) strings from 700 bytes.
    QByteArray yaml
        = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    const char names[] = "abcdefghi";
    for (int i = 1; i < 9; ++i) {
        const QByteArray alias = QByteArray("*") + names[i - 1];
        yaml += QByteArray(1, names[i]) + ": &" + names[i] + " [" + repeated(alias + ",", 8) + alias
                + "]\n";
    }
    // Refused at the first alias whose copy would pass the budget (the first *d of line 5),
    // long before 387 million values, and before that copy is made.
    expectSingleError(yaml, QStringLiteral("TOPO-YAML-005"), 5, 8);
}

TEST(YamlValueReader, AliasAmplificationOfASmallFileIsRefused)
{
    // Three levels of 64 aliases: 262,000 values from a file of under a kilobyte. Below any
    // absolute value limit, but no TOSCA file needs aliases to multiply it a hundredfold.
    QByteArray yaml = "l0: &l0 [" + repeated("x,", 63) + "x]\n";
    for (int i = 1; i < 3; ++i) {
        const QByteArray alias = "*l" + QByteArray::number(i - 1);
        yaml += "l" + QByteArray::number(i) + ": &l" + QByteArray::number(i) + " ["
                + repeated(alias + ",", 63) + alias + "]\n";
    }
    ASSERT_LT(yaml.size(), 1024);
    Diagnostics diagnostics;
    const Value root = YamlValueReader().read(yaml, QStringLiteral("input.yml"), &diagnostics);
    EXPECT_TRUE(root.isNull());
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-YAML-005"));
    EXPECT_GE(diagnostics[0].location.line, 1);
}

TEST(YamlValueReader, ModestAliasUseIsExpanded)
{
    const QByteArray yaml = "defaults: &defaults {cpu: 1, mem: 512}\n"
                            "a: *defaults\n"
                            "b: *defaults\n";
    Diagnostics diagnostics;
    const Value root = YamlValueReader().read(yaml, QStringLiteral("alias.yml"), &diagnostics);
    ASSERT_TRUE(diagnostics.isEmpty()) << describe(diagnostics);
    EXPECT_EQ(root.value(QStringLiteral("b")).value(QStringLiteral("mem")).text(),
              QStringLiteral("512"));
}

TEST(YamlValueReader, FileOverTheSizeLimit)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.yml"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.write("tosca_definitions_version: alien_dsl_1_4_0\n") > 0);
    // Sparse: 64 MiB + 1 byte on disk costs nothing to create.
    ASSERT_TRUE(file.resize(YamlValueReader::MaxFileBytes + 1));
    file.close();

    Diagnostics diagnostics;
    const Value value = YamlValueReader().readFile(path, &diagnostics);
    EXPECT_TRUE(value.isNull());
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-FILE-002"));
    // A location tools can jump to, like every other diagnostic about a file's content.
    EXPECT_EQ(diagnostics[0].location, (SourceLocation{path, 1, 1}));
}

TEST(YamlValueReader, LargeValidBlockListUnderTheSizeLimit)
{
    // 48 MB of "- a": valid YAML below the 64 MiB limit, but 12 million values. yaml-cpp needs
    // about half a kilobyte per node, so reading it whole would take gigabytes; it must be
    // refused before the parser builds anything.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("list.yml"));
    ASSERT_TRUE(writeFile(path, QByteArray("- a\n").repeated(12 * 1024 * 1024)));

    Diagnostics diagnostics;
    const Value value = YamlValueReader().readFile(path, &diagnostics);
    EXPECT_TRUE(value.isNull());
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-YAML-005"));
    EXPECT_EQ(diagnostics[0].location.file, path);
    EXPECT_GE(diagnostics[0].location.line, 1);
}

TEST(YamlValueReader, LargeFlowListUnderTheSizeLimit)
{
    // yaml-cpp tokenizes a whole flow collection before parsing it (~300 bytes per token).
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("flow.yml"));
    ASSERT_TRUE(writeFile(path, "[" + QByteArray("a,").repeated(8 * 1024 * 1024) + "a]\n"));

    Diagnostics diagnostics;
    YamlValueReader().readFile(path, &diagnostics);
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-YAML-005"));
    EXPECT_EQ(diagnostics[0].location.line, 1);
}

TEST(YamlValueReader, FiftyThousandNodeTopologyIsRead)
{
    // Some two million values in 36 MB: more than the million any document may hold, but a
    // real topology's worth of text per value (issue 13: it was refused with TOPO-YAML-005).
    const QByteArray yaml = TopologyGenerator(50000).yaml();
    Diagnostics diagnostics;
    const Value root = YamlValueReader().read(yaml, QStringLiteral("mesos.yml"), &diagnostics);
    ASSERT_TRUE(diagnostics.isEmpty()) << describe(diagnostics);
    const Value nodes
        = root.value(QStringLiteral("topology_template")).value(QStringLiteral("node_templates"));
    EXPECT_EQ(nodes.entries().size(), 50000u);
    EXPECT_EQ(nodes.entries().back().key, QStringLiteral("MesosDNS_4999"));
}

TEST(YamlValueReader, FlowCollectionsOfALargeDocumentStayLimited)
{
    // 1.1 million items of ten letters in one flow list: the document's size would allow
    // 1.5 million values, but yaml-cpp holds a flow collection whole, as tokens, before parsing.
    const QByteArray yaml = "[" + QByteArray("abcdefghij,").repeated(1100 * 1000) + "end]\n";
    ASSERT_GT(YamlValueReader::valueLimit(yaml.size()), 1100 * 1000);
    Diagnostics diagnostics;
    const Value root = YamlValueReader().read(yaml, QStringLiteral("flow.yml"), &diagnostics);
    EXPECT_TRUE(root.isNull());
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-YAML-005"));
    EXPECT_EQ(diagnostics[0].location.line, 1);
    EXPECT_TRUE(diagnostics[0].message.contains(QStringLiteral("flow collections")))
        << diagnostics[0].message.toStdString();
}

TEST(YamlValueReader, ValueLimitGrowsWithTheText)
{
    EXPECT_EQ(YamlValueReader::valueLimit(1000), YamlValueReader::MaxValueNodes);
    EXPECT_EQ(YamlValueReader::valueLimit(YamlValueReader::MaxFileBytes),
              YamlValueReader::MaxFileBytes / YamlValueReader::BytesPerValue);
}

TEST(YamlValueReader, FunctionsAreKeptAsCalls)
{
    const QByteArray yaml = "url: { concat: [ \"http://\", get_attribute: [HOST, ip], \":\", "
                            "{ get_property: [SELF, port] } ] }\n"
                            "in: { get_input: port }\n"
                            "token: abc\n";
    Diagnostics diagnostics;
    const Value root = YamlValueReader().read(yaml, QStringLiteral("f.yml"), &diagnostics);
    ASSERT_TRUE(diagnostics.isEmpty()) << describe(diagnostics);
    const Value url = root.value(QStringLiteral("url"));
    ASSERT_EQ(url.kind(), Value::Kind::Function);
    EXPECT_EQ(url.functionName(), QStringLiteral("concat"));
    ASSERT_EQ(url.arguments().size(), 4u);
    EXPECT_EQ(url.arguments()[0].text(), QStringLiteral("http://"));
    ASSERT_EQ(url.arguments()[1].kind(), Value::Kind::Function);
    EXPECT_EQ(url.arguments()[1].functionName(), QStringLiteral("get_attribute"));
    EXPECT_EQ(url.arguments()[1].arguments()[1].text(), QStringLiteral("ip"));
    EXPECT_EQ(url.arguments()[3].functionName(), QStringLiteral("get_property"));
    const Value in = root.value(QStringLiteral("in"));
    ASSERT_EQ(in.kind(), Value::Kind::Function);
    ASSERT_EQ(in.arguments().size(), 1u);
    EXPECT_EQ(in.arguments()[0].text(), QStringLiteral("port"));
    // `token: abc` at the top is a plain entry of a two-key map, not a call.
    EXPECT_TRUE(root.value(QStringLiteral("token")).isScalar());
}

TEST(YamlValueReader, AliasesExpandingFarBeyondTheBudgetAreRefused)
{
    // A list of 1,000 values aliased 2,000 times: 2,000,000 values from 16 KB of text. Refused
    // when the expansion passes the budget, before the copies are made.
    QByteArray yaml = "base: &base [" + repeated("1,", 999) + "1]\n";
    yaml += "copies: [" + repeated("*base,", 1999) + "*base]\n";
    Diagnostics diagnostics;
    YamlValueReader reader;
    const Value root = reader.read(yaml, QStringLiteral("input.yml"), &diagnostics);
    EXPECT_TRUE(root.isNull());
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-YAML-005"));
    EXPECT_EQ(diagnostics[0].location.line, 2);
    // The budget (2 x the estimate of about 3,000 values + 10,000) stops it at the 14th alias
    // or so, which starts 10 + 6 x 13 characters in; far from the 2,000th.
    EXPECT_LT(diagnostics[0].location.column, 200);
}

namespace {

/// A one-line flow list of `count` integers, "[0, 1, 2, ...]".
QByteArray longFlowList(int count)
{
    QByteArray yaml = "[";
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            yaml += ", ";
        yaml += QByteArray::number(i);
    }
    return yaml + "]\n";
}

} // namespace

TEST(YamlValueReader, LongFlowLineIsScannedInProportionToItsLength)
{
    // Each value's column used to be found by counting the line from its start: a quadratic
    // cost (a minute for 480,000 values). The bytes examined to place values must stay within
    // a constant factor of the input, and twice the input must cost about twice as much.
    const auto examined = [](int count, Value *root) {
        const QByteArray yaml = longFlowList(count);
        Diagnostics diagnostics;
        YamlValueReader reader;
        *root = reader.read(yaml, QStringLiteral("flow.yml"), &diagnostics);
        EXPECT_TRUE(diagnostics.isEmpty()) << describe(diagnostics);
        EXPECT_LE(reader.columnBytesExamined(), 4 * yaml.size());
        return reader.columnBytesExamined();
    };
    Value small;
    Value large;
    const qsizetype smallCost = examined(100000, &small);
    const qsizetype largeCost = examined(200000, &large);
    EXPECT_LE(largeCost, 3 * smallCost);

    // Positions are still exact: "[0, 1, 2, ..." puts value i (i < 10) at column 2 + 3i.
    ASSERT_EQ(large.items().size(), 200000u);
    EXPECT_EQ(large.items()[0].location().column, 2);
    EXPECT_EQ(large.items()[7].location().column, 23);
    const QByteArray yaml = longFlowList(200000);
    for (int i : {12345, 199999}) {
        const qsizetype at = yaml.indexOf(QByteArray(", " + QByteArray::number(i) + ","));
        const qsizetype offset = at >= 0 ? at + 2 : yaml.indexOf(" 199999]") + 1;
        EXPECT_EQ(large.items()[size_t(i)].text(), QString::number(i));
        EXPECT_EQ(large.items()[size_t(i)].location().line, 1);
        EXPECT_EQ(large.items()[size_t(i)].location().column, offset + 1) << i;
    }
}

TEST(YamlValueReader, ColumnsAfterNonAsciiTextInALongLineCountCharacters)
{
    // Accented values before a mark: columns count characters, not bytes, wherever the line's
    // bytes fall relative to the reader's bookkeeping.
    QByteArray yaml = "[";
    for (int i = 0; i < 300; ++i)
        yaml += "\xC3\xA9t\xC3\xA9, "; // "été, ": 5 characters, 7 bytes
    yaml += "end]\n";
    Diagnostics diagnostics;
    const Value root = YamlValueReader().read(yaml, QStringLiteral("utf8.yml"), &diagnostics);
    ASSERT_TRUE(diagnostics.isEmpty()) << describe(diagnostics);
    ASSERT_EQ(root.items().size(), 301u);
    EXPECT_EQ(root.items()[0].location().column, 2);
    EXPECT_EQ(root.items()[150].location().column, 2 + 5 * 150);
    EXPECT_EQ(root.items()[300].location().column, 2 + 5 * 300);
}

TEST(YamlValueReader, ACancelledReadStopsWithoutAValueOrADiagnostic)
{
    QByteArray bytes;
    for (int i = 0; i < 20000; ++i)
        bytes += "- value" + QByteArray::number(i) + '\n';
    CancelToken token;
    YamlValueReader reader;
    reader.setCancelToken(&token);
    Diagnostics diagnostics;
    const Value whole = reader.read(bytes, QStringLiteral("long.yml"), &diagnostics);
    ASSERT_TRUE(whole.isList()) << describe(diagnostics);
    EXPECT_EQ(whole.items().size(), 20000u);

    // Cancelled (by a UI thread, typically) before or while the parser runs: it gives up at its
    // next look at the token, and being cancelled is no problem of the file.
    token.cancel();
    const Value none = reader.read(bytes, QStringLiteral("long.yml"), &diagnostics);
    EXPECT_TRUE(none.isNull());
    EXPECT_TRUE(diagnostics.isEmpty()) << describe(diagnostics);
}
