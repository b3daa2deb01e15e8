// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4cloudparsingerror.h"
#include "model/toscaarchive.h"
#include "validation/problem.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace Topologist {

/// Turns the ParsingErrors Alien4Cloud returns for an uploaded topology into Problems of the
/// user's document, so that they show in the problems list next to the validator's.
///
/// A4C's lines and columns are those of the YAML that was uploaded, which Topologist wrote
/// (CsarExporter::serialize) and which is not the file the user opened. So the uploaded bytes
/// are read again: the node template whose block (its key line and every line indented deeper)
/// holds the error line is the node concerned; inside it, the requirement, capability or property
/// block holding the line gives the member. The Problem then points at that node (or member) as
/// the user's document has it. Errors outside every node template stay file-level: they point
/// at the user's file, with A4C's position when the uploaded bytes are the file's own, without
/// one otherwise. Every message ends with A4C's position in the uploaded file, for reference.
///
/// Codes are "A4C-<ErrorCode>" (A4C-TYPE_NOT_FOUND), severities follow A4C's levels.
class Alien4CloudProblemMapper
{
public:
    /// @p uploadedYaml: the entry definitions' bytes as uploaded, named @p uploadedName in the
    /// zip (A4C keys its errors by that name). @p userArchive: the topology as the user's
    /// document holds it. @p userFileBytes: the user's file as on disk, when known; if it equals
    /// the upload, file-level errors keep their lines.
    Alien4CloudProblemMapper(const QByteArray &uploadedYaml,
                             const QString &uploadedName,
                             const ToscaArchive &userArchive,
                             const QByteArray &userFileBytes = QByteArray());

    Problem map(const Alien4CloudParsingError &error) const;
    Problems map(const QList<Alien4CloudParsingError> &errors) const;

    /// The node template whose block holds @p line of the uploaded YAML, or empty.
    QString nodeAt(int line) const;

    /// An error about a file uploaded verbatim (a type archive's definitions): A4C's position is
    /// the file's own, so the Problem points there, in @p file.
    static Problem mapVerbatim(const Alien4CloudParsingError &error, const QString &file);
    /// "A4C-TYPE_NOT_FOUND".
    static QString codeOf(const Alien4CloudParsingError &error);
    /// A4C's problem text with its note, as messages show it.
    static QString describe(const Alien4CloudParsingError &error);

private:
    struct Span
    {
        int first = 0;
        int last = 0;
        bool contains(int line) const { return line >= first && line <= last; }
    };
    struct MemberSpan
    {
        Span span;
        /// A requirement, a capability or a property of the node; its name is the key to
        /// find in the user's node.
        ProblemMember member;
        /// For requirements, the index among the node's requirement assignments.
        int requirementIndex = -1;
    };
    struct NodeSpan
    {
        QString name;
        Span span;
        QList<MemberSpan> members;
    };

    Span blockAt(const SourceLocation &location) const;
    SourceLocation userLocation(const NodeSpan &node, const MemberSpan *member) const;
    QString uploadedPosition(const Alien4CloudParsingError &error) const;

    QString m_uploadedName;
    ToscaArchive m_userArchive;
    bool m_sameLines = false;
    /// Indentation of each uploaded line (1-based index), -1 for blank and comment lines.
    QList<int> m_indents;
    QList<NodeSpan> m_nodes;
};

} // namespace Topologist
