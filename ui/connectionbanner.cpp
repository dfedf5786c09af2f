// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/connectionbanner.h"

#include "ui/announce.h"

namespace kc {

ConnectionBanner::ConnectionBanner(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("connectionBanner"));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setAccessibleName(tr("Connection to the server"));
    hide();
}

QString ConnectionBanner::textFor(const State& s)
{
    QString waiting;
    if (s.pendingReports > 0 && s.pendingOther > 0)
        waiting = tr("%n report(s)", nullptr, s.pendingReports) +
                  tr(" and %n other change(s) waiting to be sent", nullptr, s.pendingOther);
    else if (s.pendingReports > 0)
        waiting = tr("%n report(s) waiting to be sent", nullptr, s.pendingReports);
    else if (s.pendingOther > 0)
        waiting = tr("%n change(s) waiting to be sent", nullptr, s.pendingOther);
    const QString safe = waiting.isEmpty() ? tr("nothing you type is lost") : tr("nothing is lost");
    const QString what = waiting.isEmpty() ? safe : waiting + QStringLiteral(", ") + safe;
    switch (s.situation) {
    case Situation::Online:
        return {};
    case Situation::Reconnecting:
        return tr("Disconnected – %1. Reconnecting in %n s.", nullptr, s.retryInSeconds).arg(what);
    case Situation::Offline:
        return tr("Disconnected – %1.").arg(what);
    case Situation::SignInRequired:
        return tr("Your session has ended – sign in again. %1.").arg(what.at(0).toUpper() + what.mid(1));
    }
    return {};
}

void ConnectionBanner::setState(const State& state)
{
    if (state == m_state)
        return;
    const bool situationChanged = state.situation != m_state.situation;
    m_state = state;
    setText(textFor(state));
    setVisible(state.situation != Situation::Online);
    const char* background = state.situation == Situation::SignInRequired ? "#f3d0c8" : "#ffe7a8";
    setStyleSheet(QStringLiteral("QLabel#connectionBanner { background: %1; color: #1a1a1a; font-weight: bold;"
                                 " padding: 4px; border-bottom: 2px solid #6b4e00; }")
                      .arg(QLatin1String(background)));
    // The countdown changes every second: only a new situation is worth interrupting for.
    if (situationChanged)
        announce(this, state.situation == Situation::Online ? tr("Connected to the server again.") : text(),
                 state.situation == Situation::Online ? Politeness::Polite : Politeness::Assertive);
}

} // namespace kc
