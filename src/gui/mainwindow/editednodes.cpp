// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/editednodes.h"

#include "topologydocument.h"

#include <QUndoStack>

namespace Topologist {

EditedNodes::EditedNodes(QObject *parent)
    : QObject(parent)
{}

void EditedNodes::setDocument(TopologyDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_current.clear();
    m_last.clear();
    if (!document)
        return;
    connect(document, &TopologyDocument::nodeAdded, this, &EditedNodes::touch);
    connect(document, &TopologyDocument::nodeChanged, this, [this](const QString &name) {
        touch(name);
    });
    connect(document, &TopologyDocument::nodesMoved, this, [this](const QStringList &names) {
        for (const QString &name : names)
            touch(name);
    });
    connect(document,
            &TopologyDocument::nodeRenamed,
            this,
            [this](const QString &from, const QString &to) {
                m_current.remove(from);
                touch(to);
            });
    connect(document, &TopologyDocument::nodeRemoved, this, [this](const QString &name) {
        m_current.remove(name);
    });
    connect(document, &TopologyDocument::documentReset, this, [this] { m_current.clear(); });
    // The stack says a step ended after the step's own signals (a macro: once, at its end).
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &EditedNodes::stepEnded);
}

void EditedNodes::stepEnded()
{
    m_last = std::exchange(m_current, {});
}

QStringList EditedNodes::lastStep() const
{
    QStringList names;
    if (!m_document || m_last.isEmpty())
        return names;
    for (const NodeTemplate &node : m_document->topology().nodes()) {
        if (m_last.contains(node.name))
            names << node.name;
    }
    return names;
}

} // namespace Topologist
