// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// How urgent a contact is, in words: the server's priority 1..5 (1 = most urgent, served first)
// as the text and the level agents see in the queue row and the contact header. Text always goes
// with any colour (readable in greyscale and by colour-blind agents); the colour itself is chosen
// by the view. Thread rules: pure functions; any thread (texts are translated at call time).
#pragma once

#include <QString>

namespace kc {

enum class Urgency { Acute, High, Normal, Low };

// 1 → Acute, 2 → High, 3 → Normal, 4 and 5 → Low; out of range is clamped.
Urgency urgencyOf(int priority);
// "Akut", "Hög", "Normal", "Låg" (translated, context "kc::Urgency").
QString urgencyText(Urgency urgency);
// "1 Akut": the number (what supervisors set) with its word.
QString priorityText(int priority);

} // namespace kc
