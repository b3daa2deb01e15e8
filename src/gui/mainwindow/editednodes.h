// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace Topologist {

class TopologyDocument;

/// The nodes the document's last undo-stack step touched (a command pushed, undone or redone;
/// a macro or a jump in the history counts as one step), so the window can show the user what
/// an undo or redo changed. Nodes that are gone after the step are left out.
class EditedNodes : public QObject
{
    Q_OBJECT

public:
    explicit EditedNodes(QObject *parent = nullptr);

    void setDocument(TopologyDocument *document);
    /// The nodes of the last step, in topology order.
    QStringList lastStep() const;

private:
    void touch(const QString &name) { m_current.insert(name); }
    void stepEnded();

    QPointer<TopologyDocument> m_document;
    QSet<QString> m_current;
    QSet<QString> m_last;
};

} // namespace Topologist
