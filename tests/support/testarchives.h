// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Topologist::Test {

/// A zip holding those files (path inside the zip, content), made in memory.
QByteArray makeZip(const QList<QPair<QString, QByteArray>> &files);

/// A small alien_dsl_1_4_0 types archive: `<name>.yml` at the zip root declaring one node type
/// `<nodeType>` derived from `derivedFrom`, importing `imports` ("name:version").
QByteArray makeTypesCsar(const QString &name,
                         const QString &version,
                         const QStringList &imports = {},
                         const QString &nodeType = QStringLiteral("org.example.nodes.Thing"),
                         const QString &derivedFrom = QStringLiteral("tosca.nodes.Root"));

} // namespace Topologist::Test
