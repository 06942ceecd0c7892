#include "publishrun.h"

#include "core/publish/gitmessages.h"

#include <QDir>
#include <QFileInfo>

namespace digest {

PublishRun::PublishRun(const PublishRequest& publishRequest, const GitSafety& safety,
                       const PublishCallbacks& runCallbacks)
    : request(publishRequest)
    , runner(safety)
    , callbacks(runCallbacks)
{
    runner.setAbortFlag(callbacks.abort);
    runner.setSink(callbacks.output);
}

GitCall PublishRun::git(const QStringList& arguments, GitRunner::Reach reach,
                        const QString& directory)
{
    const QString where = !directory.isEmpty()        ? directory
                          : !state.topLevel.isEmpty() ? state.topLevel
                                                      : startDirectory();
    GitCall call = runner.git(where, arguments, reach);
    outcome.transcript.append(call);
    return call;
}

GitCall PublishRun::program(const QString& program, const QString& directory,
                            const QStringList& arguments, std::chrono::milliseconds timeout)
{
    GitCall call = runner.program(program, directory, arguments, timeout);
    outcome.transcript.append(call);
    return call;
}

void PublishRun::step(const QString& name) const
{
    if (callbacks.progress)
        callbacks.progress(name);
}

bool PublishRun::cancelled() const
{
    return callbacks.cancelled && callbacks.cancelled->load();
}

bool PublishRun::fail(PublishErrorKind kind, const QString& message)
{
    outcome.error = kind;
    outcome.message = maskCredentials(message);
    return false;
}

bool PublishRun::failCall(const GitCall& call, const QString& what)
{
    if (call.timedOut)
        return fail(PublishErrorKind::Timeout,
                    PublishTr::tr("%1: git did not finish in time and was stopped.").arg(what));
    if (call.failedToStart)
        return fail(PublishErrorKind::Other, PublishTr::tr("%1: %2").arg(what, call.output));
    if (classifyGitFailure(call) == PublishErrorKind::Lock) {
        const QString lock = staleLockMessage(state.gitDir);
        return fail(PublishErrorKind::Lock,
                    lock.isEmpty() ? PublishTr::tr("%1: %2").arg(what, tailOf(call.output)) : lock);
    }
    return fail(PublishErrorKind::Other, PublishTr::tr("%1:\n%2").arg(what, tailOf(call.output)));
}

QString PublishRun::startDirectory() const
{
    return request.checkout.isEmpty() ? request.siteRoot : request.checkout;
}

QString PublishRun::absolutePostPath() const
{
    return QDir::cleanPath(QDir(request.siteRoot).absoluteFilePath(request.postPath));
}

} // namespace digest
