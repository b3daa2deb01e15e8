// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/serverprofile.h"
#include "qtprinters.h"
#include "topologydocument.h"

#include <QString>

#include <memory>

class QAbstractItemModel;
class QModelIndex;

namespace Topologist {
class TypeCatalog;
}

namespace Topologist::Test {

/// The bundled library, loaded once.
TypeCatalog &dialogCatalog();
/// Every settings file under the folder, concatenated: what a look at the disk would find.
QByteArray allSettingsBytes();
/// Empties the application's settings between tests.
void clearSettings();

/// A copy of a bundled example ("marathon") in `folder`, opened as a document.
std::unique_ptr<TopologyDocument> openExampleCopy(const QString &name, const QString &folder);
/// Copies a resource or file to `folder`, writable; returns the copy's path.
QString copyInto(const QString &source, const QString &folder);

/// Every index of `model` below `parent` (depth first, column 0).
QList<QModelIndex> allIndexes(const QAbstractItemModel *model, const QModelIndex &parent);

/// A profile for the fake server at `url`, logging in as `user`, with test-sized timeouts.
ServerProfile profileFor(const QUrl &url, const QString &user = QStringLiteral("admin"));

} // namespace Topologist::Test
