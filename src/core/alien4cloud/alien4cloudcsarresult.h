// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4cloudparsingerror.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Topologist {

/// What A4C said about an uploaded (or only checked) CSAR: whether it was saved, the envelope's
/// error code, the archive id, and every parsing error, warning and info, sorted by level
/// then position.
struct Alien4CloudCsarResult
{
    /// True for POST /csars/check, which parses but never saves.
    bool checkOnly = false;
    /// The archive is in A4C's catalog after this upload (new, overwritten SNAPSHOT, or
    /// identical to what was there).
    bool saved = false;
    /// The envelope's error code: 0 when there was none, 200 parse errors, 201 not a valid
    /// archive, 502 a released version with other content already exists.
    int errorCode = 0;
    QString csarId;
    QString csarName;
    QString csarVersion;
    /// The `data.csar` object as A4C sent it (empty when it was null).
    QJsonObject csar;
    QList<Alien4CloudParsingError> parsingErrors;

    int count(Severity level) const;
    bool hasErrors() const { return count(Severity::Error) > 0; }
    bool hasCode(const QString &errorCode) const;
    /// The same content was already indexed under this id (INFO CSAR_ALREADY_INDEXED).
    bool alreadyIndexed() const;
    /// The first entry of that level, or nullptr.
    const Alien4CloudParsingError *first(Severity level) const;

    /// Reads CsarUploadResult ({"csar":..., "errors":{file:[ParsingError]}}). Returns false
    /// when `data` has not that shape.
    static bool fromJson(const QJsonValue &data, Alien4CloudCsarResult *result);
};

} // namespace Topologist
