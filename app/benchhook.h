// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// A probe for bench/bench_ui_launch (launch to first painted window): with
// KC_BENCH_EXIT_AFTER_PAINT=1 in the environment, once the first frame of `window` is painted the
// process prints one line to stdout,
//   kc-first-paint monotonic-ns=<CLOCK_MONOTONIC then> vmrss-kib=<VmRSS> vmhwm-kib=<VmHWM>
// (the benchmark subtracts the monotonic time it read before starting the process) and quits the
// event loop, so main() returns through its normal clean-up (the demo mode's temporary database
// goes too). Without the variable installFirstPaintProbe() does nothing beyond reading it.
//
// "Painted": the report is queued when the window receives its first paint event, so it runs once
// that repaint (the window and all its children) has been drawn and flushed.
// Header-only, so that the benchmark's bare baseline window uses the very same probe. Linux only
// (/proc/self/status). Thread rules: GUI thread.
#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

namespace kc {

namespace benchhook {

class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(QWidget* window)
        : QObject(window)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Queued behind the repaint under way: it runs when the frame is drawn and flushed.
            QMetaObject::invokeMethod(this, [] { report(); }, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static long long statusKib(const char* key)
    {
        long long kib = -1;
        if (std::FILE* f = std::fopen("/proc/self/status", "r")) {
            char line[256];
            const size_t keyLength = std::strlen(key);
            while (std::fgets(line, sizeof line, f))
                if (std::strncmp(line, key, keyLength) == 0) {
                    kib = std::atoll(line + keyLength);
                    break;
                }
            std::fclose(f);
        }
        return kib;
    }

    static void report()
    {
        timespec now{};
        clock_gettime(CLOCK_MONOTONIC, &now);
        const long long ns = static_cast<long long>(now.tv_sec) * 1'000'000'000LL + now.tv_nsec;
        std::printf("kc-first-paint monotonic-ns=%lld vmrss-kib=%lld vmhwm-kib=%lld\n", ns, statusKib("VmRSS:"),
                    statusKib("VmHWM:"));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }

    bool m_seen = false;
};

} // namespace benchhook

// Does nothing unless KC_BENCH_EXIT_AFTER_PAINT=1; call it right after window->show().
inline void installFirstPaintProbe(QWidget* window)
{
    if (window && qEnvironmentVariableIntValue("KC_BENCH_EXIT_AFTER_PAINT") == 1)
        new benchhook::FirstPaintProbe(window); // owned by the window
}

} // namespace kc
