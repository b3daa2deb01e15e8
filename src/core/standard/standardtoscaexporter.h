// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csar/csarexporter.h"
#include "standard/droppedkey.h"
#include "support/diagnostic.h"

#include <QByteArray>
#include <QString>

namespace Topologist {

/// Writes a topology as standard TOSCA (StandardToscaConverter): a YAML file, or a CSAR when
/// the output ends in .csar or .zip, holding TOSCA-Metadata/TOSCA.meta, the service template
/// and the files its node templates refer to (written by CsarWriter, atomically and
/// reproducibly). Unlike CsarExporter it does not validate the topology for Alien4Cloud: the
/// standard export is for other tools, which judge it themselves.
///
/// It refuses, writing nothing, an output that is the topology's own file and, for a CSAR,
/// node template files that are missing (a CSAR without them is refused by tosca-parser).
class StandardToscaExporter
{
public:
    struct Result
    {
        bool ok = false;
        QString outputPath;
        bool csar = false;
        /// The keys only Alien4Cloud reads, left out.
        DroppedKeys dropped;
        /// Refusals as errors; the dropped keys as one note (StandardCode::DroppedKeys).
        Diagnostics diagnostics;

        /// One paragraph for a message box or the CLI: what was written and what was left out.
        QString summary() const;
    };

    static bool isCsarPath(const QString &path);
    /// The name of the service template: the topology's file name with a .yaml suffix.
    static QString definitionsFileName(const CsarExporter::Source &source);
    /// The standard service template's bytes; @p dropped receives what was left out.
    static QByteArray yaml(const CsarExporter::Source &source, DroppedKeys *dropped);
    static Result exportTopology(const CsarExporter::Source &source, const QString &outputPath);
};

} // namespace Topologist
