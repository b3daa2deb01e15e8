// SPDX-License-Identifier: GPL-3.0-or-later
#include "typenames.h"

namespace Topologist {

QString TypeNames::shortName(const QString &type)
{
    return type.section(QLatin1Char('.'), -1);
}

} // namespace Topologist
