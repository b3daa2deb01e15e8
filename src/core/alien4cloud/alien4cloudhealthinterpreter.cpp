// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudhealthinterpreter.h"

#include <QJsonDocument>

namespace Topologist {

Alien4CloudHealthInterpreter::Alien4CloudHealthInterpreter(const Alien4CloudAnswerErrors &errors)
    : m_errors(errors)
{}

Alien4CloudHealthInterpreter::Result
Alien4CloudHealthInterpreter::read(const Alien4CloudResponse &response) const
{
    Result result;
    const QJsonObject document = QJsonDocument::fromJson(response.body).object();
    const QString status = document.value(QLatin1String("status")).toString();
    if (status.isEmpty()) {
        result.error = response.status == 404 ? m_errors.noHealthEndpoint(response)
                                              : m_errors.unexpectedAnswer(response);
        return result;
    }
    result.data = document;
    result.status = status;
    if (!response.isSuccess() || status != QLatin1String("UP"))
        result.error = m_errors.unhealthy(response, status);
    return result;
}

void Alien4CloudHealthInterpreter::Result::storeIn(Alien4CloudResult *result) const
{
    result->data = data;
    result->healthStatus = status;
}

} // namespace Topologist
