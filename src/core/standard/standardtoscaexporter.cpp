// SPDX-License-Identifier: GPL-3.0-or-later
#include "standard/standardtoscaexporter.h"

#include "catalog/referencedfiles.h"
#include "csar/csarwriter.h"
#include "csar/fileidentity.h"
#include "csar/unpackedcsar.h"
#include "standard/standardcodes.h"
#include "standard/standardtoscaconverter.h"
#include "yaml/toscawriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

namespace Topologist {

namespace {

// lupdate names a context after the enclosing class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StandardToscaExporter)
};

QByteArray write(const ToscaArchive &standard)
{
    ToscaWriter::Options options;
    options.dialect = StandardToscaConverter::dialect();
    return ToscaWriter().write(standard, options);
}

bool refuseOntoInput(const CsarExporter::Source &source,
                     const QString &outputPath,
                     StandardToscaExporter::Result *result)
{
    QStringList inputs{source.archive.filePath};
    if (source.csar)
        inputs.append(source.csar->archivePath());
    for (const QString &input : std::as_const(inputs)) {
        if (input.isEmpty() || !FileIdentity::same(outputPath, input))
            continue;
        result->diagnostics.append(Diagnostic::error(
            StandardCode::OntoInput,
            source.archive.location,
            Tr::tr("Not writing \"%1\": it is the file the topology is read from. Choose another "
                   "output file.")
                .arg(QDir::toNativeSeparators(outputPath))));
        return true;
    }
    return false;
}

bool writeYaml(const QByteArray &bytes,
               const QString &outputPath,
               StandardToscaExporter::Result *result)
{
    QSaveFile file(outputPath);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    result->diagnostics.append(
        Diagnostic::error(StandardCode::WriteFailed,
                          SourceLocation{outputPath, 0, 0},
                          Tr::tr("Cannot write \"%1\": %2")
                              .arg(QDir::toNativeSeparators(outputPath), file.errorString())));
    return false;
}

void missingFile(const QString &owner,
                 const QString &path,
                 const SourceLocation &location,
                 StandardToscaExporter::Result *result)
{
    result->diagnostics.append(Diagnostic::error(
        StandardCode::MissingFile,
        location,
        Tr::tr("%1 refers to \"%2\", which is not in its archive's folder; a CSAR must hold "
               "it. Add the file, fix the path, or export a YAML file instead.")
            .arg(owner, path)));
}

/// Adds the files the topology itself refers to (its node templates and own types, relative to
/// its folder) and those of the imported types (StandardToscaConverter::TypeFile); false (with
/// errors) when some are missing.
bool addReferencedFiles(const CsarExporter::Source &source,
                        const StandardToscaConverter::Result &converted,
                        CsarWriter *writer,
                        StandardToscaExporter::Result *result)
{
    bool complete = true;
    QSet<QString> added;
    const QString rootPath = source.resolvedRootPath();
    for (const ReferencedFiles::Reference &reference : ReferencedFiles::collect(source.archive)) {
        const QString file
            = rootPath.isEmpty() ? QString() : QDir(rootPath).filePath(reference.path);
        if (!file.isEmpty() && QFileInfo(file).isFile() && FileIdentity::isInside(rootPath, file)) {
            writer->addFile(reference.path, file);
            added.insert(reference.path);
            continue;
        }
        complete = false;
        missingFile(reference.owner, reference.path, reference.location, result);
    }
    for (const StandardToscaConverter::TypeFile &file : converted.typeFiles) {
        if (added.contains(file.path))
            continue;
        if (!QFileInfo(file.sourceFile).isFile()) {
            complete = false;
            missingFile(file.owner, file.path, SourceLocation{file.sourceFile, 0, 0}, result);
            continue;
        }
        writer->addFile(file.path, file.sourceFile);
        added.insert(file.path);
    }
    return complete;
}

bool writeCsar(const StandardToscaConverter::Result &converted,
               const QByteArray &bytes,
               const CsarExporter::Source &source,
               const QString &outputPath,
               StandardToscaExporter::Result *result)
{
    const QString definitions = StandardToscaExporter::definitionsFileName(source);
    const ToscaArchive &standard = converted.archive;
    CsarWriter writer(outputPath);
    writer.setMetadata(
        CsarExporter::metadataFor(standard.name, standard.version, standard.author, definitions));
    writer.addData(definitions, bytes);
    if (!addReferencedFiles(source, converted, &writer, result))
        return false;
    const bool written = writer.write();
    result->diagnostics += writer.diagnostics();
    return written;
}

} // namespace

