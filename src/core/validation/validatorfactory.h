// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogentry.h"
#include "support/diagnostic.h"

#include <QList>

#include <memory>

namespace Topologist {

class TypeRegistry;
class Validator;

/// Assembles the validator for one topology: every built-in rule plus the declarative rules
/// shipped with the archives it imports (so Mesos rules apply exactly when mesos-types is
/// imported).
class ValidatorFactory
{
public:
    /// With `types`, rules naming node types no archive declares are reported (a typo there
    /// would silently disable the rule).
    static std::shared_ptr<Validator> create(const QList<const CatalogEntry *> &dependencies,
                                             Diagnostics *diagnostics,
                                             const TypeRegistry *types = nullptr);
};

} // namespace Topologist
