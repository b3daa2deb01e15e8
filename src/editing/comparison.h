// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/change.h"
#include "model/toscaarchive.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

namespace Topologist {

class TopologyDocument;

/// The open document compared with another version of it (another file, the version in git's
/// HEAD): the changes from that version to the document as it is now, computed again after
/// every edit, for the canvas and the Changes panel to show. The other version is read once
/// and kept; the document stays the truth, and nothing here changes it.
class Comparison : public QObject
{
    Q_OBJECT

public:
    Comparison(TopologyDocument *document,
               ToscaArchive other,
               const QString &otherName,
               QObject *parent = nullptr);

    TopologyDocument *document() const;
    /// What the document is compared with, for titles ("HEAD", a file name).
    QString otherName() const { return m_otherName; }
    const ToscaArchive &other() const { return m_other; }
    /// The changes of the model (nodes that only moved on the canvas are left out), in
    /// TopologyDiff's order.
    const Changes &changes() const { return m_changes; }
    /// How node `name` of the document differs from the other version: Added, Renamed,
    /// Retyped, or Modified for any other change in it; nothing when it does not.
    std::optional<Change::Kind> nodeChange(const QString &name) const;
    /// Nodes of the other version the document does not have (under any name).
    QStringList removedNodes() const { return m_removed; }

signals:
    /// The changes were computed again (after an edit of the document).
    void changed();

private:
    void recompute();

    QPointer<TopologyDocument> m_document;
    ToscaArchive m_other;
    QString m_otherName;
    Changes m_changes;
    QHash<QString, Change::Kind> m_nodeChanges;
    QStringList m_removed;
};

} // namespace Topologist
