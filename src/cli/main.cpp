// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("topologist-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Topologist"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOPOLOGIST_VERSION));
    Topologist::CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
