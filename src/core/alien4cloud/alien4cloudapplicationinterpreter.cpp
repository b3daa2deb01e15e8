// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudapplicationinterpreter.h"

#include "alien4cloud/alien4cloudenvelope.h"

namespace Topologist {

namespace {

// RestErrorCode values of application creation.
constexpr int AlreadyExistCode = 502;
constexpr int NotFoundCode = 504;
constexpr int ApplicationVersionExistsCode = 615;
constexpr int InvalidNameCode = 618;

} // namespace

Alien4CloudApplicationInterpreter::Alien4CloudApplicationInterpreter(
    const Alien4CloudAnswerErrors &errors,
    const QString &name,
    const QString &archiveName,
    const QString &templateId)
    : m_errors(errors)
    , m_name(name)
    , m_archiveName(archiveName)
    , m_templateId(templateId)
{}

Alien4CloudApplicationInterpreter::Result
Alien4CloudApplicationInterpreter::read(const Alien4CloudResponse &response) const
{
    const Alien4CloudEnvelope envelope = Alien4CloudEnvelope::parse(response.body);
    const int code = envelope.errorCode();
    Result result;
    if (!envelope.isEnvelope()) {
        result.error = m_errors.unexpectedAnswer(response);
    } else if (response.isSuccess()
               && (!envelope.hasError() || code == ApplicationVersionExistsCode)) {
        result = created(envelope.data(), code, envelope.errorMessage());
    } else if (response.status == 409 || code == AlreadyExistCode) {
        result.error = m_errors.applicationExists(response, envelope, m_name, m_archiveName);
    } else if (code == InvalidNameCode) {
        result.error = m_errors.applicationIdRefused(response, envelope, m_archiveName);
    } else if (response.status == 404 || code == NotFoundCode) {
        result.error = m_errors.templateNotFound(response, envelope, m_templateId);
    } else {
        result.error = m_errors.unexpectedAnswer(response);
    }
    return result;
}

Alien4CloudApplicationInterpreter::Result Alien4CloudApplicationInterpreter::created(
    const QJsonValue &data, int code, const QString &serverMessage) const
{
    Result result;
    result.data = data;
    result.applicationId = data.toString();
    if (result.applicationId.isEmpty())
        result.applicationId = m_archiveName;
    if (code == ApplicationVersionExistsCode) {
        result.notice = Alien4CloudAnswerErrors::applicationOverExistingVersion(
            m_name, m_archiveName, serverMessage);
    }
    return result;
}

void Alien4CloudApplicationInterpreter::Result::storeIn(Alien4CloudResult *result) const
{
    result->data = data;
    result->applicationId = applicationId;
    result->notice = notice;
}

} // namespace Topologist
