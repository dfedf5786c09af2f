// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The middle of the workstation: the contact the agent is handling. A header says who and what:
// urgency in words on a tinted chip ("1 Akut"), caller and errand, channel, queue by name, number,
// language by name, the waiting time at accept and the handling time, ticking. "Öppna kontakter"
// lists the agent's open contacts whenever there is one (each keeps its own draft; also those
// taken on another workstation or before a crash). The report form (polisanmälan) fills the rest;
// one status line under it says the contact's current truth (replaced, never stacked), and the
// action row completes the contact with an avslutskod ("Slutför kontakt") and, when the agent is
// not ready, offers Redo.
// Keyboard: completeAction (Ctrl+Shift+A) and switchAction (Ctrl+Shift+K) — the main window's
// Kontakt menu holds them; the form brings its own. Redo (Ctrl+Shift+R) is the agent state
// widget's. Without a contact the pane says how to take one instead of showing an empty form.
// Issue 15: a contact with `webReport` shows the citizen's original beside the form (a collapsible
// CitizenReportPanel in a splitter; the form is filled by the caller); a contact with `tip` shows
// the read-only TipView instead of the form (a tip is never a report); a callback (callbackOf) has
// an "Återuppringning" chip in the header and its note under the header line.
// Times: the injected clock (setClock; default the system clock), so tests pin them.
// The pane only emits requests; the composition root (app/contactdesk) acts on them.
// Thread rules: GUI thread.
#pragma once

#include "core/types.h"

#include <QDateTime>
#include <QHash>
#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace kc {

class CitizenReportPanel;
class ReferenceData;
class ReportForm;
class TipView;

class ContactPane : public QWidget
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    explicit ContactPane(const ReferenceData& ref, QWidget* parent = nullptr);
    void setClock(Clock now);
    void setQueueNames(const QHash<QString, QString>& names); // id → "Anmälan"; ids shown otherwise

    ReportForm* form() const { return m_form; }
    CitizenReportPanel* citizenPanel() const { return m_citizen; } // visible with a web report only
    TipView* tipView() const { return m_tip; }                     // in the form's place for a tip
    bool isShowingTip() const;
    QLabel* callbackChip() const { return m_callbackChip; } // "Återuppringning", callbacks only
    QComboBox* contactChooser() const { return m_chooser; }
    QPushButton* completeButton() const { return m_complete; }
    QPushButton* readyButton() const { return m_ready; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* header() const { return m_header; }
    QLabel* urgencyChip() const { return m_urgency; }
    QLabel* handlingTime() const { return m_handling; }
    QAction* completeAction() const { return m_completeAction; }
    QAction* switchAction() const { return m_switchAction; }
    // The header's fixed facts of `contact` (channel, queue by name, number, language by name).
    QString headerText(const Contact& contact) const;

    // The agent's open (assigned, not completed) contacts, in the order taken; `current` shown.
    void setOpenContacts(const QList<Contact>& contacts, const QString& current);
    void showContact(const Contact& contact); // header; the form is filled by the caller
    void showNoContact();
    QString currentContactId() const { return m_current; }
    // The contact's one status line: replaces what was there ("" hides); announced to screen readers.
    void setStatus(const QString& text, bool problem = false);
    // The agent's state as the server has it: Redo is offered (button and hint) when not ready.
    void setAgentState(AgentStatus state, const QString& stateText);
    void refreshHandlingTime(); // the ticking, also for tests

    static QString channelText(Channel channel);
    static QString contactTitle(const Contact& contact); // caller name, else number, else "okänd"

Q_SIGNALS:
    void switchRequested(const QString& contactId);
    void completeRequested(const QString& contactId);
    void readyRequested();

private:
    void updateEmptyText();

    Clock m_now;
    QHash<QString, QString> m_queueNames;
    AgentStatus m_agentState = AgentStatus::Offline;
    QString m_agentStateText;
    QDateTime m_handlingSince;
    QTimer m_tick;
    QString m_current;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_header = nullptr;
    QLabel* m_urgency = nullptr;
    QLabel* m_handling = nullptr;
    QAction* m_completeAction = nullptr;
    QAction* m_switchAction = nullptr;
    QComboBox* m_chooser = nullptr;
    QLabel* m_chooserLabel = nullptr;
    ReportForm* m_form = nullptr;
    QStackedWidget* m_body = nullptr; // the report page (form + citizen's original) or the tip
    QSplitter* m_reportSplit = nullptr;
    CitizenReportPanel* m_citizen = nullptr;
    TipView* m_tip = nullptr;
    QLabel* m_callbackChip = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_complete = nullptr;
    QPushButton* m_ready = nullptr;
};

} // namespace kc
