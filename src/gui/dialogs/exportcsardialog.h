// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csar/csarexporter.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;

namespace Topologist {

// In Topologist:: so that the form's texts have the class's tr() context.
namespace Ui {
class ExportCsarDialog;
}

class TopologyDocument;

/// File > Export CSAR: where to write the topology's CSAR, whether to also write the type
/// archives it imports (self-contained) and whether to export despite validation errors.
///
/// A topology without a template name or with a version Alien4Cloud refuses gets fields for
/// them; exporting applies them to the document first as one undoable header edit, since the
/// CSAR's id (name:version) has to be the topology's own. A refusal (validation errors, missing
/// files, a disk error) is shown inside the dialog, which stays open so the user can force the
/// export or pick another place; the validation errors also stay in the problems list.
///
/// exportNow() does the work, so the dialog can be driven without exec() (tests, open()).
class ExportCsarDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportCsarDialog(TopologyDocument *document, QWidget *parent = nullptr);
    ~ExportCsarDialog() override;

    QString outputPath() const;
    void setOutputPath(const QString &path);
    bool selfContained() const;
    void setSelfContained(bool on);
    bool force() const;
    void setForce(bool on);
    /// Whether the name and version fields are shown (the topology lacks either).
    bool asksForIdentity() const;
    void setTemplateName(const QString &name);
    void setTemplateVersion(const QString &version);

    /// The result of the last export (valid after exportNow()).
    const CsarExporter::Result &exportResult() const { return m_result; }
    /// The refusal or error text shown in the dialog (headline, then details); empty when there
    /// is none.
    QString errorText() const;
    /// For the status bar after a successful export: the file, and the type archives written
    /// beside it.
    QString successMessage() const;
    /// "marathon-topology-1.4.0-SNAPSHOT.csar" beside the topology's file, else in the last
    /// folder used.
    static QString defaultOutputPath(const TopologyDocument &document);

public slots:
    /// Applies a new name and version if asked for, exports, and accepts the dialog on
    /// success; on refusal shows why and stays open. Returns whether the CSAR was written.
    bool exportNow();

private:
    void browse();
    void updateState();
    void showIdentityFields(bool shown);
    bool applyIdentity();
    void showError(const QString &headline, const QStringList &details);
    QString suggestedPath() const;

    std::unique_ptr<Ui::ExportCsarDialog> m_ui;
    QPointer<TopologyDocument> m_document;
    /// Added in code: a QDialogButtonBox in a form holds standard buttons only.
    QPushButton *m_exportButton;
    /// The path still follows the name and version until the user types or picks one.
    bool m_pathEdited = false;
    CsarExporter::Result m_result;
};

} // namespace Topologist
