// SPDX-License-Identifier: GPL-3.0-or-later
#include "problems/problemlist.h"

#include "documentactions.h"
#include "problems/problemfilter.h"
#include "problems/problemmodel.h"
#include "problems/problemrowdelegate.h"
#include "problems/quickfixmenu.h"
#include "problems/severityicons.h"
#include "selectionmodel.h"
#include "topologydocument.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

namespace Topologist {

ProblemList::ProblemList(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProblemModel(this))
    , m_filter(new ProblemFilter(this))
    , m_quickFixes(new QuickFixMenu(this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_clearServer(new QToolButton(this))
    , m_search(new QLineEdit(this))
{
    m_filter->setSourceModel(m_model);
    connect(m_quickFixes, &QuickFixMenu::statusMessage, this, &ProblemList::statusMessage);

    m_summary->setObjectName(QStringLiteral("problemSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    setUpView();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(createBar());
    layout->addWidget(m_view, 1);

    updateSummary();
}

QHBoxLayout *ProblemList::createBar()
{
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 4, 6, 4);
    bar->setSpacing(2);
    bar->addWidget(m_summary);
    bar->addStretch(1);
    static const char *const names[3]
        = {"problemsShowErrors", "problemsShowWarnings", "problemsShowInfos"};
    for (int s = 0; s < 3; ++s) {
        const auto severity = Severity(s);
        auto *button = new QToolButton(this);
        button->setObjectName(QString::fromLatin1(names[s]));
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        button->setIcon(SeverityIcons::forSeverity(severity));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setToolTip(tr("Show %1").arg(SeverityIcons::plural(severity).toLower()));
        connect(button, &QToolButton::toggled, this, [this, severity](bool shown) {
            m_filter->setSeverityShown(severity, shown);
            m_view->expandAll();
        });
        m_severityButtons[s] = button;
        bar->addWidget(button);
    }
    m_clearServer->setObjectName(QStringLiteral("clearServerProblems"));
    m_clearServer->setAutoRaise(true);
    m_clearServer->setIcon(style()->standardIcon(QStyle::SP_DriveNetIcon));
    m_clearServer->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clearServer->setText(tr("Clear Alien4Cloud Problems"));
    m_clearServer->setToolTip(tr("Remove the problems Alien4Cloud reported on the last push"));
    m_clearServer->setVisible(false);
    connect(m_clearServer, &QToolButton::clicked, this, &ProblemList::clearServerProblems);
    bar->addSpacing(6);
    bar->addWidget(m_clearServer);
    bar->addSpacing(6);
    m_search->setObjectName(QStringLiteral("problemsFilter"));
    m_search->setPlaceholderText(tr("Filter problems"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);
    m_search->setMinimumWidth(120);
    m_search->installEventFilter(this);
    bar->addWidget(m_search, 1);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        m_view->expandAll();
    });
    return bar;
}

void ProblemList::setUpView()
{
    m_view->setObjectName(QStringLiteral("problemView"));
    m_view->setModel(m_filter);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(false);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAllColumnsShowFocus(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setItemDelegateForColumn(ProblemModel::DescriptionColumn,
                                     new ProblemRowDelegate(m_view));
    m_view->installEventFilter(this);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ProblemModel::DescriptionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ProblemModel::CodeColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ProblemModel::MemberColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ProblemModel::LocationColumn, QHeaderView::Interactive);
    header->resizeSection(ProblemModel::CodeColumn, 140);
    header->resizeSection(ProblemModel::MemberColumn, 190);
    header->resizeSection(ProblemModel::LocationColumn, 130);
    header->setMinimumSectionSize(60);

    connect(m_view, &QTreeView::doubleClicked, this, &ProblemList::activate);
    m_view->viewport()->installEventFilter(this);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        std::unique_ptr<QMenu> menu(createContextMenu(index));
        if (menu && !menu->isEmpty())
            menu->exec(m_view->viewport()->mapToGlobal(pos));
    });
    // A severity that appears opens, so a new problem is seen without clicking; node groups
    // are folded in the model, and the ones the user folded stay so.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ProblemList::expandInserted);
    connect(m_filter, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
}

ProblemList::~ProblemList() = default;

void ProblemList::detach()
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
}

void ProblemList::setDocument(TopologyDocument *document, SelectionModel *selection)
{
    detach();
    m_document = document;
    m_selection = selection;
    m_model->setDocument(document);
    m_quickFixes->setDocument(document);
    if (document) {
        connect(document, &TopologyDocument::problemsChanged, this, &ProblemList::refresh);
        // Types and the file name show on group rows; both change only with these.
        connect(document, &TopologyDocument::documentReset, this, [this] {
            m_model->setDocument(m_document);
        });
        connect(document, &TopologyDocument::filePathChanged, this, [this] {
            m_model->setDocument(m_document);
        });
    }
    m_view->expandAll();
    updateSummary();
}

void ProblemList::clearServerProblems()
{
    if (m_document)
        m_document->clearServerProblems();
}

void ProblemList::refresh()
{
    m_model->refresh();
    updateSummary();
}

void ProblemList::expandInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    for (int row = first; row <= last; ++row)
        m_view->expand(m_filter->index(row, 0));
}

