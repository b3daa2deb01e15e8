// SPDX-License-Identifier: GPL-3.0-or-later
#include "csar/toscametadata.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

using namespace Topologist;

namespace {

const QString Source = QStringLiteral("types.csar/TOSCA-Metadata/TOSCA.meta");

int countCode(const Diagnostics &diagnostics, const char *code)
{
    return int(std::count_if(diagnostics.cbegin(), diagnostics.cend(), [&](const Diagnostic &d) {
        return d.code == QLatin1String(code);
    }));
}

TEST(ToscaMetadata, ParsesA4cExampleWithQuotedAndPlainValues)
{
    // The example from A4C's own tests: quoted values and a plain path.
    const QByteArray content = "TOSCA-Meta-File-Version: 1.0\n"
                               "CSAR-Version: \"0.1\"\n"
                               "Created-By: 'FastConnect'\n"
                               "Entry-Definitions: Definitions/apache-lb-types.yaml\n"
                               "Name: \"apache-lb-types\"\n";
    Diagnostics diagnostics;
    const ToscaMetadata meta = ToscaMetadata::parse(content, Source, &diagnostics);
    EXPECT_TRUE(diagnostics.isEmpty());
    EXPECT_EQ(meta.metaFileVersion(), QStringLiteral("1.0"));
    EXPECT_EQ(meta.csarVersion(), QStringLiteral("0.1"));
    EXPECT_EQ(meta.createdBy(), QStringLiteral("FastConnect"));
    EXPECT_EQ(meta.entryDefinitions(), QStringLiteral("Definitions/apache-lb-types.yaml"));
    EXPECT_EQ(meta.name(), QStringLiteral("apache-lb-types"));
    EXPECT_TRUE(meta.contentType().isEmpty());
    EXPECT_TRUE(meta.otherEntries().isEmpty());
}

TEST(ToscaMetadata, HandlesQuotingEscapesCommentsBomAndCrlf)
{
    const QByteArray content = "\xEF\xBB\xBF# written by hand\r\n"
                               "---\r\n"
                               "Name: \"mesos \\\"types\\\" \\u00e9\" # trailing comment\r\n"
                               "Created-By: 'O''Brien: ops # not a comment'\r\n"
                               "CSAR-Version: 1.4.0-SNAPSHOT # a comment\r\n"
                               "Content-Type: application/vnd.oasis.tosca.definitions.yaml#v1\r\n"
                               "\r\n"
                               "Entry-Definitions: mesos-types.yml\r\n";
    Diagnostics diagnostics;
    const ToscaMetadata meta = ToscaMetadata::parse(content, Source, &diagnostics);
    EXPECT_TRUE(diagnostics.isEmpty()) << diagnostics.value(0).toString().toStdString();
    EXPECT_EQ(meta.name(), QStringLiteral("mesos \"types\" \u00e9"));
    EXPECT_EQ(meta.createdBy(), QStringLiteral("O'Brien: ops # not a comment"));
    EXPECT_EQ(meta.csarVersion(), QStringLiteral("1.4.0-SNAPSHOT"));
    // '#' only starts a comment after a blank, as in YAML.
    EXPECT_EQ(meta.contentType(),
              QStringLiteral("application/vnd.oasis.tosca.definitions.yaml#v1"));
    EXPECT_EQ(meta.entryDefinitions(), QStringLiteral("mesos-types.yml"));
}

TEST(ToscaMetadata, KeepsUnknownKeysInOrder)
{
    const QByteArray content = "X-Topologist-Layout: grid\n"
                               "Entry-Definitions: topology.yml\n"
                               "Other-Definitions: extra.yml\n";
    const ToscaMetadata meta = ToscaMetadata::parse(content, Source);
    using Pair = std::pair<QString, QString>;
    EXPECT_EQ(meta.otherEntries(),
              (QList<Pair>{{QStringLiteral("X-Topologist-Layout"), QStringLiteral("grid")},
                           {QStringLiteral("Other-Definitions"), QStringLiteral("extra.yml")}}));
    EXPECT_EQ(meta.value(QStringLiteral("Other-Definitions")), QStringLiteral("extra.yml"));
}

TEST(ToscaMetadata, MissingEntryDefinitionsIsEmptyNotAnError)
{
    Diagnostics diagnostics;
    const ToscaMetadata meta = ToscaMetadata::parse("TOSCA-Meta-File-Version: 1.0\n"
                                                    "Entry-Definitions:\n",
                                                    Source,
                                                    &diagnostics);
    EXPECT_TRUE(meta.entryDefinitions().isEmpty());
    EXPECT_TRUE(meta.contains(ToscaMetadata::entryDefinitionsKey()));
    EXPECT_TRUE(diagnostics.isEmpty());
    EXPECT_TRUE(ToscaMetadata::parse("Name: x\n", Source).entryDefinitions().isEmpty());
}

TEST(ToscaMetadata, WarnsWithLineNumbersAboutWhatA4cWouldNotRead)
{
    const QByteArray content = "Entry-Definitions: a.yml\n"   // 1
                               "this line has no key\n"       // 2
                               "  indented: value\n"          // 3
                               "Entry-Definitions: b.yml\n"   // 4: repeated
                               "name: lowercase-name\n"       // 5: wrong case
                               "Created-By: \"unterminated\n" // 6
                               "CSAR-Version:1.0\n";          // 7: no blank after ':'
    Diagnostics diagnostics;
    const ToscaMetadata meta = ToscaMetadata::parse(content, Source, &diagnostics);
    EXPECT_EQ(meta.entryDefinitions(), QStringLiteral("a.yml"));
    EXPECT_TRUE(meta.name().isEmpty());
    EXPECT_EQ(meta.value(QStringLiteral("name")), QStringLiteral("lowercase-name"));
    EXPECT_TRUE(meta.createdBy().isEmpty());
    EXPECT_TRUE(meta.csarVersion().isEmpty());

    ASSERT_EQ(countCode(diagnostics, "TOPO-CSAR-020"), 6);
    QList<int> lines;
    for (const Diagnostic &d : diagnostics) {
        EXPECT_EQ(d.severity, Severity::Warning);
        EXPECT_EQ(d.location.file, Source);
        lines.append(d.location.line);
    }
    EXPECT_EQ(lines, (QList<int>{2, 3, 4, 5, 6, 7}));
    EXPECT_TRUE(diagnostics.at(3).message.contains(QStringLiteral("\"Name\"")));
}

TEST(ToscaMetadata, WritesQuotedValuesThatParseBackUnchanged)
{
    ToscaMetadata meta;
    meta.setValue(QStringLiteral("X-Extra"), QStringLiteral("kept"));
    meta.setEntryDefinitions(QStringLiteral("topology.yml"));
    meta.setName(QStringLiteral("mesos \"ha\" \\ caf\u00e9"));
    meta.setCsarVersion(QStringLiteral("1.0"));
    meta.setCreatedBy(QStringLiteral("tab\there"));
    meta.setMetaFileVersion(QStringLiteral("1.0"));

    const QByteArray bytes = meta.toBytes();
    EXPECT_EQ(bytes,
              QByteArray("TOSCA-Meta-File-Version: \"1.0\"\n"
                         "CSAR-Version: \"1.0\"\n"
                         "Created-By: \"tab\\there\"\n"
                         "Entry-Definitions: \"topology.yml\"\n"
                         "Name: \"mesos \\\"ha\\\" \\\\ caf\xc3\xa9\"\n"
                         "X-Extra: \"kept\"\n"));
    Diagnostics diagnostics;
    const ToscaMetadata back = ToscaMetadata::parse(bytes, Source, &diagnostics);
    EXPECT_TRUE(diagnostics.isEmpty());
    for (const auto &entry : meta.entries())
        EXPECT_EQ(back.value(entry.first), entry.second) << entry.first.toStdString();
    EXPECT_EQ(back.entries().size(), meta.entries().size());
}

TEST(ToscaMetadata, SetValueReplacesInPlaceAndNullRemoves)
{
    ToscaMetadata meta;
    meta.setName(QStringLiteral("a"));
    meta.setEntryDefinitions(QStringLiteral("x.yml"));
    meta.setName(QStringLiteral("b"));
    EXPECT_EQ(meta.entries().first().second, QStringLiteral("b"));
    meta.setName(QString());
    EXPECT_FALSE(meta.contains(ToscaMetadata::nameKey()));
    EXPECT_EQ(meta.entries().size(), 1);
}

} // namespace
