#include "boundedrun.h"

#include <QElapsedTimer>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#if defined(__SANITIZE_ADDRESS__)
#define DIGEST_TEST_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DIGEST_TEST_SANITIZED 1
#endif
#endif

namespace digest::test {

namespace {

constexpr qsizetype kOutputCap = 16 * 1024 * 1024;

void closeIfOpen(int& fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

} // namespace

bool builtWithSanitizers()
{
#ifdef DIGEST_TEST_SANITIZED
    return true;
#else
    return false;
#endif
}

std::chrono::milliseconds envelopeTimeLimit()
{
    return builtWithSanitizers() ? std::chrono::milliseconds(50'000)
                                 : std::chrono::milliseconds(10'000);
}

qint64 envelopeMemoryLimitBytes()
{
    constexpr qint64 gigabyte = 1024LL * 1024 * 1024;
    return builtWithSanitizers() ? 3 * gigabyte : gigabyte;
}

BoundedRun runBounded(const QString& program, const QStringList& arguments,
                      const QByteArray& standardInput, const QProcessEnvironment& environment,
                      std::chrono::milliseconds timeLimit)
{
    BoundedRun run;
    // Everything the child needs is prepared before fork(): after it, only async-signal-safe
    // calls are allowed.
    const QByteArray programPath = program.toLocal8Bit();
    std::vector<QByteArray> argumentBytes{programPath};
    for (const QString& argument : arguments)
        argumentBytes.push_back(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& argument : argumentBytes)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> environmentBytes;
    for (const QString& entry : environment.toStringList())
        environmentBytes.push_back(entry.toLocal8Bit());
    std::vector<char*> envp;
    for (QByteArray& entry : environmentBytes)
        envp.push_back(entry.data());
    envp.push_back(nullptr);

    int in[2], out[2], err[2];
    if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0)
        return run;

    QElapsedTimer clock;
    clock.start();
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(in[0], STDIN_FILENO);
        ::dup2(out[1], STDOUT_FILENO);
        ::dup2(err[1], STDERR_FILENO);
        // A regression that runs away with memory should fail its test, not take the machine
        // with it; the sanitizers reserve address space of their own and cannot have a cap.
        if (!builtWithSanitizers()) {
            const rlim_t cap = rlim_t(4) * 1024 * 1024 * 1024;
            const rlimit limit{cap, cap};
            ::setrlimit(RLIMIT_AS, &limit);
        }
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    ::close(in[0]);
    ::close(out[1]);
    ::close(err[1]);
    if (pid < 0) {
        ::close(in[1]);
        ::close(out[0]);
        ::close(err[0]);
        return run;
    }
    run.started = true;
    ::fcntl(in[1], F_SETFL, O_NONBLOCK);
    // The child may stop reading its input early; a write to the closed pipe must fail, not
    // raise SIGPIPE in the test.
    const auto previousPipeHandler = std::signal(SIGPIPE, SIG_IGN);

    int inFd = in[1], outFd = out[0], errFd = err[0];
    qsizetype written = 0;
    if (standardInput.isEmpty())
        closeIfOpen(inFd);
    char buffer[65536];
    while (outFd >= 0 || errFd >= 0) {
        const qint64 left = timeLimit.count() - clock.elapsed();
        if (left <= 0) {
            ::kill(pid, SIGKILL);
            run.timedOut = true;
            break;
        }
        pollfd fds[3];
        nfds_t count = 0;
        if (inFd >= 0)
            fds[count++] = {inFd, POLLOUT, 0};
        if (outFd >= 0)
            fds[count++] = {outFd, POLLIN, 0};
        if (errFd >= 0)
            fds[count++] = {errFd, POLLIN, 0};
        if (::poll(fds, count, int(qMin<qint64>(left, 200))) < 0 && errno != EINTR)
            break;
        for (nfds_t i = 0; i < count; ++i) {
            if (fds[i].revents == 0)
                continue;
            if (fds[i].fd == inFd) {
                const ssize_t n = ::write(inFd, standardInput.constData() + written,
                                          size_t(standardInput.size() - written));
                if (n > 0)
                    written += n;
                if (n < 0 || written == standardInput.size())
                    closeIfOpen(inFd);
                continue;
            }
            const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
            QByteArray& sink = fds[i].fd == outFd ? run.out : run.err;
            if (n > 0) {
                if (sink.size() < kOutputCap)
                    sink.append(buffer, n);
            } else if (n == 0 || errno != EINTR) {
                closeIfOpen(fds[i].fd == outFd ? outFd : errFd);
            }
        }
    }
    closeIfOpen(inFd);
    closeIfOpen(outFd);
    closeIfOpen(errFd);

    // The pipes may close before the program ends (it closed them, or handed them on); the
    // time limit still holds for the wait.
    int status = 0;
    rusage usage{};
    while (true) {
        const pid_t done = ::wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (done < 0 && errno != EINTR)
            break;
        if (!run.timedOut && clock.elapsed() > timeLimit.count()) {
            ::kill(pid, SIGKILL);
            run.timedOut = true;
        }
        ::usleep(2000);
    }
    std::signal(SIGPIPE, previousPipeHandler);
    run.elapsed = std::chrono::milliseconds(clock.elapsed());
    run.peakRssBytes = qint64(usage.ru_maxrss) * 1024;
    if (WIFEXITED(status))
        run.exitCode = WEXITSTATUS(status);
    else if (WIFSIGNALED(status) && !run.timedOut)
        run.signal = WTERMSIG(status);
    return run;
}

QByteArray describe(const BoundedRun& run)
{
    QByteArray how;
    if (!run.started)
        how = "did not start";
    else if (run.timedOut)
        how = "killed at the time limit";
    else if (run.signal != 0)
        how = "ended by signal " + QByteArray::number(run.signal) + " (" +
              QByteArray(::strsignal(run.signal)) + ")";
    else
        how = "exited " + QByteArray::number(run.exitCode);
    return how + " after " + QByteArray::number(qint64(run.elapsed.count())) + " ms, peak " +
           QByteArray::number(run.peakRssBytes / (1024 * 1024)) +
           " MiB; stderr: " + run.err.left(300);
}

} // namespace digest::test
