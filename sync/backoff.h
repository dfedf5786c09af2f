// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Reconnection delays: exponential backoff with jitter (randomised retries do not synchronise a
// whole contact centre's workstations after a server restart), capped.
//
// next() returns the delay before the next attempt: a uniformly random value in [c/2, c], where
// c = min(base·2^(n-1), cap) (cap default 30 s) — the ceiling is capped before the jitter, so
// delays at the cap still spread over [cap/2, cap]; n counts attempts since the last reset().
// A server-sent "retry:" hint raises the floor: the window moves up to start at the floor (keeping
// its width), and the result never exceeds `cap`. reset() keeps the floor. The random source is
// injected so tests are deterministic. Thread rules: a plain object; use from one thread.
#pragma once

#include <chrono>
#include <functional>

namespace kc::sync {

class Backoff
{
public:
    using Millis = std::chrono::milliseconds;
    // random01 returns a value in [0, 1); defaults to QRandomGenerator::global().
    explicit Backoff(Millis base = Millis(500), Millis cap = Millis(30'000), std::function<double()> random01 = {});

    Millis next();
    void reset();
    void setFloor(Millis floor) { m_floor = floor; } // e.g. the server's retry: hint
    int attempts() const { return m_attempts; }
    Millis cap() const { return m_cap; }

private:
    Millis m_base, m_cap, m_floor{0};
    std::function<double()> m_random;
    int m_attempts = 0;
};

} // namespace kc::sync
