// Preflight: what is checked before anything is written, so that a publication never starts
// on a checkout it would leave worse.
#include "core/publish/gitmessages.h"
#include "publishrun.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace digest {
namespace {

QString firstLine(const QString& text)
{
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

QString ageText(qint64 seconds)
{
    // Spelt out rather than "%n minute(s)": the message must read right without a translation.
    if (seconds < 60)
        return PublishTr::tr("less than a minute ago");
    if (seconds < 120)
        return PublishTr::tr("1 minute ago");
    if (seconds < 2 * 3600)
        return PublishTr::tr("%1 minutes ago").arg(seconds / 60);
    if (seconds < 2 * 86400)
        return PublishTr::tr("%1 hours ago").arg(seconds / 3600);
    return PublishTr::tr("%1 days ago").arg(seconds / 86400);
}

// The path from `root` to `path`, both made canonical as far as they exist (the post may not).
QString relativeInside(const QString& root, const QString& path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    if (folder.isEmpty() || canonicalRoot.isEmpty())
        return QDir(root).relativeFilePath(path);
    return QDir(canonicalRoot).relativeFilePath(folder + QLatin1Char('/') + info.fileName());
}

QString inProgress(const QString& gitDir)
{
    const QDir dir(gitDir);
    if (dir.exists(QStringLiteral("rebase-merge")) || dir.exists(QStringLiteral("rebase-apply")))
        return PublishTr::tr("a rebase");
    if (dir.exists(QStringLiteral("MERGE_HEAD")))
        return PublishTr::tr("a merge");
    if (dir.exists(QStringLiteral("CHERRY_PICK_HEAD")))
        return PublishTr::tr("a cherry-pick");
    if (dir.exists(QStringLiteral("REVERT_HEAD")))
        return PublishTr::tr("a revert");
    if (dir.exists(QStringLiteral("BISECT_LOG")))
        return PublishTr::tr("a bisect");
    return {};
}

} // namespace

QString staleLockMessage(const QString& gitDir)
{
    if (gitDir.isEmpty())
        return {};
    const QFileInfo lock(QDir(gitDir).filePath(QStringLiteral("index.lock")));
    if (!lock.exists())
        return {};
    const qint64 age =
        std::max<qint64>(0, lock.lastModified().secsTo(QDateTime::currentDateTime()));
    return PublishTr::tr("%1 exists, left %2 by a git that did not finish; if no git is running, "
                         "delete it.")
        .arg(QDir::toNativeSeparators(lock.absoluteFilePath()), ageText(age));
}

bool hasHook(const PublishRun& run, const QString& name)
{
    const QFileInfo hook(QDir(run.state.hooksDir).filePath(name));
    return hook.isFile() && hook.isExecutable();
}

bool readCheckout(PublishRun& run)
{
    const QString start = run.startDirectory();
    if (start.isEmpty() || !QFileInfo(start).isDir())
        return run.fail(PublishErrorKind::Repository,
                        PublishTr::tr("The site folder “%1” does not exist.").arg(start));
    const GitCall where = run.git(
        {QStringLiteral("rev-parse"), QStringLiteral("--path-format=absolute"),
         QStringLiteral("--show-toplevel"), QStringLiteral("--git-dir"),
         QStringLiteral("--git-common-dir"), QStringLiteral("--git-path"), QStringLiteral("hooks")},
        GitRunner::Reach::Local, start);
    const QStringList lines = where.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!where.ok() || lines.size() < 4) {
        if (where.timedOut || where.failedToStart)
            return run.failCall(where, PublishTr::tr("Reading the checkout"));
        return run.fail(PublishErrorKind::Repository,
                        PublishTr::tr("“%1” is not in a git checkout (%2).")
                            .arg(QDir::toNativeSeparators(start), firstLine(where.output)));
    }
    CheckoutState& state = run.state;
    state.topLevel = lines.at(0);
    state.gitDir = lines.at(1);
    state.commonDir = lines.at(2);
    state.hooksDir = lines.at(3); // git-path honours core.hooksPath
    state.postRelative = relativeInside(state.topLevel, run.absolutePostPath());
    if (state.postRelative.startsWith(QLatin1String("../")) ||
        state.postRelative == QLatin1String("..") || QDir::isAbsolutePath(state.postRelative))
        return run.fail(PublishErrorKind::Repository,
                        PublishTr::tr("The post “%1” is not inside the checkout “%2”.")
                            .arg(QDir::toNativeSeparators(run.absolutePostPath()),
                                 QDir::toNativeSeparators(state.topLevel)));
    // The user's own ssh command stays theirs (in batch mode).
    const GitCall ssh = run.git(
        {QStringLiteral("config"), QStringLiteral("--get"), QStringLiteral("core.sshCommand")});
    if (ssh.ok())
        run.runner.setConfiguredSshCommand(firstLine(ssh.output));
    const GitCall branch = run.git({QStringLiteral("symbolic-ref"), QStringLiteral("-q"),
                                    QStringLiteral("--short"), QStringLiteral("HEAD")});
    state.branch = branch.ok() ? firstLine(branch.output) : QString();
    return true;
}

