#include "core/publish/gitrunner.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace digest {
namespace {

constexpr int kPollMs = 50;

// Where credentials cannot be asked for, git must get "no" at once rather than fall back to
// a terminal: a program that exits with an error.
QString failingProgram()
{
    const QString found = QStandardPaths::findExecutable(QStringLiteral("false"));
    return found.isEmpty() ? QStringLiteral("/bin/false") : found;
}

QString withBatchMode(const QString& sshCommand)
{
    // Options after the user's own: ssh takes the first value of an option, so a user's
    // explicit "-o BatchMode=no" would win; anything else of theirs stays.
    return sshCommand + QStringLiteral(" -o BatchMode=yes");
}

} // namespace

QString maskCredentials(const QString& text)
{
    static const QRegularExpression userInfo(
        QStringLiteral(R"(([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@\s]+@)"));
    QString masked = text;
    masked.replace(userInfo, QStringLiteral("\\1***@"));
    return masked;
}

QString GitCall::commandLine() const
{
    QStringList words{program.isEmpty() ? QStringLiteral("git") : program};
    for (const QString& argument : arguments)
        words << (argument.contains(QLatin1Char(' ')) || argument.isEmpty()
                      ? QLatin1Char('\'') + argument + QLatin1Char('\'')
                      : argument);
    return maskCredentials(words.join(QLatin1Char(' ')));
}

GitRunner::GitRunner(GitSafety safety)
    : m_safety(std::move(safety))
{}

QProcessEnvironment GitRunner::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    // git's own pager and editor must never start: there is no terminal.
    env.insert(QStringLiteral("GIT_PAGER"), QStringLiteral("cat"));
    env.insert(QStringLiteral("GIT_EDITOR"), QStringLiteral(":"));
    const QString askpass =
        m_safety.askpassProgram.isEmpty() ? failingProgram() : m_safety.askpassProgram;
    env.insert(QStringLiteral("GIT_ASKPASS"), askpass);
    env.insert(QStringLiteral("SSH_ASKPASS"), askpass);
    for (const QString& assignment : m_safety.askpassEnvironment) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals > 0)
            env.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    // GIT_SSH_COMMAND beats core.sshCommand, so the user's own command (from either) is the
    // one we run, with batch mode added. A GIT_SSH program (plink ...) is left as it is.
    const QString fromEnvironment = env.value(QStringLiteral("GIT_SSH_COMMAND"));
    if (!fromEnvironment.isEmpty())
        env.insert(QStringLiteral("GIT_SSH_COMMAND"), withBatchMode(fromEnvironment));
    else if (!m_configuredSsh.isEmpty())
        env.insert(QStringLiteral("GIT_SSH_COMMAND"), withBatchMode(m_configuredSsh));
    else if (!env.contains(QStringLiteral("GIT_SSH")))
        env.insert(QStringLiteral("GIT_SSH_COMMAND"), withBatchMode(QStringLiteral("ssh")));
    return env;
}

GitCall GitRunner::git(const QString& directory, const QStringList& arguments, Reach reach) const
{
    const bool network = reach == Reach::Network;
    GitCall call = run(m_safety.gitProgram, directory, arguments,
                       network ? m_safety.networkTimeout : m_safety.localTimeout, network);
    call.program.clear();
    return call;
}

GitCall GitRunner::program(const QString& program, const QString& directory,
                           const QStringList& arguments, std::chrono::milliseconds timeout) const
{
    GitCall call = run(program, directory, arguments, timeout, true);
    call.program = QFileInfo(program).fileName();
    return call;
}

GitCall GitRunner::run(const QString& program, const QString& directory,
                       const QStringList& arguments, std::chrono::milliseconds timeout,
                       bool abortable) const
{
    GitCall call;
    call.arguments = arguments;
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setWorkingDirectory(directory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    // stdin closed: nothing can wait for an answer from us.
    process.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(int(m_safety.localTimeout.count()))) {
        call.failedToStart = true;
        call.output =
            QStringLiteral("%1 could not be started: %2").arg(program, process.errorString());
        call.milliseconds = timer.elapsed();
        return call;
    }
    QByteArray pending;
    const auto flush = [&](bool all) {
        for (;;) {
            qsizetype end = pending.indexOf('\n');
            const qsizetype cr = pending.indexOf('\r');
            if (cr >= 0 && (end < 0 || cr < end))
                end = cr; // progress lines end in \r
            if (end < 0 && !(all && !pending.isEmpty()))
                return;
            const qsizetype take = end < 0 ? pending.size() : end;
            const bool crlf = end >= 0 && pending.at(end) == '\r' && end + 1 < pending.size() &&
                              pending.at(end + 1) == '\n';
            const QString line = maskCredentials(QString::fromUtf8(pending.left(take)));
            pending.remove(0, end < 0 ? take : take + (crlf ? 2 : 1));
            call.output += line + QLatin1Char('\n');
            if (m_sink && !line.trimmed().isEmpty())
                m_sink(line);
        }
    };
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(kPollMs);
        const QByteArray bytes = process.readAll();
        call.rawOutput += bytes;
        pending += bytes;
        flush(false);
        const bool aborted = abortable && m_abort && m_abort->load();
        if (aborted || timer.elapsed() > timeout.count()) {
            call.timedOut = !aborted || timer.elapsed() > timeout.count();
            process.kill();
            process.waitForFinished(int(m_safety.localTimeout.count()));
            if (aborted)
                call.output += QStringLiteral("(stopped)\n");
            break;
        }
    }
    const QByteArray rest = process.readAll();
    call.rawOutput += rest;
    pending += rest;
    flush(true);
    call.exitCode =
        process.exitStatus() == QProcess::NormalExit && !call.timedOut ? process.exitCode() : -1;
    call.milliseconds = timer.elapsed();
    return call;
}

} // namespace digest
