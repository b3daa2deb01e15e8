// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4clouderror.h"
#include "alien4cloud/alien4cloudresponse.h"

#include <QString>

namespace Topologist {

class Alien4CloudEnvelope;
struct Alien4CloudCsarResult;
struct Alien4CloudServer;

/// The errors an HTTP answer of Alien4Cloud can mean, one named constructor each: the generic
/// reading of a status and envelope (unexpectedAnswer()) and what each endpoint's answers say.
/// The sentences name the server and the operation ("uploading 'x.csar'") given at
/// construction; the status, A4C error code and server message are taken from the answer.
class Alien4CloudAnswerErrors
{
public:
    explicit Alien4CloudAnswerErrors(const Alien4CloudServer &server,
                                     const QString &what = QString());

    /// "no details given" for an empty server message.
    static QString orNoDetails(const QString &text);

    /// An answer the operation has no better reading for: maintenance, 5xx, not JSON, not the
    /// envelope, 404, an error code, or a bare status.
    Alien4CloudError unexpectedAnswer(const Alien4CloudResponse &response) const;
    Alien4CloudError maintenance(const Alien4CloudResponse &response,
                                 const Alien4CloudEnvelope &envelope) const;
    Alien4CloudError serverFailure(const Alien4CloudResponse &response,
                                   const Alien4CloudEnvelope &envelope) const;
    Alien4CloudError notJson(const Alien4CloudResponse &response,
                             const Alien4CloudEnvelope &envelope) const;
    Alien4CloudError notEnvelope(const Alien4CloudResponse &response,
                                 const Alien4CloudEnvelope &envelope) const;
    Alien4CloudError nothingFound(const Alien4CloudResponse &response,
                                  const Alien4CloudEnvelope &envelope) const;
    Alien4CloudError refused(const Alien4CloudResponse &response,
                             const Alien4CloudEnvelope &envelope) const;
    Alien4CloudError unexplained(const Alien4CloudResponse &response) const;

    // POST /login
    Alien4CloudError loginRefused(const Alien4CloudResponse &response,
                                  const QString &userName) const;
    Alien4CloudError loginSentElsewhere(const Alien4CloudResponse &response,
                                        const QString &target) const;
    Alien4CloudError loginNotRedirected(const Alien4CloudResponse &response) const;

    // GET /rest/admin/health and /version.json
    Alien4CloudError noHealthEndpoint(const Alien4CloudResponse &response) const;
    Alien4CloudError unhealthy(const Alien4CloudResponse &response,
                               const QString &healthStatus) const;
    Alien4CloudError noVersionJson(const Alien4CloudResponse &response) const;

    // POST /rest/latest/csars and /csars/check
    Alien4CloudError checkNotSupported(const Alien4CloudResponse &response) const;
    Alien4CloudError uploadResultMissing(const Alien4CloudResponse &response) const;
    /// The archive was refused; the message depends on the error code and the parse errors.
    Alien4CloudError csarRejected(const Alien4CloudResponse &response,
                                  const Alien4CloudEnvelope &envelope,
                                  const Alien4CloudCsarResult &result,
                                  const QString &fileName) const;

    // POST /rest/latest/applications
    Alien4CloudError applicationExists(const Alien4CloudResponse &response,
                                       const Alien4CloudEnvelope &envelope,
                                       const QString &name,
                                       const QString &archiveName) const;
    Alien4CloudError applicationIdRefused(const Alien4CloudResponse &response,
                                          const Alien4CloudEnvelope &envelope,
                                          const QString &archiveName) const;
    Alien4CloudError templateNotFound(const Alien4CloudResponse &response,
                                      const Alien4CloudEnvelope &envelope,
                                      const QString &templateId) const;
    /// Not an error: the notice of an application created over an existing archive version.
    static QString applicationOverExistingVersion(const QString &name,
                                                  const QString &archiveName,
                                                  const QString &serverMessage);

private:
    /// An error carrying the answer's status and the envelope's code and message.
    static Alien4CloudError fromEnvelope(Alien4CloudError::Kind kind,
                                         const QString &message,
                                         const Alien4CloudResponse &response,
                                         const Alien4CloudEnvelope &envelope);
    /// `text` with %1 the server, %2 the operation, %3 the HTTP status and %4 the server's
    /// message.
    QString withServerMessage(const QString &text,
                              const Alien4CloudResponse &response,
                              const Alien4CloudEnvelope &envelope) const;
    static QString csarRejectionMessage(const Alien4CloudEnvelope &envelope,
                                        const Alien4CloudCsarResult &result,
                                        const QString &fileName);

    QString m_server;
    QString m_what;
};

} // namespace Topologist
