// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/serverprofilestore.h"

#include <QSettings>

namespace Topologist {

namespace {

const QString group = QStringLiteral("alien4cloud");
const QString arrayName = QStringLiteral("profiles");
const QString lastKey = QStringLiteral("alien4cloud/lastProfile");

} // namespace

ServerProfiles ServerProfileStore::load(QSettings &settings)
{
    ServerProfiles profiles;
    settings.beginGroup(group);
    const int count = settings.beginReadArray(arrayName);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ServerProfile profile;
        profile.name = settings.value(QStringLiteral("name")).toString();
        profile.server.baseUrl
            = QUrl(settings.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
        profile.server.userName = settings.value(QStringLiteral("user")).toString();
        profile.server.trustedCertificatePath
            = settings.value(QStringLiteral("trustedCertificate")).toString();
        profile.server.requestTimeoutMs = settings
                                              .value(QStringLiteral("requestTimeoutMs"),
                                                     Alien4CloudServer::DefaultRequestTimeoutMs)
                                              .toInt();
        profile.server.uploadTimeoutMs = settings
                                             .value(QStringLiteral("uploadTimeoutMs"),
                                                    Alien4CloudServer::DefaultUploadTimeoutMs)
                                             .toInt();
        profile.rememberPassword = settings.value(QStringLiteral("rememberPassword")).toBool();
        // A hand-edited file may hold nonsense; a profile without an address is of no use.
        if (profile.server.baseUrl.isValid() && !profile.server.baseUrl.isEmpty())
            profiles.append(profile);
    }
    settings.endArray();
    settings.endGroup();
    return profiles;
}

void ServerProfileStore::save(QSettings &settings, const ServerProfiles &profiles)
{
    settings.beginGroup(group);
    settings.remove(arrayName);
    settings.beginWriteArray(arrayName, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ServerProfile &profile = profiles[i];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), profile.name);
        // Without user info: a URL typed as https://user:secret@host must not leak its secret.
        settings.setValue(QStringLiteral("url"),
                          profile.server.baseUrl.adjusted(QUrl::RemoveUserInfo).toString());
        settings.setValue(QStringLiteral("user"), profile.server.userName);
        settings.setValue(QStringLiteral("trustedCertificate"),
                          profile.server.trustedCertificatePath);
        settings.setValue(QStringLiteral("requestTimeoutMs"), profile.server.requestTimeoutMs);
        settings.setValue(QStringLiteral("uploadTimeoutMs"), profile.server.uploadTimeoutMs);
        settings.setValue(QStringLiteral("rememberPassword"), profile.rememberPassword);
    }
    settings.endArray();
    settings.endGroup();
}

QString ServerProfileStore::lastUsed(QSettings &settings)
{
    return settings.value(lastKey).toString();
}

void ServerProfileStore::setLastUsed(QSettings &settings, const QString &label)
{
    settings.setValue(lastKey, label);
}

} // namespace Topologist
