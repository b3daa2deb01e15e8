// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/toscaarchive.h"

#include <QByteArray>
#include <QString>

namespace Topologist {

/// Writes a ToscaArchive as YAML in the Alien4Cloud dialect, with a stable key order so that
/// saving twice gives the same bytes and diffs stay small. Keys the model does not interpret
/// are written back where they were read, after the known ones; reading the result gives the
/// same model.
class ToscaWriter
{
public:
    struct Options
    {
        /// tosca_definitions_version to write; empty means the archive's own, or alien_dsl_1_4_0
        /// for a new archive (or one whose version is unknown).
        QString dialect;
        /// Write the canvas layout into the metadata (see ToscaReader::layoutMetadataKey).
        bool writeLayout = true;
    };

    QByteArray write(const ToscaArchive &archive) const { return write(archive, Options()); }
    QByteArray write(const ToscaArchive &archive, const Options &options) const;
    /// Node templates alone as a `node_templates:` fragment (the clipboard format).
    QByteArray writeNodeTemplates(const QList<NodeTemplate> &nodes,
                                  const QString &dialect = QString()) const;
};

} // namespace Topologist
