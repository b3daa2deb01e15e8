// SPDX-License-Identifier: GPL-3.0-or-later
#include "types/propertydefinition.h"

namespace Topologist {

const PropertyDefinition *findDefinition(const PropertyDefinitions &definitions,
                                         const QString &name)
{
    for (const PropertyDefinition &definition : definitions) {
        if (definition.name == name)
            return &definition;
    }
    return nullptr;
}

} // namespace Topologist
