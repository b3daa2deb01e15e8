// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Topologist {

namespace Ui {
class ChangeTypeDialog;
}

class TopologyDocument;

/// Edit > Change Type: the node types the topology can use (its own, its imports', and those of
/// the archives the type library offers it), filtered as the Types panel filters them, the
/// current one marked, and for the highlighted one what the change keeps and drops. OK changes
/// the type through DocumentActions::changeType(), one undo step.
///
/// Made for the keyboard: the filter keeps the focus, Up, Down, Page Up and Page Down move in
/// the list, Enter changes the type.
class ChangeTypeDialog : public QDialog
{
    Q_OBJECT

public:
    ChangeTypeDialog(TopologyDocument *document, const QString &node, QWidget *parent = nullptr);
    ~ChangeTypeDialog() override;

    /// The highlighted type (full name); empty when the filter matches none.
    QString selectedType() const;
    /// What changing to the highlighted type keeps and drops, as shown.
    QString previewText() const;

public slots:
    /// Changes the type; stays open with the reason when the document refuses.
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Entry
    {
        QString name;
        QString shortName;
        QString description;
        bool abstract = false;
    };

    void fillList();
    void updatePreview();

    std::unique_ptr<Ui::ChangeTypeDialog> m_ui;
    QPointer<TopologyDocument> m_document;
    QString m_node;
    QString m_currentType;
    QList<Entry> m_entries;
};

} // namespace Topologist
