// SPDX-License-Identifier: GPL-3.0-or-later
// ToscaReader and ToscaWriter on every TOSCA file of Alien4Cloud's public repositories
// (../shared/reference-corpus): each is read without an error, and read -> write -> read gives the
// same model with every key of the file still there.
#include "testhelpers.h"

#include "yaml/commentscanner.h"
#include "yaml/toscareader.h"
#include "yaml/toscawriter.h"
#include "yaml/yamlvaluereader.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <iostream>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

QString corpusDir()
{
    return QDir::cleanPath(QStringLiteral(TOPOLOGIST_CORPUS_DIR));
}

#define SKIP_WITHOUT_CORPUS()                                                                      \
    if (!QFileInfo(corpusDir()).isDir())                                                           \
    GTEST_SKIP() << "the reference corpus is not here: " << corpusDir().toStdString()              \
                 << " (the shared folder next to the worktree)"

/// Files of the corpus that are not expected to read cleanly, each with why (checked by
/// reading the file). Only genuine YAML syntax errors belong here. Paths are relative to the
/// corpus.
const QHash<QString, QString> &knownBroken()
{
    static const QHash<QString, QString> files = {
        {QStringLiteral(
             "csar-public-library/org/alien4cloud/cloudify/config/a4c_cfy_logs/types.yml"),
         QStringLiteral(
             "line 36: the double-quoted default of app_archive_url is never closed; the "
             "string runs on to the quote before http at line 62, after which the "
             "mapping is broken (SnakeYAML and PyYAML refuse the file too)")},
    };
    return files;
}

/// The TOSCA files of the corpus: YAML files with a top-level tosca_definitions_version (the
/// other .yml there are Ansible playbooks, CI files and the like).
QStringList toscaFiles()
{
    static const QRegularExpression header(QStringLiteral("^tosca_definitions_version\\s*:"),
                                           QRegularExpression::MultilineOption);
    QStringList files;
    QDirIterator it(corpusDir(),
                    {QStringLiteral("*.yml"), QStringLiteral("*.yaml")},
                    QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (header.match(QString::fromUtf8(readAll(path))).hasMatch())
            files << QDir(corpusDir()).relativeFilePath(path);
    }
    files.sort();
    return files;
}

/// Every mapping key of a document as a path ("/topology_template/node_templates/Compute/type")
/// with its value when that is a plain one; list items are "[]" so that a list written in another
/// form still matches.
void collectKeyPaths(const Value &value, const QString &prefix, QHash<QString, QString> *paths)
{
    if (value.isMap()) {
        for (const Value::Entry &entry : value.entries()) {
            const QString path = prefix + QLatin1Char('/') + entry.key;
            paths->insert(path, entry.value.isScalar() ? entry.value.text() : QString());
            collectKeyPaths(entry.value, path, paths);
        }
    } else if (value.isList()) {
        for (const Value &item : value.items())
            collectKeyPaths(item, prefix + QStringLiteral("/[]"), paths);
    } else if (value.isFunction()) {
        const QString path = prefix + QLatin1Char('/') + value.functionName();
        paths->insert(path, QString());
        for (const Value &argument : value.arguments())
            collectKeyPaths(argument, path + QStringLiteral("/[]"), paths);
    }
}

QHash<QString, QString> keyPaths(const QByteArray &yaml)
{
    Diagnostics ignored;
    QHash<QString, QString> paths;
    collectKeyPaths(
        YamlValueReader().read(yaml, QStringLiteral("k.yml"), &ignored), QString(), &paths);
    return paths;
}

/// The writer leaves out what only repeats a default: `required: true` (TOSCA's default) and an
/// empty description. Their absence reads back as the same model.
bool isWrittenDefault(const QString &path, const QString &value)
{
    return (path.endsWith(QLatin1String("/required")) && value == QLatin1String("true"))
           || (path.endsWith(QLatin1String("/description")) && value.isEmpty());
}

/// Keys of `original` that `written` does not have, defaults the writer leaves out aside.
QStringList lostKeys(const QByteArray &original, const QByteArray &written)
{
    const QHash<QString, QString> before = keyPaths(original);
    const QHash<QString, QString> after = keyPaths(written);
    QStringList lost;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()) && !isWrittenDefault(it.key(), it.value()))
            lost << it.key();
    }
    lost.sort();
    return lost;
}

