// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectiontesthelpers.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace Topologist::Test {

QStringList column(const QTreeWidget *list, int column)
{
    QStringList texts;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        texts << list->topLevelItem(i)->text(column);
    return texts;
}

void setText(QDialog &dialog, const char *field, const QString &text)
{
    auto *edit = dialog.findChild<QLineEdit *>(QLatin1String(field));
    ASSERT_NE(edit, nullptr) << field;
    edit->setText(text);
}

void pressOk(QDialog &dialog)
{
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

QString errorOf(const QDialog &dialog)
{
    const auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
    return error && !error->isHidden() ? error->text() : QString();
}

} // namespace Topologist::Test
