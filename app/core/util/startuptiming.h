#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace digest::timing {

// The start-up log, off unless DIGEST_TIMING=1: each step of a start written to stderr with the
// milliseconds since the process began (its start time in /proc, so that loading the libraries
// counts too), to see where the time to the first paint goes. Any thread may write a step.

inline bool enabled()
{
    static const bool on = qEnvironmentVariableIntValue("DIGEST_TIMING") == 1;
    return on;
}

namespace detail {

// Milliseconds the process had run when this was first called: its start time (field 22 of
// /proc/self/stat, clock ticks after boot) against CLOCK_BOOTTIME now. 0 where /proc is missing.
inline double processAgeMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // The command name in parentheses may hold spaces: count the fields after its ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    // Field 3 (the state) is the first after the name; field 22 is 19 further.
    if (fields.size() < 20)
        return 0;
    const double startTicks = fields.at(19).toDouble();
    timespec now{};
    ::clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(::sysconf(_SC_CLK_TCK));
}

struct Clock
{
    QMutex mutex;
    QElapsedTimer timer;
    double offsetMs = 0;
    QSet<QByteArray> once;
};

inline Clock& clock()
{
    static Clock* const instance = [] {
        auto* made = new Clock; // never freed: steps may be written while statics go
        made->offsetMs = processAgeMs();
        made->timer.start();
        return made;
    }();
    return *instance;
}

} // namespace detail

// Writes "digest-timing: <ms since start> <step>" when the log is on.
inline void mark(const char* step)
{
    if (!enabled())
        return;
    detail::Clock& clock = detail::clock();
    QMutexLocker lock(&clock.mutex);
    const double ms = clock.offsetMs + double(clock.timer.nsecsElapsed()) / 1e6;
    std::fprintf(stderr, "digest-timing: %8.1f ms  %s\n", ms, step);
}

// mark(), the first time only: for steps that recur (a paint, a page shown).
inline void markOnce(const char* step)
{
    if (!enabled())
        return;
    {
        detail::Clock& clock = detail::clock();
        QMutexLocker lock(&clock.mutex);
        if (clock.once.contains(QByteArray(step)))
            return;
        clock.once.insert(QByteArray(step));
    }
    mark(step);
}

} // namespace digest::timing
