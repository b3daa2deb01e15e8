// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogentry.h"
#include "support/diagnostic.h"

#include <QList>

#include <memory>

namespace Topologist {

class Validator;

/// Assembles the validator for one topology: every built-in rule plus the declarative rules
/// shipped with the archives it imports (so Mesos rules apply exactly when mesos-types is
/// imported).
class ValidatorFactory
{
public:
    static std::shared_ptr<Validator> create(const QList<const CatalogEntry *> &dependencies,
                                             Diagnostics *diagnostics);
};

} // namespace Topologist
