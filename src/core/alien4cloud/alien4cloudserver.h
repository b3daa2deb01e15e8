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
    /// Whole-exchange limits: a server that keeps sending a byte now and then never trips an
    /// inactivity timeout, so each exchange also has a total time.
    static constexpr int DefaultRequestDeadlineMs = 2 * 60 * 1000;
    static constexpr int DefaultUploadDeadlineMs = 30 * 60 * 1000;
    /// A4C's answers are small JSON documents; the largest, an upload's parse errors, stays
    /// far below this. More means a wrong or hostile server, and it is not kept in memory.
    static constexpr qint64 DefaultMaxResponseBytes = 16ll * 1024 * 1024;

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
    /// Total time of one exchange, however busy the connection.
    int requestDeadlineMs = DefaultRequestDeadlineMs;
    int uploadDeadlineMs = DefaultUploadDeadlineMs;
    qint64 maxResponseBytes = DefaultMaxResponseBytes;
    /// The user explicitly allowed sending the password over plain http:// (the CLI's
    /// --allow-insecure-http, the push dialog's confirmation). Without it a login to an
    /// http:// address is refused before anything is sent. Never saved with a profile.
    bool allowInsecureHttp = false;

    /// The address as the user typed it; without a scheme it is https:// ("a4c:8088" gives
    /// https://a4c:8088), since a guessed http:// would send the password in clear.
    static QUrl urlFromText(const QString &text);

    /// "https://a4c:8088", what messages name: no credentials, no trailing slash.
    QString displayUrl() const;
    bool isHttps() const;
    /// @p url has the base URL's scheme, host and port (default ports filled in): the same
    /// origin, so an answer that sends us there stays with this server.
    bool isSameOrigin(const QUrl &url) const;
    /// The base URL with `path` (starting with '/', already percent-encoded) appended to its
    /// context path.
    QUrl endpoint(const QString &encodedPath) const;
    /// An address of A4C's web UI, e.g. "/applications/detail/x/infos" as the `#` route.
    QUrl uiUrl(const QString &route) const;
    /// Empty when the profile can be used, else a user-facing reason.
    QString problem() const;
};

} // namespace Topologist
