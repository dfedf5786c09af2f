// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/backoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <limits>

namespace kc::sync {

Backoff::Backoff(Millis base, Millis cap, std::function<double()> random01)
    : m_base(std::max(base, Millis(0)))
    , m_cap(std::max(cap, Millis(0)))
    , m_random(std::move(random01))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

Backoff::Millis Backoff::next()
{
    using Rep = Millis::rep;
    if (m_attempts < std::numeric_limits<int>::max())
        ++m_attempts;

    // A workstation left offline overnight makes thousands of attempts: compare before shifting
    // so base·2^(n-1) never overflows.
    const int shift = m_attempts - 1;
    const Rep base = m_base.count();
    const Rep cap = m_cap.count();
    Rep ceiling = cap;
    if (base == 0)
        ceiling = 0;
    else if (shift < std::numeric_limits<Rep>::digits - 1 && base <= (cap >> shift))
        ceiling = base << shift;

    // Rounding the lower bound up keeps odd ceilings inside [c/2, c].
    const Rep low = (ceiling + 1) / 2;
    const Rep width = ceiling - low;

    // An injected source outside [0, 1) (or NaN) must not push the delay out of its window.
    double r = m_random();
    if (!(r >= 0.0))
        r = 0.0;
    r = std::min(r, 1.0);
    // width + 1 buckets make every whole millisecond in [low, ceiling] equally likely; r close to 1
    // can round up to the last bucket's end, hence the min.
    const Rep offset = std::min(width, static_cast<Rep>(r * static_cast<double>(width + 1)));

    const Rep start = std::max(low, m_floor.count());
    if (start >= cap)
        return m_cap;
    return Millis(start + std::min(offset, cap - start));
}

void Backoff::reset()
{
    m_attempts = 0;
}

} // namespace kc::sync
