// SPDX-License-Identifier: GPL-3.0-or-later
#include "recovery/recoverydialog.h"

#include "recovery/textdiff.h"
#include "ui_recoverydialog.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QLocale>
#include <QPushButton>

namespace Topologist {

RecoveryDialog::RecoveryDialog(const RecoveryEntry &entry, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RecoveryDialog>())
    , m_entry(entry)
{
    m_ui->setupUi(this);
    const QString where = entry.originalPath.isEmpty()
                              ? tr("a topology that was never saved")
                              : QDir::toNativeSeparators(entry.originalPath);
    m_ui->recoveryText->setText(m_ui->recoveryText->text().arg(
        entry.displayName,
        where,
        QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)));
    m_ui->diffView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    // All four buttons are custom ones, which a button box in a form cannot hold.
    QDialogButtonBox *buttons = m_ui->buttonBox;
    QPushButton *restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    restore->setDefault(true);
    QPushButton *compare = buttons->addButton(tr("&Compare…"), QDialogButtonBox::ActionRole);
    compare->setObjectName(QStringLiteral("compareButton"));
    QPushButton *discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton *later = buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("laterButton"));
    connect(restore, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Restore;
        accept();
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Discard;
        accept();
    });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    connect(compare, &QPushButton::clicked, this, &RecoveryDialog::showComparison);
}

RecoveryDialog::~RecoveryDialog() = default;

QString RecoveryDialog::comparison() const
{
    return m_ui->diffView->toPlainText();
}

void RecoveryDialog::showComparison()
{
    QString onDisk;
    QFile file(m_entry.originalPath);
    if (!m_entry.originalPath.isEmpty() && file.open(QIODevice::ReadOnly))
        onDisk = QString::fromUtf8(file.readAll());
    const QString recovered = QString::fromUtf8(m_entry.contents);
    const TextDiff diff(onDisk, recovered);
    QString header;
    if (m_entry.originalPath.isEmpty() || !file.isOpen())
        header = tr("No saved file to compare with; the recovered topology:") + QLatin1Char('\n');
    else if (diff.isEmpty())
        header = tr("The file on disk already holds these changes.") + QLatin1Char('\n');
    else
        header = tr("- on disk, + recovered") + QLatin1Char('\n');
    m_ui->diffView->setPlainText(header + diff.toText());
    m_ui->diffView->setVisible(true);
    resize(qMax(width(), 720), qMax(height(), 480));
}

} // namespace Topologist
