// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/exportcsardialog.h"
#include "plaintext.h"

#include "documentactions.h"
#include "statuscolors.h"
#include "topologydocument.h"
#include "ui_exportcsardialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace Topologist {

namespace {

const QString selfContainedKey = QStringLiteral("exportCsar/selfContained");

bool needsIdentity(const ToscaArchive &archive)
{
    return archive.name.trimmed().isEmpty() || !CsarExporter::isValidVersion(archive.version);
}

int validationErrorCount(const TopologyDocument &document)
{
    int errors = 0;
    for (const Problem &problem : document.problems()) {
        if (problem.severity == Severity::Error && !TopologyDocument::isServerProblem(problem))
            ++errors;
    }
    return errors;
}

} // namespace

ExportCsarDialog::ExportCsarDialog(TopologyDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportCsarDialog>())
    , m_document(document)
{
    // The form shows file names and messages about the topology as plain text: text from
    // outside, shown as written.
    m_ui->setupUi(this);
    m_exportButton = m_ui->buttonBox->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    StatusColors::showAsWarning(m_ui->overwriteWarning);
    StatusColors::showAsError(m_ui->errorText);
    m_ui->selfContained->setChecked(QSettings().value(selfContainedKey, false).toBool());

    connect(m_ui->browse, &QPushButton::clicked, this, &ExportCsarDialog::browse);
    connect(m_ui->outputPath, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_ui->outputPath, &QLineEdit::textChanged, this, &ExportCsarDialog::updateState);
    const auto followIdentity = [this] {
        if (!m_pathEdited)
            m_ui->outputPath->setText(suggestedPath());
    };
    connect(m_ui->templateName, &QLineEdit::textChanged, this, followIdentity);
    connect(m_ui->templateVersion, &QLineEdit::textChanged, this, followIdentity);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Not QDialogButtonBox::accepted -> accept(): the dialog closes only once the file exists.
    connect(m_exportButton, &QPushButton::clicked, this, &ExportCsarDialog::exportNow);

    if (m_document) {
        const ToscaArchive &archive = m_document->archive();
        m_ui->templateName->setText(archive.name);
        m_ui->templateVersion->setText(archive.version);
        showIdentityFields(needsIdentity(archive));
        m_ui->outputPath->setText(defaultOutputPath(*m_document));
        const int errors = validationErrorCount(*m_document);
        if (errors > 0) {
            m_ui->validationNote->setText(
                (errors == 1 ? tr("The topology has 1 validation error (see the Problems list).")
                             : tr("The topology has %1 validation errors (see the Problems list).")
                                   .arg(errors))
                + QLatin1Char(' ')
                + tr("The export is refused unless you export despite them; Alien4Cloud is "
                     "likely to refuse such an archive too."));
        }
        m_ui->validationNote->setVisible(errors > 0);
    } else {
        showIdentityFields(false);
        m_ui->validationNote->hide();
    }
    m_ui->errorText->hide();
    m_ui->errorDetails->hide();
    updateState();
}

ExportCsarDialog::~ExportCsarDialog() = default;

QString ExportCsarDialog::defaultOutputPath(const TopologyDocument &document)
{
    const ToscaArchive &archive = document.archive();
    QString folder;
    if (!document.filePath().isEmpty())
        folder = QFileInfo(document.filePath()).absolutePath();
    else if (!document.sourceArchivePath().isEmpty())
        folder = QFileInfo(document.sourceArchivePath()).absolutePath();
    else
        folder = QSettings().value(QStringLiteral("lastDirectory"), QDir::homePath()).toString();
    QString name = archive.name.trimmed();
    if (name.isEmpty())
        name = QFileInfo(document.displayName()).completeBaseName();
    const QString version = archive.version.trimmed();
    const QString file = version.isEmpty() ? name + QStringLiteral(".csar")
                                           : CsarExporter::defaultFileName(name, version);
    return QDir(folder).filePath(file);
}

QString ExportCsarDialog::suggestedPath() const
{
    QString folder = QFileInfo(m_ui->outputPath->text()).absolutePath();
    if (m_ui->outputPath->text().trimmed().isEmpty() && m_document)
        folder = QFileInfo(defaultOutputPath(*m_document)).absolutePath();
    const QString name = m_ui->templateName->text().trimmed();
    const QString version = m_ui->templateVersion->text().trimmed();
    if (name.isEmpty())
        return m_ui->outputPath->text();
    const QString file = version.isEmpty() ? name + QStringLiteral(".csar")
                                           : CsarExporter::defaultFileName(name, version);
    return QDir(folder).filePath(file);
}

QString ExportCsarDialog::outputPath() const
{
    return m_ui->outputPath->text().trimmed();
}

void ExportCsarDialog::setOutputPath(const QString &path)
{
    m_pathEdited = true;
    m_ui->outputPath->setText(path);
}

bool ExportCsarDialog::selfContained() const
{
    return m_ui->selfContained->isChecked();
}

void ExportCsarDialog::setSelfContained(bool on)
{
    m_ui->selfContained->setChecked(on);
}

