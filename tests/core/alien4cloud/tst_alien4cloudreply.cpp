// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudreply.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

using namespace Topologist;
using Kind = Alien4CloudError::Kind;

namespace {

/// A reply driven by hand, the way the client drives its own subclass.
class ManualReply : public Alien4CloudReply
{
public:
    ManualReply()
        : Alien4CloudReply(Operation::CreateApplication, nullptr)
    {}

    using Alien4CloudReply::complete;
    using Alien4CloudReply::setHttpStatus;
    using Alien4CloudReply::setResult;

    int aborts = 0;

protected:
    void abort() override
    {
        ++aborts;
        complete(Alien4CloudError(Kind::Canceled, QStringLiteral("canceled")));
    }
};

} // namespace

TEST(Alien4CloudReply, AccessorsReadTheResultItWasGiven)
{
    ManualReply reply;
    Alien4CloudResult result;
    result.applicationId = QStringLiteral("shop");
    result.notice = QStringLiteral("remark");
    result.csar.errorCode = 502;
    reply.setResult(result);
    reply.setHttpStatus(201);

    EXPECT_EQ(reply.applicationId(), QStringLiteral("shop"));
    EXPECT_EQ(reply.notice(), QStringLiteral("remark"));
    EXPECT_EQ(reply.csarResult().errorCode, 502);
    EXPECT_EQ(reply.result().applicationId, QStringLiteral("shop"));
    EXPECT_EQ(reply.httpStatus(), 201);
    EXPECT_FALSE(reply.isFinished());
}

TEST(Alien4CloudReply, FinishesExactlyOnce)
{
    ManualReply reply;
    int finished = 0;
    QObject::connect(&reply, &Alien4CloudReply::finished, [&finished] { ++finished; });
    EXPECT_TRUE(reply.complete(Alien4CloudError()));
    EXPECT_FALSE(reply.complete(Alien4CloudError(Kind::Timeout, QStringLiteral("late"))));

    EXPECT_EQ(finished, 1);
    EXPECT_TRUE(reply.isFinished());
    EXPECT_FALSE(reply.hasError());
    EXPECT_TRUE(reply.waitForFinished());
}

TEST(Alien4CloudReply, CancelAbortsOnlyWhileUnfinished)
{
    ManualReply reply;
    reply.cancel();
    EXPECT_EQ(reply.aborts, 1);
    EXPECT_EQ(reply.error().kind(), Kind::Canceled);
    reply.cancel();
    EXPECT_EQ(reply.aborts, 1);
}
