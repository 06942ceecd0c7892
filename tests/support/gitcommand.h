#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace digest::test {

// One finished git call: what a test looks at.
struct GitRun
{
    int exitCode = -1;
    bool finished = false; // false: still running at the time limit (then killed)
    QString out;
    QString err;
    qint64 milliseconds = 0;
    bool ok() const { return finished && exitCode == 0; }
};

// The environment git runs in for the tests, as the application runs it: never a terminal
// (GIT_TERMINAL_PROMPT=0, and stdin is closed by runGit), credentials only through `askpass`
// (GIT_ASKPASS and SSH_ASKPASS; empty: a program that is not there), messages in English
// (LC_ALL=C), and isolated from the machine's and the user's git configuration and proxies:
// HOME=<home>, GIT_CONFIG_GLOBAL=/dev/null, GIT_CONFIG_NOSYSTEM=1; a fixed author.
QProcessEnvironment isolatedGitEnvironment(const QString& home, const QString& askpass,
                                           const QStringList& extra = {});

// Runs git in `directory` and spins the event loop while it runs (so that servers living on
// this thread, the askpass server and the HTTP remote, can answer it); kills it after
// `timeoutMs`.
GitRun runGit(const QStringList& arguments, const QString& directory,
              const QProcessEnvironment& environment, int timeoutMs = 30'000);

} // namespace digest::test
