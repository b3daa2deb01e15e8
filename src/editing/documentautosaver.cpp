// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentautosaver.h"

#include "topologydocument.h"

#include <QDateTime>
#include <QUndoStack>

namespace Topologist {

DocumentAutosaver::DocumentAutosaver(TopologyDocument *document,
                                     const RecoveryStore &store,
                                     QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_file(std::make_unique<RecoveryFile>(store.newRecoveryPath()))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultInterval());
    connect(&m_timer, &QTimer::timeout, this, [this] { saveNow(); });
    connect(document->undoStack(), &QUndoStack::indexChanged, this, [this] { documentChanged(); });
    connect(document, &TopologyDocument::modifiedChanged, this, [this] { documentChanged(); });
    connect(document, &QObject::destroyed, this, [this] {
        m_document = nullptr;
        m_timer.stop();
    });
}

DocumentAutosaver::~DocumentAutosaver()
{
    m_file->remove();
}

int DocumentAutosaver::defaultInterval()
{
    bool ok = false;
    const int configured = qEnvironmentVariableIntValue("TOPOLOGIST_AUTOSAVE_INTERVAL_MS", &ok);
    return ok && configured > 0 ? configured : 30000;
}

void DocumentAutosaver::adopt(const QString &recoveryFile)
{
    m_file->remove();
    m_file = std::make_unique<RecoveryFile>(recoveryFile);
    QString error;
    if (!m_file->claim(&error))
        emit autosaveFailed(error);
    documentChanged();
}

void DocumentAutosaver::documentChanged()
{
    if (!m_document)
        return;
    if (!m_document->isModified()) {
        m_timer.stop();
        m_file->remove();
        return;
    }
    // Not restarted on every change: a steady stream of edits is still saved every interval.
    if (!m_timer.isActive())
        m_timer.start();
}

bool DocumentAutosaver::saveNow(QString *error)
{
    QString message;
    if (!m_document || !m_document->isModified()) {
        message = tr("Nothing to autosave");
    } else {
        RecoveryEntry entry;
        entry.originalPath = m_document->filePath();
        entry.displayName = m_document->displayName();
        entry.savedAt = QDateTime::currentDateTimeUtc();
        entry.base = m_document->diskFingerprint();
        entry.contents = m_document->serialize();
        if (m_file->write(entry, &message)) {
            emit autosaved(m_file->path());
            return true;
        }
        emit autosaveFailed(message);
    }
    if (error)
        *error = message;
    return false;
}

} // namespace Topologist
