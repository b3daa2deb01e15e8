// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudserver.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Topologist {

namespace {

QString basePath(const QUrl &url)
{
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

} // namespace

QString Alien4CloudServer::displayUrl() const
{
    QString text = baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
                       .toString();
    // StripTrailingSlash keeps the slash of a root path; messages want "https://a4c:8088".
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

bool Alien4CloudServer::isHttps() const
{
    return baseUrl.scheme() == QLatin1String("https");
}

QUrl Alien4CloudServer::urlFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    // "a4c:8088" parses as scheme "a4c": only "scheme://" counts as a scheme given.
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    if (trimmed.isEmpty() || scheme.match(trimmed).hasMatch())
        return QUrl(trimmed, QUrl::StrictMode);
    return QUrl(QStringLiteral("https://") + trimmed, QUrl::StrictMode);
}

bool Alien4CloudServer::isSameOrigin(const QUrl &url) const
{
    const auto defaultPort = [](const QUrl &u) {
        return u.port(u.scheme() == QLatin1String("https") ? 443 : 80);
    };
    return url.isValid() && url.scheme().compare(baseUrl.scheme(), Qt::CaseInsensitive) == 0
           && url.host().compare(baseUrl.host(), Qt::CaseInsensitive) == 0
           && defaultPort(url) == defaultPort(baseUrl);
}

QUrl Alien4CloudServer::endpoint(const QString &encodedPath) const
{
    QUrl url = baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    url.setPath(basePath(baseUrl) + encodedPath, QUrl::TolerantMode);
    return url;
}

QUrl Alien4CloudServer::uiUrl(const QString &route) const
{
    QUrl url = baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    url.setPath(basePath(baseUrl) + QLatin1Char('/'), QUrl::TolerantMode);
    url.setFragment(route);
    return url;
}

QString Alien4CloudServer::problem() const
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty()) {
        return QCoreApplication::translate("Alien4Cloud",
                                           "The Alien4Cloud address '%1' is not a valid URL; "
                                           "write it like https://a4c.example.org:8088.")
            .arg(baseUrl.toString(QUrl::RemoveUserInfo));
    }
    if (baseUrl.scheme() != QLatin1String("http") && baseUrl.scheme() != QLatin1String("https")) {
        return QCoreApplication::translate("Alien4Cloud",
                                           "The Alien4Cloud address '%1' must start with "
                                           "http:// or https://.")
            .arg(displayUrl());
    }
    return QString();
}

} // namespace Topologist
