// SPDX-License-Identifier: GPL-3.0-or-later
// The dialogs' forms (ui/*.ui) translate their texts in the context of the class that uses
// them, "Topologist::<Class>", the one its tr() calls use: the context topologist_de.ts files
// them under. A form named without the namespace would leave its texts untranslated.
#include "dialogs/aboutdialog.h"
#include "dialogs/changetypedialog.h"
#include "dialogs/exportcsardialog.h"
#include "dialogs/pushdialog.h"
#include "dialogs/pushprogressview.h"
#include "dialogs/pushresultview.h"
#include "dialogs/serverprofiledialog.h"
#include "dialogtestsupport.h"
#include "recovery/recoverydialog.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace Topologist;

namespace {

/// Marks every text asked for in a context of Topologist's classes, and no other.
class ClassContextTranslator : public QTranslator
{
public:
    QString translate(const char *context,
                      const char *sourceText,
                      const char * /*disambiguation*/,
                      int /*n*/) const override
    {
        if (!QByteArray(context).startsWith("Topologist::"))
            return QString();
        return QStringLiteral("[%1]").arg(QString::fromUtf8(sourceText));
    }
    bool isEmpty() const override { return false; }
};

class FormContextTest : public ::testing::Test
{
protected:
    void SetUp() override { QCoreApplication::installTranslator(&m_translator); }
    void TearDown() override { QCoreApplication::removeTranslator(&m_translator); }

    ClassContextTranslator m_translator;
};

QString text(const QObject &parent, const char *name)
{
    if (const auto *label = parent.findChild<QLabel *>(QLatin1String(name)))
        return label->text();
    if (const auto *button = parent.findChild<QPushButton *>(QLatin1String(name)))
        return button->text();
    ADD_FAILURE() << "no label or button " << name;
    return QString();
}

} // namespace

TEST_F(FormContextTest, ServerProfileDialog)
{
    ServerProfileDialog dialog{ServerProfile()};
    EXPECT_EQ(text(dialog, "urlLabel"), QStringLiteral("[&Address:]"));
    EXPECT_EQ(text(dialog, "browseButton"), QStringLiteral("[B&rowse…]"));
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("[Add Alien4Cloud Server]")); // from code
}

TEST_F(FormContextTest, ChangeTypeDialog)
{
    Topologist::ChangeTypeDialog dialog(nullptr, QStringLiteral("Node"));
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("[Change Type]"));
    EXPECT_EQ(text(dialog, "nodeLabel"), QStringLiteral("[New type of Node (now ):]"));
}

TEST_F(FormContextTest, ExportCsarDialog)
{
    ExportCsarDialog dialog(nullptr);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("[Export CSAR]"));
    EXPECT_EQ(text(dialog, "overwriteWarning"),
              QStringLiteral("[A file with this name exists; exporting replaces it.]"));
    EXPECT_EQ(text(dialog, "exportButton"), QStringLiteral("[&Export]")); // from code
}

TEST_F(FormContextTest, PushDialogAndItsPages)
{
    PushDialog dialog(nullptr, Alien4CloudPasswordStore::Backend::None);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("[Push to Alien4Cloud]"));
    EXPECT_EQ(text(dialog, "passwordLabel"), QStringLiteral("[Pass&word:]"));
    EXPECT_EQ(text(dialog, "pushButton"), QStringLiteral("[&Push]")); // from code
    EXPECT_EQ(text(*dialog.progressView(), "title"), QStringLiteral("[Pushing to Alien4Cloud…]"));
    EXPECT_EQ(text(*dialog.resultView(), "showProblems"), QStringLiteral("[Show &Problems]"));
}

TEST_F(FormContextTest, RecoveryDialog)
{
    RecoveryEntry entry;
    entry.displayName = QStringLiteral("a.yml");
    RecoveryDialog dialog(entry);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("[Recover Unsaved Changes]"));
    EXPECT_TRUE(text(dialog, "recoveryText").startsWith(QLatin1String("[Topologist did not")));
    EXPECT_EQ(text(dialog, "restoreButton"), QStringLiteral("[&Restore]")); // from code
}

TEST_F(FormContextTest, AboutDialog)
{
    AboutDialog dialog;
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("[About Topologist]"));
}
