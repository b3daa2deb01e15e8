// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"

#include <QList>
#include <QString>

namespace Topologist {

/// Moves the local files a type definition names (operation implementations and their
/// dependencies, artifact files, the icon) under a folder: a standard export puts the types of
/// every imported archive into one file, and their scripts into one CSAR, where two archives'
/// `scripts/install.sh` must not meet. URLs and paths leaving the archive stay as they are.
class TypeFileRelocator
{
public:
    struct File
    {
        /// The path in the type's own archive ("scripts/install.sh").
        QString path;
        /// Where the definition now has it ("mesos-types/scripts/install.sh").
        QString relocated;
        /// Who refers to it ("org.alien4cloud.nodes.MesosMaster Standard.create").
        QString owner;
    };

    explicit TypeFileRelocator(QString folder)
        : m_folder(std::move(folder))
    {}

    /// @p definition with its files under the folder; each file moved is added to @p files.
    Value relocate(const Value &definition, const QString &typeName, QList<File> *files) const;

private:
    Value path(const Value &value, const QString &owner, QList<File> *files) const;
    Value operation(const Value &operation, const QString &owner, QList<File> *files) const;
    Value interfaces(const Value &interfaces, const QString &owner, QList<File> *files) const;
    Value artifacts(const Value &artifacts, const QString &owner, QList<File> *files) const;

    QString m_folder;
};

} // namespace Topologist
