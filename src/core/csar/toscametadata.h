// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace Topologist {

/// The TOSCA-Metadata/TOSCA.meta file of a CSAR: one block of `Key: value` lines, which
/// Alien4Cloud parses as YAML and of which it reads six keys, case-sensitively. Values may be
/// plain, 'single' or "double" quoted. Keys A4C ignores are kept in file order, so reading and
/// writing a CSAR loses nothing.
class ToscaMetadata
{
public:
    static QString filePath() { return QStringLiteral("TOSCA-Metadata/TOSCA.meta"); }

    static QString metaFileVersionKey() { return QStringLiteral("TOSCA-Meta-File-Version"); }
    static QString csarVersionKey() { return QStringLiteral("CSAR-Version"); }
    static QString createdByKey() { return QStringLiteral("Created-By"); }
    static QString entryDefinitionsKey() { return QStringLiteral("Entry-Definitions"); }
    static QString nameKey() { return QStringLiteral("Name"); }
    static QString contentTypeKey() { return QStringLiteral("Content-Type"); }

    /// Parses @p content. Lines that are not `Key: value`, repeated keys and known keys in the
    /// wrong letter case become warnings located in @p sourceFile; parsing never fails, since A4C
    /// itself discards errors in this file. A missing Entry-Definitions is not reported here but
    /// by CsarLayout, which knows whether the file is needed.
    static ToscaMetadata
    parse(const QByteArray &content, const QString &sourceFile, Diagnostics *diagnostics = nullptr);

    /// The file's bytes: the six known keys first, in the TOSCA order, then the others; every
    /// value double-quoted, so that YAML never turns "1.0" into a number or "yes" into true.
    QByteArray toBytes() const;

    QString metaFileVersion() const { return value(metaFileVersionKey()); }
    QString csarVersion() const { return value(csarVersionKey()); }
    QString createdBy() const { return value(createdByKey()); }
    /// Path of the main YAML file inside the archive; empty when missing.
    QString entryDefinitions() const { return value(entryDefinitionsKey()); }
    /// Entry-Definitions as a path inside the archive, resolved as A4C's zip file system does
    /// ("/a.yml" and "./a.yml" are a.yml); empty when missing or when it climbs out with "..".
    QString entryDefinitionsPath() const;
    QString name() const { return value(nameKey()); }
    QString contentType() const { return value(contentTypeKey()); }

    void setMetaFileVersion(const QString &v) { setValue(metaFileVersionKey(), v); }
    void setCsarVersion(const QString &v) { setValue(csarVersionKey(), v); }
    void setCreatedBy(const QString &v) { setValue(createdByKey(), v); }
    void setEntryDefinitions(const QString &v) { setValue(entryDefinitionsKey(), v); }
    void setName(const QString &v) { setValue(nameKey(), v); }
    void setContentType(const QString &v) { setValue(contentTypeKey(), v); }

    /// The value of any key, known or not; empty when absent.
    QString value(const QString &key) const;
    bool contains(const QString &key) const;
    /// Sets @p key, keeping its place if present, appending it otherwise. A null value removes it.
    void setValue(const QString &key, const QString &value);

    /// Every key with its value, in file (or insertion) order.
    const QList<std::pair<QString, QString>> &entries() const { return m_entries; }
    /// The keys A4C does not read, in file order.
    QList<std::pair<QString, QString>> otherEntries() const;

    static bool isKnownKey(const QString &key);

    friend bool operator==(const ToscaMetadata &a, const ToscaMetadata &b)
    {
        return a.m_entries == b.m_entries;
    }
    friend bool operator!=(const ToscaMetadata &a, const ToscaMetadata &b) { return !(a == b); }

private:
    QList<std::pair<QString, QString>> m_entries;
};

} // namespace Topologist
