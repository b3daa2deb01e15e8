// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudcsarresult.h"

#include <QJsonArray>

#include <algorithm>

namespace Topologist {

int Alien4CloudCsarResult::count(Severity level) const
{
    return static_cast<int>(std::count_if(
        parsingErrors.cbegin(), parsingErrors.cend(), [level](const Alien4CloudParsingError &e) {
            return e.level == level;
        }));
}

bool Alien4CloudCsarResult::hasCode(const QString &code) const
{
    return std::any_of(parsingErrors.cbegin(),
                       parsingErrors.cend(),
                       [&code](const Alien4CloudParsingError &e) { return e.errorCode == code; });
}

bool Alien4CloudCsarResult::alreadyIndexed() const
{
    return hasCode(QStringLiteral("CSAR_ALREADY_INDEXED"));
}

const Alien4CloudParsingError *Alien4CloudCsarResult::first(Severity level) const
{
    for (const Alien4CloudParsingError &e : parsingErrors) {
        if (e.level == level)
            return &e;
    }
    return nullptr;
}

bool Alien4CloudCsarResult::fromJson(const QJsonValue &data, Alien4CloudCsarResult *result)
{
    if (!data.isObject())
        return false;
    const QJsonObject object = data.toObject();
    const QJsonValue csar = object.value(QLatin1String("csar"));
    const QJsonValue errors = object.value(QLatin1String("errors"));
    if (!(csar.isObject() || csar.isNull() || csar.isUndefined())
        || !(errors.isObject() || errors.isNull() || errors.isUndefined()))
        return false;

    result->csar = csar.toObject();
    result->csarId = result->csar.value(QLatin1String("id")).toString();
    result->csarName = result->csar.value(QLatin1String("name")).toString();
    result->csarVersion = result->csar.value(QLatin1String("version")).toString();
    if (result->csarId.isEmpty() && !result->csarName.isEmpty())
        result->csarId = result->csarName + QLatin1Char(':') + result->csarVersion;

    result->parsingErrors.clear();
    const QJsonObject byFile = errors.toObject();
    for (auto it = byFile.begin(); it != byFile.end(); ++it) {
        const QJsonArray entries = it.value().toArray();
        for (const QJsonValue &entry : entries)
            result->parsingErrors.append(
                Alien4CloudParsingError::fromJson(entry.toObject(), it.key()));
    }
    std::stable_sort(result->parsingErrors.begin(), result->parsingErrors.end());
    return true;
}

} // namespace Topologist
