// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Topologist {

/// A one-line plain-text label that may be narrower than its text: it then ends in "…", so a
/// long property name does not widen a narrow panel (the property's tooltip names it whole).
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(const QString &text, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    /// Whether the text is cut at the label's width.
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace Topologist
