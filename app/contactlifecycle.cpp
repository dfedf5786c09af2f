// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "app/contactlifecycle.h"

namespace kc {

void ContactLifecycle::open(const QString& contactId, std::optional<OutboxItem::State> report)
{
    m_contactId = contactId;
    m_filling = true;
    if (!report)
        m_stage = Stage::Drafting;
    else if (*report == OutboxItem::State::Attention)
        m_stage = Stage::Correcting;
    else
        m_stage = Stage::Submitted;
    if (contactId.isEmpty())
        close();
}

void ContactLifecycle::submitted()
{
    if (m_stage != Stage::NoContact)
        m_stage = Stage::Submitted;
}

bool ContactLifecycle::reportState(OutboxItem::State state)
{
    if (m_stage == Stage::NoContact)
        return false;
    if (state != OutboxItem::State::Attention) {
        m_stage = Stage::Submitted;
        return false;
    }
    const bool cameBack = m_stage != Stage::Correcting;
    m_stage = Stage::Correcting;
    return cameBack;
}

void ContactLifecycle::close()
{
    m_stage = Stage::NoContact;
    m_contactId.clear();
    m_filling = false;
}

} // namespace kc