bool ExportCsarDialog::force() const
{
    return m_ui->force->isChecked();
}

void ExportCsarDialog::setForce(bool on)
{
    m_ui->force->setChecked(on);
}

bool ExportCsarDialog::asksForIdentity() const
{
    return !m_ui->identityGroup->isHidden();
}

void ExportCsarDialog::setTemplateName(const QString &name)
{
    m_ui->templateName->setText(name);
}

void ExportCsarDialog::setTemplateVersion(const QString &version)
{
    m_ui->templateVersion->setText(version);
}

void ExportCsarDialog::showIdentityFields(bool shown)
{
    m_ui->identityGroup->setVisible(shown);
    if (shown)
        (m_ui->templateName->text().trimmed().isEmpty() ? m_ui->templateName
                                                        : m_ui->templateVersion)
            ->setFocus();
}

QString ExportCsarDialog::errorText() const
{
    if (m_ui->errorText->isHidden())
        return QString();
    return m_ui->errorDetails->isHidden()
               ? m_ui->errorText->text()
               : m_ui->errorText->text() + QLatin1Char('\n') + m_ui->errorDetails->toPlainText();
}

QString ExportCsarDialog::successMessage() const
{
    if (!m_result.ok() || m_result.archivePath.isEmpty())
        return QString();
    const QString file = QDir::toNativeSeparators(m_result.archivePath);
    if (m_result.dependencyArchives.isEmpty())
        return tr("Exported %1").arg(file);
    QStringList names;
    for (const QString &path : m_result.dependencyArchives)
        names << QFileInfo(path).fileName();
    return tr("Exported %1 and %n type archives: %2",
              nullptr,
              int(m_result.dependencyArchives.size()))
        .arg(file, names.join(QStringLiteral(", ")));
}

void ExportCsarDialog::updateState()
{
    const QString path = outputPath();
    m_exportButton->setEnabled(!path.isEmpty());
    m_ui->overwriteWarning->setVisible(!path.isEmpty() && QFileInfo(path).isFile());
}

void ExportCsarDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export CSAR"), outputPath(), tr("CSAR archives (*.csar *.zip)"));
    if (path.isEmpty())
        return;
    setOutputPath(path);
}

void ExportCsarDialog::showError(const QString &headline, const QStringList &details)
{
    m_ui->errorText->setText(headline);
    m_ui->errorText->setVisible(!headline.isEmpty());
    m_ui->errorDetails->setPlainText(details.join(QLatin1Char('\n')));
    m_ui->errorDetails->setVisible(!details.isEmpty());
}

bool ExportCsarDialog::applyIdentity()
{
    const QString name = m_ui->templateName->text().trimmed();
    const QString version = m_ui->templateVersion->text().trimmed();
    if (name.isEmpty()) {
        showError(tr("Give the archive a name: Alien4Cloud imports it as name:version."), {});
        m_ui->templateName->setFocus();
        return false;
    }
    if (!CsarExporter::isValidVersion(version)) {
        showError(tr("\"%1\" is not a version Alien4Cloud accepts: use numbers separated by dots, "
                     "optionally followed by a qualifier, e.g. 1.4.0 or 1.4.0-SNAPSHOT.")
                      .arg(version),
                  {});
        m_ui->templateVersion->setFocus();
        return false;
    }
    m_document->actions().setHeader(name, version);
    return true;
}

bool ExportCsarDialog::exportNow()
{
    if (!m_document)
        return false;
    showError(QString(), {});
    if (asksForIdentity() && !applyIdentity())
        return false;
    QString path = outputPath();
    if (path.isEmpty()) {
        showError(tr("Choose where to write the CSAR."), {});
        return false;
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csar");
    path = QFileInfo(path).absoluteFilePath();

    CsarExporter::Options options;
    options.force = force();
    options.selfContained = selfContained();
    m_result = CsarExporter::exportTopology(m_document->csarSource(), path, options);
    if (!m_result.ok()) {
        if (m_result.refusal == CsarExporter::Refusal::MissingNameOrVersion) {
            showIdentityFields(true);
            showError(m_result.summary(), {});
        } else if (m_result.refusal == CsarExporter::Refusal::ValidationErrors) {
            QStringList lines;
            for (const Problem &problem : std::as_const(m_result.errors))
                lines << problem.toString();
            showError(
                (m_result.errors.size() == 1
                     ? tr("Not exported: the topology has 1 validation error.")
                     : tr("Not exported: the topology has %1 validation errors.")
                           .arg(m_result.errors.size()))
                    + QLatin1Char(' ')
                    + tr("Fix them (they are in the Problems list), or check \"Export despite "
                         "validation errors\"."),
                lines);
        } else {
            // The summary's first line says what happened, the rest lists the files or errors.
            QStringList lines = m_result.summary().split(QLatin1Char('\n'));
            const QString headline = lines.takeFirst();
            for (QString &line : lines)
                line = line.trimmed();
            showError(headline, lines);
        }
        return false;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    settings.setValue(selfContainedKey, selfContained());
    accept();
    return true;
}

} // namespace Topologist
