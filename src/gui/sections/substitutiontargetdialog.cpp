// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/substitutiontargetdialog.h"

#include "substitutionactions.h"
#include "topologydocument.h"

#include "ui_substitutiontargetdialog.h"

#include <QLineEdit>

namespace Topologist {

namespace {

/// Selects `text` in `combo`, adding it first when the list does not offer it (an entry
/// written by hand may name what the model does not know).
void choose(QComboBox *combo, const QString &text)
{
    if (text.isEmpty())
        return;
    if (combo->findText(text) < 0)
        combo->addItem(text);
    combo->setCurrentText(text);
}

} // namespace

SubstitutionTargetDialog::SubstitutionTargetDialog(TopologyDocument *document,
                                                   SubstitutionMapping::Side side,
                                                   const QString &name,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SubstitutionTargetDialog>())
    , m_document(document)
    , m_side(side)
    , m_name(name)
{
    m_ui->setupUi(this);
    if (isCapability()) {
        setWindowTitle(name.isEmpty() ? tr("Expose Capability")
                                      : tr("Exposed Capability %1").arg(name));
        m_ui->targetLabel->setText(tr("&Capability:"));
    } else {
        setWindowTitle(name.isEmpty() ? tr("Expose Requirement")
                                      : tr("Exposed Requirement %1").arg(name));
        m_ui->targetLabel->setText(tr("&Requirement:"));
    }
    m_ui->error->hide();
    m_ui->name->setMinimumWidth(260);
    m_ui->name->lineEdit()->setPlaceholderText(tr("The name it has on the node"));
    if (!document)
        return;
    const SubstitutionActions actions(document);
    m_ui->name->addItems(actions.substitutedTargets(side));
    m_ui->name->setCurrentText(QString());
    m_ui->node->addItems(document->topology().nodeNames());
    connect(m_ui->node, &QComboBox::currentTextChanged, this, [this](const QString &node) {
        offerTargetsOf(node);
    });
    offerTargetsOf(m_ui->node->currentText());
    if (const SubstitutionTarget *existing = actions.mapping().target(side, name)) {
        m_ui->name->setCurrentText(existing->name);
        choose(m_ui->node, existing->node);
        choose(m_ui->target, existing->target);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SubstitutionTargetDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SubstitutionTargetDialog::reject);
}

SubstitutionTargetDialog::~SubstitutionTargetDialog() = default;

void SubstitutionTargetDialog::offerTargetsOf(const QString &node)
{
    // Another node with a capability of the same name (host, say) keeps it chosen.
    const QString chosen = m_ui->target->currentText();
    m_ui->target->clear();
    if (m_document)
        m_ui->target->addItems(SubstitutionActions(m_document).targetsOf(m_side, node));
    if (m_ui->target->findText(chosen) >= 0)
        m_ui->target->setCurrentText(chosen);
}

void SubstitutionTargetDialog::accept()
{
    if (!m_document)
        return QDialog::reject();
    const auto refuse = [this](const QString &reason) {
        m_ui->error->setText(reason);
        m_ui->error->show();
    };
    SubstitutionActions actions(m_document);
    const SubstitutionTarget *existing = actions.mapping().target(m_side, m_name);
    SubstitutionTarget target = existing ? *existing : SubstitutionTarget();
    target.node = m_ui->node->currentText();
    target.target = m_ui->target->currentText();
    target.wellFormed = true;
    // Unnamed, it is exposed under the name it has on the node.
    target.name = m_ui->name->currentText().trimmed();
    if (target.name.isEmpty())
        target.name = target.target;
    if (target.node.isEmpty() || target.target.isEmpty()) {
        return refuse(isCapability() ? tr("Choose a node and one of its capabilities.")
                                     : tr("Choose a node and one of its requirements."));
    }
    if (existing && *existing == target)
        return QDialog::accept();
    const bool done = existing ? actions.changeTarget(m_side, m_name, target)
                               : actions.addTarget(m_side, target);
    if (!done) {
        return refuse(
            isCapability()
                ? tr("The topology exposes a capability called %1 already.").arg(target.name)
                : tr("The topology exposes a requirement called %1 already.").arg(target.name));
    }
    QDialog::accept();
}

} // namespace Topologist
