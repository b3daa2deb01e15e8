// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4cloudpush.h"
#include "alien4cloud/alien4cloudserver.h"
#include "catalog/loadedtopology.h"
#include "catalog/typecatalog.h"
#include "fakealien4cloudserver.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

#include <string>

namespace Topologist::Test {

/// A fake Alien4Cloud on loopback, a profile pointing at it with generous timeouts (the tests
/// about timeouts set short ones), and the bundled library with its example topologies.
class PushTest : public ::testing::Test
{
protected:
    void SetUp() override;

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

    /// Puts the three archives the Marathon example imports on the server.
    void preloadMarathonDependencies();

    FakeAlien4CloudServer m_server;
    Alien4CloudServer m_profile;
    QString m_password = QStringLiteral("admin");
    QStringList m_stepLabels;
};

std::string describe(const Alien4CloudPush::Result &result);

} // namespace Topologist::Test
