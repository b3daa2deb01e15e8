// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudversioninterpreter.h"

#include <QJsonDocument>

namespace Topologist {

Alien4CloudVersionInterpreter::Alien4CloudVersionInterpreter(const Alien4CloudAnswerErrors &errors)
    : m_errors(errors)
{}

Alien4CloudVersionInterpreter::Result
Alien4CloudVersionInterpreter::read(const Alien4CloudResponse &response) const
{
    Result result;
    const QJsonObject document = QJsonDocument::fromJson(response.body).object();
    const QJsonValue version = document.value(QLatin1String("version"));
    if (!response.isSuccess() || !version.isString()) {
        result.error = response.status == 404 ? m_errors.noVersionJson(response)
                                              : m_errors.unexpectedAnswer(response);
        return result;
    }
    result.data = document;
    result.version = version.toString();
    return result;
}

void Alien4CloudVersionInterpreter::Result::storeIn(Alien4CloudResult *result) const
{
    result->data = data;
    result->serverVersion = version;
}

} // namespace Topologist
