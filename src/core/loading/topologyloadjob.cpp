// SPDX-License-Identifier: GPL-3.0-or-later
#include "loading/topologyloadjob.h"

#include "catalog/topologyloader.h"
#include "csar/unpackedcsar.h"
#include "support/canceltoken.h"
#include "validation/incrementalvalidator.h"
#include "validation/validationcontext.h"
#include "validation/validatorfactory.h"
#include "yaml/toscareader.h"

#include <QFileInfo>

namespace Topologist {

namespace {

TopologyLoadResult cancelled(const QString &path)
{
    TopologyLoadResult result;
    result.status = TopologyLoadResult::Status::Cancelled;
    result.path = path;
    return result;
}

} // namespace

TopologyLoadJob::TopologyLoadJob(const QString &path, CatalogSnapshot catalog)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_catalog(std::move(catalog))
{}

void TopologyLoadJob::setContents(const QByteArray &yaml, const QString &fileName)
{
    m_contents = yaml;
    m_contentsName = fileName;
}

void TopologyLoadJob::report(LoadProgress::Step step, qint64 done, qint64 total) const
{
    if (m_progress)
        m_progress(LoadProgress{step, done, total});
}

TopologyLoadResult TopologyLoadJob::run(const CancelToken *cancel) const
{
    TopologyLoadResult result;
    result.path = m_path;
    if (!read(&result, cancel)) {
        if (CancelToken::isCancelled(cancel))
            return cancelled(m_path);
        result.loaded = LoadedTopology();
        result.loaded.diagnostics = result.readDiagnostics;
        return result;
    }

    report(LoadProgress::Step::ResolvingTypes);
    const QString confinedTo = result.loaded.csar ? result.loaded.csar->rootPath() : QString();
    std::shared_ptr<const UnpackedCsar> csar = std::move(result.loaded.csar);
    result.loaded = TopologyLoader(m_catalog).resolve(
        std::move(result.loaded.archive), result.readDiagnostics, confinedTo);
    result.loaded.csar = std::move(csar);
    result.loaded.rootPath = confinedTo.isEmpty() ? QFileInfo(m_path).absolutePath() : confinedTo;
    if (CancelToken::isCancelled(cancel))
        return cancelled(m_path);

    if (!validate(&result, cancel))
        return cancelled(m_path);
    result.status = TopologyLoadResult::Status::Loaded;
    report(LoadProgress::Step::Finished);
    return result;
}

/// Reading and parsing: false when the file is no topology (or the load was cancelled).
bool TopologyLoadJob::read(TopologyLoadResult *result, const CancelToken *cancel) const
{
    report(LoadProgress::Step::Reading);
    ToscaReader reader;
    reader.setCancelToken(cancel);
    ToscaArchive archive;
    if (m_contents) {
        report(LoadProgress::Step::Parsing);
        archive = reader.read(*m_contents, m_contentsName, &result->readDiagnostics);
    } else if (UnpackedCsar::isCsarPath(m_path)) {
        result->loaded.csar = UnpackedCsar::unpack(m_path, &result->readDiagnostics);
        if (!result->loaded.csar || CancelToken::isCancelled(cancel))
            return false;
        report(LoadProgress::Step::Parsing);
        // Read as a YAML file is, from the unpacked copy, named ARCHIVE!PATH in diagnostics.
        archive = reader.readFile(result->loaded.csar->entryDefinitionsFile(),
                                  &result->readDiagnostics,
                                  result->loaded.csar->entryDefinitionsDisplayPath());
    } else {
        // Taken before reading: a change while reading then shows as a change, never the
        // reverse.
        result->fingerprint = FileFingerprint::of(m_path);
        report(LoadProgress::Step::Parsing);
        archive = reader.readFile(m_path, &result->readDiagnostics);
    }
    if (CancelToken::isCancelled(cancel)
        || (archive.toscaDefinitionsVersion.isEmpty() && !archive.topology.has_value()))
        return false;
    // A definitions file without a topology opens as an empty one, which edits then fill.
    if (!archive.topology) {
        TopologyTemplate topology;
        topology.extras = Value::map();
        archive.topology = topology;
    }
    result->loaded.archive = std::move(archive);
    return true;
}

/// Full validation, with the validator an open document keeps for re-checking after edits.
bool TopologyLoadJob::validate(TopologyLoadResult *result, const CancelToken *cancel) const
{
    LoadedTopology &loaded = result->loaded;
    result->validator
        = ValidatorFactory::create(loaded.dependencies, &loaded.diagnostics, loaded.types.get());
    result->validation = std::make_shared<IncrementalValidator>(result->validator);
    const ValidationContext context(loaded.archive, *loaded.archive.topology, *loaded.types);
    const int total = loaded.archive.topology->nodeCount();
    report(LoadProgress::Step::Validating, 0, total);
    // Every node would flood a listener on another thread; a few hundred reports suffice.
    const int every = qMax(1, total / 200);
    return result->validation->validateAll(context, cancel, [&](int done, int all) {
        if (done % every == 0 || done == all)
            report(LoadProgress::Step::Validating, done, all);
    });
}

} // namespace Topologist
