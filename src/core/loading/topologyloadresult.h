// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/loadedtopology.h"
#include "recovery/filefingerprint.h"
#include "support/diagnostic.h"

#include <QString>

#include <memory>

namespace Topologist {

class IncrementalValidator;
class Validator;

/// What a TopologyLoadJob hands back: everything an open document needs, already resolved and
/// validated, as plain data that may cross from the loading thread to the UI thread.
struct TopologyLoadResult
{
    enum class Status {
        /// Read, resolved and validated: the topology may have errors, but it opens.
        Loaded,
        /// Not a topology at all (no such file, not YAML, a refused CSAR): see diagnostics().
        Unreadable,
        /// Stopped on request: nothing is kept.
        Cancelled
    };

    Status status = Status::Unreadable;
    /// The file as given, made absolute.
    QString path;
    /// The archive, its types and dependencies, and the load diagnostics (reading, imports,
    /// type and rules-file problems) an open document shows next to the node problems. For a
    /// CSAR, loaded.csar keeps the unpacked copy.
    LoadedTopology loaded;
    /// Only what reading the file said (also in loaded.diagnostics): why it is unreadable.
    Diagnostics readDiagnostics;
    std::shared_ptr<Validator> validator;
    /// The full validation of loaded.archive against loaded.types.
    std::shared_ptr<IncrementalValidator> validation;
    /// A YAML file as it was on disk before reading; null for a CSAR.
    FileFingerprint fingerprint;

    bool isLoaded() const { return status == Status::Loaded; }
    bool isCancelled() const { return status == Status::Cancelled; }
};

} // namespace Topologist
