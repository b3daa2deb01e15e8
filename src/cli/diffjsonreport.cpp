// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffjsonreport.h"

#include "diff/valuejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Topologist {

namespace {

QJsonObject toJson(const Change &change)
{
    return QJsonObject{{QStringLiteral("kind"), Change::kindName(change.kind)},
                       {QStringLiteral("area"), Change::areaName(change.area)},
                       {QStringLiteral("node"), change.node},
                       {QStringLiteral("path"), QJsonArray::fromStringList(change.path)},
                       {QStringLiteral("before"), ValueJson::toJson(change.before)},
                       {QStringLiteral("after"), ValueJson::toJson(change.after)}};
}

} // namespace

QByteArray
DiffJsonReport::write(const QString &before, const QString &after, const Changes &changes)
{
    QJsonArray model;
    QJsonArray layout;
    for (const Change &change : changes)
        (change.isLayout() ? layout : model).append(toJson(change));
    const QJsonObject report{{QStringLiteral("before"), before},
                             {QStringLiteral("after"), after},
                             {QStringLiteral("equal"), changes.isEmpty()},
                             {QStringLiteral("changes"), model},
                             {QStringLiteral("layout"), layout}};
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

} // namespace Topologist
