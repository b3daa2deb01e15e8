// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QDialog;
class QTreeWidget;

namespace Topologist::Test {

/// The texts of `column` of every top-level row of `list`.
QStringList column(const QTreeWidget *list, int column);
/// Types `text` into the line edit `field` of `dialog` (the test fails when there is none).
void setText(QDialog &dialog, const char *field, const QString &text);
/// Clicks the dialog's OK button.
void pressOk(QDialog &dialog);
/// The reason a dialog shows for refusing, or empty when it shows none.
QString errorOf(const QDialog &dialog);

} // namespace Topologist::Test
