// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraries/typelibrariesdialog.h"

#include "catalog/typecatalog.h"
#include "libraries/typelibrarymanager.h"
#include "ui_typelibrariesdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStyle>

#include <algorithm>

namespace Topologist {

namespace {

constexpr int RootRole = Qt::UserRole + 1;

} // namespace

TypeLibrariesDialog::TypeLibrariesDialog(TypeLibraryManager *manager, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TypeLibrariesDialog>())
    , m_manager(manager)
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(1, 2);
    connect(m_ui->addButton, &QPushButton::clicked, this, &TypeLibrariesDialog::chooseFolder);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &TypeLibrariesDialog::removeCurrent);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &TypeLibrariesDialog::refreshCurrent);
    connect(m_ui->librariesList, &QListWidget::currentItemChanged, this, [this] {
        showLibrary(currentLibrary());
    });
    connect(m_manager,
            &TypeLibraryManager::librariesChanged,
            this,
            &TypeLibrariesDialog::showLibraries);
    showLibraries();
}

TypeLibrariesDialog::~TypeLibrariesDialog() = default;

QString TypeLibrariesDialog::currentLibrary() const
{
    const QListWidgetItem *item = m_ui->librariesList->currentItem();
    return item ? item->data(RootRole).toString() : QString();
}

bool TypeLibrariesDialog::addFolder(const QString &folder)
{
    Diagnostics diagnostics;
    const bool added = m_manager->addLibrary(folder, &diagnostics);
    if (!added) {
        QStringList lines;
        for (const Diagnostic &d : std::as_const(diagnostics))
            lines << d.toString();
        auto *box = new QMessageBox(QMessageBox::Warning,
                                    tr("Add Type Library"),
                                    tr("%1 holds no TOSCA archive Topologist can use.")
                                        .arg(QDir::toNativeSeparators(folder)),
                                    QMessageBox::Ok,
                                    this);
        box->setTextFormat(Qt::PlainText);
        box->setDetailedText(lines.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    const QString root = QFileInfo(folder).absoluteFilePath();
    for (int row = 0; row < m_ui->librariesList->count(); ++row) {
        if (m_ui->librariesList->item(row)->data(RootRole).toString() == root)
            m_ui->librariesList->setCurrentRow(row);
    }
    return true;
}

void TypeLibrariesDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this,
        tr("Add Type Library"),
        QSettings().value(QStringLiteral("lastDirectory")).toString());
    if (!folder.isEmpty())
        addFolder(folder);
}

void TypeLibrariesDialog::removeCurrent()
{
    const QString root = currentLibrary();
    if (!root.isEmpty())
        m_manager->removeLibrary(root);
}

void TypeLibrariesDialog::refreshCurrent()
{
    const QString root = currentLibrary();
    if (!root.isEmpty())
        m_manager->refresh(root);
}

void TypeLibrariesDialog::showLibraries()
{
    const QString current = currentLibrary();
    const QSignalBlocker blocker(m_ui->librariesList);
    m_ui->librariesList->clear();
    for (const TypeLibrary *library : m_manager->catalog().libraries()) {
        // The folder's name says which checkout it is; the whole path is one hover away.
        const QDir dir(library->rootPath);
        auto *item = new QListWidgetItem(dir.dirName(), m_ui->librariesList);
        item->setData(RootRole, library->rootPath);
        item->setToolTip(tr("%1\n%2 archives, %3 problems")
                             .arg(QDir::toNativeSeparators(library->rootPath))
                             .arg(library->archiveIds.size())
                             .arg(library->problems.size()));
        if (!library->problems.isEmpty())
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        if (library->rootPath == current)
            m_ui->librariesList->setCurrentItem(item);
    }
    if (!m_ui->librariesList->currentItem() && m_ui->librariesList->count() > 0)
        m_ui->librariesList->setCurrentRow(0);
    m_ui->removeButton->setEnabled(m_ui->librariesList->count() > 0);
    m_ui->refreshButton->setEnabled(m_ui->librariesList->count() > 0);
    showLibrary(currentLibrary());
}

void TypeLibrariesDialog::showLibrary(const QString &root)
{
    m_ui->archivesTree->clear();
    m_ui->problemsList->clear();
    const TypeCatalog &catalog = m_manager->catalog();
    const TypeLibrary *library = root.isEmpty() ? nullptr : catalog.library(root);
    if (!library) {
        m_ui->archivesLabel->setText(tr("Ar&chives:"));
        m_ui->problemsLabel->setText(tr("&Problems:"));
        return;
    }
    const QDir dir(library->rootPath);
    m_ui->archivesTree->setSortingEnabled(false);
    for (const QString &id : library->archiveIds) {
        const CatalogEntry *entry = catalog.find(id);
        if (!entry)
            continue;
        auto *item = new QTreeWidgetItem(
            m_ui->archivesTree,
            {entry->name,
             entry->version,
             QDir::toNativeSeparators(dir.relativeFilePath(entry->definitionsPath))});
        if (entry->isBroken())
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setToolTip(0, entry->archive.description);
    }
    m_ui->archivesTree->setSortingEnabled(true);
    m_ui->archivesTree->sortByColumn(0, Qt::AscendingOrder);
    // A few archive names run to a hundred characters; they must not push the version away.
    m_ui->archivesTree->resizeColumnToContents(0);
    m_ui->archivesTree->setColumnWidth(0, std::min(m_ui->archivesTree->columnWidth(0), 320));
    m_ui->archivesTree->resizeColumnToContents(1);
    for (const Diagnostic &problem : library->problems) {
        auto *item = new QListWidgetItem(
            QDir::toNativeSeparators(dir.relativeFilePath(problem.location.file))
                + QStringLiteral(": ") + problem.message,
            m_ui->problemsList);
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setData(Qt::UserRole, problem.code);
    }
    m_ui->archivesLabel->setText(tr("Ar&chives (%1):").arg(library->archiveIds.size()));
    m_ui->problemsLabel->setText(tr("&Problems (%1):").arg(library->problems.size()));
}

} // namespace Topologist
