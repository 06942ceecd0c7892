// The steps a publication is made of: save, build, commit, push.
#include "core/post/postfile.h"
#include "core/publish/gitmessages.h"
#include "publishrun.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace digest {
namespace {

QString hookNames(const PublishRun& run, const QStringList& names)
{
    QStringList present;
    for (const QString& name : names) {
        if (hasHook(run, name))
            present << name;
    }
    return present.join(QStringLiteral(", "));
}

QString buildErrors(const QString& output)
{
    QStringList errors;
    for (const QString& line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.contains(QLatin1String("ERROR")) || line.startsWith(QLatin1String("Error")))
            errors << line.trimmed();
    }
    return errors.isEmpty() ? tailOf(output) : errors.join(QLatin1Char('\n'));
}

} // namespace

bool savePost(PublishRun& run, const QString& path)
{
    if (const Result<QByteArray> existing = PostFile::readBytes(path);
        existing && existing.value() == run.request.content)
        return true; // already saved: keep the file (and its time) as it is
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return run.fail(PublishErrorKind::Write,
                        PublishTr::tr("The folder of “%1” could not be made.")
                            .arg(QDir::toNativeSeparators(path)));
    // The one safe write: synced and checked before it replaces the file, never a FIFO or a
    // device, the system's reason when it fails.
    if (const Status saved = PostFile::writeBytes(path, run.request.content); !saved)
        return run.fail(PublishErrorKind::Write, saved.errorMessage());
    return true;
}

bool buildWithHugo(PublishRun& run, const QString& siteRoot)
{
    // Into a destination of our own: the site's public/ is the user's (and often deployed).
    QTemporaryDir destination;
    if (!destination.isValid())
        return run.fail(PublishErrorKind::Build,
                        PublishTr::tr("No temporary folder for Hugo's output: %1")
                            .arg(destination.errorString()));
    const GitCall build =
        run.program(run.request.hugoProgram, siteRoot,
                    {QStringLiteral("--source"), siteRoot, QStringLiteral("--destination"),
                     destination.path(), QStringLiteral("--noBuildLock")},
                    run.runner.safety().networkTimeout);
    if (build.ok())
        return true;
    if (build.failedToStart)
        return run.fail(PublishErrorKind::Build,
                        PublishTr::tr("Hugo (“%1”) could not be started; install it or turn the "
                                      "build off.")
                            .arg(run.request.hugoProgram));
    if (build.timedOut)
        return run.fail(PublishErrorKind::Build, PublishTr::tr("Hugo did not finish in time."));
    return run.fail(PublishErrorKind::Build,
                    PublishTr::tr("Hugo could not build the site; nothing was committed.\n%1")
                        .arg(buildErrors(build.output)));
}

bool commitPost(PublishRun& run, const QString& directory, bool onlyThePost, QString& commit)
{
    commit.clear();
    const QString path = run.state.postRelative;
    const GitCall status =
        run.git({QStringLiteral("status"), QStringLiteral("--porcelain=v1"),
                 QStringLiteral("--untracked-files=all"), QStringLiteral("--"), path},
                GitRunner::Reach::Local, directory);
    if (!status.ok())
        return run.failCall(status, PublishTr::tr("Reading the post's state"));
    if (status.output.trimmed().isEmpty())
        return true; // the post is exactly what HEAD has
    const bool untracked = status.output.startsWith(QLatin1String("??"));
    // A new file must be known to git before `commit --only` takes it; an existing one is
    // committed from the work tree without touching the rest of the index.
    if (untracked || !onlyThePost) {
        const GitCall add = run.git({QStringLiteral("add"), QStringLiteral("--"), path},
                                    GitRunner::Reach::Local, directory);
        if (!add.ok())
            return run.failCall(add, PublishTr::tr("Adding the post"));
    }
    const QString message = run.request.commitMessage.trimmed().isEmpty()
                                ? PublishTr::tr("post: %1").arg(QFileInfo(path).fileName())
                                : run.request.commitMessage;
    // --only: only the post goes into the commit; what else the user staged stays staged.
    // Hooks and signing are the user's: never --no-verify, never --no-gpg-sign.
    const GitCall made = run.git({QStringLiteral("commit"), QStringLiteral("--only"),
                                  QStringLiteral("-m"), message, QStringLiteral("--"), path},
                                 GitRunner::Reach::Local, directory);
    if (!made.ok()) {
        if (untracked && onlyThePost) // put the index back as it was: the post untracked
            run.git({QStringLiteral("rm"), QStringLiteral("--cached"), QStringLiteral("--quiet"),
                     QStringLiteral("--"), path},
                    GitRunner::Reach::Local, directory);
        const QString hooks =
            hookNames(run, {QStringLiteral("pre-commit"), QStringLiteral("prepare-commit-msg"),
                            QStringLiteral("commit-msg")});
        if (!made.timedOut && !made.failedToStart && !hooks.isEmpty() &&
            classifyGitFailure(made) != PublishErrorKind::Lock)
            return run.fail(PublishErrorKind::Hook,
                            PublishTr::tr("A hook (%1) refused the commit; nothing was "
                                          "committed.\n%2")
                                .arg(hooks, tailOf(made.output)));
        return run.failCall(made, PublishTr::tr("Committing the post"));
    }
    const GitCall head = run.git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")},
                                 GitRunner::Reach::Local, directory);
    if (!head.ok())
        return run.failCall(head, PublishTr::tr("Reading the new commit"));
    commit = head.output.trimmed();
    run.outcome.commit = commit;
    return true;
}

GitCall pushHead(PublishRun& run, const QString& directory, const QString& branch)
{
    // An explicit refspec, never a force: the remote takes it only as a fast-forward.
    const GitCall push = run.git(
        {QStringLiteral("push"), run.state.remote, QStringLiteral("HEAD:refs/heads/") + branch},
        GitRunner::Reach::Network, directory);
    if (push.ok()) {
        run.outcome.pushed = true;
        run.outcome.compareUrl = compareUrlIn(push.output);
    }
    return push;
}

bool failPush(PublishRun& run, const GitCall& push)
{
    PublishErrorKind kind = classifyGitFailure(push);
    const bool refused = push.output.contains(QLatin1String("[rejected]")) ||
                         push.output.contains(QLatin1String("[remote rejected]"));
    if ((kind == PublishErrorKind::Rejected || kind == PublishErrorKind::Other) && !refused &&
        hasHook(run, QStringLiteral("pre-push")))
        return run.fail(PublishErrorKind::Hook,
                        PublishTr::tr("The pre-push hook refused the push; the commit is made "
                                      "but not pushed.\n%1")
                            .arg(tailOf(push.output)));
    if (kind == PublishErrorKind::Other && push.timedOut)
        kind = PublishErrorKind::Network;
    return run.fail(kind, networkFailureMessage(kind, run.state.remote, push));
}

} // namespace digest
