// The remote moved while we committed: our one commit is replayed onto it in a temporary work
// tree (never in the checkout, whose dirty and staged files stay as they are), the branch is
// moved there with `reset --keep`, and the push is tried once more. Never a force push.
#include "core/publish/gitmessages.h"
#include "publishrun.h"
#include "worktree.h"

namespace digest {
namespace {

// Puts the branch back where it was before our commit, and the post's index entry with it;
// the post stays saved in the work tree. Only when the branch is still at our commit.
void undoOurCommit(PublishRun& run, const QString& ourCommit)
{
    const QString before = ourCommit + QStringLiteral("~1");
    const GitCall parent = run.git({QStringLiteral("rev-parse"), before});
    if (!parent.ok())
        return;
    const GitCall moved = run.git({QStringLiteral("update-ref"), QStringLiteral("-m"),
                                   QStringLiteral("digest: undo the unpublished commit"),
                                   QStringLiteral("refs/heads/") + run.state.branch,
                                   parent.output.trimmed(), ourCommit});
    if (moved.ok())
        run.git({QStringLiteral("reset"), QStringLiteral("-q"), parent.output.trimmed(),
                 QStringLiteral("--"), run.state.postRelative});
}

} // namespace

bool rebaseAndPushAgain(PublishRun& run)
{
    const QString ourCommit = run.outcome.commit;
    const QString remote = run.state.remote;
    const QString branch = run.state.targetBranch;
    run.step(PublishTr::tr("Fetching the remote"));
    if (!fetchBranch(run, branch))
        return false;
    run.step(PublishTr::tr("Rebasing"));
    QString rebased;
    {
        TemporaryWorktree worktree(run);
        if (!worktree.add(QStringLiteral("refs/remotes/%1/%2").arg(remote, branch)))
            return false;
        const GitCall pick = run.git({QStringLiteral("cherry-pick"), ourCommit},
                                     GitRunner::Reach::Local, worktree.path());
        if (!pick.ok()) {
            run.git({QStringLiteral("cherry-pick"), QStringLiteral("--abort")},
                    GitRunner::Reach::Local, worktree.path());
            if (pick.timedOut)
                return run.failCall(pick, PublishTr::tr("Rebasing the commit"));
            undoOurCommit(run, ourCommit);
            run.outcome.commit.clear();
            return run.fail(PublishErrorKind::Conflict,
                            PublishTr::tr("Someone changed “%1” on %2/%3 too, and the two "
                                          "versions conflict. Nothing was pushed and the "
                                          "checkout is as it was, with the post saved but not "
                                          "committed: pull, merge the post by hand and publish "
                                          "again.")
                                .arg(run.state.postRelative, remote, branch));
        }
        const GitCall head = run.git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")},
                                     GitRunner::Reach::Local, worktree.path());
        if (!head.ok())
            return run.failCall(head, PublishTr::tr("Reading the rebased commit"));
        rebased = head.output.trimmed();
    }
    // --keep moves the branch and updates only the files the remote changed; it refuses when
    // the user's own uncommitted changes touch one of them, and then nothing moved.
    const GitCall keep = run.git({QStringLiteral("reset"), QStringLiteral("--keep"), rebased});
    if (!keep.ok())
        return run.fail(PublishErrorKind::Conflict,
                        PublishTr::tr("%1/%2 has new commits that change files you have changed "
                                      "too and not committed; nothing was pushed, and the post's "
                                      "commit stays on “%3”. Commit or stash your changes, pull, "
                                      "and publish again.\n%4")
                            .arg(remote, branch, run.state.branch, tailOf(keep.output)));
    run.outcome.commit = rebased;
    run.outcome.rebased = true;
    run.step(PublishTr::tr("Pushing again"));
    const GitCall push = pushHead(run, run.state.topLevel, branch);
    if (push.ok())
        return true;
    if (remoteMovedOn(push))
        return run.fail(PublishErrorKind::Rejected,
                        PublishTr::tr("%1/%2 moved again while the post was being rebased; the "
                                      "commit is on “%3” but not pushed. Publish again to push "
                                      "it.")
                            .arg(remote, branch, run.state.branch));
    return failPush(run, push);
}

} // namespace digest
