// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The role picker of `kontaktcenter --demo`: Agent, Gruppchef, Utbildare, Polisområde Skaraborg — one large button each
// with what the role practises. Keyboard first: the arrow keys (or Tab) move, Enter or Space
// chooses, and 1, 2, 3, 4 choose directly; Esc closes without a choice. Carries the ÖVNINGSLÄGE banner.
//
// Thread rules: GUI thread.
#pragma once

#include "core/types.h"

#include <QDialog>

class QAbstractButton;

namespace kc {

class RolePicker : public QDialog
{
    Q_OBJECT
public:
    explicit RolePicker(QWidget* parent = nullptr);

    Role chosenRole() const { return m_role; } // valid after accepted()
    QAbstractButton* button(Role role) const;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void choose(Role role);

    Role m_role = Role::Agent;
    QAbstractButton* m_agent = nullptr;
    QAbstractButton* m_supervisor = nullptr;
    QAbstractButton* m_trainer = nullptr;
    QAbstractButton* m_area = nullptr; // Polisområde Skaraborg's desk (issue 15)
};

} // namespace kc
