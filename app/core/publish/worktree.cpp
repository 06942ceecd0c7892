#include "worktree.h"

#include "core/publish/gitmessages.h"

namespace digest {

TemporaryWorktree::~TemporaryWorktree()
{
    if (m_path.isEmpty())
        return;
    // --force: a worktree left mid-conflict (already aborted) or with an untracked file.
    m_run.git(
        {QStringLiteral("worktree"), QStringLiteral("remove"), QStringLiteral("--force"), m_path});
    m_run.git({QStringLiteral("worktree"), QStringLiteral("prune")});
}

bool TemporaryWorktree::add(const QString& ref)
{
    if (!m_folder.isValid())
        return m_run.fail(
            PublishErrorKind::Other,
            PublishTr::tr("No temporary folder for a work tree: %1").arg(m_folder.errorString()));
    const QString path = m_folder.filePath(QStringLiteral("worktree"));
    const GitCall added = m_run.git(
        {QStringLiteral("worktree"), QStringLiteral("add"), QStringLiteral("--detach"), path, ref});
    if (!added.ok())
        return m_run.failCall(added, PublishTr::tr("Making a temporary work tree"));
    m_path = path;
    return true;
}

bool fetchBranch(PublishRun& run, const QString& branch)
{
    const QString remote = run.state.remote;
    const GitCall fetch =
        run.git({QStringLiteral("fetch"), remote,
                 QStringLiteral("+refs/heads/%1:refs/remotes/%2/%1").arg(branch, remote)},
                GitRunner::Reach::Network);
    if (fetch.ok())
        return true;
    if (fetch.output.contains(QLatin1String("couldn't find remote ref")))
        return run.fail(PublishErrorKind::Repository,
                        PublishTr::tr("The remote “%1” has no branch “%2”.").arg(remote, branch));
    PublishErrorKind kind = classifyGitFailure(fetch);
    if (kind == PublishErrorKind::Rejected)
        kind = PublishErrorKind::Other;
    return run.fail(kind, networkFailureMessage(kind, remote, fetch));
}

} // namespace digest
