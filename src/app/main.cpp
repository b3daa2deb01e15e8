// SPDX-License-Identifier: GPL-3.0-or-later
#include "apptheme.h"
#include "catalog/typecatalog.h"
#include "libraries/typelibrarymanager.h"
#include "mainwindow/mainwindow.h"
#include "support/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Topologist"));
    QApplication::setOrganizationName(QStringLiteral("Topologist"));
    QApplication::setApplicationVersion(QStringLiteral(TOPOLOGIST_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("topologist"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(),
                          QStringLiteral("qtbase"),
                          QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (Topologist::loadTopologistTranslation(translator))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop designer for TOSCA topologies"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "Topology to open (YAML or CSAR)"),
                                 QStringLiteral("[file]"));
    parser.process(app);

    // Before the first window: the theme chosen in an earlier session (View > Theme).
    Topologist::AppTheme::apply(Topologist::AppTheme::stored());

    Topologist::TypeCatalog catalog;
    catalog.addBundledLibrary();
    // Libraries and archives the user added in earlier sessions.
    Topologist::TypeLibraryManager::restore(catalog);

    Topologist::MainWindow window(catalog);
    window.show();
    // Before any file: what a crashed or killed session left unsaved comes first.
    window.offerRecovery();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().first());
    return QApplication::exec();
}
