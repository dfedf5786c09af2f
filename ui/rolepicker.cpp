// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/rolepicker.h"

#include "ui/trainingbanner.h"

#include <QCommandLinkButton>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kc {

RolePicker::RolePicker(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("rolePicker"));
    setWindowTitle(tr("Kontaktcenter – choose a role"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new TrainingBanner(this));
    auto* intro = new QLabel(tr("Who do you want to practise as? Choose with the arrow keys and Enter, or press 1, "
                                "2 or 3."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto make = [this, layout](const QString& title, const QString& description, Role role) {
        auto* b = new QCommandLinkButton(title, description, this);
        b->setAutoDefault(true);
        layout->addWidget(b);
        connect(b, &QAbstractButton::clicked, this, [this, role] { choose(role); });
        return b;
    };
    m_agent = make(tr("&1  Agent"), tr("Take contacts from the queue and file reports, as ovning1."), Role::Agent);
    m_supervisor =
        make(tr("&2  Gruppchef (supervisor)"), tr("Watch the queues and the agents, as gruppchef."), Role::Supervisor);
    m_trainer = make(tr("&3  Utbildare (trainer)"),
                     tr("Run scenarios, inject contacts and see the trainees' scores, as utbildare."), Role::Trainer);
    static_cast<QPushButton*>(m_agent)->setDefault(true);
    m_agent->setFocus();
    setMinimumWidth(460);
}

QAbstractButton* RolePicker::button(Role role) const
{
    switch (role) {
    case Role::Supervisor:
        return m_supervisor;
    case Role::Trainer:
        return m_trainer;
    case Role::Agent:
    case Role::Intake:
    case Role::Area:
        break;
    }
    return m_agent;
}

void RolePicker::choose(Role role)
{
    m_role = role;
    accept();
}

void RolePicker::keyPressEvent(QKeyEvent* event)
{
    const QList<QAbstractButton*> buttons{m_agent, m_supervisor, m_trainer};
    const qsizetype current = buttons.indexOf(qobject_cast<QAbstractButton*>(focusWidget()));
    switch (event->key()) {
    case Qt::Key_1:
        choose(Role::Agent);
        return;
    case Qt::Key_2:
        choose(Role::Supervisor);
        return;
    case Qt::Key_3:
        choose(Role::Trainer);
        return;
    case Qt::Key_Down:
        buttons[(std::max<qsizetype>(current, 0) + 1) % buttons.size()]->setFocus();
        return;
    case Qt::Key_Up:
        buttons[(std::max<qsizetype>(current, 0) + buttons.size() - 1) % buttons.size()]->setFocus();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (current >= 0) {
            buttons[current]->click();
            return;
        }
        break;
    default:
        break;
    }
    QDialog::keyPressEvent(event);
}

} // namespace kc
