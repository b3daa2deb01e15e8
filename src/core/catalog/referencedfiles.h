// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/toscaarchive.h"
#include "support/sourcelocation.h"

#include <QList>
#include <QString>

namespace Topologist {

/// The local files a TOSCA archive's definitions point to, which must travel in its CSAR:
/// interface implementation scripts, artifact files and type icons. Alien4Cloud 2.x and 3.x
/// refuse an archive whose implementation scripts are missing.
class ReferencedFiles
{
public:
    struct Reference
    {
        enum class Kind { Implementation, Artifact, Icon };
        Kind kind = Kind::Implementation;
        /// Path inside the archive, '/'-separated, without a leading '/'.
        QString path;
        /// Who refers to it: "org.alien4cloud.nodes.MesosMaster Standard.create".
        QString owner;
        SourceLocation location;
    };

    /// Every local file `archive` refers to, in definition order, each path once. URLs and
    /// function-valued artifacts (get_input_artifact) are not files of the archive.
    static QList<Reference> collect(const ToscaArchive &archive);
    /// "scripts/install.sh" for "/scripts/install.sh"; empty for URLs and paths leaving the
    /// archive ("../x").
    static QString normalizedPath(const QString &path);
};

} // namespace Topologist
