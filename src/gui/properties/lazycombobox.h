// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace Topologist {

/// A combo box that asks for its items only when the user is about to pick one (popup opened
/// or field focused), for choices that are expensive to compute for every row of a large
/// topology (compatible connection targets).
class LazyComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit LazyComboBox(QWidget *parent = nullptr);

    void showPopup() override;
    /// Fills the items now (tests, and callers that need them).
    void populate();
    /// Forgets the items so that the next use asks again.
    void invalidate() { m_populated = false; }

signals:
    void populateRequested(QComboBox *combo);

protected:
    void focusInEvent(QFocusEvent *event) override;

private:
    bool m_populated = false;
};

} // namespace Topologist
