// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QToolButton;

namespace Topologist {

/// A titled group of rows that folds away: the property editor's Properties, Capabilities,
/// Requirements and Attributes, and each capability inside Capabilities. Its body is a grid
/// whose columns are label, field, function button and reset button.
class CollapsibleSection : public QWidget
{
    Q_OBJECT

public:
    enum class Level { Top, Sub };
    /// How much further right the rows of a Sub section start than those of a Top section,
    /// so that the editor can align the field columns of both.
    static constexpr int SubRowOffset = 24;

    CollapsibleSection(const QString &title, Level level, QWidget *parent = nullptr);

    QGridLayout *grid() const { return m_grid; }
    QWidget *body() const { return m_body; }
    /// Next free grid row.
    int nextRow() const;
    bool isExpanded() const;
    void setExpanded(bool expanded);
    /// Greyed text after the title (a type name, a count).
    void setSubtitle(const QString &text);
    /// A problem of the group as a whole ("capability scalable": min > max). Empty hides it.
    void setMessage(const QString &message, bool error);
    QString message() const;
    void setTitleToolTip(const QString &tip);

signals:
    void expandedChanged(bool expanded);

private:
    QToolButton *m_toggle;
    QLabel *m_subtitle;
    QLabel *m_message = nullptr;
    QWidget *m_body;
    QGridLayout *m_grid;
    QWidget *m_header;
    bool m_expanded = true;
};

} // namespace Topologist