bool checkCheckout(PublishRun& run, bool review, bool needUpstream)
{
    CheckoutState& state = run.state;
    if (const QString lock = staleLockMessage(state.gitDir); !lock.isEmpty())
        return run.fail(PublishErrorKind::Lock, lock);
    if (const QString what = inProgress(state.gitDir); !what.isEmpty())
        return run.fail(PublishErrorKind::Repository,
                        PublishTr::tr("The checkout is in the middle of %1; finish or abort it "
                                      "first.")
                            .arg(what));
    const PublishRequest& request = run.request;
    state.remote = request.remoteOrDefault();
    if (state.branch.isEmpty() && (!review || request.branch.isEmpty()))
        return run.fail(PublishErrorKind::Repository,
                        PublishTr::tr("The checkout is not on a branch (detached HEAD); check "
                                      "out the branch to publish to first."));
    if (!review && !request.branch.isEmpty() && request.branch != state.branch)
        return run.fail(PublishErrorKind::Repository,
                        PublishTr::tr("The checkout is on “%1”, not on “%2”; switch to “%2” "
                                      "first.")
                            .arg(state.branch, request.branch));
    const GitCall remotes = run.git({QStringLiteral("remote")});
    if (!remotes.ok())
        return run.failCall(remotes, PublishTr::tr("Listing the remotes"));
    const bool needRemote = needUpstream || review;
    if (needRemote && !remotes.output.split(QLatin1Char('\n')).contains(state.remote))
        return run.fail(PublishErrorKind::Repository,
                        PublishTr::tr("The checkout has no remote “%1”; add it (git remote add "
                                      "%1 URL) or choose another remote.")
                            .arg(state.remote));
    state.targetBranch = request.branch.isEmpty() ? state.branch : request.branch;
    if (state.branch.isEmpty())
        return true;
    const QString key = QStringLiteral("branch.%1.").arg(state.branch);
    const GitCall upRemote = run.git(
        {QStringLiteral("config"), QStringLiteral("--get"), key + QStringLiteral("remote")});
    const GitCall upMerge =
        run.git({QStringLiteral("config"), QStringLiteral("--get"), key + QStringLiteral("merge")});
    state.hasUpstream = upRemote.ok() && upMerge.ok();
    if (state.hasUpstream) {
        const QString merge = firstLine(upMerge.output);
        const QString upstreamBranch = merge.startsWith(QLatin1String("refs/heads/"))
                                           ? merge.mid(int(qstrlen("refs/heads/")))
                                           : merge;
        if (!review || request.branch.isEmpty())
            state.targetBranch = upstreamBranch;
        if (!review && firstLine(upRemote.output) != state.remote)
            return run.fail(
                PublishErrorKind::Repository,
                PublishTr::tr("The branch “%1” follows “%2/%3”, not the remote “%4”.")
                    .arg(state.branch, firstLine(upRemote.output), upstreamBranch, state.remote));
    }
    if (needUpstream && !state.hasUpstream && !review)
        return run.fail(PublishErrorKind::Repository,
                        PublishTr::tr("The branch “%1” has no upstream; push it once with git "
                                      "push -u %2 %1.")
                            .arg(state.branch, state.remote));
    return true;
}

} // namespace digest
