// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The life of the contact open at the desk, as far as the agent's work on it goes: which contact is
// open and where its report stands. ContactDesk asks it whether a change of the form is a draft
// to save and whether the form must open for correction; it never touches a widget or the store.
//
//   NoContact ──open()──▶ Drafting ──submitted()──▶ Submitted ──reportState(Attention)──▶ Correcting
//                           ▲  (open() of a contact whose report is queued or sent: Submitted;   │
//                           │   of one whose report was refused: Correcting)                    │
//                           └── close() from any stage: NoContact    Correcting ──submitted()───┘▶ Submitted
//
// Drafting and Correcting save every change of the form as the contact's draft; Submitted does
// not (the outbox holds the report). While the desk fills the form itself (filling()), changes are
// not the agent's and are not saved either.
// Invariant: stage() == NoContact exactly when contactId() is empty. Thread rules: any one thread.
#pragma once

#include "models/localstore.h"

#include <QString>

#include <optional>

namespace kc {

class ContactLifecycle
{
public:
    enum class Stage {
        NoContact,  // nothing open
        Drafting,   // the report is being written: the form is the draft
        Submitted,  // the report is in the outbox, queued or sent: read-only
        Correcting, // the server refused the report; the form is open for correction
    };

    Stage stage() const { return m_stage; }
    const QString& contactId() const { return m_contactId; }
    bool isOpen(const QString& contactId) const { return !m_contactId.isEmpty() && m_contactId == contactId; }

    // Opens `contactId`, whose report the outbox holds in `report` (nullopt: none yet). The form is
    // being filled until filled().
    void open(const QString& contactId, std::optional<OutboxItem::State> report);
    void filled() { m_filling = false; }
    bool filling() const { return m_filling; }
    // The report went into the outbox (first time, or corrected in place of the refused one).
    void submitted();
    // The outbox's word on the open contact's report. True when the report has just come back
    // refused: the form opens for correction once, not again on every later change of the outbox.
    bool reportState(OutboxItem::State state);
    // The contact was completed (or left): nothing is open.
    void close();

    // Whether a change of the form is the agent's draft, to be saved.
    bool savesDrafts() const { return !m_filling && (m_stage == Stage::Drafting || m_stage == Stage::Correcting); }

private:
    Stage m_stage = Stage::NoContact;
    QString m_contactId;
    bool m_filling = false;
};

} // namespace kc
