// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogtestsupport.h"

#include "catalog/typecatalog.h"
#include "fakealien4cloudtest.h"
#include "testhelpers.h"

#include <QAbstractItemModel>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <gtest/gtest.h>

namespace Topologist::Test {

TypeCatalog &dialogCatalog()
{
    static TypeCatalog *instance = [] {
        auto *catalog = new TypeCatalog;
        catalog->addBundledLibrary();
        return catalog;
    }();
    return *instance;
}

QByteArray allSettingsBytes()
{
    QSettings().sync();
    QByteArray bytes;
    QDirIterator it(ownSettingsFolder(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

void clearSettings()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

QString copyInto(const QString &source, const QString &target)
{
    const QString path = QDir(target).filePath(QFileInfo(source).fileName());
    QFile::remove(path);
    EXPECT_TRUE(QFile::copy(source, path)) << source.toStdString();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

std::unique_ptr<TopologyDocument> openExampleCopy(const QString &name, const QString &target)
{
    const QString path = copyInto(QStringLiteral(":/examples/%1/%1.yml").arg(name), target);
    Diagnostics diagnostics;
    auto document = TopologyDocument::open(path, dialogCatalog(), &diagnostics);
    EXPECT_NE(document, nullptr) << path.toStdString();
    return document;
}

QList<QModelIndex> allIndexes(const QAbstractItemModel *model, const QModelIndex &parent)
{
    QList<QModelIndex> indexes;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        indexes << index << allIndexes(model, index);
    }
    return indexes;
}

ServerProfile profileFor(const QUrl &url, const QString &user)
{
    ServerProfile profile;
    profile.server = FakeAlien4CloudTest::profileFor(url, user);
    return profile;
}

} // namespace Topologist::Test
