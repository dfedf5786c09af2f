// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The middle of the workstation: the contact the agent is handling. A header says who and what
// (channel, queue, caller, number, subject, language, waiting time at accept), a chooser switches
// between the agent's open contacts (each keeps its own draft), the report form (polisanmälan)
// fills the rest, and an action row completes the contact with an avslutskod and, in Efterarbete,
// makes the agent Redo again.
// Keyboard: Ctrl+Shift+A completes ("Avsluta kontakt"), Ctrl+Shift+R is Redo, Ctrl+Shift+K
// focuses the contact chooser; the form brings its own (Alt+1…9 sections, Ctrl+S Skicka).
// Without a contact the pane says how to take one instead of showing an empty form.
// The pane only emits requests; the composition root (app/contactdesk) acts on them.
// Thread rules: GUI thread.
#pragma once

#include "core/types.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace kc {

class ReferenceData;
class ReportForm;

class ContactPane : public QWidget
{
    Q_OBJECT
public:
    explicit ContactPane(const ReferenceData& ref, QWidget* parent = nullptr);

    ReportForm* form() const { return m_form; }
    QComboBox* contactChooser() const { return m_chooser; }
    QPushButton* completeButton() const { return m_complete; }
    QPushButton* readyButton() const { return m_ready; }
    QLabel* statusLabel() const { return m_status; }

    // The agent's open (assigned, not completed) contacts, in the order taken; `current` shown.
    void setOpenContacts(const QList<Contact>& contacts, const QString& current);
    void showContact(const Contact& contact); // header; the form is filled by the caller
    void showNoContact();
    QString currentContactId() const { return m_current; }
    void setStatus(const QString& text, bool problem = false); // "" hides
    void setWrapUp(bool wrapUp);                               // shows "Redo" and its hint

    static QString channelText(Channel channel);
    static QString contactTitle(const Contact& contact); // caller name, else number, else "okänd"

Q_SIGNALS:
    void switchRequested(const QString& contactId);
    void completeRequested(const QString& contactId);
    void readyRequested();

private:
    QString m_current;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_header = nullptr;
    QComboBox* m_chooser = nullptr;
    QLabel* m_chooserLabel = nullptr;
    ReportForm* m_form = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_complete = nullptr;
    QPushButton* m_ready = nullptr;
};

} // namespace kc
