// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4cloudpushrecord.h"

#include <QString>

#include <optional>

namespace Topologist {

/// The last push of each archive to each server, so that the next push can show what changed
/// since (Alien4CloudPushChanges). Kept where it survives restarts and never in the user's
/// project: `<GenericDataLocation>/Topologist/push-history` (or the folder named by the
/// environment variable TOPOLOGIST_PUSH_HISTORY_DIR, for tests), shared by the designer and
/// topologist-cli.
///
/// One file per server and archive, named by a hash of the two: a line `TOPOLOGIST-PUSH 1`, a
/// line of JSON (server, archive, time, size) and the definitions' bytes, written atomically.
/// The history is bounded: at most MaxRecords files (the least recently pushed go first), none
/// larger than MaxDefinitionsBytes. A record that is missing, unreadable, cut short or for
/// another server or archive is no previous push, never an error.
class Alien4CloudPushHistory
{
public:
    static constexpr int MaxRecords = 100;
    static constexpr qint64 MaxDefinitionsBytes = 8ll * 1024 * 1024;

    explicit Alien4CloudPushHistory(const QString &folder = defaultFolder());

    static QString defaultFolder();
    QString folder() const { return m_folder; }

    /// Replaces the record of its server and archive, then forgets the oldest records beyond
    /// MaxRecords. False when it could not be written; then no record of that server and
    /// archive is left either, so that an older push never passes for the last one.
    bool record(const Alien4CloudPushRecord &record) const;
    /// The last push of `archive` to `server`, or nothing.
    std::optional<Alien4CloudPushRecord> last(const QString &server, const QString &archive) const;

    /// The file that holds the record of `server` and `archive`.
    QString pathFor(const QString &server, const QString &archive) const;

private:
    /// Removes the oldest records beyond MaxRecords, never `kept`.
    void prune(const QString &kept) const;

    QString m_folder;
};

} // namespace Topologist
