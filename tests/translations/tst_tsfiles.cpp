// SPDX-License-Identifier: GPL-3.0-or-later
// Every translations/*.ts is complete and current: no entry is unfinished, obsolete or vanished,
// plural messages have every form of their language, translations keep the placeholders of
// their source, and lupdate run over today's sources would neither add nor drop a message.
#include "tsfiles_config.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <map>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;      // unfinished, obsolete, vanished; empty when translated
    QStringList forms; // the translation, or each numerus form
    qint64 line = 0;

    QString key() const
    {
        return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment
               + (numerus ? QStringLiteral("#n") : QString());
    }
    std::string describe() const
    {
        return QStringLiteral("line %1, %2: \"%3\"").arg(line).arg(context, source).toStdString();
    }
};

struct TsFile
{
    QString path;
    QString language;
    QList<Message> messages;
    QString error;
};

void readTranslation(QXmlStreamReader &xml, Message &message)
{
    message.type = xml.attributes().value(QLatin1String("type")).toString();
    QString text;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Characters) {
            text += xml.text();
        } else if (token == QXmlStreamReader::StartElement) {
            // <numerusform> (or <lengthvariant>): one form each.
            message.forms << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (token == QXmlStreamReader::EndElement) {
            break;
        }
    }
    if (!message.numerus)
        message.forms = QStringList{text};
}

TsFile readTs(const QString &path)
{
    TsFile ts;
    ts.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message message;
            message.context = context;
            message.line = xml.lineNumber();
            message.numerus
                = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source"))
                    message.source = xml.readElementText();
                else if (xml.name() == QLatin1String("comment"))
                    message.comment = xml.readElementText();
                else if (xml.name() == QLatin1String("translation"))
                    readTranslation(xml, message);
                else
                    xml.skipCurrentElement();
            }
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QStringList listed(const char *list)
{
    return QString::fromUtf8(list).split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

/// Every .ts of translations/, whether CMake lists it or not.
QStringList tsFilesOnDisk()
{
    const QDir dir(QStringLiteral(TOPOLOGIST_SOURCE_DIR "/translations"));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name))
        paths << dir.absoluteFilePath(name);
    return paths;
}

bool pluralOnly(const QString &path)
{
    return listed(TOPOLOGIST_PLURAL_TS_FILES).contains(QFileInfo(path).absoluteFilePath());
}

/// Plural forms per language, as lrelease numbers them (Qt's numerus rules).
int pluralForms(const QString &language)
{
    static const std::map<QString, int> forms
        = {{QStringLiteral("de"), 2}, {QStringLiteral("en"), 2}, {QStringLiteral("fr"), 2}};
    const auto it = forms.find(language.section(QLatin1Char('_'), 0, 0));
    return it == forms.end() ? -1 : it->second;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9]|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

QString joined(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(QLatin1Char(' '));
}

class TsFiles : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QStringList paths = tsFilesOnDisk();
        ASSERT_FALSE(paths.isEmpty()) << "no .ts in " TOPOLOGIST_SOURCE_DIR "/translations";
        for (const QString &path : paths) {
            files << readTs(path);
            ASSERT_TRUE(files.last().error.isEmpty())
                << path.toStdString() << ": " << files.last().error.toStdString();
        }
    }
    QList<TsFile> files;
};

TEST_F(TsFiles, EveryFileIsCompiledIntoTheExecutables)
{
    QStringList inCMake = listed(TOPOLOGIST_TS_FILES) + listed(TOPOLOGIST_PLURAL_TS_FILES);
    for (const TsFile &ts : files) {
        EXPECT_TRUE(inCMake.contains(QFileInfo(ts.path).absoluteFilePath()))
            << ts.path.toStdString() << " is not listed in translations/CMakeLists.txt";
    }
    EXPECT_EQ(inCMake.size(), files.size()) << "a .ts listed in CMake is missing on disk";
}

TEST_F(TsFiles, NoEntryIsUnfinishedObsoleteOrVanished)
{
    for (const TsFile &ts : files) {
        for (const Message &m : ts.messages) {
            EXPECT_TRUE(m.type.isEmpty()) << ts.path.toStdString() << ": " << m.type.toStdString()
                                          << " entry, " << m.describe();
        }
    }
}

TEST_F(TsFiles, EveryTranslationHasAllItsForms)
{
    for (const TsFile &ts : files) {
        const int expected = pluralForms(ts.language);
        EXPECT_GT(expected, 0) << ts.path.toStdString() << ": no plural rule known for language '"
                               << ts.language.toStdString() << "'; add it to pluralForms()";
        for (const Message &m : ts.messages) {
            if (m.numerus) {
                EXPECT_EQ(m.forms.size(), expected)
                    << ts.path.toStdString() << ": plural forms, " << m.describe();
            }
            for (const QString &form : m.forms) {
                EXPECT_FALSE(form.trimmed().isEmpty())
                    << ts.path.toStdString() << ": empty translation, " << m.describe();
            }
        }
    }
}

TEST_F(TsFiles, TranslationsKeepThePlaceholdersOfTheSource)
{
    for (const TsFile &ts : files) {
        for (const Message &m : ts.messages) {
            const QSet<QString> source = placeholders(m.source);
            for (const QString &form : m.forms) {
                EXPECT_EQ(joined(placeholders(form)).toStdString(), joined(source).toStdString())
                    << ts.path.toStdString() << ": placeholders differ, " << m.describe()
                    << " -> \"" << form.toStdString() << "\"";
            }
        }
    }
}

// What `cmake --build build --target topologist_lupdate` would change: run lupdate over the
// sources into a copy of each file. A string added or changed in the code appears in the copy as
// a new unfinished message; one removed or changed leaves a vanished message.
TEST_F(TsFiles, MatchTheSources)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString root = QStringLiteral(TOPOLOGIST_SOURCE_DIR);
    for (const TsFile &ts : files) {
        const QString copy = dir.filePath(QFileInfo(ts.path).fileName());
        ASSERT_TRUE(QFile::copy(ts.path, copy));
        QStringList arguments{QStringLiteral("-locations"), QStringLiteral("relative")};
        if (pluralOnly(ts.path))
            arguments << QStringLiteral("-pluralonly");
        arguments << root + QStringLiteral("/src") << root + QStringLiteral("/ui");
        for (const QString &include : listed(TOPOLOGIST_LUPDATE_INCLUDES))
            arguments << QStringLiteral("-I") << include;
        arguments << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(TOPOLOGIST_LUPDATE_PATH), arguments);
        ASSERT_TRUE(lupdate.waitForFinished(100000)) << lupdate.errorString().toStdString();
        const QString output = QString::fromLocal8Bit(lupdate.readAll());
        ASSERT_EQ(lupdate.exitCode(), 0) << output.toStdString();

        const TsFile updated = readTs(copy);
        ASSERT_TRUE(updated.error.isEmpty()) << updated.error.toStdString();
        QSet<QString> before;
        for (const Message &m : ts.messages)
            before.insert(m.key());
        for (const Message &m : updated.messages) {
            EXPECT_TRUE(before.contains(m.key()) && m.type != QLatin1String("vanished"))
                << ts.path.toStdString() << " is out of date with the sources ("
                << (m.type.isEmpty() ? "changed" : m.type.toStdString()) << "): " << m.describe()
                << "; run the topologist_lupdate target";
        }
        EXPECT_EQ(updated.messages.size(), ts.messages.size())
            << ts.path.toStdString() << ": lupdate " << output.toStdString();
    }
}

} // namespace
