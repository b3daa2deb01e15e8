// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"
#include "support/sourcelocation.h"

#include <QList>
#include <QString>

namespace Topologist {

/// A deployment artifact of a node type or template. `file` is usually a path inside the
/// archive, but may be a function such as `get_input_artifact`.
struct ArtifactDefinition
{
    QString name;
    QString type;
    Value file;
    QString repository;
    QString description;
    QString deployPath;
    /// Keys this model does not know (`checksum`, `properties`, ...), kept for saving.
    Value extras;
    SourceLocation location;

    /// The path inside the archive, when `file` is a plain path.
    QString filePath() const { return file.isScalar() ? file.text() : QString(); }

    friend bool operator==(const ArtifactDefinition &a, const ArtifactDefinition &b)
    {
        return a.name == b.name && a.type == b.type && a.file == b.file
               && a.repository == b.repository && a.description == b.description
               && a.deployPath == b.deployPath && a.extras == b.extras;
    }
};

using ArtifactDefinitions = QList<ArtifactDefinition>;

} // namespace Topologist
