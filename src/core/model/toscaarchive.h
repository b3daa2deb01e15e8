// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/archiveimport.h"
#include "model/commentmap.h"
#include "model/repositorydefinition.h"
#include "model/topologytemplate.h"
#include "model/value.h"
#include "support/sourcelocation.h"
#include "types/typedefinition.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Topologist {

/// One TOSCA definitions file: its header (dialect, archive name and version, imports), the
/// types it declares and, for a topology, its topology_template.
struct ToscaArchive
{
    /// Absolute path of the file it was read from; empty for a new topology.
    QString filePath;
    QString toscaDefinitionsVersion;
    QString name;
    QString version;
    QString author;
    QString description;
    /// True when name/version/author were written under `metadata:` (the Alien4Cloud 1.4 style)
    /// rather than as top-level template_name/template_version/template_author.
    bool headerInMetadata = true;
    /// Other `metadata:` entries, which Alien4Cloud keeps as archive tags.
    QList<std::pair<QString, QString>> metadataTags;
    ArchiveImports imports;
    /// `repositories:` that artifacts name to be fetched from a Maven, HTTP or Docker server.
    RepositoryDefinitions repositories;
    QList<TypeDefinition> types;
    /// The type sections exactly as written, so saving a file that declares types keeps them.
    Value typeSections;
    std::optional<TopologyTemplate> topology;
    /// Top-level keys this model does not interpret, kept for saving.
    Value extras;
    /// The file's comments outside node templates (those live in each NodeTemplate).
    CommentMap comments;
    SourceLocation location;

    QString id() const { return name + QLatin1Char(':') + version; }
    bool isSnapshot() const
    {
        return version.contains(QLatin1String("-SNAPSHOT"), Qt::CaseInsensitive);
    }

    /// Equality of what a user edits and what is saved; source positions are ignored.
    friend bool operator==(const ToscaArchive &a, const ToscaArchive &b)
    {
        return a.toscaDefinitionsVersion == b.toscaDefinitionsVersion && a.name == b.name
               && a.version == b.version && a.author == b.author && a.description == b.description
               && a.metadataTags == b.metadataTags && a.imports == b.imports
               && a.repositories == b.repositories && a.typeSections == b.typeSections
               && a.topology == b.topology && a.extras == b.extras && a.comments == b.comments;
    }
    friend bool operator!=(const ToscaArchive &a, const ToscaArchive &b) { return !(a == b); }
};

} // namespace Topologist
