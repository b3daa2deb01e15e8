// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4clouderror.h"
#include "alien4cloud/alien4cloudreply.h"
#include "alien4cloud/alien4cloudresponse.h"

#include <QString>
#include <QStringList>

namespace Topologist {

struct Alien4CloudServer;

/// The errors of talking to Alien4Cloud before and around an answer: unusable requests,
/// transport failures, time limits and refused sessions. Each has a named constructor, so no
/// caller lines up kind, status, code and detail by position; the user-facing sentences name the
/// server and the operation ("uploading 'x.csar'") given at construction.
class Alien4CloudErrors
{
public:
    explicit Alien4CloudErrors(const Alien4CloudServer &server, const QString &what = QString());

    // Nothing was sent: the profile or the arguments are unusable.
    Alien4CloudError invalidProfile(const QString &problem) const;
    Alien4CloudError noUserName() const;
    Alien4CloudError insecureLogin() const;
    Alien4CloudError archiveMissing(const QString &filePath) const;
    Alien4CloudError archiveUnreadable(const QString &filePath, const QString &reason) const;
    Alien4CloudError checkNeedsVersion3(const QString &knownVersion) const;
    Alien4CloudError invalidApplicationName(const QString &name) const;
    Alien4CloudError invalidApplicationId(const QString &archiveName) const;
    Alien4CloudError noTopologyTemplate(const QString &applicationName) const;
    Alien4CloudError certificateUnusable(const QString &certificatePath,
                                         const QString &problem) const;
    /// The reason certificateUnusable() gives for a file without any PEM certificate.
    static QString noPemCertificate();

    // The exchange ended without a usable answer.
    Alien4CloudError canceled() const;
    Alien4CloudError answerTooLarge(qint64 maxBytes, const QString &path, int status) const;
    Alien4CloudError
    deadlineReached(int milliseconds, const QString &path, const QString &detail) const;
    Alien4CloudError silenceTimeout(int milliseconds, const QString &detail) const;
    /// The transport failure of `response` (no HTTP status), by Qt's network error.
    Alien4CloudError networkFailure(const Alien4CloudResponse &response,
                                    const QStringList &tlsErrors,
                                    bool upload) const;
    Alien4CloudError connectionRefused(const QString &detail) const;
    Alien4CloudError hostNotFound(const QString &host, const QString &detail) const;
    Alien4CloudError networkTimeout(const QString &detail) const;
    Alien4CloudError untrustedCertificate(const QStringList &tlsErrors,
                                          const QString &detail) const;
    Alien4CloudError handshakeFailed(const QString &detail) const;
    Alien4CloudError connectionLost(const QString &detail) const;
    Alien4CloudError cannotTalk(const QString &detail) const;

    /// A 401/403 on a request that needed the session. Error 102 means the user lacks a role;
    /// otherwise the session was refused, `relogged` telling whether a fresh login did not help.
    Alien4CloudError accessDenied(Alien4CloudReply::Operation operation,
                                  const Alien4CloudResponse &response,
                                  int code,
                                  const QString &serverMessage,
                                  bool relogged) const;

private:
    Alien4CloudError transportError(Alien4CloudError::Kind kind,
                                    const QString &message,
                                    const QString &detail) const;
    QString missingRole(Alien4CloudReply::Operation operation) const;

    QString m_server;
    QString m_host;
    QString m_userName;
    QString m_what;
};

} // namespace Topologist
