// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("topologist-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Topologist"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOPOLOGIST_VERSION));
    QTranslator translator;
    if (translator.load(
            QLocale(), QStringLiteral("topologist"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    Topologist::CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
