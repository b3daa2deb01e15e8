// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/exportcsardialog.h"
#include "plaintext.h"

#include "documentactions.h"
#include "statuscolors.h"
#include "topologydocument.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

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
    , m_document(document)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_overwrite(new QLabel(this))
    , m_identity(new QGroupBox(tr("Archive name and version"), this))
    , m_name(new QLineEdit(this))
    , m_version(new QLineEdit(this))
    , m_identityHint(new QLabel(this))
    , m_selfContained(
          new QCheckBox(tr("Also export the imported &type archives (self-contained)"), this))
    , m_force(new QCheckBox(tr("Export despite &validation errors"), this))
    , m_validation(new QLabel(this))
    , m_error(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_exportButton(m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("ExportCsarDialog"));
    setWindowTitle(tr("Export CSAR"));

    m_path->setObjectName(QStringLiteral("outputPath"));
    m_path->setMinimumWidth(420);
    m_browse->setObjectName(QStringLiteral("browse"));
    m_overwrite->setObjectName(QStringLiteral("overwriteWarning"));
    // File names and messages about the topology: text from outside, shown as written.
    for (QLabel *label : {m_overwrite, m_identityHint, m_validation, m_error})
        label->setTextFormat(Qt::PlainText);
    m_overwrite->setText(tr("A file with this name exists; exporting replaces it."));
    StatusColors::showAsWarning(m_overwrite);
    m_name->setObjectName(QStringLiteral("templateName"));
    m_name->setPlaceholderText(tr("e.g. marathon-topology"));
    m_version->setObjectName(QStringLiteral("templateVersion"));
    m_version->setPlaceholderText(tr("e.g. 0.1.0-SNAPSHOT"));
    m_identity->setObjectName(QStringLiteral("identityGroup"));
    m_identityHint->setWordWrap(true);
    m_identityHint->setText(
        tr("Alien4Cloud imports an archive as name:version, and this topology lacks one of them "
           "(or has a version Alien4Cloud refuses). They are added to the topology's metadata "
           "when you export; Edit > Undo takes them back."));
    m_selfContained->setObjectName(QStringLiteral("selfContained"));
    m_selfContained->setToolTip(
        tr("Write each type archive the topology imports as its own CSAR beside the topology's, "
           "numbered in the order Alien4Cloud needs them uploaded."));
    m_selfContained->setChecked(QSettings().value(selfContainedKey, false).toBool());
    m_force->setObjectName(QStringLiteral("force"));
    m_validation->setObjectName(QStringLiteral("validationNote"));
    m_validation->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("errorText"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    StatusColors::showAsError(m_error);
    m_details->setObjectName(QStringLiteral("errorDetails"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setMaximumHeight(140);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    // A row whose field is a layout gets a label without buddy: the mnemonic needs one.
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(QString(), m_overwrite);

    auto *identityForm = new QFormLayout(m_identity);
    identityForm->addRow(m_identityHint);
    identityForm->addRow(tr("&Name:"), m_name);
    identityForm->addRow(tr("V&ersion:"), m_version);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_identity);
    layout->addWidget(m_selfContained);
    layout->addWidget(m_force);
    layout->addWidget(m_validation);
    layout->addWidget(m_error);
    layout->addWidget(m_details);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &ExportCsarDialog::browse);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_path, &QLineEdit::textChanged, this, &ExportCsarDialog::updateState);
    const auto followIdentity = [this] {
        if (!m_pathEdited)
            m_path->setText(suggestedPath());
    };
    connect(m_name, &QLineEdit::textChanged, this, followIdentity);
    connect(m_version, &QLineEdit::textChanged, this, followIdentity);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Not QDialogButtonBox::accepted -> accept(): the dialog closes only once the file exists.
    connect(m_exportButton, &QPushButton::clicked, this, &ExportCsarDialog::exportNow);

    if (m_document) {
        const ToscaArchive &archive = m_document->archive();
        m_name->setText(archive.name);
        m_version->setText(archive.version);
        showIdentityFields(needsIdentity(archive));
        m_path->setText(defaultOutputPath(*m_document));
        const int errors = validationErrorCount(*m_document);
        if (errors > 0) {
            m_validation->setText(
                (errors == 1 ? tr("The topology has 1 validation error (see the Problems list).")
                             : tr("The topology has %1 validation errors (see the Problems list).")
                                   .arg(errors))
                + QLatin1Char(' ')
                + tr("The export is refused unless you export despite them; Alien4Cloud is "
                     "likely to refuse such an archive too."));
        }
        m_validation->setVisible(errors > 0);
    } else {
        showIdentityFields(false);
        m_validation->hide();
    }
    m_error->hide();
    m_details->hide();
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
    QString folder = QFileInfo(m_path->text()).absolutePath();
    if (m_path->text().trimmed().isEmpty() && m_document)
        folder = QFileInfo(defaultOutputPath(*m_document)).absolutePath();
    const QString name = m_name->text().trimmed();
    const QString version = m_version->text().trimmed();
    if (name.isEmpty())
        return m_path->text();
    const QString file = version.isEmpty() ? name + QStringLiteral(".csar")
                                           : CsarExporter::defaultFileName(name, version);
    return QDir(folder).filePath(file);
}

