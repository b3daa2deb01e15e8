// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudtrustedcertificates.h"
#include "fakealien4cloudserver.h"
#include "qtprinters.h"
#include "testhelpers.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

TEST(Alien4CloudTrustedCertificates, NoFileTrustsNothingMoreAndIsNoProblem)
{
    Alien4CloudTrustedCertificates trusted{QString()};
    EXPECT_TRUE(trusted.problem().isEmpty());
    EXPECT_TRUE(trusted.certificates().isEmpty());
}

TEST(Alien4CloudTrustedCertificates, ReadsThePemFile)
{
    Alien4CloudTrustedCertificates trusted(FakeAlien4CloudServer::certificatePath());
    EXPECT_TRUE(trusted.problem().isEmpty()) << trusted.problem().toStdString();
    EXPECT_EQ(trusted.certificates().size(), 1);
}

TEST(Alien4CloudTrustedCertificates, FileWithoutCertificateIsAProblem)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("empty.pem"));
    ASSERT_TRUE(writeFile(path, "not a certificate\n"));
    Alien4CloudTrustedCertificates trusted(path);
    EXPECT_EQ(trusted.problem(), QStringLiteral("it holds no PEM certificate"));
    EXPECT_TRUE(trusted.certificates().isEmpty());
}

TEST(Alien4CloudTrustedCertificates, MissingFileGivesTheSystemsReason)
{
    Alien4CloudTrustedCertificates trusted(QStringLiteral("/nonexistent/a4c.pem"));
    EXPECT_FALSE(trusted.problem().isEmpty());
    EXPECT_EQ(trusted.path(), QStringLiteral("/nonexistent/a4c.pem"));
}
