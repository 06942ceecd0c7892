// Publish for review: the post's commit goes to a NEW branch of the remote, made on top of
// remote/branch in a temporary work tree. The checkout's branch, index and files stay as they
// are, except the post itself, which is saved into the checkout too (uncommitted there): it
// is the file the editor edits, and the review may come back to it.
#include "core/publish/gitmessages.h"
#include "publishrun.h"
#include "worktree.h"

#include <QDir>

namespace digest {

bool publishForReview(PublishRun& run)
{
    const PublishRequest& request = run.request;
    const QString remote = run.state.remote;
    const QString base = run.state.targetBranch;
    const QString review = request.reviewBranch;
    run.step(PublishTr::tr("Saving the post"));
    if (!savePost(run, run.absolutePostPath()))
        return false;
    if (run.cancelled())
        return run.fail(PublishErrorKind::Other,
                        PublishTr::tr("Cancelled; nothing was committed."));
    const GitCall valid =
        run.git({QStringLiteral("check-ref-format"), QStringLiteral("--branch"), review});
    if (!valid.ok())
        return run.fail(PublishErrorKind::Repository,
                        PublishTr::tr("“%1” is not a valid branch name.").arg(review));
    run.step(PublishTr::tr("Fetching the remote"));
    if (!fetchBranch(run, base))
        return false;
    // A push to an existing branch would add to it: the review branch must be new.
    const GitCall existing = run.git({QStringLiteral("ls-remote"), QStringLiteral("--heads"),
                                      remote, QStringLiteral("refs/heads/") + review},
                                     GitRunner::Reach::Network);
    if (!existing.ok()) {
        const PublishErrorKind kind = classifyGitFailure(existing);
        return run.fail(kind, networkFailureMessage(kind, remote, existing));
    }
    if (!existing.output.trimmed().isEmpty())
        return run.fail(PublishErrorKind::Rejected,
                        PublishTr::tr("The branch “%1” already exists on %2; choose another name "
                                      "for the review branch.")
                            .arg(review, remote));

    TemporaryWorktree worktree(run);
    if (!worktree.add(QStringLiteral("refs/remotes/%1/%2").arg(remote, base)))
        return false;
    const QString inWorktree = QDir(worktree.path()).filePath(run.state.postRelative);
    if (!savePost(run, inWorktree))
        return false;
    if (request.buildWithHugo) {
        run.step(PublishTr::tr("Building with Hugo"));
        const QString siteInCheckout =
            QDir(run.state.topLevel)
                .relativeFilePath(QFileInfo(request.siteRoot).canonicalFilePath());
        if (!buildWithHugo(run, QDir::cleanPath(QDir(worktree.path()).filePath(siteInCheckout))))
            return false;
    }
    if (run.cancelled())
        return run.fail(PublishErrorKind::Other,
                        PublishTr::tr("Cancelled; nothing was committed."));
    run.step(PublishTr::tr("Committing"));
    QString commit;
    if (!commitPost(run, worktree.path(), false, commit))
        return false;
    if (commit.isEmpty())
        return run.fail(PublishErrorKind::NothingToPublish,
                        PublishTr::tr("%1/%2 already has this post exactly as it is; there is "
                                      "nothing to review.")
                            .arg(remote, base));
    if (!request.push) {
        // No push: the commit would vanish with the work tree; keep it on the review branch
        // locally, which we create (never an existing one).
        const GitCall branch = run.git({QStringLiteral("branch"), review, commit});
        if (!branch.ok())
            return run.failCall(branch, PublishTr::tr("Making the branch “%1”").arg(review));
        run.outcome.branch = review;
        run.outcome.message = PublishTr::tr("Committed %1 on the new local branch “%2”; not "
                                            "pushed.")
                                  .arg(commit.left(10), review);
        return true;
    }
    run.step(PublishTr::tr("Pushing"));
    const GitCall push = pushHead(run, worktree.path(), review);
    if (!push.ok())
        return failPush(run, push);
    run.outcome.branch = review;
    run.outcome.message =
        run.outcome.compareUrl.isEmpty()
            ? PublishTr::tr("Pushed %1 to the new branch “%2” on %3 for review.")
                  .arg(commit.left(10), review, remote)
            : PublishTr::tr("Pushed %1 to the new branch “%2” on %3 for review: %4")
                  .arg(commit.left(10), review, remote, run.outcome.compareUrl);
    return true;
}

} // namespace digest
