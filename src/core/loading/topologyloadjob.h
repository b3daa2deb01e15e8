// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogsnapshot.h"
#include "loading/loadprogress.h"
#include "loading/topologyloadresult.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace Topologist {

class CancelToken;

/// Opens a topology file (YAML or CSAR) the way an open document needs it: read, parse,
/// resolve the imports against a CatalogSnapshot, and validate everything. It shares nothing
/// mutable with other threads, so run() may be called on a worker thread while the UI goes on;
/// the result is plain data (see TopologyLoadResult).
///
/// run() looks at the CancelToken between steps, every thousand YAML values while parsing and
/// before each node while validating, so a cancelled load of a 10,000-node topology stops within
/// milliseconds and returns Cancelled with nothing in it.
class TopologyLoadJob
{
public:
    /// Called on the thread that runs the job, with steps and percent() never going back.
    using ProgressCallback = std::function<void(const LoadProgress &)>;

    TopologyLoadJob(const QString &path, CatalogSnapshot catalog);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    /// Reads @p yaml instead of the file (a document recovered after a crash): it is named
    /// @p fileName in diagnostics and resolved as if it were at the path given.
    void setContents(const QByteArray &yaml, const QString &fileName);
    TopologyLoadResult run(const CancelToken *cancel = nullptr) const;

private:
    bool read(TopologyLoadResult *result, const CancelToken *cancel) const;
    bool validate(TopologyLoadResult *result, const CancelToken *cancel) const;
    void report(LoadProgress::Step step, qint64 done = 0, qint64 total = 0) const;

    QString m_path;
    CatalogSnapshot m_catalog;
    ProgressCallback m_progress;
    std::optional<QByteArray> m_contents;
    QString m_contentsName;
};

} // namespace Topologist