/// Each whole-line comment block of `yaml`, by its first line's text, with the element that
/// starts on the next line holding content ("<header>" above the first element, "<end>" after
/// the last); blocks whose first line is not unique in the file are left out, as they cannot be
/// told apart in the written text.
QHash<QString, QString> blockTargets(const QByteArray &yaml)
{
    const QMap<int, QString> starts = elementStarts(yaml);
    QHash<QString, QString> targets;
    QHash<QString, int> seen;
    for (const CommentScanner::Block &block : CommentScanner::scan(yaml)) {
        for (const QString &line : block.lines)
            ++seen[line];
        if (block.trailing)
            continue;
        const auto next = starts.lowerBound(block.nextLine);
        QString target = QStringLiteral("<end>");
        if (block.nextLine > 0 && next != starts.cend())
            target = next.key() == starts.firstKey() && block.nextLine != block.lastLine + 1
                         ? QStringLiteral("<header>")
                         : next.value();
        targets.insert(block.lines.constFirst(), target);
    }
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (it.value() > 1)
            targets.remove(it.key());
    }
    return targets;
}

/// Every comment text of `yaml`, sorted.
QStringList commentTexts(const QByteArray &yaml)
{
    QStringList texts;
    for (const CommentScanner::Block &block : CommentScanner::scan(yaml))
        texts += block.lines;
    texts.sort();
    return texts;
}

} // namespace

TEST(ToscaCorpus, FindsTheToscaFiles)
{
    SKIP_WITHOUT_CORPUS();
    // 369 files of the five repositories start with tosca_definitions_version.
    EXPECT_GE(toscaFiles().size(), 360);
}

TEST(ToscaCorpus, EveryFileReadsWithoutErrors)
{
    SKIP_WITHOUT_CORPUS();
    QStringList failing;
    std::string report;
    for (const QString &relative : toscaFiles()) {
        Diagnostics diagnostics;
        ToscaReader().readFile(QDir(corpusDir()).filePath(relative), &diagnostics, relative);
        // TOPOLOGIST_CORPUS_DUMP=1 lists every warning of the corpus too.
        if (qEnvironmentVariableIsSet("TOPOLOGIST_CORPUS_DUMP") && !diagnostics.isEmpty())
            std::cerr << describe(diagnostics);
        const Diagnostics errors = errorsOf(diagnostics);
        if (errors.isEmpty())
            continue;
        failing << relative;
        if (!knownBroken().contains(relative))
            report += describe(errors) + "\n";
        else
            EXPECT_EQ(errors.front().code, QStringLiteral("TOPO-YAML-001"))
                << relative.toStdString() << " is listed as a YAML syntax error";
    }
    QStringList expected = knownBroken().keys();
    expected.sort();
    EXPECT_EQ(failing.join(QLatin1Char('\n')).toStdString(),
              expected.join(QLatin1Char('\n')).toStdString())
        << report;
}

TEST(ToscaCorpus, ReadWriteReadGivesTheSameModelAndKeepsEveryKey)
{
    SKIP_WITHOUT_CORPUS();
    int checked = 0;
    for (const QString &relative : toscaFiles()) {
        if (knownBroken().contains(relative))
            continue;
        SCOPED_TRACE(relative.toStdString());
        const QString path = QDir(corpusDir()).filePath(relative);
        Diagnostics diagnostics;
        const ToscaArchive original = ToscaReader().readFile(path, &diagnostics, relative);
        const QByteArray written = ToscaWriter().write(original);
        Diagnostics rereadDiagnostics;
        const ToscaArchive reread
            = ToscaReader().read(written, QStringLiteral("written.yml"), &rereadDiagnostics);
        EXPECT_TRUE(errorsOf(rereadDiagnostics).isEmpty()) << describe(rereadDiagnostics);
        EXPECT_TRUE(reread == original) << written.toStdString();
        EXPECT_EQ(ToscaWriter().write(reread), written);
        const QStringList lost = lostKeys(readAll(path), written);
        EXPECT_TRUE(lost.isEmpty()) << lost.join(QLatin1Char('\n')).toStdString();
        ++checked;
    }
    EXPECT_GE(checked, 360);
}

