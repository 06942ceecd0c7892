#pragma once

#include "core/publish/gitrunner.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QTimeZone>

namespace digest {

// What goes wrong, told apart.
enum class PublishErrorKind {
    None,
    Lint,             // the post has lint errors (listed in the message)
    Repository,       // not a checkout, detached HEAD, no upstream, rebase/merge in progress,
                      // missing remote
    Lock,             // .git/index.lock exists (message: its path and age)
    Write,            // the post could not be saved into the checkout
    Build,            // hugo failed (message: its errors)
    Hook,             // a hook refused (pre-commit, commit-msg, pre-push); output in the transcript
    Network,          // host unreachable, DNS, TLS, timeout on a network call
    Authentication,   // credentials refused or not available
    Rejected,         // the push was rejected (and the one retry after rebasing failed too)
    Conflict,         // the rebase of our one commit conflicted; aborted, checkout as it was
    Timeout,          // a local call did not finish in time
    NothingToPublish, // the post is exactly what the branch and its upstream already have
    Other,
};

// A short name for logs and digestctl ("network", "hook").
QString errorKindName(PublishErrorKind kind);

struct PublishRequest
{
    // The site's git checkout (a work tree; the Hugo site may be the checkout's root or inside
    // it). Empty: the checkout that holds siteRoot.
    QString checkout;
    // The Hugo site's root (where hugo.toml is); usually == checkout.
    QString siteRoot;
    // The post's path relative to siteRoot ("content/posts/2026-12-01-ai-auto-summary.md").
    QString postPath;
    // The post's exact bytes to save into the checkout (atomically, QSaveFile).
    QByteArray content;
    // The remote and branch to push to. Empty branch: the checkout's current branch (its
    // upstream must be remote/branch). Empty remote: "origin".
    QString remote;
    QString branch;
    // The commit message, template already filled ("post: 2026-12-01 daily AI summary").
    QString commitMessage;
    // Run `hugo` (siteRoot, into a temporary destination, never the site's public/) first;
    // stop on errors.
    bool buildWithHugo = false;
    QString hugoProgram = QStringLiteral("hugo");
    // Commit and stop: no push (digestctl --no-push).
    bool push = true;
    // Publish for review: non-empty = push the commit to this NEW branch of the remote
    // ("digest/2026-12-01"), made on top of remote/branch, without touching the checkout's
    // current branch or its index (a temporary worktree; hooks and signing still apply). The
    // post is still saved into the checkout (uncommitted there): it is the file the editor
    // edits.
    QString reviewBranch;
    // The site's time zone: how the preview reads a date without a zone (Hugo does the same).
    QTimeZone siteZone = QTimeZone::utc();

    QString remoteOrDefault() const;
};

// What the confirmation shows before anything is written.
struct PublishPreview
{
    QString absolutePath;     // where the post will be saved
    bool fileIsNew = false;   // not in HEAD yet (for review: not on remote/branch)
    QString diff;             // unified diff of the post against HEAD (what will be committed)
    bool hugoWillList = true; // false for draft: true or a date in the future
    QString hugoVisibility;   // for people: "Hugo will list this post." / "... will not: ..."
    QString branchDescription; // "main → origin/main" or "digest/2026-12-01 on origin (for review)"
    QString problem;           // non-empty: a preflight problem already visible
    PublishErrorKind problemKind = PublishErrorKind::None;
};

struct PublishOutcome
{
    PublishErrorKind error = PublishErrorKind::None;
    QString message; // for people; never a secret
    QString commit;  // the new commit's hash when one was made
    bool pushed = false;
    bool rebased = false;      // the remote had moved; our commit was rebased and pushed
    QString compareUrl;        // from the remote's "remote:" lines, else empty
    QList<GitCall> transcript; // every git/hugo call made, in order
    // Where the commit went: "main" or the review branch.
    QString branch;
    bool ok() const { return error == PublishErrorKind::None; }
    // The transcript as one text: each command line, then its output.
    QString transcriptText() const;
};

} // namespace digest

Q_DECLARE_METATYPE(digest::PublishPreview)
Q_DECLARE_METATYPE(digest::PublishOutcome)
