// SPDX-License-Identifier: GPL-3.0-or-later
#include "recovery/filefingerprint.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Topologist;
using Topologist::Test::writeFile;

TEST(FileFingerprint, sameBytesAreTheSameEvenWhenTouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.yml"));
    ASSERT_TRUE(writeFile(path, "node: 1\n"));
    const FileFingerprint before = FileFingerprint::of(path);
    ASSERT_TRUE(before.exists());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.setFileTime(QDateTime::currentDateTime().addSecs(60),
                                 QFileDevice::FileModificationTime));
    file.close();
    const FileFingerprint after = FileFingerprint::of(path);
    EXPECT_NE(after.modified(), before.modified());
    EXPECT_FALSE(after.differsFrom(before));
}

TEST(FileFingerprint, changedBytesOfTheSameSizeDiffer)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.yml"));
    ASSERT_TRUE(writeFile(path, "node: 1\n"));
    const FileFingerprint before = FileFingerprint::of(path);
    ASSERT_TRUE(writeFile(path, "node: 2\n"));
    EXPECT_TRUE(FileFingerprint::of(path).differsFrom(before));
}

TEST(FileFingerprint, aDeletedOrNewFileDiffers)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.yml"));
    const FileFingerprint missing = FileFingerprint::of(path);
    EXPECT_FALSE(missing.isNull());
    EXPECT_FALSE(missing.exists());
    ASSERT_TRUE(writeFile(path, "x"));
    const FileFingerprint present = FileFingerprint::of(path);
    EXPECT_TRUE(present.differsFrom(missing));
    EXPECT_TRUE(missing.differsFrom(present));
    ASSERT_TRUE(QFile::remove(path));
    EXPECT_FALSE(FileFingerprint::of(path).differsFrom(missing));
}

TEST(FileFingerprint, ofWrittenEqualsReadingTheFileBack)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.yml"));
    ASSERT_TRUE(writeFile(path, "abc\n"));
    const FileFingerprint written = FileFingerprint::ofWritten(path, "abc\n");
    EXPECT_FALSE(written.differsFrom(FileFingerprint::of(path)));
    EXPECT_TRUE(FileFingerprint::ofWritten(path, "abd\n").differsFrom(FileFingerprint::of(path)));
}

TEST(FileFingerprint, survivesJson)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.yml"));
    ASSERT_TRUE(writeFile(path, "abc\n"));
    const FileFingerprint original = FileFingerprint::of(path);
    const FileFingerprint copy = FileFingerprint::fromJson(original.toJson());
    EXPECT_FALSE(copy.isNull());
    EXPECT_EQ(copy.sha256(), original.sha256());
    EXPECT_EQ(copy.size(), original.size());
    EXPECT_EQ(copy.modified(), original.modified());
    EXPECT_TRUE(FileFingerprint::fromJson(QJsonObject()).isNull());
    EXPECT_TRUE(FileFingerprint().toJson().isEmpty());
}
