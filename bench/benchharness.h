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

} // namespace kc::bench
