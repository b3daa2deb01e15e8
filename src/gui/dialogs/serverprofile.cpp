// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/serverprofile.h"

namespace Topologist {

QString ServerProfile::label() const
{
    if (!name.trimmed().isEmpty())
        return name.trimmed();
    QString host = server.baseUrl.host();
    if (server.baseUrl.port() > 0)
        host += QLatin1Char(':') + QString::number(server.baseUrl.port());
    return server.userName.isEmpty() ? host : server.userName + QLatin1Char('@') + host;
}

} // namespace Topologist
