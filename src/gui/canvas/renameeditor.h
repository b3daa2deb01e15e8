// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

namespace Topologist {

/// The in-place editor for a node's name, laid over the name on the canvas: Enter commits,
/// Escape cancels, leaving it commits what is valid.
class RenameEditor : public QLineEdit
{
    Q_OBJECT

public:
    RenameEditor(const QString &node, QWidget *parent);

    const QString &node() const { return m_node; }

signals:
    void commitRequested(const QString &text, bool leaving);
    void cancelRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QString m_node;
};

} // namespace Topologist
