#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <functional>

namespace digest {

// How every git call is made: never waits on a terminal. The environment always has
// GIT_TERMINAL_PROMPT=0, LC_ALL=C (so messages can be classified), GIT_ASKPASS and SSH_ASKPASS
// set to `askpassProgram` (or to a program that fails at once when it is empty), ssh in batch
// mode (see GitRunner::environment()), and stdin is closed.
struct GitSafety
{
    // The askpass helper to hand to git ("digest-askpass" next to the executable); empty:
    // credentials cannot be asked for and git fails at once, clearly.
    QString askpassProgram;
    // Extra environment for the askpass helper (the app's local socket name), never a secret:
    // "NAME=value" each.
    QStringList askpassEnvironment;
    std::chrono::milliseconds localTimeout{30'000};    // status, commit, rev-parse ...
    std::chrono::milliseconds networkTimeout{120'000}; // push, fetch
    QString gitProgram = QStringLiteral("git");
};

// One finished git (or hugo) call, for the transcript the user can read.
struct GitCall
{
    QStringList arguments;
    int exitCode = -1;
    QString output;       // stdout and stderr, interleaved as they came (merged channels)
    QByteArray rawOutput; // the same, as bytes (for `git cat-file blob`)
    bool timedOut = false;
    bool failedToStart = false;
    qint64 milliseconds = 0;
    // The program, when it is not git ("hugo").
    QString program;
    bool ok() const { return !timedOut && !failedToStart && exitCode == 0; }
    // "git push origin HEAD:refs/heads/main", for the transcript.
    QString commandLine() const;
};

// Runs one program at a time and waits for it on the calling thread, which must not be the
// GUI thread (Publisher runs it on its worker). Output lines go to the sink as they come,
// with any credentials in URLs masked.
class GitRunner final
{
public:
    enum class Reach { Local, Network };
    using LineSink = std::function<void(const QString& line)>;

    explicit GitRunner(GitSafety safety);

    // The user's core.sshCommand (read from the checkout's config), kept but put in batch mode.
    void setConfiguredSshCommand(const QString& command) { m_configuredSsh = command; }
    // While this flag is set, a running network call is killed (the Publisher going away);
    // local calls always finish, so that cleanups (cherry-pick --abort, worktree remove) run.
    void setAbortFlag(const std::atomic_bool* abort) { m_abort = abort; }
    void setSink(LineSink sink) { m_sink = std::move(sink); }

    const GitSafety& safety() const { return m_safety; }
    // The environment every call gets: this process's, plus the safety variables.
    QProcessEnvironment environment() const;

    GitCall git(const QString& directory, const QStringList& arguments,
                Reach reach = Reach::Local) const;
    // Another program (hugo) with the same environment, sink and a timeout of its own.
    GitCall program(const QString& program, const QString& directory, const QStringList& arguments,
                    std::chrono::milliseconds timeout) const;

private:
    GitCall run(const QString& program, const QString& directory, const QStringList& arguments,
                std::chrono::milliseconds timeout, bool abortable) const;

    GitSafety m_safety;
    QString m_configuredSsh;
    const std::atomic_bool* m_abort = nullptr;
    LineSink m_sink;
};

// A line of git's output with any "user:password@" in URLs masked.
QString maskCredentials(const QString& text);

} // namespace digest
