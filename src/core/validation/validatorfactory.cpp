// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/validatorfactory.h"

#include "validation/rulesfile/declarativerule.h"
#include "validation/rulesfile/rulesfile.h"
#include "validation/validator.h"

namespace Topologist {

std::shared_ptr<Validator> ValidatorFactory::create(const QList<const CatalogEntry *> &dependencies,
                                                    Diagnostics *diagnostics,
                                                    const TypeRegistry *types)
{
    auto validator = std::make_shared<Validator>(Validator::standard());
    for (auto &rule : RulesFile::loadForArchives(dependencies, diagnostics, types))
        validator->addRule(std::move(rule));
    return validator;
}

} // namespace Topologist
