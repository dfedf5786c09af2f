// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The connection banner across the top of the main window: hidden while the server answers; when
// it does not (disconnected, reconnecting, the session expired) a visible strip says so and says
// what that means for the agent's work: "Frånkopplad – 1 anmälan väntar på att skickas, inget går
// förlorat". The wording comes from here so the banner, the status bar and screen readers agree.
// A change of situation (not the reconnect countdown) is announced to screen readers, assertively
// when the connection is lost. Colour (amber; red-brown for a required sign-in) is only beside
// the words. The widget knows plain values only: app/ maps the sync engine's state onto them.
// Thread rules: GUI thread.
#pragma once

#include <QLabel>

namespace kc {

class ConnectionBanner : public QLabel
{
    Q_OBJECT
public:
    enum class Situation { Online, Reconnecting, Offline, SignInRequired };
    struct State
    {
        Situation situation = Situation::Online;
        int retryInSeconds = 0; // Reconnecting
        int pendingReports = 0; // police reports in the outbox, not yet sent
        int pendingOther = 0;   // other outbox items (completions, state changes, tilläggsuppgifter)
        bool operator==(const State&) const = default;
    };

    explicit ConnectionBanner(QWidget* parent = nullptr);

    void setState(const State& state);
    State state() const { return m_state; }
    static QString textFor(const State& state); // "" for Online

private:
    State m_state;
};

} // namespace kc
