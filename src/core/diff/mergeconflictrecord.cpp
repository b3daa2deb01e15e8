// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/mergeconflictrecord.h"

#include "diff/valuejson.h"
#include "model/toscaarchive.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Topologist {

namespace {

QJsonObject toJson(const Conflict &conflict)
{
    return QJsonObject{{QStringLiteral("path"), QJsonArray::fromStringList(conflict.path)},
                       {QStringLiteral("kind"), Conflict::kindName(conflict.kind)},
                       {QStringLiteral("node"), conflict.node},
                       {QStringLiteral("base"), ValueJson::toJson(conflict.base)},
                       {QStringLiteral("ours"), ValueJson::toJson(conflict.ours)},
                       {QStringLiteral("theirs"), ValueJson::toJson(conflict.theirs)}};
}

} // namespace

void MergeConflictRecord::clear(ToscaArchive *archive)
{
    archive->metadataTags.removeIf(
        [](const std::pair<QString, QString> &tag) { return tag.first == metadataKey(); });
}

void MergeConflictRecord::write(const Conflicts &conflicts, ToscaArchive *archive)
{
    clear(archive);
    if (conflicts.isEmpty())
        return;
    QJsonArray list;
    for (const Conflict &conflict : conflicts)
        list.append(toJson(conflict));
    archive->metadataTags.append(
        {metadataKey(), QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact))});
}

Conflicts MergeConflictRecord::read(const ToscaArchive &archive)
{
    Conflicts conflicts;
    for (const auto &[key, text] : archive.metadataTags) {
        if (key != metadataKey())
            continue;
        const QJsonArray list = QJsonDocument::fromJson(text.toUtf8()).array();
        for (const QJsonValue &item : list) {
            const QJsonObject object = item.toObject();
            const auto kind
                = Conflict::kindFromName(object.value(QStringLiteral("kind")).toString());
            const QJsonArray path = object.value(QStringLiteral("path")).toArray();
            if (!kind || path.isEmpty())
                continue;
            Conflict conflict;
            conflict.kind = *kind;
            for (const QJsonValue &step : path)
                conflict.path << step.toString();
            conflict.node = object.value(QStringLiteral("node")).toString();
            conflict.base = ValueJson::fromJson(object.value(QStringLiteral("base")));
            conflict.ours = ValueJson::fromJson(object.value(QStringLiteral("ours")));
            conflict.theirs = ValueJson::fromJson(object.value(QStringLiteral("theirs")));
            conflicts.append(conflict);
        }
    }
    return conflicts;
}

} // namespace Topologist
