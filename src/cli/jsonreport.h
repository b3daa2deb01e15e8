// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filereport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace Topologist {

/// `topologist-cli validate --format json`: every field of every problem, quick fixes included,
/// so scripts never have to parse the human output.
class JsonReport
{
public:
    static QByteArray write(const QList<FileReport> &reports);
    static QJsonObject problemToJson(const Problem &problem);
    static QJsonObject fixToJson(const QuickFix &fix);
};

} // namespace Topologist
