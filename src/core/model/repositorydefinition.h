// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"
#include "support/sourcelocation.h"

#include <QList>
#include <QString>

namespace Topologist {

/// An entry of the top-level `repositories:` section: where artifacts that name it
/// (`repository: docker`) are fetched from, e.g. a Maven repository or a Docker registry.
struct RepositoryDefinition
{
    QString name;
    QString url;
    /// `http`, `maven`, `git`, `a4c_ignore`, ...: Alien4Cloud's repository plugins choose by it.
    QString type;
    QString description;
    /// As written: a map (`user`, `token`, ...) or a function such as get_secret.
    Value credential;
    Value extras;
    /// Written as just its URL (`docker: https://hub.docker.com/`).
    bool shortForm = false;
    SourceLocation location;

    friend bool operator==(const RepositoryDefinition &a, const RepositoryDefinition &b)
    {
        return a.name == b.name && a.url == b.url && a.type == b.type
               && a.description == b.description && a.credential == b.credential
               && a.extras == b.extras;
    }
};

using RepositoryDefinitions = QList<RepositoryDefinition>;

} // namespace Topologist