bool StandardToscaExporter::isCsarPath(const QString &path)
{
    return path.endsWith(QLatin1String(".csar"), Qt::CaseInsensitive)
           || path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
}

QString StandardToscaExporter::definitionsFileName(const CsarExporter::Source &source)
{
    QString base = source.archive.filePath.isEmpty()
                       ? QString()
                       : QFileInfo(source.archive.filePath).completeBaseName();
    if (base.isEmpty())
        base = CsarExporter::safeFileName(source.archive.name);
    if (base.isEmpty())
        base = QStringLiteral("topology");
    return base + QStringLiteral(".yaml");
}

QByteArray StandardToscaExporter::yaml(const CsarExporter::Source &source, DroppedKeys *dropped)
{
    const StandardToscaConverter::Result converted
        = StandardToscaConverter(source.dependencies, source.types).convert(source.archive);
    *dropped = converted.dropped;
    return write(converted.archive);
}

StandardToscaExporter::Result
StandardToscaExporter::exportTopology(const CsarExporter::Source &source, const QString &outputPath)
{
    Result result;
    result.outputPath = outputPath;
    result.csar = isCsarPath(outputPath);
    if (refuseOntoInput(source, outputPath, &result))
        return result;
    const StandardToscaConverter::Result converted
        = StandardToscaConverter(source.dependencies, source.types).convert(source.archive);
    result.dropped = converted.dropped;
    const QByteArray bytes = write(converted.archive);
    result.ok = result.csar ? writeCsar(converted, bytes, source, outputPath, &result)
                            : writeYaml(bytes, outputPath, &result);
    if (result.ok && !result.dropped.isEmpty()) {
        QStringList keys;
        for (const DroppedKey &key : std::as_const(result.dropped))
            keys.append(key.toString());
        result.diagnostics.append(Diagnostic{Severity::Info,
                                             StandardCode::DroppedKeys,
                                             SourceLocation{source.archive.filePath, 0, 0},
                                             Tr::tr("Left out %n keys only Alien4Cloud reads: %1",
                                                    nullptr,
                                                    int(result.dropped.size()))
                                                 .arg(keys.join(QStringLiteral(", ")))});
    }
    return result;
}

QString StandardToscaExporter::Result::summary() const
{
    if (!ok) {
        QStringList messages;
        for (const Diagnostic &d : diagnostics) {
            if (d.severity == Severity::Error)
                messages.append(d.message);
        }
        return Tr::tr("Not exported:") + QStringLiteral("\n  ")
               + messages.join(QStringLiteral("\n  "));
    }
    QString text
        = Tr::tr("Wrote %1 (standard TOSCA, %2).")
              .arg(QDir::toNativeSeparators(outputPath), StandardToscaConverter::dialect());
    if (dropped.isEmpty())
        return text + QLatin1Char(' ') + Tr::tr("Nothing was left out.");
    QStringList keys;
    for (const DroppedKey &key : dropped)
        keys.append(key.toString());
    return text + QLatin1Char(' ')
           + Tr::tr("Left out %n keys only Alien4Cloud reads:", nullptr, int(dropped.size()))
           + QStringLiteral("\n  ") + keys.join(QStringLiteral("\n  "));
}

} // namespace Topologist
