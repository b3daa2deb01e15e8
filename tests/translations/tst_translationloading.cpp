// SPDX-License-Identifier: GPL-3.0-or-later
// The translations embedded by topologist_add_translations(), loaded through
// loadTopologistTranslation() as topologist and topologist-cli load them: German and French
// translate menus and plurals, and every other language, the "C" locale included, gets the
// English plural forms.
#include "support/translations.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace Topologist;

namespace {

/// Installs Topologist's translation for @p locale for as long as it lives.
class Installed
{
public:
    explicit Installed(const QLocale &locale)
    {
        loaded = loadTopologistTranslation(translator, locale);
        if (loaded)
            QCoreApplication::installTranslator(&translator);
    }
    ~Installed() { QCoreApplication::removeTranslator(&translator); }
    Installed(const Installed &) = delete;
    Installed &operator=(const Installed &) = delete;

    QTranslator translator;
    bool loaded = false;
};

QString menu(const char *source)
{
    return QCoreApplication::translate("Topologist::MainWindow", source);
}

QString warnings(int n)
{
    return QCoreApplication::translate("Topologist::PropertyEditor", "%n warnings", nullptr, n);
}

QString copied(int n)
{
    return QCoreApplication::translate("Topologist::MainWindow", "Copied %n nodes", nullptr, n);
}

TEST(TranslationLoading, GermanTranslatesMenusAndPlurals)
{
    Installed german(QLocale(QLocale::German, QLocale::Germany));
    ASSERT_TRUE(german.loaded);
    EXPECT_EQ(german.translator.language(), QStringLiteral("de"));
    EXPECT_EQ(menu("&File"), QStringLiteral("&Datei"));
    EXPECT_EQ(menu("Select &All"), QStringLiteral("Alles au&swählen"));
    EXPECT_EQ(warnings(1), QStringLiteral("1 Warnung"));
    EXPECT_EQ(warnings(4), QStringLiteral("4 Warnungen"));
    EXPECT_EQ(copied(2), QStringLiteral("2 Knoten kopiert"));
}

TEST(TranslationLoading, FrenchTranslatesMenusAndPlurals)
{
    Installed french(QLocale(QLocale::French, QLocale::France));
    ASSERT_TRUE(french.loaded);
    EXPECT_EQ(french.translator.language(), QStringLiteral("fr"));
    EXPECT_EQ(menu("&File"), QStringLiteral("&Fichier"));
    EXPECT_EQ(warnings(1), QStringLiteral("1 avertissement"));
    // French counts zero as singular.
    EXPECT_EQ(warnings(0), QStringLiteral("0 avertissement"));
    EXPECT_EQ(warnings(3), QStringLiteral("3 avertissements"));
    EXPECT_EQ(copied(5), QStringLiteral("5 nœuds copiés"));
}

TEST(TranslationLoading, CLocaleGetsEnglishPlurals)
{
    Installed c(QLocale::c());
    ASSERT_TRUE(c.loaded);
    EXPECT_EQ(c.translator.language(), QStringLiteral("en"));
    EXPECT_EQ(menu("&File"), QStringLiteral("&File"));
    EXPECT_EQ(warnings(1), QStringLiteral("1 warning"));
    EXPECT_EQ(warnings(2), QStringLiteral("2 warnings"));
    EXPECT_EQ(copied(1), QStringLiteral("Copied 1 node"));
}

TEST(TranslationLoading, UntranslatedLanguageGetsEnglish)
{
    Installed japanese(QLocale(QLocale::Japanese, QLocale::Japan));
    ASSERT_TRUE(japanese.loaded);
    EXPECT_EQ(japanese.translator.language(), QStringLiteral("en"));
    EXPECT_EQ(menu("&Edit"), QStringLiteral("&Edit"));
    EXPECT_EQ(copied(1), QStringLiteral("Copied 1 node"));
}

TEST(TranslationLoading, WithoutTranslatorTheSourceShows)
{
    // What the checks above rely on: nothing is installed outside them.
    EXPECT_EQ(menu("&File"), QStringLiteral("&File"));
    EXPECT_EQ(warnings(1), QStringLiteral("1 warnings"));
}

/// topologist-cli picks its language from the environment, as users set it.
QString cliHelp(const QString &language)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANGUAGE"), language);
    environment.insert(QStringLiteral("LC_ALL"), language + QStringLiteral(".UTF-8"));
    QProcess cli;
    cli.setProcessEnvironment(environment);
    cli.start(Test::cliPath(), {QStringLiteral("--help")});
    if (!cli.waitForFinished(60000)) {
        ADD_FAILURE() << "topologist-cli --help did not finish";
        cli.kill();
        cli.waitForFinished();
    }
    return QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
}

TEST(TranslationLoading, CliHelpFollowsTheUsersLanguage)
{
    EXPECT_NE(cliHelp(QStringLiteral("de_DE")).indexOf(QStringLiteral("Optionen:")), -1);
    EXPECT_NE(cliHelp(QStringLiteral("fr_FR")).indexOf(QStringLiteral("Options :")), -1);
    const QString english = cliHelp(QStringLiteral("C"));
    EXPECT_NE(english.indexOf(QStringLiteral("Options:")), -1);
    EXPECT_EQ(english.indexOf(QStringLiteral("Optionen")), -1);
}

} // namespace
