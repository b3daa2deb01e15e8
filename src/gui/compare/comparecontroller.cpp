// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/comparecontroller.h"

#include "canvas/canvaswidget.h"
#include "compare/changespanel.h"
#include "comparison.h"
#include "comparisonsource.h"
#include "selectionmodel.h"
#include "topologydocument.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace Topologist {

CompareController::CompareController(const TypeCatalog &catalog,
                                     CanvasWidget *canvas,
                                     QMainWindow *window,
                                     const QString &fileFilter)
    : QObject(window)
    , m_catalog(catalog)
    , m_canvas(canvas)
    , m_window(window)
    , m_fileFilter(fileFilter)
    , m_dock(new QDockWidget(tr("Changes"), window))
    , m_panel(new ChangesPanel(m_dock))
{
    m_dock->setObjectName(QStringLiteral("changesDock"));
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    connect(m_panel, &ChangesPanel::revealNode, canvas, &CanvasWidget::revealNode);
    connect(m_panel, &ChangesPanel::endRequested, this, &CompareController::endComparison);
    createMenu();
}

QMessageBox *CompareController::errorBox() const
{
    return m_errorBox;
}

void CompareController::createMenu()
{
    m_menu = new QMenu(tr("Compare &With"), m_window);
    m_menu->setObjectName(QStringLiteral("menuCompareWith"));
    m_withFile = m_menu->addAction(tr("Another &File…"));
    m_withFile->setObjectName(QStringLiteral("actionCompareWithFile"));
    m_withFile->setStatusTip(tr("Show what changed between another topology file and this one"));
    connect(m_withFile, &QAction::triggered, this, &CompareController::chooseFile);
    m_withHead = m_menu->addAction(tr("Version in &HEAD"));
    m_withHead->setObjectName(QStringLiteral("actionCompareWithHead"));
    m_withHead->setStatusTip(tr("Show what changed since the file's last commit in git"));
    connect(m_withHead, &QAction::triggered, this, &CompareController::compareWithHead);
    m_menu->addSeparator();
    m_end = m_menu->addAction(tr("&End Comparison"));
    m_end->setObjectName(QStringLiteral("actionEndComparison"));
    connect(m_end, &QAction::triggered, this, &CompareController::endComparison);
    // Whether the file is in a git work tree is asked when the menu opens, not on every edit.
    connect(m_menu, &QMenu::aboutToShow, this, &CompareController::updateActions);
    m_withFile->setEnabled(false);
    m_end->setEnabled(false);
}

void CompareController::updateActions()
{
    const QString path = m_document ? m_document->filePath() : QString();
    m_withFile->setEnabled(m_document != nullptr);
    QString why;
    const bool head = ComparisonSource::canUseHead(path, &why);
    m_withHead->setEnabled(head);
    // A greyed entry says why, so that nobody wonders what is missing.
    m_withHead->setText(head ? tr("Version in &HEAD") : tr("Version in &HEAD (%1)").arg(why));
    m_end->setEnabled(m_comparison != nullptr);
}

void CompareController::setDocument(TopologyDocument *document, SelectionModel *selection)
{
    endComparison();
    m_document = document;
    m_selection = selection;
    m_withFile->setEnabled(document != nullptr);
}

void CompareController::chooseFile()
{
    const QString dir = QSettings().value(QStringLiteral("lastDirectory")).toString();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Compare With Another File"), dir, m_fileFilter);
    if (!path.isEmpty())
        compareWithFile(path);
}

bool CompareController::compareWithFile(const QString &path)
{
    if (!m_document)
        return false;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<ToscaArchive> other = ComparisonSource::file(path, m_catalog, &error);
    QApplication::restoreOverrideCursor();
    return start(other, QFileInfo(path).fileName(), error);
}

bool CompareController::compareWithHead()
{
    if (!m_document)
        return false;
    const QString path = m_document->filePath();
    if (path.isEmpty()) {
        showError(tr("This topology has no file yet: save it in a git repository to compare it "
                     "with the last commit."));
        return false;
    }
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<ToscaArchive> other = ComparisonSource::head(path, m_catalog, &error);
    QApplication::restoreOverrideCursor();
    return start(
        other,
        tr("HEAD"),
        tr("The version of %1 in HEAD cannot be read: %2").arg(QFileInfo(path).fileName(), error));
}

bool CompareController::start(const std::optional<ToscaArchive> &other,
                              const QString &name,
                              const QString &error)
{
    if (!other) {
        showError(error);
        return false;
    }
    endComparison();
    m_comparison = new Comparison(m_document, *other, name, this);
    m_canvas->setComparison(m_comparison);
    m_panel->setComparison(m_comparison, m_selection);
    m_dock->show();
    m_dock->raise();
    updateActions();
    return true;
}

void CompareController::endComparison()
{
    if (!m_comparison)
        return;
    m_panel->setComparison(nullptr, nullptr);
    m_canvas->setComparison(nullptr);
    delete std::exchange(m_comparison, nullptr);
    m_dock->hide();
    m_end->setEnabled(false);
}

void CompareController::showError(const QString &text)
{
    if (m_errorBox)
        m_errorBox->close();
    m_errorBox = new QMessageBox(
        QMessageBox::Warning, tr("Compare With"), text, QMessageBox::Ok, m_window);
    m_errorBox->setAttribute(Qt::WA_DeleteOnClose);
    m_errorBox->setWindowModality(Qt::WindowModal);
    m_errorBox->open();
}

} // namespace Topologist
