// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Launch to the first painted window: `kontaktcenter --demo` (next to this benchmark in bin/) as a
// child process, from just before it is started to the end of the first repaint of its main window,
// and its resident memory (VmRSS) then. The workstation reports both itself through the probe of
// app/benchhook.h (KC_BENCH_EXIT_AFTER_PAINT=1: print, then quit through main()'s normal exit).
//
// Baseline, in the same run and the same way: this executable started as `bench_ui_launch
// --bare-window`, a bare QApplication with a QMainWindow holding an empty QTableView, the same size
// as the workstation's window, with the same probe.
//
// Both run on the offscreen platform (QT_QPA_PLATFORM=offscreen: no X server needed, and neither
// side pays for one), with HOME and the XDG directories in one temporary directory for the whole
// run, so no one's settings or saved window state take part and the font cache is built once, in
// the warm-up. Each side is started once to warm up (disk cache, font cache), then the two take
// turns, 9 runs each (KC_BENCH_SCALE scales the count, at least 3); reported are the medians.
//
// Targets (from the issue): <= 150 ms to the first painted window and <= 100 MiB resident.
#include "app/benchhook.h"
#include "benchharness.h"

#include <QApplication>
#include <QFileInfo>
#include <QMainWindow>
#include <QProcess>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

namespace {

using kc::bench::Goal;
using kc::bench::Target;

// The baseline child: nothing but a window with a table.
int runBareWindow(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QTableView(&window));
    window.resize(1366, 740); // as ui/mainwindow.cpp
    window.show();
    kc::installFirstPaintProbe(&window);
    return app.exec();
}

[[noreturn]] void fail(const QString& message)
{
    std::fflush(stdout);
    std::fprintf(stderr, "bench_ui_launch: FAILED: %s\n", qPrintable(message));
    std::exit(1);
}

long long monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<long long>(now.tv_sec) * 1'000'000'000LL + now.tv_nsec;
}

struct Launch
{
    double ms = 0;
    double rssMiB = 0;
    double peakMiB = 0;
};

Launch launch(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment)
{
    QProcess child;
    child.setProgram(program);
    child.setArguments(arguments);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    const long long started = monotonicNs();
    child.start();
    if (!child.waitForStarted(10'000))
        fail(program + u": " + child.errorString());
    if (!child.waitForFinished(60'000)) {
        child.kill();
        child.waitForFinished(5'000);
        fail(program + u" did not quit after its first paint within 60 s");
    }
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    static const QRegularExpression line(
        QStringLiteral(R"(kc-first-paint monotonic-ns=(\d+) vmrss-kib=(\d+) vmhwm-kib=(\d+))"));
    const QRegularExpressionMatch m = line.match(out);
    if (!m.hasMatch() || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        fail(program + u" " + arguments.join(u' ') + u" reported no first paint (exit code " +
             QString::number(child.exitCode()) + u"):\n" + out + QString::fromUtf8(child.readAllStandardError()));
    Launch l;
    l.ms = double(m.captured(1).toLongLong() - started) / 1e6;
    l.rssMiB = m.captured(2).toDouble() / 1024.0;
    l.peakMiB = m.captured(3).toDouble() / 1024.0;
    return l;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc > 1 && std::strcmp(argv[1], "--bare-window") == 0)
        return runBareWindow(argc, argv);

    QCoreApplication app(argc, argv);
    const QString workstation = QCoreApplication::applicationDirPath() + u"/kontaktcenter";
    if (!QFileInfo(workstation).isExecutable())
        fail(workstation + u" is missing: build the kontaktcenter target");
    bool ok = false;
    const double scale = qEnvironmentVariable("KC_BENCH_SCALE").toDouble(&ok);
    const int runs = std::max(3, int(std::lround(9 * (ok && scale > 0 ? scale : 1.0))));

    QTemporaryDir home;
    if (!home.isValid())
        fail(QStringLiteral("no temporary directory"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("KC_BENCH_EXIT_AFTER_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + u"/config");
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + u"/data");
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.path() + u"/cache");
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    env.remove(QStringLiteral("SESSION_MANAGER"));

    const QString self = QCoreApplication::applicationFilePath();
    const QStringList bareArgs{QStringLiteral("--bare-window")};
    // With a role, so that no role picker waits for a choice before the window (the picker is the
    // trainers' start, not the agent's).
    const QStringList demoArgs{QStringLiteral("--demo"), QStringLiteral("--role"), QStringLiteral("agent")};
    std::printf("ui launch: %d runs each after one warm-up, QT_QPA_PLATFORM=offscreen\n", runs);
    launch(self, bareArgs, env);
    launch(workstation, demoArgs, env);

    std::vector<double> bareMs, bareRss, demoMs, demoRss, demoPeak;
    for (int i = 0; i < runs; ++i) {
        const Launch b = launch(self, bareArgs, env);
        const Launch d = launch(workstation, demoArgs, env);
        bareMs.push_back(b.ms);
        bareRss.push_back(b.rssMiB);
        demoMs.push_back(d.ms);
        demoRss.push_back(d.rssMiB);
        demoPeak.push_back(d.peakMiB);
    }
    std::printf("  kontaktcenter --demo, ms: ");
    for (double v : demoMs)
        std::printf("%.1f ", v);
    std::printf("\n  bare window, ms:          ");
    for (double v : bareMs)
        std::printf("%.1f ", v);
    std::printf("\n");
    kc::bench::report("ui.launch.firstPaint", "ms", median(demoMs), "bare QMainWindow+QTableView", median(bareMs),
                      Target{Goal::AtMost, 150, false});
    kc::bench::report("ui.launch.rss", "MiB", median(demoRss), "bare QMainWindow+QTableView", median(bareRss),
                      Target{Goal::AtMost, 100, false});
    std::printf("  (kontaktcenter --demo peak resident until then: %.1f MiB)\n", median(demoPeak));
    return 0;
}
