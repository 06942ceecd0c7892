#include "gitcommand.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

namespace digest::test {

QProcessEnvironment isolatedGitEnvironment(const QString& home, const QString& askpass,
                                           const QStringList& extra)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : environment.keys()) {
        if (name.startsWith(QLatin1String("GIT_")) ||
            name.startsWith(QLatin1String("DIGEST_ASKPASS")) ||
            name.endsWith(QLatin1String("_proxy"), Qt::CaseInsensitive) ||
            name == QLatin1String("SSH_ASKPASS") || name == QLatin1String("LANGUAGE"))
            environment.remove(name);
    }
    const QString program =
        askpass.isEmpty() ? QStringLiteral("/nonexistent/digest-askpass") : askpass;
    const QList<std::pair<QString, QString>> fixed = {
        {QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0")},
        {QStringLiteral("GIT_ASKPASS"), program},
        {QStringLiteral("SSH_ASKPASS"), program},
        {QStringLiteral("LC_ALL"), QStringLiteral("C")},
        {QStringLiteral("HOME"), home},
        {QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config")},
        {QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null")},
        {QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1")},
        {QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Digest Test")},
        {QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("test@example.invalid")},
        {QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Digest Test")},
        {QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("test@example.invalid")},
    };
    for (const auto& [name, value] : fixed)
        environment.insert(name, value);
    for (const QString& entry : extra) {
        const qsizetype equals = entry.indexOf(u'=');
        if (equals > 0)
            environment.insert(entry.first(equals), entry.mid(equals + 1));
    }
    return environment;
}

GitRun runGit(const QStringList& arguments, const QString& directory,
              const QProcessEnvironment& environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(directory);
    process.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral("git"), arguments);
    GitRun run;
    run.finished =
        QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.milliseconds = clock.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace digest::test
