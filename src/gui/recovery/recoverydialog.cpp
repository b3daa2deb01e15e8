// SPDX-License-Identifier: GPL-3.0-or-later
#include "recovery/recoverydialog.h"

#include "recovery/textdiff.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Topologist {

RecoveryDialog::RecoveryDialog(const RecoveryEntry &entry, QWidget *parent)
    : QDialog(parent)
    , m_entry(entry)
    , m_diff(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recover Unsaved Changes"));
    const QString where = entry.originalPath.isEmpty()
                              ? tr("a topology that was never saved")
                              : QDir::toNativeSeparators(entry.originalPath);
    auto *text = new QLabel(
        tr("Topologist did not close properly. Unsaved changes to %1 (%2) were saved "
           "automatically at %3.")
            .arg(entry.displayName,
                 where,
                 QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)),
        this);
    text->setObjectName(QStringLiteral("recoveryText"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    m_diff->setObjectName(QStringLiteral("diffView"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_diff, 1);
    layout->addWidget(buttons);
}

QString RecoveryDialog::comparison() const
{
    return m_diff->toPlainText();
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
    m_diff->setPlainText(header + diff.toText());
    m_diff->setVisible(true);
    resize(qMax(width(), 720), qMax(height(), 480));
}

} // namespace Topologist
