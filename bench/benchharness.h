// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// A small benchmark harness: each benchmark is measured next to a baseline in the same run and
// reported as a ratio (machines differ; ratios travel), plus one JSON line for tools:
//   {"bench":"personnummer.parse","unit":"ns/op","value":…,"baseline":"…","baselineValue":…,"ratio":…}
// Timing: the median of several rounds, each long enough (≥ 50 ms) to swamp timer noise.
#pragma once

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace kc::bench {

// Keeps the optimiser from dropping work whose result is unused.
template<typename T>
inline void keep(const T& value)
{
    asm volatile("" : : "r,m"(value) : "memory");
}

// Median nanoseconds per call of fn(i), i = 0..n-1 per round.
template<typename Fn>
double nsPerOp(qsizetype n, Fn&& fn, int rounds = 7)
{
    std::vector<double> results;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        qsizetype done = 0;
        do {
            for (qsizetype i = 0; i < n; ++i)
                fn(i);
            done += n;
        } while (t.nsecsElapsed() < 50'000'000);
        results.push_back(double(t.nsecsElapsed()) / double(done));
    }
    std::sort(results.begin(), results.end());
    return results[results.size() / 2];
}

inline void report(const char* name, double value, const char* baselineName, double baseline)
{
    const double ratio = value / baseline;
    std::printf("%-28s %10.1f ns/op   baseline %-30s %10.1f ns/op   ratio %6.2f\n", name, value, baselineName, baseline,
                ratio);
    std::printf("{\"bench\":\"%s\",\"unit\":\"ns/op\",\"value\":%.1f,\"baseline\":\"%s\",\"baselineValue\":%.1f,"
                "\"ratio\":%.3f}\n",
                name, value, baselineName, baseline, ratio);
    std::fflush(stdout);
}

// The same line and JSON for figures that are not nanoseconds per call (requests/s, ms, …), with
// an optional target on the value or on the ratio; returns whether the target was met (true when
// there is none). The JSON line then also has "target" (e.g. ">= 0.25 ratio") and "met".
enum class Goal { None, AtLeast, AtMost };

struct Target
{
    Goal goal = Goal::None;
    double limit = 0;
    bool onRatio = false; // the limit applies to value/baseline instead of to the value
};

inline bool report(const char* name, const char* unit, double value, const char* baselineName, double baseline,
                   Target target = {})
{
    const double ratio = baseline != 0 ? value / baseline : 0;
    const double measured = target.onRatio ? ratio : value;
    const bool met = target.goal == Goal::None || (target.goal == Goal::AtLeast && measured >= target.limit) ||
                     (target.goal == Goal::AtMost && measured <= target.limit);
    char targetText[64] = "";
    if (target.goal != Goal::None)
        std::snprintf(targetText, sizeof targetText, "%s %g%s%s",
                      target.goal == Goal::AtLeast ? ">=" : "<=", target.limit, target.onRatio ? " ratio" : " ",
                      target.onRatio ? "" : unit);
    std::printf("%-34s %10.2f %-5s baseline %-34s %10.2f %-5s ratio %7.3f", name, value, unit, baselineName, baseline,
                unit, ratio);
    if (target.goal != Goal::None)
        std::printf("   target %s: %s", targetText, met ? "MET" : "MISSED");
    std::printf("\n{\"bench\":\"%s\",\"unit\":\"%s\",\"value\":%.3f,\"baseline\":\"%s\",\"baselineValue\":%.3f,"
                "\"ratio\":%.4f",
                name, unit, value, baselineName, baseline, ratio);
    if (target.goal != Goal::None)
        std::printf(",\"target\":\"%s\",\"met\":%s", targetText, met ? "true" : "false");
    std::printf("}\n");
    std::fflush(stdout);
    return met;
}

} // namespace kc::bench
