#pragma once

#include "publishrun.h"

#include <QTemporaryDir>

namespace digest {

// A detached work tree of the repository in a temporary folder, for work that must not touch
// the checkout (the rebase of our commit, a review branch). Removed (and pruned) when it goes
// out of scope, whatever happened in it.
class TemporaryWorktree final
{
public:
    explicit TemporaryWorktree(PublishRun& run)
        : m_run(run)
    {}
    ~TemporaryWorktree();
    Q_DISABLE_COPY_MOVE(TemporaryWorktree)

    // `git worktree add --detach <tmp> <ref>`; false with the run's error set.
    bool add(const QString& ref);
    QString path() const { return m_path; }

private:
    PublishRun& m_run;
    QTemporaryDir m_folder;
    QString m_path;
};

// `git fetch <remote> +refs/heads/B:refs/remotes/<remote>/B`; false with the run's error set.
bool fetchBranch(PublishRun& run, const QString& branch);

} // namespace digest