bool ProblemList::toggleFolded(const QModelIndex &index)
{
    const QModelIndex source = m_filter->mapToSource(index.siblingAtColumn(0));
    if (source.data(ProblemModel::KindRole).toInt() != ProblemModel::NodeRow)
        return false;
    m_model->setFolded(source, !m_model->isFolded(source));
    return true;
}

bool ProblemList::treeKey(int key)
{
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    const int kind = current.data(ProblemModel::KindRole).toInt();
    if (!current.isValid() || kind == ProblemModel::SeverityRow)
        return false;
    const bool folded = current.data(ProblemModel::FoldedRole).toBool();
    if (kind == ProblemModel::NodeRow && folded == (key == Qt::Key_Right))
        return toggleFolded(current);
    if (key == Qt::Key_Right)
        return kind == ProblemModel::NodeRow;
    // Left goes up to the row this one is shown under: its node row, or its severity.
    QModelIndex up = current.parent();
    for (int row = current.row() - 1; kind == ProblemModel::ProblemRow && row >= 0; --row) {
        const QModelIndex above = m_filter->index(row, 0, current.parent());
        if (above.data(ProblemModel::KindRole).toInt() == ProblemModel::NodeRow) {
            up = above;
            break;
        }
    }
    m_view->setCurrentIndex(up);
    return true;
}

QString ProblemList::summary() const
{
    return m_summary->text();
}

void ProblemList::updateSummary()
{
    const int errors = m_model->count(Severity::Error);
    const int warnings = m_model->count(Severity::Warning);
    const int infos = m_model->count(Severity::Info);
    QStringList parts;
    if (errors)
        parts << (errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors));
    if (warnings)
        parts << (warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings));
    if (infos)
        parts << (infos == 1 ? tr("1 info") : tr("%1 infos").arg(infos));
    if (!m_document)
        m_summary->setText(QString());
    else
        m_summary->setText(parts.isEmpty() ? tr("No problems") : parts.join(QStringLiteral(", ")));
    const int counts[3] = {errors, warnings, infos};
    for (int s = 0; s < 3; ++s)
        m_severityButtons[s]->setText(QString::number(counts[s]));
    m_clearServer->setVisible(m_document && !m_document->serverProblems().isEmpty());
}

void ProblemList::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QModelIndex first = index.siblingAtColumn(0);
    const int kind = first.data(ProblemModel::KindRole).toInt();
    if (kind == ProblemModel::SeverityRow) {
        m_view->setExpanded(first, !m_view->isExpanded(first));
        return;
    }
    const QString node = first.data(ProblemModel::NodeRole).toString();
    if (node.isEmpty() || !m_document || !m_document->topology().contains(node)) {
        if (const Problem *problem = m_model->problemAt(m_filter->mapToSource(first))) {
            emit statusMessage(problem->toString());
            if (!problem->member.isEmpty())
                emit revealMember(problem->member);
        }
        return;
    }
    reveal(node);
}

void ProblemList::reveal(const QString &node)
{
    if (!m_document || !m_document->topology().contains(node))
        return;
    if (m_selection)
        m_selection->setSelectedNodes({node});
    emit revealNode(node);
}

Problems ProblemList::problemsOfRow(const QModelIndex &source) const
{
    if (source.data(ProblemModel::KindRole).toInt() == ProblemModel::SeverityRow)
        return Problems();
    return m_model->problemsOfGroup(source);
}

bool ProblemList::isOnBulb(const QPoint &viewportPos) const
{
    const QModelIndex index = m_view->indexAt(viewportPos);
    if (index.column() != ProblemModel::CodeColumn)
        return false;
    const Problem *problem = m_model->problemAt(m_filter->mapToSource(index.siblingAtColumn(0)));
    if (!problem || problem->fixes.isEmpty())
        return false;
    // The bulb is the cell's icon, at its start.
    const QRect cell = m_view->visualRect(index);
    const int iconWidth = m_view->iconSize().isValid()
                              ? m_view->iconSize().width()
                              : style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view);
    return QRect(cell.left(), cell.top(), iconWidth + 8, cell.height()).contains(viewportPos);
}

