// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The agent's state in the status bar: what the server says (Redo, Ej redo + orsak, Efterarbete,
// Upptagen) and a chooser to change it. "Ej redo" always comes with a reason from a configurable
// list (default Rast, Lunch, Möte, Utbildning, Administration). The widget only emits
// stateRequested(); the composition root sends it through the sync engine's outbox, so a change
// made offline is not lost. Keyboard: Ctrl+Shift+S focuses the chooser. Thread rules: GUI thread.
#pragma once

#include "core/types.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace kc {

class AgentStateWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AgentStateWidget(const QStringList& notReadyReasons, QWidget* parent = nullptr);

    static QStringList defaultReasons();
    // The state as the server reports it.
    void setCurrentState(AgentStatus state, const QString& reason = {});
    QString currentText() const;
    QComboBox* chooser() const { return m_chooser; }

Q_SIGNALS:
    void stateRequested(kc::AgentStatus state, const QString& reason); // Ready, or NotReady with a reason

private:
    void onActivated(int index);

    QLabel* m_label = nullptr;
    QComboBox* m_chooser = nullptr;
};

} // namespace kc
