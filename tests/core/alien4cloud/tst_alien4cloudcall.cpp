// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudcall.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

using namespace Topologist;
using Operation = Alien4CloudReply::Operation;

TEST(Alien4CloudCall, CancelAsksWhoeverRunsIt)
{
    Alien4CloudCall call(Operation::UploadCsar, QStringLiteral("uploading 'x.csar'"), nullptr);
    int requested = 0;
    QObject::connect(&call, &Alien4CloudCall::cancelRequested, [&requested] { ++requested; });
    Alien4CloudReply &reply = call;
    reply.cancel();
    EXPECT_EQ(requested, 1);
    EXPECT_EQ(call.what(), QStringLiteral("uploading 'x.csar'"));

    call.complete(Alien4CloudError());
    reply.cancel();
    EXPECT_EQ(requested, 1);
}

TEST(Alien4CloudCall, DetachedCallIsNoLongerCanceledThroughItsRunner)
{
    Alien4CloudCall call(Operation::CsarExists, QStringLiteral("looking up archive a:1"), nullptr);
    int cancels = 0;
    QObject::connect(&call, &Alien4CloudCall::cancelRequested, [&cancels] { ++cancels; });
    call.detach();
    call.cancel();
    EXPECT_EQ(cancels, 0);
}
