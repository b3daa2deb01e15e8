// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4cloudcsarresult.h"

#include <QJsonValue>
#include <QString>

namespace Topologist {

/// What an Alien4Cloud operation brought back, as its endpoint's interpreter read it. Only the
/// fields of the reply's operation are filled.
struct Alien4CloudResult
{
    /// The envelope's `data` (for ProbeHealth and ServerVersion, which have no envelope, the
    /// whole JSON document).
    QJsonValue data;
    /// Success with a remark the user should read (application created over an existing
    /// archive version, error 615).
    QString notice;
    /// CsarExists: whether A4C has that name:version.
    bool csarFound = false;
    /// CheckCsar and UploadCsar, also when A4C refused the archive.
    Alien4CloudCsarResult csar;
    /// CreateApplication: the new application's id.
    QString applicationId;
    /// ServerVersion: "3.0.0", or "dev-version" for a development build.
    QString serverVersion;
    /// ProbeHealth: the actuator's status, "UP" when healthy.
    QString healthStatus;
};

} // namespace Topologist
