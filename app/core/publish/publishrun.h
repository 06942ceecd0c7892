#pragma once

#include "core/publish/publisher.h"

#include <QCoreApplication>
#include <QString>

namespace digest {

class PublishTr final
{
    Q_DECLARE_TR_FUNCTIONS(Publisher)
};

// What preflight learnt of the checkout.
struct CheckoutState
{
    QString topLevel;     // the work tree's root, as git spells it
    QString gitDir;       // this work tree's git directory (its index.lock)
    QString commonDir;    // the repository's (hooks, worktrees)
    QString branch;       // empty: detached HEAD
    QString remote;       // the remote to push to
    QString targetBranch; // the branch on the remote ("main")
    QString postRelative; // the post's path relative to topLevel, "/"-separated
    QString hooksDir;
    bool hasUpstream = false;
};

// One publication (or preview) as it runs: the request, the runner, the transcript and the
// callbacks. Every git call goes through git() so that it lands in the transcript.
class PublishRun final
{
public:
    PublishRun(const PublishRequest& request, const GitSafety& safety,
               const PublishCallbacks& callbacks);

    const PublishRequest& request;
    GitRunner runner;
    PublishCallbacks callbacks;
    PublishOutcome outcome;
    CheckoutState state;

    // Runs git in `directory` (default: the checkout's top level, else its folder).
    GitCall git(const QStringList& arguments, GitRunner::Reach reach = GitRunner::Reach::Local,
                const QString& directory = {});
    GitCall program(const QString& program, const QString& directory, const QStringList& arguments,
                    std::chrono::milliseconds timeout);
    void step(const QString& name) const;
    bool cancelled() const;
    // Sets the outcome's error and message; returns false, for `return run.fail(...)`.
    bool fail(PublishErrorKind kind, const QString& message);
    // A local call failed: its kind (Lock, Timeout, Other) and a message with its words.
    bool failCall(const GitCall& call, const QString& what);
    QString startDirectory() const;
    QString absolutePostPath() const;
};

// Preflight (preflight.cpp). Reads the checkout into run.state: not a checkout, the post
// outside it. Then the checks, in order: a stale index.lock, a rebase/merge/cherry-pick in
// progress, detached HEAD (unless `review`), the remote, the upstream (when `needUpstream`).
bool readCheckout(PublishRun& run);
bool checkCheckout(PublishRun& run, bool review, bool needUpstream);
// "…/.git/index.lock exists, left 12 minutes ago by a git that did not finish; ...", or empty.
QString staleLockMessage(const QString& gitDir);
// Whether the repository has an executable hook of that name (core.hooksPath honoured).
bool hasHook(const PublishRun& run, const QString& name);

// Steps (publishsteps.cpp).
bool savePost(PublishRun& run, const QString& path);
bool buildWithHugo(PublishRun& run, const QString& siteRoot);
// Commits the post in `directory` (the checkout or a worktree); "" when nothing to commit.
bool commitPost(PublishRun& run, const QString& directory, bool onlyThePost, QString& commit);
// Pushes HEAD (in directory) to refs/heads/<branch>; sets outcome.pushed and compareUrl.
GitCall pushHead(PublishRun& run, const QString& directory, const QString& branch);
bool failPush(PublishRun& run, const GitCall& push);

// The rebase of our one commit onto the moved remote (rebase.cpp), then the push again.
bool rebaseAndPushAgain(PublishRun& run);
// Publish for review (reviewbranch.cpp).
bool publishForReview(PublishRun& run);

} // namespace digest
