// SPDX-License-Identifier: GPL-3.0-or-later
#include "csar/csarexporter.h"

#include "catalog/loadedtopology.h"
#include "catalog/referencedfiles.h"
#include "catalog/typecatalog.h"
#include "csar/csarcodes.h"
#include "csar/csarwriter.h"
#include "csar/fileidentity.h"
#include "csar/unpackedcsar.h"
#include "validation/validationcontext.h"
#include "validation/validator.h"
#include "validation/validatorfactory.h"
#include "yaml/toscadialect.h"
#include "yaml/toscawriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace Topologist {

namespace {

// lupdate names a context after the enclosing class, so the context is declared here
// rather than hidden in a helper function: strings land under "CsarExporter" in the .ts too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsarExporter)
};

/// One CSAR about to be written: everything is gathered and checked before any is written,
/// so a refused self-contained export leaves no half of its archives behind.
struct Plan
{
    QString outputPath;
    QString archiveId;
    ToscaMetadata metadata;
    QList<CsarWriter::Entry> entries;
};

bool isDefinitionsName(const QString &name)
{
    return name.endsWith(QLatin1String(".yml")) || name.endsWith(QLatin1String(".yaml"));
}

QString topologyFileName(const CsarExporter::Source &source)
{
    QString name = source.definitionsFileName;
    if (name.isEmpty() && !source.archive.filePath.isEmpty())
        name = QFileInfo(source.archive.filePath).fileName();
    if (name.isEmpty())
        name = CsarExporter::safeFileName(source.archive.name) + QStringLiteral(".yml");
    // A4C finds the entry definitions through TOSCA.meta, but tools that look for "the one
    // root YAML file" (A4C without TOSCA.meta, our own layout) want a YAML suffix.
    if (!isDefinitionsName(name))
        name = QFileInfo(name).completeBaseName() + QStringLiteral(".yml");
    return name;
}

/// Adds every file the definitions reference; those that do not exist go to @p missing, those
/// that resolve outside @p rootPath (a link to ~/.ssh/id_rsa, say) to @p outside.
void addReferences(const ToscaArchive &archive,
                   const QString &rootPath,
                   Plan *plan,
                   QList<CsarExporter::MissingFile> *missing,
                   QList<CsarExporter::MissingFile> *outside)
{
    const QList<ReferencedFiles::Reference> references = ReferencedFiles::collect(archive);
    for (const ReferencedFiles::Reference &reference : references) {
        const QString source
            = rootPath.isEmpty() ? QString() : QDir(rootPath).filePath(reference.path);
        if (source.isEmpty() || !QFileInfo(source).isFile()) {
            missing->append({reference.path, reference.owner, reference.location, plan->archiveId});
            continue;
        }
        if (!FileIdentity::isInside(rootPath, source)) {
            outside->append({reference.path, reference.owner, reference.location, plan->archiveId});
            continue;
        }
        plan->entries.append(CsarWriter::Entry::fromFile(reference.path, source));
    }
}

/// The path of @p file inside @p root ("mesos-types.yml"), for resource paths too.
QString relativeTo(const QString &root, const QString &file)
{
    const QString prefix = root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/');
    if (file.startsWith(prefix))
        return file.mid(prefix.size());
    return QFileInfo(file).fileName();
}

Plan planTypeArchive(const CatalogEntry &entry,
                     const QString &outputPath,
                     QList<CsarExporter::MissingFile> *missing,
                     QList<CsarExporter::MissingFile> *outside)
{
    Plan plan;
    plan.outputPath = outputPath;
    plan.archiveId = entry.id();
    const QString definitions = relativeTo(entry.rootPath, entry.definitionsPath);
    plan.metadata
        = CsarExporter::metadataFor(entry.name, entry.version, entry.archive.author, definitions);
    plan.entries.append(CsarWriter::Entry::fromFile(definitions, entry.definitionsPath));
    addReferences(entry.archive, entry.rootPath, &plan, missing, outside);
    for (const QString &rules : entry.rulesFiles)
        plan.entries.append(CsarWriter::Entry::fromFile(relativeTo(entry.rootPath, rules), rules));
    return plan;
}

