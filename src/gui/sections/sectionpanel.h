// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Topologist {

/// A side panel that shows a part of the document: it reads it again when the document
/// changes, but only while it is on screen. A panel behind another tab of its dock is read
/// when it comes to the front, so that an edit of a large topology pays for the panels in
/// view only.
class SectionPanel : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

protected:
    /// Reads the document into the panel's widgets.
    virtual void refresh() = 0;
    /// The document changed: reads it now when shown, else when next shown.
    void documentChanged();
    void showEvent(QShowEvent *event) override;
    /// Reads the document now if a change was left for later.
    void catchUp();

private:
    bool m_stale = false;
};

} // namespace Topologist
