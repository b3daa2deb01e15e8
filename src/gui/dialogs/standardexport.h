// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "standard/standardtoscaexporter.h"

#include <QCoreApplication>
#include <QString>

class QMessageBox;
class QWidget;

namespace Topologist {

class TopologyDocument;

/// File > Export Standard TOSCA: asks where to write (a CSAR, or YAML by the name's suffix),
/// writes the standard export of the document (StandardToscaExporter) and tells the user what
/// it left out, in a message box whose details list every key. The document is not changed.
class StandardExport
{
    Q_DECLARE_TR_FUNCTIONS(StandardExport)

public:
    /// "marathon-standard.csar" beside the topology's file, else in the last folder used.
    static QString suggestedPath(const TopologyDocument &document);
    /// Asks for the file and exports; the result (not ok when the user cancelled).
    static StandardToscaExporter::Result run(const TopologyDocument &document, QWidget *parent);
    /// The message box that reports @p result (modal to @p parent), shown with open().
    static QMessageBox *report(const StandardToscaExporter::Result &result, QWidget *parent);
    /// The menu's text, naming the TOSCA version written.
    static QString actionText();
};

} // namespace Topologist