/// The name and version checks A4C's parser makes loosely (a missing name silently becomes the
/// file name); made strict here, since a CSAR that A4C indexes under a surprise id is worse
/// than a refusal.
bool checkIdentity(const QString &name,
                   const QString &version,
                   const SourceLocation &location,
                   CsarExporter::Result *result)
{
    if (name.trimmed().isEmpty()) {
        result->diagnostics.append(Diagnostic::error(
            CsarCode::ExportNoName,
            location,
            Tr::tr("The archive has no name (template_name). Alien4Cloud imports an archive as "
                   "name:version, so give it a name, e.g. \"marathon-topology\".")));
    }
    if (version.trimmed().isEmpty()) {
        result->diagnostics.append(Diagnostic::error(
            CsarCode::ExportBadVersion,
            location,
            Tr::tr("The archive has no version (template_version). Give it one, e.g. "
                   "\"0.1.0-SNAPSHOT\" while it still changes, \"1.0.0\" for a release.")));
    } else if (!CsarExporter::isValidVersion(version)) {
        result->diagnostics.append(Diagnostic::error(
            CsarCode::ExportBadVersion,
            location,
            Tr::tr(
                "The version \"%1\" is not one Alien4Cloud accepts: use numbers separated by dots, "
                "optionally followed by a qualifier, e.g. \"1.4.0\" or \"1.4.0-SNAPSHOT\".")
                .arg(version)));
    }
    if (hasErrors(result->diagnostics)) {
        result->refusal = CsarExporter::Refusal::MissingNameOrVersion;
        return false;
    }
    return true;
}

bool refuseMissing(const QList<CsarExporter::MissingFile> &missing, CsarExporter::Result *result)
{
    if (missing.isEmpty())
        return true;
    result->missingFiles = missing;
    for (const CsarExporter::MissingFile &file : missing) {
        result->diagnostics.append(Diagnostic::error(
            CsarCode::ExportMissingFile,
            file.location,
            Tr::tr("%1 refers to \"%2\", which is not in the folder of archive %3; Alien4Cloud "
                   "refuses an archive whose scripts are missing. Add the file or fix the path.")
                .arg(file.owner, file.path, file.archive)));
    }
    result->refusal = CsarExporter::Refusal::MissingFiles;
    return false;
}

bool refuseOutside(const QList<CsarExporter::MissingFile> &outside, CsarExporter::Result *result)
{
    for (const CsarExporter::MissingFile &file : outside) {
        result->diagnostics.append(Diagnostic::error(
            CsarCode::ExportOutsideFolder,
            file.location,
            Tr::tr("%1 refers to \"%2\", which is a link to a file outside the folder of archive "
                   "%3; only files inside that folder go into a CSAR (it is published to the "
                   "server). Copy the file into the folder instead of linking to it.")
                .arg(file.owner, file.path, file.archive)));
    }
    if (outside.isEmpty())
        return true;
    result->refusal = CsarExporter::Refusal::Unsafe;
    return false;
}

/// Refuses when a CSAR would be written over a file the export reads: the topology, the CSAR it
/// came from, or one of the files it packs, whatever path (link, "..", hard link) names it.
bool refuseOntoInput(const QList<Plan> &plans,
                     const QStringList &inputs,
                     const SourceLocation &location,
                     CsarExporter::Result *result)
{
    for (const Plan &plan : plans) {
        QStringList reads = inputs;
        for (const Plan &other : plans) {
            for (const CsarWriter::Entry &entry : other.entries)
                reads.append(entry.sourceFile);
        }
        for (const QString &input : std::as_const(reads)) {
            if (input.isEmpty() || !FileIdentity::same(plan.outputPath, input))
                continue;
            result->diagnostics.append(Diagnostic::error(
                CsarCode::ExportOntoInput,
                location,
                Tr::tr("Not writing \"%1\": it is \"%2\", which the export reads, and the CSAR "
                       "would replace it. Choose another output file.")
                    .arg(QDir::toNativeSeparators(plan.outputPath),
                         QDir::toNativeSeparators(input))));
            result->refusal = CsarExporter::Refusal::Unsafe;
            return false;
        }
    }
    return true;
}

