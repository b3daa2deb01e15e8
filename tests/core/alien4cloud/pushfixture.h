// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4cloudpush.h"
#include "catalog/loadedtopology.h"
#include "catalog/typecatalog.h"
#include "fakealien4cloudtest.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

#include <string>

namespace Topologist::Test {

/// The fake Alien4Cloud and its profile, and the bundled library with its example topologies.
class PushTest : public FakeAlien4CloudTest
{
protected:
    static const TypeCatalog &catalog();
    static LoadedTopology loadExample(const QString &name);
    static LoadedTopology load(const QString &path);

    /// Runs a push to the fake server as admin/admin; a push that never finishes fails the test
    /// after a generous guard instead of hanging the suite.
    Alien4CloudPush::Result push(const LoadedTopology &topology,
                                 const Alien4CloudPush::Options &options = {},
                                 Alien4CloudPush *pusher = nullptr);
    /// The labels of the steps the last push() went through.
    QStringList stepLabels() const { return m_stepLabels; }

    QString m_password = QStringLiteral("admin");
    QStringList m_stepLabels;
};

std::string describe(const Alien4CloudPush::Result &result);

} // namespace Topologist::Test
