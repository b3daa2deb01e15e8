// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/manualdialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Topologist {

ManualDialog::ManualDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Topologist Manual"));
    m_browser->setObjectName(QStringLiteral("manualBrowser"));
    // Links inside the manual move within it; none leads out of the application.
    m_browser->setOpenExternalLinks(false);
    m_browser->setSource(QUrl(source()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(640, 720);
}

QString ManualDialog::source()
{
    return QStringLiteral("qrc:/manual/manual.html");
}

} // namespace Topologist
