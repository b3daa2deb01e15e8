// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace Topologist {

/// One Alien4Cloud server as the user set it up: where it is, who logs in, which self-signed
/// certificate to trust for this server alone, and how long to wait for it. The password is on
/// purpose not part of the profile: profiles get saved, passwords go to the keyring
/// (Alien4CloudPasswordStore) or are asked for each time.
struct Alien4CloudServer
{
    static constexpr int DefaultRequestTimeoutMs = 30 * 1000;
    /// Longer, because A4C parses and indexes the archive before it answers an upload.
    static constexpr int DefaultUploadTimeoutMs = 5 * 60 * 1000;

    /// http or https, with the context path if A4C is not at the root (https://host:8088).
    QUrl baseUrl;
    QString userName;
    /// A PEM file whose certificates are trusted, in addition to the system ones, for this
    /// server only. Empty: only the system's certificate authorities.
    QString trustedCertificatePath;
    /// Timeouts are inactivity timeouts: the request fails once nothing was sent or received
    /// for that long, so a slow but progressing upload of a large archive is not cut.
    int requestTimeoutMs = DefaultRequestTimeoutMs;
    int uploadTimeoutMs = DefaultUploadTimeoutMs;

    /// "https://a4c:8088", what messages name: no credentials, no trailing slash.
    QString displayUrl() const;
    bool isHttps() const;
    /// The base URL with `path` (starting with '/', already percent-encoded) appended to its
    /// context path.
    QUrl endpoint(const QString &encodedPath) const;
    /// An address of A4C's web UI, e.g. "/applications/detail/x/infos" as the `#` route.
    QUrl uiUrl(const QString &route) const;
    /// Empty when the profile can be used, else a user-facing reason.
    QString problem() const;
};

} // namespace Topologist
