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

namespace Topologist {

namespace {

// lupdate names a context after the enclosing class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StandardToscaExporter)
};

QString rootPathOf(const CsarExporter::Source &source)
{
    if (!source.rootPath.isEmpty())
        return source.rootPath;
    if (!source.archive.filePath.isEmpty())
        return QFileInfo(source.archive.filePath).absolutePath();
    return QString();
}

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

/// Adds the files the node templates refer to; false (with errors) when some are missing.
bool addReferencedFiles(const ToscaArchive &standard,
                        const QString &rootPath,
                        CsarWriter *writer,
                        StandardToscaExporter::Result *result)
{
    bool complete = true;
    for (const ReferencedFiles::Reference &reference : ReferencedFiles::collect(standard)) {
        const QString file
            = rootPath.isEmpty() ? QString() : QDir(rootPath).filePath(reference.path);
        if (!file.isEmpty() && QFileInfo(file).isFile() && FileIdentity::isInside(rootPath, file)) {
            writer->addFile(reference.path, file);
            continue;
        }
        complete = false;
        result->diagnostics.append(Diagnostic::error(
            StandardCode::MissingFile,
            reference.location,
            Tr::tr("%1 refers to \"%2\", which is not in the topology's folder; a CSAR must "
                   "hold it. Add the file, fix the path, or export a YAML file instead.")
                .arg(reference.owner, reference.path)));
    }
    return complete;
}

bool writeCsar(const ToscaArchive &standard,
               const QByteArray &bytes,
               const CsarExporter::Source &source,
               const QString &outputPath,
               StandardToscaExporter::Result *result)
{
    const QString definitions = StandardToscaExporter::definitionsFileName(source);
    CsarWriter writer(outputPath);
    writer.setMetadata(
        CsarExporter::metadataFor(standard.name, standard.version, standard.author, definitions));
    writer.addData(definitions, bytes);
    if (!addReferencedFiles(standard, rootPathOf(source), &writer, result))
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
    result.ok = result.csar ? writeCsar(converted.archive, bytes, source, outputPath, &result)
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
