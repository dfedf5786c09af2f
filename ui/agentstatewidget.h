// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The agent's state in the status bar — the one place it is shown: what the server says (Redo,
// Ej redo + orsak, Upptagen, Efterarbete, Utloggad) as text on a coloured chip, with the time in
// that state ticking beside it ("Ej redo – Rast · 03:12"), and a chooser to change it. Colour only
// beside text, so it reads in greyscale too. "Ej redo" always comes with a reason from a
// configurable list (default Rast, Lunch, Möte, Utbildning, Administration).
// The widget only emits stateRequested(); the composition root sends it through the sync engine's
// outbox, so a change made offline is not lost.
// Keyboard: Ctrl+Shift+S opens the chooser; Ctrl+Shift+R (readyAction) makes the agent Redo from
// every state that is not ready and not mid-contact (Ej redo, Efterarbete, Utloggad).
// Time in state: from the server's `since`, read against the injected clock (tests pin it).
// Thread rules: GUI thread.
#pragma once

#include "core/types.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;

namespace kc {

class AgentStateWidget : public QWidget
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    // `now` defaults to the system clock (UTC).
    explicit AgentStateWidget(const QStringList& notReadyReasons, Clock now = {}, QWidget* parent = nullptr);

    static QStringList defaultReasons();
    // The state as the server reports it; `since` (may be invalid: no time shown) starts the clock.
    void setCurrentState(AgentStatus state, const QString& reason = {}, const QDateTime& since = {});
    AgentStatus currentState() const { return m_state; }
    QString currentText() const; // "Ej redo – Rast"
    QString shownText() const;   // with the time in state: "Ej redo – Rast · 03:12"
    static QString stateText(AgentStatus state, const QString& reason = {});
    // Redo is offered from here: not ready, in wrap-up or shown as signed out.
    bool readyOffered() const;
    QComboBox* chooser() const { return m_chooser; }
    QAction* readyAction() const { return m_readyAction; }   // Ctrl+Shift+R
    QAction* chooseAction() const { return m_chooseAction; } // Ctrl+Shift+S
    void refreshTime();                                      // the ticking, also for tests

Q_SIGNALS:
    void stateRequested(kc::AgentStatus state, const QString& reason); // Ready, or NotReady with a reason

private:
    void onActivated(int index);

    Clock m_now;
    AgentStatus m_state = AgentStatus::Offline;
    QString m_reason;
    QDateTime m_since;
    QLabel* m_label = nullptr;
    QComboBox* m_chooser = nullptr;
    QAction* m_readyAction = nullptr;
    QAction* m_chooseAction = nullptr;
    QTimer m_tick;
};

} // namespace kc
