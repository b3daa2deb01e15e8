// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/changetypedialog.h"

#include "documentactions.h"
#include "palette/typematcher.h"
#include "topologydocument.h"
#include "types/typenames.h"
#include "types/typeregistry.h"
#include "ui_changetypedialog.h"

#include <QKeyEvent>
#include <QPushButton>

#include <algorithm>

namespace Topologist {

namespace {

constexpr int TypeNameRole = Qt::UserRole + 1;

} // namespace

ChangeTypeDialog::ChangeTypeDialog(TopologyDocument *document, const QString &node, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangeTypeDialog>())
    , m_document(document)
    , m_node(node)
{
    m_ui->setupUi(this);
    const NodeTemplate *current = document ? document->topology().node(node) : nullptr;
    m_currentType = current ? current->type : QString();
    m_ui->nodeLabel->setText(m_ui->nodeLabel->text().arg(node, m_currentType));
    if (document) {
        for (const TypeDefinition *type : document->nodeTypesOnOffer())
            m_entries.append(
                {type->name, TypeNames::shortName(type->name), type->description, type->abstract});
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Change &Type"));
    m_ui->filter->installEventFilter(this);
    connect(m_ui->filter, &QLineEdit::textChanged, this, &ChangeTypeDialog::fillList);
    connect(
        m_ui->typeList, &QListWidget::currentItemChanged, this, &ChangeTypeDialog::updatePreview);
    connect(m_ui->typeList, &QListWidget::itemActivated, this, &ChangeTypeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChangeTypeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillList();
    m_ui->filter->setFocus();
}

ChangeTypeDialog::~ChangeTypeDialog() = default;

QString ChangeTypeDialog::selectedType() const
{
    const QListWidgetItem *item = m_ui->typeList->currentItem();
    return item ? item->data(TypeNameRole).toString() : QString();
}

QString ChangeTypeDialog::previewText() const
{
    return m_ui->preview->text();
}

void ChangeTypeDialog::fillList()
{
    const TypeMatcher matcher(m_ui->filter->text());
    QList<std::pair<int, const Entry *>> matches;
    for (const Entry &entry : std::as_const(m_entries)) {
        const int score = matcher.score(entry.shortName, entry.name, entry.description);
        if (score >= 0)
            matches.append({score, &entry});
    }
    std::stable_sort(matches.begin(), matches.end(), [](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        // As in the Types panel: what can be deployed as it is before what a location must
        // substitute.
        if (a.second->abstract != b.second->abstract)
            return b.second->abstract;
        const int byShortName
            = a.second->shortName.compare(b.second->shortName, Qt::CaseInsensitive);
        return byShortName != 0 ? byShortName < 0 : a.second->name < b.second->name;
    });
    QListWidget *list = m_ui->typeList;
    const QSignalBlocker blocker(list);
    list->clear();
    QListWidgetItem *current = nullptr;
    for (const auto &[score, entry] : std::as_const(matches)) {
        auto *item = new QListWidgetItem(list);
        item->setData(TypeNameRole, entry->name);
        item->setToolTip(entry->description);
        QString text = QStringLiteral("%1 — %2").arg(entry->shortName, entry->name);
        if (entry->abstract)
            text = tr("%1 (abstract)").arg(text);
        if (entry->name == m_currentType) {
            text = tr("%1 (current type)").arg(text);
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            if (matcher.isEmpty())
                current = item;
        }
        item->setText(text);
    }
    // With a filter, the best match; without one, where the node is now.
    if (!current && list->count() > 0)
        current = list->item(0);
    list->setCurrentItem(current);
    if (current)
        list->scrollToItem(current);
    updatePreview();
}

void ChangeTypeDialog::updatePreview()
{
    const QString type = selectedType();
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    if (!m_document || type.isEmpty()) {
        m_ui->preview->setText(tr("No type matches the filter."));
        return;
    }
    if (type == m_currentType) {
        m_ui->preview->setText(tr("%1 has this type now.").arg(m_node));
        return;
    }
    const NodeRetyping retyping = m_document->actions().retyping(m_node, type);
    if (!retyping.isValid()) {
        m_ui->preview->setText(tr("%1 cannot be used here.").arg(type));
        return;
    }
    const auto members = [](const QStringList &properties,
                            const QStringList &capabilities,
                            const QStringList &requirements) {
        QStringList all = properties;
        for (const QString &capability : capabilities)
            all << tr("%1 (capability)").arg(capability);
        all += requirements;
        return all.isEmpty() ? tr("nothing") : all.join(QStringLiteral(", "));
    };
    QStringList lines;
    lines << tr("Keeps: %1")
                 .arg(members(retyping.keptProperties(),
                              retyping.keptCapabilities(),
                              retyping.keptRequirements()));
    lines << tr("Drops: %1")
                 .arg(members(retyping.droppedProperties(),
                              retyping.droppedCapabilities(),
                              retyping.droppedRequirements()));
    if (!retyping.unfitRequirements().isEmpty())
        lines << tr("No longer fits its target: %1")
                     .arg(retyping.unfitRequirements().join(QStringLiteral(", ")));
    if (!retyping.missingProperties().isEmpty())
        lines << tr("Needs a value for: %1")
                     .arg(retyping.missingProperties().join(QStringLiteral(", ")));
    if (!m_document->types().contains(TypeKind::Node, type)) {
        if (const CatalogEntry *entry = m_document->archiveDeclaring(type))
            lines << tr("Imports %1").arg(entry->id());
    }
    m_ui->preview->setText(lines.join(QLatin1Char('\n')));
    ok->setEnabled(true);
}

void ChangeTypeDialog::accept()
{
    const QString type = selectedType();
    if (!m_document || type.isEmpty() || type == m_currentType)
        return;
    QString error;
    if (!m_document->actions().changeType(m_node, type, &error)) {
        m_ui->preview->setText(error);
        return;
    }
    QDialog::accept();
}

bool ChangeTypeDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp
            || key == Qt::Key_PageDown) {
            // The list moves; the filter keeps the focus, so typing goes on filtering.
            QCoreApplication::sendEvent(m_ui->typeList, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Topologist
