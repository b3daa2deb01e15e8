// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace Topologist {

/// Help > Topologist Manual (F1): a short manual of the designer's tasks, bundled with it, so it
/// reads offline and matches the version installed.
class ManualDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ManualDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    /// Where the manual is, among the application's resources.
    static QString source();

private:
    QTextBrowser *m_browser;
};

} // namespace Topologist
