// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogentry.h"
#include "csar/toscametadata.h"
#include "model/toscaarchive.h"
#include "support/diagnostic.h"
#include "types/typeregistry.h"
#include "validation/problem.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Topologist {

struct LoadedTopology;
class UnpackedCsar;

/// Turns a topology, or a type archive of the catalog, into a CSAR Alien4Cloud accepts
/// (shared/reference/alien4cloud-api.md §4):
///
/// - `TOSCA-Metadata/TOSCA.meta` with TOSCA-Meta-File-Version 1.0, CSAR-Version (the
///   template_version), Created-By (the template_author, else "Topologist <version>"),
///   Entry-Definitions and Name (the template_name);
/// - the definitions: for a topology the YAML a save writes (serialize()), at the zip root under
///   the file's own name; for a type archive its definitions file as it is;
/// - every local file the definitions reference (ReferencedFiles: implementation scripts,
///   artifacts, icons), taken relative to the archive's root folder, which may be a Qt resource
///   folder (":/types/mesos-types");
/// - for a type archive, also its Topologist rules (`rules/*.yml`): A4C ignores YAML files
///   below the root, and with them a CSAR of the archive validates in Topologist as the
///   original does (TypeCatalog::addCsar registers them).
///
/// It refuses, writing nothing, an archive without a name or with a version A4C would refuse,
/// one whose referenced files are missing (A4C 2.x and 3.x refuse missing scripts), a topology
/// with validation errors unless forced, an output that is one of the inputs (the topology, its
/// CSAR, a referenced file: compared as files, through links), and a referenced file that
/// resolves (through a link) outside the archive's folder, which would carry a file the user
/// never meant to publish into the CSAR and onto the server. The archives are written by
/// CsarWriter: atomically and byte-for-byte reproducibly, so exporting the same content twice gives
/// the same file and A4C sees a re-upload as identical.
///
/// With Options::selfContained the type archives the topology imports are written too, one CSAR
/// each, beside the output (or in Options::dependencyFolder), numbered in upload order:
/// `01-tosca-normative-types-1.0.0-ALIEN14.csar`, `02-docker-engine-type-1.4.0-SNAPSHOT.csar`...
class CsarExporter
{
public:
    struct Options
    {
        /// Export even when the validator finds errors (they are still reported).
        bool force = false;
        /// Also write every imported catalog archive as its own CSAR.
        bool selfContained = false;
        /// Where the dependency CSARs go; empty means the output's folder.
        QString dependencyFolder;
    };

    /// A topology and what exporting it needs. fromLoaded() fills it from a loaded file; the
    /// GUI fills it from its document (archive(), serialize(), dependencies(), sharedTypes(),
    /// resourceFolder()).
    struct Source
    {
        ToscaArchive archive;
        /// The entry definitions' bytes; empty means serialize(archive).
        QByteArray definitions;
        /// Their name at the zip root; empty means the name of archive.filePath, else
        /// "<template_name>.yml".
        QString definitionsFileName;
        /// Folder the archive's relative references resolve against; empty means the folder of
        /// archive.filePath (no file: nothing can be found).
        QString rootPath;
        /// Imported catalog archives, dependencies first (LoadedTopology::dependencies).
        QList<const CatalogEntry *> dependencies;
        /// The resolved types, for validation; null skips validation.
        std::shared_ptr<const TypeRegistry> types;
        /// Problems found while reading; their errors count as validation errors.
        Diagnostics loadDiagnostics;
        /// Keeps the unpacked files of a topology read from a CSAR.
        std::shared_ptr<const UnpackedCsar> csar;

        static Source fromLoaded(const LoadedTopology &loaded);
        /// rootPath, else the folder of archive.filePath, else empty.
        QString resolvedRootPath() const;
    };

    enum class Refusal {
        None,
        /// No template_name, or a template_version A4C refuses: ask the user for them.
        MissingNameOrVersion,
        /// The validator found errors (see Result::errors) and force was off.
        ValidationErrors,
        /// Referenced files are missing (see Result::missingFiles).
        MissingFiles,
        /// The disk said no (see diagnostics).
        WriteFailed,
        /// An output would replace one of the inputs, or a referenced file resolves outside the
        /// archive's folder (see diagnostics): nothing was written.
        Unsafe,
    };

    /// One local file a CSAR would hold, and whether it exists.
    struct MissingFile
    {
        /// Path inside the archive ("scripts/start.sh").
        QString path;
        /// Who refers to it ("MesosMaster Standard.start").
        QString owner;
        /// Where the reference is written.
        SourceLocation location;
        /// Which archive's CSAR needed it ("mesos-types:1.4.0-SNAPSHOT").
        QString archive;
    };

    struct Result
    {
        Refusal refusal = Refusal::None;
        /// The topology's (or type archive's) CSAR, written when ok().
        QString archivePath;
        /// The dependency CSARs written by a self-contained export, in upload order.
        QStringList dependencyArchives;
        /// The files of the main CSAR, TOSCA.meta first.
        QStringList entries;
        /// The path of its entry definitions inside it ("marathon.yml").
        QString entryDefinitions;
        /// Validation errors: the reason of a refusal, or what a forced export ignored.
        Problems errors;
        QList<MissingFile> missingFiles;
        /// Every message for the user, refusals as errors, a forced export as a warning.
        Diagnostics diagnostics;

        bool ok() const { return refusal == Refusal::None; }
        /// One paragraph for a message box or the CLI: the refusal and what to do.
        QString summary() const;
    };

    /// The YAML TopologyDocument::save() writes for @p archive: its own dialect when known,
    /// alien_dsl_1_4_0 otherwise.
    static QByteArray serialize(const ToscaArchive &archive);
    /// "marathon-topology-1.4.0-SNAPSHOT.csar"; name and version pass through safeFileName().
    static QString defaultFileName(const QString &name, const QString &version);
    /// @p text as one file name that stays in the folder it is put in: separators, ':', control
    /// characters and those Windows forbids become '_', and so does a leading dot ("../../x"
    /// gives "___.._x"), so a template_name can never pick where a file is written.
    static QString safeFileName(const QString &text);
    /// "02-docker-engine-type-1.4.0-SNAPSHOT.csar" for the second archive in upload order.
    static QString dependencyFileName(int uploadPosition, const CatalogEntry &entry);
    /// The TOSCA.meta of an archive (see the class comment).
    static ToscaMetadata metadataFor(const QString &name,
                                     const QString &version,
                                     const QString &author,
                                     const QString &entryDefinitions);
    /// A4C's version pattern (VersionUtil): 1.4.0, 1.0.0-ALIEN14, 1.4.0-SNAPSHOT.
    static bool isValidVersion(const QString &version);

    /// The catalog archives the server needs before the topology, in upload order: the
    /// source's dependencies without the TOSCA Simple Profile Topologist adds on its own to
    /// tosca_simple_yaml files that import nothing (A4C brings its own normative types). What
    /// a self-contained export writes and what a push uploads.
    static QList<const CatalogEntry *> archivesToUpload(const Source &source);

    /// The errors that refuse an export: reading errors and validation errors, sorted.
    static Problems validationErrors(const Source &source);

    /// Writes the topology's CSAR to @p outputPath (and, self-contained, its dependencies).
    static Result
    exportTopology(const Source &source, const QString &outputPath, const Options &options);
    static Result exportTopology(const Source &source, const QString &outputPath);
    /// Writes one catalog archive as a CSAR.
    static Result exportTypeArchive(const CatalogEntry &entry, const QString &outputPath);
};

} // namespace Topologist
