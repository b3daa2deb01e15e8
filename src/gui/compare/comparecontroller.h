// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/toscaarchive.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QMessageBox;

namespace Topologist {

class CanvasWidget;
class ChangesPanel;
class Comparison;
class SelectionModel;
class TopologyDocument;
class TypeCatalog;

/// File > Compare With: reads the other version (another file, or the document's file as git's
/// HEAD has it), makes the Comparison, and shows it on the canvas (ChangeMarks) and in the
/// Changes dock until the user ends it (End Comparison, the dock's close button, Escape in
/// it) or another document comes. What cannot be read is said in a message, naming the file
/// and git's or the reader's reason; the document is never touched.
class CompareController : public QObject
{
    Q_OBJECT

public:
    /// Adds the Changes dock to `window`, hidden; `fileFilter` is the file dialog's.
    CompareController(const TypeCatalog &catalog,
                      CanvasWidget *canvas,
                      QMainWindow *window,
                      const QString &fileFilter);

    QDockWidget *dock() const { return m_dock; }
    ChangesPanel *panel() const { return m_panel; }
    /// Another File…, Version in HEAD (when the file is in a git work tree), End Comparison.
    QMenu *menu() const { return m_menu; }
    /// The comparison shown, or null.
    Comparison *comparison() const { return m_comparison; }
    /// The last message about a version that could not be read, while it is open (tests).
    QMessageBox *errorBox() const;

    /// The document to compare; ends the comparison of the previous one.
    void setDocument(TopologyDocument *document, SelectionModel *selection);
    /// Compares the document with the topology in `path`; false after saying why it cannot.
    bool compareWithFile(const QString &path);
    /// Compares the document with its file in git's HEAD; false after saying why it cannot.
    bool compareWithHead();
    void endComparison();

private:
    void createMenu();
    void chooseFile();
    void updateActions();
    bool start(const std::optional<ToscaArchive> &other, const QString &name, const QString &error);
    void showError(const QString &text);

    const TypeCatalog &m_catalog;
    CanvasWidget *m_canvas;
    QMainWindow *m_window;
    QString m_fileFilter;
    QDockWidget *m_dock;
    ChangesPanel *m_panel;
    QMenu *m_menu = nullptr;
    QAction *m_withFile = nullptr;
    QAction *m_withHead = nullptr;
    QAction *m_end = nullptr;
    QPointer<TopologyDocument> m_document;
    QPointer<SelectionModel> m_selection;
    Comparison *m_comparison = nullptr;
    QPointer<QMessageBox> m_errorBox;
};

} // namespace Topologist
