// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/diagnostic.h"
#include "support/severity.h"

#include <QJsonObject>
#include <QString>

namespace Topologist {

/// One entry of the `errors` map A4C returns for a CSAR upload or check (its ParsingError),
/// with the file it is keyed under. Lines and columns are 1-based as A4C sends them; 0 means
/// A4C gave no position (startMark/endMark null).
struct Alien4CloudParsingError
{
    Severity level = Severity::Error;
    /// A4C's ErrorCode name, e.g. TYPE_NOT_FOUND, kept verbatim (misspellings included).
    QString errorCode;
    QString context;
    QString problem;
    QString note;
    /// The key of the `errors` map: the YAML file, or the uploaded file on fatal errors.
    QString fileName;
    int startLine = 0;
    int startColumn = 0;
    int endLine = 0;
    int endColumn = 0;

    static Alien4CloudParsingError fromJson(const QJsonObject &object, const QString &fileName);
    /// The entry as a Diagnostic of our own, so views that show local diagnostics show these
    /// too. The code is the A4C error code.
    Diagnostic toDiagnostic() const;
    /// "mesos-types.yml:42:11: error: [TYPE_NOT_FOUND] problem (note)".
    QString toString() const;

    /// Errors first, then warnings, then infos; within a level by file and position.
    friend bool operator<(const Alien4CloudParsingError &a, const Alien4CloudParsingError &b);
};

} // namespace Topologist
