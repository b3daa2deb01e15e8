// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/validatorfactory.h"

#include "validation/validator.h"

namespace Topologist {

std::shared_ptr<Validator> ValidatorFactory::create(const QList<const CatalogEntry *> &dependencies,
                                                    Diagnostics *diagnostics)
{
    Q_UNUSED(dependencies)
    Q_UNUSED(diagnostics)
    return std::make_shared<Validator>(Validator::standard());
}

} // namespace Topologist
