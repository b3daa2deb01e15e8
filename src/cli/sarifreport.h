// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filereport.h"

#include <QByteArray>
#include <QList>

namespace Topologist {

/// `topologist-cli validate --format sarif`: SARIF 2.1.0, which GitHub and GitLab code
/// scanning show as annotations on the topology's lines.
class SarifReport
{
public:
    static QByteArray write(const QList<FileReport> &reports);
};

} // namespace Topologist
