// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/toscaarchive.h"
#include "support/canceltoken.h"
#include "support/diagnostic.h"

#include <QByteArray>
#include <QString>

namespace Topologist {

/// Reads a TOSCA definitions file (Alien4Cloud DSL 1.2–3.0, TOSCA Simple Profile 1.0–1.3) into a
/// ToscaArchive. Every element keeps its file, line and column. Problems of shape ("expected a
/// list of requirements") become Diagnostics and the reader carries on with what it
/// understood, so that a topology with one bad node still opens.
///
/// Resolving imports and types is not the reader's job: see TopologyLoader.
class ToscaReader
{
public:
    /// Name of the metadata entry that holds the canvas layout (see README, "Layout").
    static QString layoutMetadataKey() { return QStringLiteral("topologist_layout"); }

    ToscaArchive readFile(const QString &filePath,
                          Diagnostics *diagnostics,
                          const QString &displayPath = QString());
    ToscaArchive read(const QByteArray &bytes, const QString &fileName, Diagnostics *diagnostics);
    /// Reads an already parsed document. It has no comments: see attachComments().
    ToscaArchive fromValue(const Value &root, const QString &fileName, Diagnostics *diagnostics);
    /// Gives `archive`, read from `root`, the comments of `bytes`, the text `root` was parsed
    /// from; those inside a node template go to the NodeTemplate, under paths relative to it.
    static void attachComments(const QByteArray &bytes, const Value &root, ToscaArchive *archive);
    /// Where the comments of node template `name` are in a whole file's CommentMap.
    static CommentMap::Path nodeCommentPath(const QString &name)
    {
        return {QStringLiteral("topology_template"), QStringLiteral("node_templates"), name};
    }

    /// Parsing stops soon after @p token is cancelled, leaving an empty archive and no
    /// diagnostic about it: the caller that cancelled throws the result away.
    void setCancelToken(const CancelToken *token) { m_cancel = token; }

private:
    /// Reads a document handed over (see Reading::topology in the .cpp) with the comments of
    /// @p bytes, which are placed through the document before it is taken apart.
    static ToscaArchive
    readDocument(const QByteArray &bytes, Value root, const QString &fileName, Diagnostics *d);
    static ToscaArchive fromDocument(Value root, const QString &fileName, Diagnostics *diagnostics);
    /// Hands the comments inside each node template to its NodeTemplate, the rest to @p archive.
    static void placeComments(CommentMap comments, ToscaArchive *archive);

    const CancelToken *m_cancel = nullptr;
};

} // namespace Topologist