bool write(const Plan &plan, CsarExporter::Result *result)
{
    CsarWriter writer(plan.outputPath);
    writer.setMetadata(plan.metadata);
    for (const CsarWriter::Entry &entry : plan.entries)
        writer.addEntry(entry);
    const bool written = writer.write();
    result->diagnostics += writer.diagnostics();
    if (!written)
        result->refusal = CsarExporter::Refusal::WriteFailed;
    return written;
}

QStringList entryNames(const Plan &plan)
{
    QStringList names;
    for (const CsarWriter::Entry &entry : plan.entries)
        names.append(entry.path);
    names.sort();
    names.prepend(ToscaMetadata::filePath());
    return names;
}

} // namespace

QString CsarExporter::Source::resolvedRootPath() const
{
    if (!rootPath.isEmpty())
        return rootPath;
    if (!archive.filePath.isEmpty())
        return QFileInfo(archive.filePath).absolutePath();
    return QString();
}

CsarExporter::Source CsarExporter::Source::fromLoaded(const LoadedTopology &loaded)
{
    Source source;
    source.archive = loaded.archive;
    source.rootPath = loaded.rootPath;
    source.dependencies = loaded.dependencies;
    source.types = loaded.types;
    source.loadDiagnostics = loaded.diagnostics;
    source.csar = loaded.csar;
    return source;
}

QByteArray CsarExporter::serialize(const ToscaArchive &archive)
{
    ToscaWriter::Options options;
    // Keep the dialect the user's file declares; new topologies get alien_dsl_1_4_0.
    options.dialect = ToscaDialect::isKnown(archive.toscaDefinitionsVersion)
                          ? archive.toscaDefinitionsVersion
                          : QString();
    return ToscaWriter().write(archive, options);
}

QString CsarExporter::defaultFileName(const QString &name, const QString &version)
{
    return safeFileName(name + QLatin1Char('-') + version) + QStringLiteral(".csar");
}

QString CsarExporter::safeFileName(const QString &text)
{
    static const QString forbidden = QStringLiteral("/\\:<>\"|?*");
    QString name = text;
    for (QChar &c : name) {
        if (forbidden.contains(c) || c.category() == QChar::Other_Control)
            c = QLatin1Char('_');
    }
    // A leading dot would hide the file, and ".." would climb out of the folder.
    for (int i = 0; i < name.size() && name.at(i) == QLatin1Char('.'); ++i)
        name[i] = QLatin1Char('_');
    return name.isEmpty() ? QStringLiteral("_") : name;
}

QString CsarExporter::dependencyFileName(int uploadPosition, const CatalogEntry &entry)
{
    return QStringLiteral("%1-").arg(uploadPosition, 2, 10, QLatin1Char('0'))
           + defaultFileName(entry.name, entry.version);
}

ToscaMetadata CsarExporter::metadataFor(const QString &name,
                                        const QString &version,
                                        const QString &author,
                                        const QString &entryDefinitions)
{
    ToscaMetadata metadata;
    metadata.setMetaFileVersion(QStringLiteral("1.0"));
    metadata.setCsarVersion(version);
    metadata.setCreatedBy(
        author.trimmed().isEmpty() ? QStringLiteral("Topologist " TOPOLOGIST_VERSION) : author);
    metadata.setEntryDefinitions(entryDefinitions);
    metadata.setName(name);
    return metadata;
}

