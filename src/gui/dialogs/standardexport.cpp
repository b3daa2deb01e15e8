// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/standardexport.h"

#include "csar/csarexporter.h"
#include "standard/standardtoscaconverter.h"
#include "topologydocument.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace Topologist {

namespace {

/// The message box lists this many keys; its details have them all.
constexpr int shownKeys = 8;

QString versionOf(const QString &dialect)
{
    // tosca_simple_yaml_1_2 -> 1.2
    return dialect.section(QStringLiteral("yaml_"), 1).replace(QLatin1Char('_'), QLatin1Char('.'));
}

} // namespace

QString StandardExport::actionText()
{
    return tr("Export &Standard TOSCA (%1)…").arg(versionOf(StandardToscaConverter::dialect()));
}

QString StandardExport::suggestedPath(const TopologyDocument &document)
{
    const QString file = document.filePath();
    const QString folder
        = !file.isEmpty() && !file.startsWith(QLatin1Char(':'))
              ? QFileInfo(file).absolutePath()
              : QSettings().value(QStringLiteral("lastDirectory"), QDir::homePath()).toString();
    QString base = file.isEmpty() ? QString() : QFileInfo(file).completeBaseName();
    if (base.isEmpty())
        base = CsarExporter::safeFileName(document.archive().name);
    if (base.isEmpty())
        base = QStringLiteral("topology");
    return QDir(folder).filePath(base + QStringLiteral("-standard.csar"));
}

StandardToscaExporter::Result StandardExport::run(const TopologyDocument &document, QWidget *parent)
{
    const QString path
        = QFileDialog::getSaveFileName(parent,
                                       tr("Export Standard TOSCA"),
                                       suggestedPath(document),
                                       tr("CSAR archive (*.csar);;TOSCA YAML (*.yaml *.yml)"));
    if (path.isEmpty())
        return {};
    return StandardToscaExporter::exportTopology(document.csarSource(), path);
}

QMessageBox *StandardExport::report(const StandardToscaExporter::Result &result, QWidget *parent)
{
    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("standardExportReport"));
    box->setWindowTitle(tr("Export Standard TOSCA"));
    const QString summary = result.summary();
    if (!result.ok) {
        box->setIcon(QMessageBox::Critical);
        box->setText(summary.section(QLatin1Char('\n'), 0, 0));
        box->setInformativeText(summary.section(QLatin1Char('\n'), 1).trimmed());
        return box;
    }
    box->setIcon(QMessageBox::Information);
    box->setText(
        tr("Wrote %1 as standard TOSCA (%2).")
            .arg(QDir::toNativeSeparators(result.outputPath), StandardToscaConverter::dialect()));
    if (result.dropped.isEmpty()) {
        box->setInformativeText(tr("Nothing was left out."));
        return box;
    }
    QStringList keys;
    for (const DroppedKey &key : result.dropped)
        keys << key.toString();
    QStringList shown = keys.mid(0, shownKeys);
    if (keys.size() > shownKeys)
        shown << tr("… and %n more (see the details)", nullptr, int(keys.size() - shownKeys));
    box->setInformativeText(
        tr("Left out %n keys only Alien4Cloud reads:", nullptr, int(keys.size()))
        + QStringLiteral("\n• ") + shown.join(QStringLiteral("\n• ")));
    box->setDetailedText(keys.join(QLatin1Char('\n')));
    return box;
}

} // namespace Topologist
