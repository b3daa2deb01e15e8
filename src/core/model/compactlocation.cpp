// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/compactlocation.h"

#include <QHash>
#include <QMutex>

#include <deque>

namespace Topologist {

namespace {

/// The process's file names, numbered from 1 in the order first seen.
struct FileNames
{
    QMutex mutex;
    QHash<QString, quint32> ids;
    std::deque<QString> names; // names[id - 1]; a deque never moves what it holds
};

FileNames &fileNames()
{
    static FileNames names;
    return names;
}

/// The last name this thread asked about: a reader gives every value of a file the same
/// QString, so the registry (and its lock) is seldom reached.
struct LastName
{
    QString name;
    quint32 id = 0;
};
thread_local LastName lastById;
thread_local LastName lastByName;

} // namespace

quint32 CompactLocation::idOf(const QString &file)
{
    if (file.isEmpty())
        return 0;
    if (lastByName.id != 0 && file.size() == lastByName.name.size()
        && (file.constData() == lastByName.name.constData() || file == lastByName.name))
        return lastByName.id;
    FileNames &names = fileNames();
    quint32 id = 0;
    {
        const QMutexLocker lock(&names.mutex);
        id = names.ids.value(file);
        if (id == 0) {
            names.names.push_back(file);
            id = quint32(names.names.size());
            names.ids.insert(file, id);
        }
    }
    lastByName = {file, id};
    return id;
}

QString CompactLocation::nameOf(quint32 id)
{
    if (lastById.id == id)
        return lastById.name;
    FileNames &names = fileNames();
    QString name;
    {
        const QMutexLocker lock(&names.mutex);
        name = names.names[id - 1];
    }
    lastById = {name, id};
    return name;
}

} // namespace Topologist
