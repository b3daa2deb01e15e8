// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogentry.h"
#include "model/toscaarchive.h"
#include "standard/droppedkey.h"
#include "standard/usedtypes.h"
#include "types/typeregistry.h"

#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace Topologist {

/// Turns an Alien4Cloud topology (alien_dsl_1_x to 3_x) into one self-contained standard TOSCA
/// service template, as other TOSCA tools read it:
///
/// - `tosca_definitions_version: tosca_simple_yaml_1_2` (dialect()): the newest version
///   OpenStack's tosca-parser 2.6.0 knows (it refuses tosca_simple_yaml_1_3);
/// - no imports: the types the topology uses are copied in from its imports (UsedTypes), except
///   those the standard itself defines under the same name (Alien4Cloud's normative types are
///   the TOSCA ones), which stay references to the standard's;
/// - what only Alien4Cloud reads is left out (StandardTypeCleaner, StandardTopologyCleaner),
///   and every key left out is noted in Result::dropped;
/// - the header (name, version, author, tags) and the canvas layout stay in `metadata`;
/// - the files imported types name move under a folder of their archive's name (TypeFile), so
///   that a CSAR can carry them without two archives' scripts meeting.
class StandardToscaConverter
{
public:
    /// A file of an imported archive that a copied type names (a script, an artifact, an
    /// icon): the type now names it under a folder of its archive's name.
    struct TypeFile
    {
        /// Where it is ("/libs/mesos-types/scripts/install.sh", or a Qt resource path).
        QString sourceFile;
        /// Where the standard template has it ("mesos-types/scripts/install.sh").
        QString path;
        QString owner;
    };

    struct Result
    {
        ToscaArchive archive;
        DroppedKeys dropped;
        QList<TypeFile> typeFiles;
    };

    static QString dialect() { return QStringLiteral("tosca_simple_yaml_1_2"); }
    /// The type names the TOSCA Simple Profile defines (Topologist's bundled copy of it).
    static const QSet<QString> &standardTypeNames();

    /// @p dependencies are the catalog archives the topology imports, dependencies first
    /// (LoadedTopology::dependencies).
    /// @p types, when given, are the topology's resolved types (see StandardTopologyCleaner).
    explicit StandardToscaConverter(QList<const CatalogEntry *> dependencies,
                                    std::shared_ptr<const TypeRegistry> types = nullptr)
        : m_dependencies(std::move(dependencies))
        , m_types(std::move(types))
    {}

    Result convert(const ToscaArchive &archive) const;

private:
    Value typeSections(const ToscaArchive &archive, Result *result) const;
    /// The definition of an imported type with its files under its archive's folder.
    Value relocated(const UsedTypes::Type &type, Result *result) const;

    QList<const CatalogEntry *> m_dependencies;
    std::shared_ptr<const TypeRegistry> m_types;
};

} // namespace Topologist