bool CsarExporter::isValidVersion(const QString &version)
{
    // VersionUtil.VERSION_PATTERN; \p{Alnum} is ASCII in Java without UNICODE_CHARACTER_CLASS.
    static const QRegularExpression pattern(
        QStringLiteral("^\\d+(?:\\.\\d+)*(?:[\\.-][A-Za-z0-9]+)*$"));
    return pattern.match(version).hasMatch();
}

QList<const CatalogEntry *> CsarExporter::archivesToUpload(const Source &source)
{
    const auto imports = [](const ToscaArchive &archive, const QString &id) {
        for (const ArchiveImport &import : archive.imports) {
            if (import.id() == id)
                return true;
        }
        return false;
    };
    QList<const CatalogEntry *> archives;
    for (const CatalogEntry *entry : source.dependencies) {
        bool needed
            = entry->id() != TypeCatalog::simpleProfileId() || imports(source.archive, entry->id());
        for (const CatalogEntry *other : source.dependencies)
            needed = needed || imports(other->archive, entry->id());
        if (needed)
            archives.append(entry);
    }
    return archives;
}

Problems CsarExporter::validationErrors(const Source &source)
{
    Problems errors;
    for (const Diagnostic &d : source.loadDiagnostics) {
        if (d.severity == Severity::Error)
            errors.append(Problem::fromDiagnostic(d));
    }
    if (source.types && source.archive.topology) {
        Diagnostics ruleDiagnostics;
        const std::shared_ptr<Validator> validator
            = ValidatorFactory::create(source.dependencies, &ruleDiagnostics);
        const ValidationContext context(source.archive, *source.archive.topology, *source.types);
        for (const Problem &problem : validator->validate(context)) {
            if (problem.severity == Severity::Error)
                errors.append(problem);
        }
        for (const Diagnostic &d : std::as_const(ruleDiagnostics)) {
            if (d.severity == Severity::Error)
                errors.append(Problem::fromDiagnostic(d));
        }
    }
    std::stable_sort(errors.begin(), errors.end());
    return errors;
}

CsarExporter::Result CsarExporter::exportTopology(const Source &source,
                                                  const QString &outputPath,
                                                  const Options &options)
{
    Result result;
    const ToscaArchive &archive = source.archive;
    if (!checkIdentity(archive.name, archive.version, archive.location, &result))
        return result;

    result.errors = validationErrors(source);
    if (!result.errors.isEmpty()) {
        if (!options.force) {
            result.diagnostics.append(Diagnostic::error(
                CsarCode::ExportValidationErrors,
                archive.location,
                Tr::tr("The topology has %n validation errors; Alien4Cloud would refuse it or "
                       "fail to deploy it. Fix them, or export anyway.",
                       nullptr,
                       int(result.errors.size()))));
            result.refusal = Refusal::ValidationErrors;
            return result;
        }
        result.diagnostics.append(Diagnostic::warning(
            CsarCode::ExportForced,
            archive.location,
            Tr::tr("Exported despite %n validation errors.", nullptr, int(result.errors.size()))));
    }

    // Gather every archive before writing any.
    QList<MissingFile> missing;
    Plan topology;
    topology.outputPath = outputPath;
    topology.archiveId = archive.id();
    const QString definitionsName = topologyFileName(source);
    topology.metadata = metadataFor(archive.name, archive.version, archive.author, definitionsName);
    topology.entries.append(CsarWriter::Entry::fromData(
        definitionsName, source.definitions.isEmpty() ? serialize(archive) : source.definitions));
    QList<MissingFile> outside;
    addReferences(archive, source.resolvedRootPath(), &topology, &missing, &outside);

    QList<Plan> dependencies;
    if (options.selfContained) {
        const QString folder = options.dependencyFolder.isEmpty()
                                   ? QFileInfo(outputPath).absolutePath()
                                   : options.dependencyFolder;
        int position = 0;
        for (const CatalogEntry *entry : archivesToUpload(source)) {
            const QString path = QDir(folder).filePath(dependencyFileName(++position, *entry));
            dependencies.append(planTypeArchive(*entry, path, &missing, &outside));
        }
    }
    if (!refuseMissing(missing, &result) || !refuseOutside(outside, &result))
        return result;
    QStringList inputs{archive.filePath};
    if (source.csar)
        inputs.append(source.csar->archivePath());
    if (!refuseOntoInput(QList<Plan>(dependencies) << topology, inputs, archive.location, &result))
        return result;

    if (options.selfContained && !options.dependencyFolder.isEmpty())
        QDir().mkpath(options.dependencyFolder);
    for (const Plan &plan : std::as_const(dependencies)) {
        if (!write(plan, &result))
            return result;
        result.dependencyArchives.append(plan.outputPath);
    }
    if (!write(topology, &result))
        return result;
    result.archivePath = outputPath;
    result.entries = entryNames(topology);
    result.entryDefinitions = definitionsName;
    return result;
}

