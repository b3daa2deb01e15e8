// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudcsarinterpreter.h"

#include "alien4cloud/alien4cloudenvelope.h"

namespace Topologist {

Alien4CloudCsarInterpreter::Alien4CloudCsarInterpreter(const Alien4CloudAnswerErrors &errors,
                                                       bool checkOnly,
                                                       const QString &fileName)
    : m_errors(errors)
    , m_checkOnly(checkOnly)
    , m_fileName(fileName)
{}

Alien4CloudCsarInterpreter::Result
Alien4CloudCsarInterpreter::read(const Alien4CloudResponse &response) const
{
    Result result;
    result.csar.checkOnly = m_checkOnly;
    if (isCheckUnsupported(response)) {
        result.error = m_errors.checkNotSupported(response);
        return result;
    }

    const Alien4CloudEnvelope envelope = Alien4CloudEnvelope::parse(response.body);
    Alien4CloudCsarResult csar;
    csar.checkOnly = m_checkOnly;
    // Upload outcomes come with HTTP 200 whatever happened; a 409 is accepted too in case a
    // version maps AlreadyExistException through the generic handler.
    const bool answered = (response.isSuccess() || response.status == 409) && envelope.isEnvelope();
    const bool shaped = answered
                        && (Alien4CloudCsarResult::fromJson(envelope.data(), &csar)
                            || (envelope.hasError() && envelope.data().isNull()));
    if (!shaped) {
        result.error = answered && !envelope.hasError() ? m_errors.uploadResultMissing(response)
                                                        : m_errors.unexpectedAnswer(response);
        return result;
    }

    csar.errorCode = envelope.hasError() ? envelope.errorCode() : 0;
    csar.saved = !m_checkOnly && !envelope.hasError();
    result.data = envelope.data();
    result.csar = csar;
    if (envelope.hasError())
        result.error = m_errors.csarRejected(response, envelope, csar, m_fileName);
    return result;
}

bool Alien4CloudCsarInterpreter::isCheckUnsupported(const Alien4CloudResponse &response) const
{
    if (!m_checkOnly)
        return false;
    // Before 3.0 there is no /csars/check. The path then matches GET/DELETE /csars/{id}, so
    // Spring raises "Request method 'POST' not supported", which A4C's catch-all handler turns
    // into a 500 (inferred from RestTechnicalExceptionHandler, not seen on a live 1.4); a
    // proxy or another setup may answer 404 or 405 instead.
    const QString serverMessage = Alien4CloudEnvelope::parse(response.body).errorMessage();
    const bool methodRefused = response.status == 500
                               && serverMessage.contains(QLatin1String("'POST'"))
                               && serverMessage.contains(QLatin1String("not supported"));
    return response.status == 404 || response.status == 405 || methodRefused;
}

void Alien4CloudCsarInterpreter::Result::storeIn(Alien4CloudResult *result) const
{
    result->data = data;
    result->csar = csar;
}

} // namespace Topologist
