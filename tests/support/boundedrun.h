#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <chrono>

namespace digest::test {

// What one run of a program did, read from outside: its exit, its output and what it cost.
struct BoundedRun
{
    bool started = false;
    bool timedOut = false; // killed at the time limit
    int exitCode = -1;     // when it exited
    int signal = 0;        // when a signal ended it (SIGSEGV, SIGABRT, SIGKILL at the limit)
    QByteArray out;
    QByteArray err;
    std::chrono::milliseconds elapsed{0};
    qint64 peakRssBytes = 0; // the largest resident set the program reached (wait4's ru_maxrss)

    bool exited() const { return started && !timedOut && signal == 0; }
};

// The resource envelope the README states: no input makes a command crash, hang, take more
// than ten seconds or use more than a gigabyte. Under AddressSanitizer the shadow memory and
// the checks cost memory and time of their own, so the envelope is widened there by a factor
// that says so, rather than measured against figures the instrumented build cannot meet.
std::chrono::milliseconds envelopeTimeLimit();
qint64 envelopeMemoryLimitBytes();
bool builtWithSanitizers();

// Runs a program with arguments and standard input, and waits for it, killing it at the time
// limit. The run's peak memory comes from wait4(), which only the parent that reaps the child
// can read; QProcess reaps its children itself, hence this small runner of our own. Output is
// kept up to 16 MB a stream.
BoundedRun
runBounded(const QString& program, const QStringList& arguments,
           const QByteArray& standardInput = {},
           const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
           std::chrono::milliseconds timeLimit = envelopeTimeLimit());

// One line for a failed check: how the run ended, its time and memory, its stderr's start.
QByteArray describe(const BoundedRun& run);

} // namespace digest::test
