// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

namespace Topologist {

/// The palette's list: archive headers that fold on click, types that drag with their icon,
/// Up from the first type back to the search box, and a hint when nothing matches.
class TypePaletteView : public QTreeView
{
    Q_OBJECT

public:
    explicit TypePaletteView(QWidget *parent = nullptr);

    /// Shown over the empty list (e.g. "No type matches 'foo'").
    void setEmptyText(const QString &text);
    /// Makes the first type current (when the user presses Down in the search box).
    void focusFirstType();
    /// The first type shown (the best match while a search ranks them).
    QModelIndex firstType() const;

signals:
    /// Up was pressed on the first type.
    void leaveTop();
    /// Enter, Space, Insert or the Menu key on a type: add a node of it.
    void typeActivated(const QModelIndex &index);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_emptyText;
};

} // namespace Topologist