QString ExportCsarDialog::outputPath() const
{
    return m_path->text().trimmed();
}

void ExportCsarDialog::setOutputPath(const QString &path)
{
    m_pathEdited = true;
    m_path->setText(path);
}

bool ExportCsarDialog::selfContained() const
{
    return m_selfContained->isChecked();
}

void ExportCsarDialog::setSelfContained(bool on)
{
    m_selfContained->setChecked(on);
}

bool ExportCsarDialog::force() const
{
    return m_force->isChecked();
}

void ExportCsarDialog::setForce(bool on)
{
    m_force->setChecked(on);
}

bool ExportCsarDialog::asksForIdentity() const
{
    return !m_identity->isHidden();
}

void ExportCsarDialog::setTemplateName(const QString &name)
{
    m_name->setText(name);
}

void ExportCsarDialog::setTemplateVersion(const QString &version)
{
    m_version->setText(version);
}

void ExportCsarDialog::showIdentityFields(bool shown)
{
    m_identity->setVisible(shown);
    if (shown)
        (m_name->text().trimmed().isEmpty() ? m_name : m_version)->setFocus();
}

QString ExportCsarDialog::errorText() const
{
    if (m_error->isHidden())
        return QString();
    return m_details->isHidden() ? m_error->text()
                                 : m_error->text() + QLatin1Char('\n') + m_details->toPlainText();
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
    return tr("Exported %1 and %2 type archive(s): %3")
        .arg(file)
        .arg(m_result.dependencyArchives.size())
        .arg(names.join(QStringLiteral(", ")));
}

void ExportCsarDialog::updateState()
{
    const QString path = outputPath();
    m_exportButton->setEnabled(!path.isEmpty());
    m_overwrite->setVisible(!path.isEmpty() && QFileInfo(path).isFile());
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
    m_error->setText(headline);
    m_error->setVisible(!headline.isEmpty());
    m_details->setPlainText(details.join(QLatin1Char('\n')));
    m_details->setVisible(!details.isEmpty());
}

bool ExportCsarDialog::applyIdentity()
{
    const QString name = m_name->text().trimmed();
    const QString version = m_version->text().trimmed();
    if (name.isEmpty()) {
        showError(tr("Give the archive a name: Alien4Cloud imports it as name:version."), {});
        m_name->setFocus();
        return false;
    }
    if (!CsarExporter::isValidVersion(version)) {
        showError(tr("\"%1\" is not a version Alien4Cloud accepts: use numbers separated by dots, "
                     "optionally followed by a qualifier, e.g. 1.4.0 or 1.4.0-SNAPSHOT.")
                      .arg(version),
                  {});
        m_version->setFocus();
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