CsarExporter::Result CsarExporter::exportTopology(const Source &source, const QString &outputPath)
{
    return exportTopology(source, outputPath, Options());
}

CsarExporter::Result CsarExporter::exportTypeArchive(const CatalogEntry &entry,
                                                     const QString &outputPath)
{
    Result result;
    if (!checkIdentity(entry.name, entry.version, entry.archive.location, &result))
        return result;
    QList<MissingFile> missing;
    QList<MissingFile> outside;
    const Plan plan = planTypeArchive(entry, outputPath, &missing, &outside);
    if (!refuseMissing(missing, &result) || !refuseOutside(outside, &result))
        return result;
    if (!refuseOntoInput({plan}, {entry.definitionsPath}, entry.archive.location, &result))
        return result;
    if (!write(plan, &result))
        return result;
    result.archivePath = outputPath;
    result.entries = entryNames(plan);
    result.entryDefinitions = plan.metadata.entryDefinitions();
    return result;
}

QString CsarExporter::Result::summary() const
{
    const auto lines = [](const QStringList &items) -> QString {
        return QStringLiteral("\n  ") + items.join(QStringLiteral("\n  "));
    };
    switch (refusal) {
    case Refusal::None: {
        QString text = Tr::tr("Wrote %1 (%2 files).")
                           .arg(QDir::toNativeSeparators(archivePath))
                           .arg(entries.size());
        if (!dependencyArchives.isEmpty()) {
            QStringList names;
            for (const QString &path : dependencyArchives)
                names.append(QDir::toNativeSeparators(path));
            text += QLatin1Char(' ') + Tr::tr("Type archives, in upload order:") + lines(names);
        }
        return text;
    }
    case Refusal::MissingNameOrVersion: {
        QStringList messages;
        for (const Diagnostic &d : diagnostics) {
            if (d.severity == Severity::Error)
                messages.append(d.message);
        }
        return messages.join(QLatin1Char(' '));
    }
    case Refusal::ValidationErrors: {
        QStringList items;
        for (const Problem &problem : errors)
            items.append(problem.toString());
        return Tr::tr("Not exported: the topology has %n validation errors. Fix them, or "
                      "export anyway (--force).",
                      nullptr,
                      int(errors.size()))
               + lines(items);
    }
    case Refusal::MissingFiles: {
        QStringList items;
        for (const MissingFile &file : missingFiles) {
            items.append(Tr::tr("%1 (archive %2, referenced by %3 at %4)")
                             .arg(file.path, file.archive, file.owner, file.location.toString()));
        }
        return Tr::tr("Not exported: %n referenced files are missing, and Alien4Cloud refuses "
                      "an archive without them:",
                      nullptr,
                      int(missingFiles.size()))
               + lines(items);
    }
    case Refusal::Unsafe:
    case Refusal::WriteFailed: {
        QStringList messages;
        for (const Diagnostic &d : diagnostics) {
            if (d.severity == Severity::Error)
                messages.append(d.message);
        }
        return Tr::tr("Not exported:") + lines(messages);
    }
    }
    return QString();
}

} // namespace Topologist
