// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recovery/recoveryfile.h"
#include "recovery/recoverystore.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace Topologist {

class TopologyDocument;

/// Writes a document's unsaved changes to its recovery file (see RecoveryStore) a while after
/// each change, never to the user's file. A clean document (saved, or undone back to what was
/// saved) has no recovery file; destroying the autosaver means the document was closed, so its
/// file goes too. Only a crash or a kill leaves one behind.
class DocumentAutosaver : public QObject
{
    Q_OBJECT

public:
    DocumentAutosaver(TopologyDocument *document,
                      const RecoveryStore &store,
                      QObject *parent = nullptr);
    ~DocumentAutosaver() override;

    /// 30 s, or the milliseconds in the environment variable TOPOLOGIST_AUTOSAVE_INTERVAL_MS.
    static int defaultInterval();
    int interval() const { return m_timer.interval(); }
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }

    QString recoveryPath() const { return m_file->path(); }
    /// Continues a crashed session's recovery file for the document restored from it, so the
    /// autosave is not lost if this session dies before its first autosave.
    void adopt(const QString &recoveryFile);
    /// Writes the recovery file now (if the document is modified); false with `error` otherwise.
    bool saveNow(QString *error = nullptr);

signals:
    void autosaved(const QString &recoveryFile);
    void autosaveFailed(const QString &error);

private:
    void documentChanged();

    TopologyDocument *m_document;
    std::unique_ptr<RecoveryFile> m_file;
    QTimer m_timer;
};

} // namespace Topologist
