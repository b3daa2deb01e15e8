// SPDX-License-Identifier: GPL-3.0-or-later
// Help > About: the version and the Qt it was built with and runs on, selectable; the license
// link opens in the browser; Close closes.
#include "dialogs/aboutdialog.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <gmock/gmock.h>

using namespace Topologist;
using ::testing::HasSubstr;

namespace {

QString labelText(const AboutDialog &dialog, const char *name)
{
    const auto *label = dialog.findChild<QLabel *>(QLatin1String(name));
    EXPECT_NE(label, nullptr) << name;
    return label ? label->text() : QString();
}

} // namespace

TEST(AboutDialogTest, ShowsTheVersionAndTheQtBuiltWithAndRunningOn)
{
    AboutDialog dialog;
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("About Topologist"));
    EXPECT_THAT(labelText(dialog, "nameLabel").toStdString(),
                HasSubstr("Topologist " TOPOLOGIST_VERSION));
    const QString qt = labelText(dialog, "qtVersion");
    EXPECT_THAT(qt.toStdString(), HasSubstr(QT_VERSION_STR));
    EXPECT_THAT(qt.toStdString(), HasSubstr(qVersion()));
    // The other libraries' versions are filled in, not left as placeholders.
    for (const char *name : {"yamlCppVersion", "quazipVersion"}) {
        const QString version = labelText(dialog, name);
        EXPECT_FALSE(version.isEmpty()) << name;
        EXPECT_FALSE(version.contains(QLatin1Char('%'))) << name;
    }
    const auto *icon = dialog.findChild<QLabel *>(QStringLiteral("iconLabel"));
    ASSERT_NE(icon, nullptr);
    EXPECT_FALSE(icon->pixmap().isNull());
}

TEST(AboutDialogTest, TextsCanBeSelectedAndTheLicenseLinkOpensExternally)
{
    AboutDialog dialog;
    for (const char *name : {"nameLabel",
                             "descriptionLabel",
                             "qtVersion",
                             "yamlCppVersion",
                             "quazipVersion",
                             "licenseLabel"}) {
        const auto *label = dialog.findChild<QLabel *>(QLatin1String(name));
        ASSERT_NE(label, nullptr) << name;
        EXPECT_TRUE(label->textInteractionFlags() & Qt::TextSelectableByMouse) << name;
    }
    const auto *license = dialog.findChild<QLabel *>(QStringLiteral("licenseLabel"));
    EXPECT_THAT(license->text().toStdString(), HasSubstr("GPL-3.0-or-later"));
    EXPECT_THAT(license->text().toStdString(), HasSubstr("href=\"https://www.gnu.org/licenses/"));
    // Followed by the desktop's browser, never inside the dialog.
    EXPECT_TRUE(license->openExternalLinks());
    EXPECT_TRUE(license->textInteractionFlags() & Qt::LinksAccessibleByMouse);
}

TEST(AboutDialogTest, CloseButtonClosesIt)
{
    AboutDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    const auto *buttons = dialog.findChild<QDialogButtonBox *>();
    ASSERT_NE(buttons, nullptr);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    ASSERT_NE(close, nullptr);
    EXPECT_EQ(buttons->buttons().size(), 1);
    QTest::mouseClick(close, Qt::LeftButton);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}