// Every comment of the corpus is in the written file, and each block of comment lines stands
// above the same element as in the source (the model comparison above checks the rest).
TEST(ToscaCorpus, CommentsSurviveASave)
{
    SKIP_WITHOUT_CORPUS();
    int files = 0;
    int withComments = 0;
    int comments = 0;
    int kept = 0;
    int blocks = 0;
    int blocksChecked = 0;
    int relocated = 0;
    for (const QString &relative : toscaFiles()) {
        if (knownBroken().contains(relative))
            continue;
        SCOPED_TRACE(relative.toStdString());
        const QString path = QDir(corpusDir()).filePath(relative);
        const QByteArray source = readAll(path);
        Diagnostics diagnostics;
        const QByteArray written
            = ToscaWriter().write(ToscaReader().readFile(path, &diagnostics, relative));
        ++files;
        const QStringList before = commentTexts(source);
        if (before.isEmpty())
            continue;
        ++withComments;
        comments += before.size();
        for (const CommentScanner::Block &block : CommentScanner::scan(source))
            blocks += block.trailing ? 0 : 1;
        QStringList after = commentTexts(written);
        for (const QString &text : before)
            kept += after.removeOne(text) ? 1 : 0;
        EXPECT_TRUE(after.isEmpty())
            << "comments the source does not have: " << after.join(QLatin1Char('\n')).toStdString();
        const QHash<QString, QString> sourceTargets = blockTargets(source);
        const QHash<QString, QString> writtenTargets = blockTargets(written);
        for (auto it = sourceTargets.cbegin(); it != sourceTargets.cend(); ++it) {
            const QString target = writtenTargets.value(it.key(), QStringLiteral("<lost>"));
            // The writer puts a list item and its first key on one line, and leaves out
            // `required: true`: the comment then stands above the item, or the input.
            const bool sameLine = target.endsWith(QLatin1Char(']'))
                                  && it.value().startsWith(target + QLatin1Char('/'))
                                  && !it.value().mid(target.size() + 1).contains(QLatin1Char('/'));
            const bool leftOut = it.value() == target + QLatin1String("/required");
            EXPECT_TRUE(target == it.value() || sameLine || leftOut)
                << it.key().toStdString() << ": above " << it.value().toStdString()
                << " in the source, above " << target.toStdString() << " when written\n"
                << written.toStdString();
            relocated += leftOut ? 1 : 0;
            ++blocksChecked;
        }
    }
    std::cout << files << " files, " << withComments << " with comments: " << kept << " of "
              << comments << " comments kept; " << blocksChecked << " of " << blocks
              << " comment blocks (those with text unique in the file) checked above their "
                 "element, "
              << relocated
              << " of them above the parent of a `required: true` the writer leaves out\n";
    EXPECT_EQ(kept, comments);
    EXPECT_GT(withComments, 100);
}

// The two checks above can fail: a model that differs in a kept key, and a written file that
// lost a key, are both seen.
TEST(ToscaCorpus, TheComparisonsSeeADifference)
{
    const QByteArray yaml = "tosca_definitions_version: alien_dsl_2_0_0\n"
                            "topology_template:\n"
                            "  node_templates:\n"
                            "    A:\n"
                            "      type: t.A\n"
                            "      metadata: {a: 1}\n"
                            "  groups:\n"
                            "    g: {members: [A], custom: x}\n";
    Diagnostics diagnostics;
    const ToscaArchive archive
        = ToscaReader().read(yaml, QStringLiteral("inline.yml"), &diagnostics);
    ASSERT_TRUE(errorsOf(diagnostics).isEmpty()) << describe(diagnostics);
    ToscaArchive changed = archive;
    changed.topology->nodeAt(0).extras.insert(
        QStringLiteral("metadata"),
        Value::map({{QStringLiteral("a"), Value::scalar(QStringLiteral("2")), {}}}));
    EXPECT_FALSE(changed == archive);

    const QByteArray written = ToscaWriter().write(archive);
    EXPECT_TRUE(lostKeys(yaml, written).isEmpty()) << written.toStdString();
    QByteArray dropped = written;
    dropped.replace("custom: x", "");
    EXPECT_EQ(lostKeys(yaml, dropped),
              QStringList{QStringLiteral("/topology_template/groups/g/custom")});
    // `required: true` may go, `required: false` may not.
    EXPECT_TRUE(lostKeys("a: {required: true}\n", "a: {}\n").isEmpty());
    EXPECT_EQ(lostKeys("a: {required: false}\n", "a: {}\n"),
              QStringList{QStringLiteral("/a/required")});
}
