// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudcsarexistsinterpreter.h"

#include "alien4cloud/alien4cloudenvelope.h"

namespace Topologist {

namespace {

// RestErrorCode NOT_FOUND_ERROR.
constexpr int NotFoundCode = 504;

} // namespace

Alien4CloudCsarExistsInterpreter::Alien4CloudCsarExistsInterpreter(
    const Alien4CloudAnswerErrors &errors)
    : m_errors(errors)
{}

Alien4CloudCsarExistsInterpreter::Result
Alien4CloudCsarExistsInterpreter::read(const Alien4CloudResponse &response) const
{
    Result result;
    const Alien4CloudEnvelope envelope = Alien4CloudEnvelope::parse(response.body);
    if (response.status == 404 || (envelope.isEnvelope() && envelope.errorCode() == NotFoundCode))
        return result;
    if (response.isSuccess() && envelope.isEnvelope() && !envelope.hasError()) {
        result.data = envelope.data();
        result.found = true;
        return result;
    }
    result.error = m_errors.unexpectedAnswer(response);
    return result;
}

void Alien4CloudCsarExistsInterpreter::Result::storeIn(Alien4CloudResult *result) const
{
    result->data = data;
    result->csarFound = found;
}

} // namespace Topologist