bool ProblemList::showFixesOfCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return false;
    popUpFixes(current);
    return true;
}

void ProblemList::popUpFixes(const QModelIndex &index)
{
    const QModelIndex source = m_filter->mapToSource(index.siblingAtColumn(0));
    QMenu *menu = m_quickFixes->createMenu(problemsOfRow(source), this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QRect row = m_view->visualRect(index.siblingAtColumn(ProblemModel::CodeColumn));
    menu->popup(m_view->viewport()->mapToGlobal(row.bottomLeft()));
}

QMenu *ProblemList::createContextMenu(const QModelIndex &index)
{
    if (!index.isValid())
        return nullptr;
    const QModelIndex source = m_filter->mapToSource(index.siblingAtColumn(0));
    if (!source.isValid())
        return nullptr;
    auto *menu = new QMenu(this);
    const QString node = source.data(ProblemModel::NodeRole).toString();

    if (m_quickFixes->addFixes(menu, problemsOfRow(source)) > 0)
        menu->addSeparator();

    if (!node.isEmpty()) {
        QAction *show = menu->addAction(tr("Show %1").arg(node));
        show->setObjectName(QStringLiteral("showNode"));
        connect(show, &QAction::triggered, this, [this, node] { reveal(node); });
    }
    if (const Problem *problem = m_model->problemAt(source)) {
        const QString message = problem->message;
        const QString line = problem->toString();
        QAction *copy = menu->addAction(tr("Copy Message"));
        copy->setObjectName(QStringLiteral("copyMessage"));
        connect(copy, &QAction::triggered, this, [message] {
            QApplication::clipboard()->setText(message);
        });
        QAction *copyLine = menu->addAction(tr("Copy with Location"));
        connect(copyLine, &QAction::triggered, this, [line] {
            QApplication::clipboard()->setText(line);
        });
    } else {
        QStringList lines;
        for (const Problem &problem : m_model->problemsOfGroup(source))
            lines << problem.toString();
        QAction *copy = menu->addAction(
            lines.size() == 1 ? tr("Copy 1 Problem") : tr("Copy %1 Problems").arg(lines.size()));
        copy->setObjectName(QStringLiteral("copyProblems"));
        connect(copy, &QAction::triggered, this, [lines] {
            QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        });
    }
    if (m_document && !m_document->serverProblems().isEmpty()) {
        menu->addSeparator();
        QAction *clear = menu->addAction(tr("Clear Alien4Cloud Problems"));
        clear->setObjectName(QStringLiteral("clearServerProblems"));
        connect(clear, &QAction::triggered, this, &ProblemList::clearServerProblems);
    }
    menu->addSeparator();
    QAction *expand = menu->addAction(tr("Expand All"));
    expand->setObjectName(QStringLiteral("expandAll"));
    connect(expand, &QAction::triggered, this, [this] {
        m_model->setAllFolded(false);
        m_view->expandAll();
    });
    QAction *collapse = menu->addAction(tr("Collapse All"));
    collapse->setObjectName(QStringLiteral("collapseAll"));
    connect(collapse, &QAction::triggered, this, [this] { m_model->setAllFolded(true); });
    return menu;
}

bool ProblemList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonPress) {
        // A click on a node row's arrow folds or unfolds its problems.
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint pos = mouse->position().toPoint();
        const QModelIndex index = m_view->indexAt(pos);
        if (mouse->button() == Qt::LeftButton && index.column() == ProblemModel::DescriptionColumn
            && ProblemRowDelegate::arrowRect(m_view->visualRect(index)).contains(pos)
            && toggleFolded(index))
            return true;
    }
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint pos = mouse->position().toPoint();
        if (mouse->button() == Qt::LeftButton && isOnBulb(pos)) {
            m_view->setCurrentIndex(m_view->indexAt(pos));
            popUpFixes(m_view->indexAt(pos));
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_view && enter && (key->modifiers() & Qt::AltModifier)) {
            showFixesOfCurrent();
            return true;
        }
        if (watched == m_view && enter) {
            activate(m_view->currentIndex());
            return true;
        }
        if (watched == m_view && (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right)
            && key->modifiers() == Qt::NoModifier && treeKey(key->key()))
            return true;
        if (watched == m_search && key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        if (watched == m_search && key->key() == Qt::Key_Down) {
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
                m_view->setCurrentIndex(m_filter->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Topologist
