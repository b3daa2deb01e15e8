// SPDX-License-Identifier: GPL-3.0-or-later
#include "exampledocument.h"

#include "testhelpers.h"

#include <QFile>

#include <gtest/gtest.h>

namespace Topologist::Test {

std::unique_ptr<TopologyDocument> openExample(const QString &name)
{
    QFile file(bundledExample(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    Diagnostics diagnostics;
    auto document = TopologyDocument::fromBytes(
        file.readAll(), name + QStringLiteral(".yml"), bundledCatalog(), &diagnostics);
    EXPECT_NE(document, nullptr);
    return document;
}

} // namespace Topologist::Test
