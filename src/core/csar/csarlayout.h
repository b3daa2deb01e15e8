// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csar/toscametadata.h"
#include "support/diagnostic.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Topologist {

class CsarReader;

/// Where a CSAR's entry definitions (its main YAML file) are, by Alien4Cloud's rules: the
/// Entry-Definitions of TOSCA-Metadata/TOSCA.meta when that file exists (exact case), otherwise
/// the one *.yml / *.yaml file at the archive root. An archive whose content sits in a single
/// top-level folder, as GitHub's "Download ZIP" makes, is read from that folder with a warning,
/// since A4C refuses it while opening it locally is harmless.
///
/// Works on the list of file names, so the same rules apply to an archive read in memory
/// (CsarReader) and to one already extracted into a folder.
class CsarLayout
{
public:
    /// Reads one file of the archive. On failure it returns nothing and may explain why in
    /// @p diagnostics; the layout adds a generic error when it does not.
    using ReadFunction
        = std::function<std::optional<QByteArray>(const QString &name, Diagnostics *diagnostics)>;

    /// @p fileNames are '/'-separated paths of the files (not folders) in the archive;
    /// @p archivePath names the archive in diagnostics.
    static CsarLayout
    locate(const QStringList &fileNames, const ReadFunction &read, const QString &archivePath);
    /// From an archive, reading TOSCA.meta in memory. When the archive cannot be opened, the
    /// layout is invalid and carries the reader's errors.
    static CsarLayout locate(CsarReader &reader);
    /// From an archive extracted into @p folder; @p archivePath names it in diagnostics.
    static CsarLayout locateInFolder(const QString &folder, const QString &archivePath);

    /// True when the entry definitions were found (possibly with warnings).
    bool isValid() const { return !m_entryDefinitions.isEmpty(); }
    /// Path of the entry definitions inside the archive, including contentRoot().
    QString entryDefinitions() const { return m_entryDefinitions; }
    /// "" normally; "folder/" when everything sits in one top-level folder.
    QString contentRoot() const { return m_contentRoot; }
    /// False when A4C would refuse the layout: errors, or content wrapped in a folder.
    bool isAcceptedByAlien4Cloud() const;
    /// The parsed TOSCA.meta, when the archive has one (in contentRoot()).
    const std::optional<ToscaMetadata> &metadata() const { return m_metadata; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }

private:
    void locateUnder(const QString &root, const QStringList &fileNames, const ReadFunction &read);
    /// Follows Entry-Definitions of the TOSCA.meta under @p root, which exists.
    void
    locateFromMetadata(const QString &root, const QStringList &fileNames, const ReadFunction &read);
    void warnAboutMetadataCase(const QString &metaPath, const QStringList &fileNames);
    /// Explains that nothing was found under @p root, naming YAML files elsewhere.
    void reportNoDefinitions(const QString &root, const QStringList &fileNames);
    void error(QLatin1String code, const QString &message, const QString &file = QString());
    void warning(QLatin1String code, const QString &message, const QString &file = QString());
    QString archiveName() const;

    QString m_archivePath;
    QString m_entryDefinitions;
    QString m_contentRoot;
    std::optional<ToscaMetadata> m_metadata;
    Diagnostics m_diagnostics;
};

} // namespace Topologist
