// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Topologist {

// In Topologist:: so that the form's texts have the class's tr() context.
namespace Ui {
class TypeLibrariesDialog;
}

class TypeLibraryManager;

/// Types > Type Libraries…: the library folders, the archives found in each with their
/// versions, and what is wrong with the rest. Every change goes through the manager, which
/// keeps the catalog and the settings; the dialog only shows them.
class TypeLibrariesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TypeLibrariesDialog(TypeLibraryManager *manager, QWidget *parent = nullptr);
    ~TypeLibrariesDialog() override;

    /// Adds @p folder as the Add Folder button does, without asking (tests, drops).
    bool addFolder(const QString &folder);
    QString currentLibrary() const;

private:
    void chooseFolder();
    void removeCurrent();
    void refreshCurrent();
    void showLibraries();
    void showLibrary(const QString &root);

    std::unique_ptr<Ui::TypeLibrariesDialog> m_ui;
    TypeLibraryManager *m_manager;
};

} // namespace Topologist
