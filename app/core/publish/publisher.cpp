#include "core/publish/publisher.h"

#include "core/publish/gitmessages.h"
#include "publishrun.h"

#include <QMetaObject>
#include <QThread>

namespace digest {
namespace {

bool cancelledHere(PublishRun& run)
{
    return run.cancelled() &&
           !run.fail(PublishErrorKind::Other, PublishTr::tr("Cancelled; nothing was pushed."));
}

// The commits on the branch that its upstream does not have yet (as last fetched).
int aheadOfUpstream(PublishRun& run)
{
    if (!run.state.hasUpstream)
        return 0;
    const GitCall count = run.git({QStringLiteral("rev-list"), QStringLiteral("--count"),
                                   QStringLiteral("@{upstream}..HEAD")});
    return count.ok() ? count.output.trimmed().toInt() : 0;
}

// Publish on the checkout's branch: save, build, commit only the post, push; the rebase of
// our one commit when the remote moved.
bool publishOnBranch(PublishRun& run)
{
    const PublishRequest& request = run.request;
    const int aheadBefore = aheadOfUpstream(run);
    run.step(PublishTr::tr("Saving the post"));
    if (!savePost(run, run.absolutePostPath()))
        return false;
    if (request.buildWithHugo) {
        run.step(PublishTr::tr("Building with Hugo"));
        if (!buildWithHugo(run, request.siteRoot))
            return false;
    }
    if (cancelledHere(run))
        return false;
    run.step(PublishTr::tr("Committing"));
    QString commit;
    if (!commitPost(run, run.state.topLevel, true, commit))
        return false;
    run.outcome.branch = run.state.branch;
    const QString target = QStringLiteral("%1/%2").arg(run.state.remote, run.state.targetBranch);
    if (commit.isEmpty() && (!request.push || aheadBefore == 0))
        return run.fail(PublishErrorKind::NothingToPublish,
                        request.push ? PublishTr::tr("Nothing to publish: “%1” and %2 already "
                                                     "have this post exactly as it is.")
                                           .arg(run.state.branch, target)
                                     : PublishTr::tr("Nothing to commit: “%1” already has this "
                                                     "post exactly as it is.")
                                           .arg(run.state.branch));
    if (!request.push) {
        run.outcome.message = PublishTr::tr("Committed %1 on “%2”; not pushed.")
                                  .arg(commit.left(10), run.state.branch);
        return true;
    }
    if (cancelledHere(run))
        return false;
    run.step(PublishTr::tr("Pushing"));
    const GitCall push = pushHead(run, run.state.topLevel, run.state.targetBranch);
    if (push.ok()) {
        run.outcome.message =
            commit.isEmpty()
                ? PublishTr::tr("The post was already committed; pushed “%1” to %2.")
                      .arg(run.state.branch, target)
                : PublishTr::tr("Published: %1 pushed to %2.").arg(commit.left(10), target);
        return true;
    }
    if (!remoteMovedOn(push))
        return failPush(run, push);
    // Only our own commit is ever replayed: commits of the user's not pushed yet stay theirs.
    if (commit.isEmpty() || aheadBefore > 0)
        return run.fail(PublishErrorKind::Rejected,
                        PublishTr::tr("%1 has new commits, and “%2” has commits of yours that "
                                      "are not pushed yet; pull, then publish again.")
                            .arg(target, run.state.branch));
    if (!rebaseAndPushAgain(run))
        return false;
    run.outcome.message = PublishTr::tr("Published: %1 moved meanwhile, so the post's commit was "
                                        "rebased onto it and pushed as %2.")
                              .arg(target, run.outcome.commit.left(10));
    return true;
}

} // namespace

PublishOutcome publishNow(const PublishRequest& request, const GitSafety& safety,
                          const PublishCallbacks& callbacks)
{
    PublishRun run(request, safety, callbacks);
    const bool review = !request.reviewBranch.isEmpty();
    run.step(PublishTr::tr("Checking the checkout"));
    if (readCheckout(run) && checkCheckout(run, review, request.push && !review) &&
        !cancelledHere(run))
        review ? publishForReview(run) : publishOnBranch(run);
    return run.outcome;
}

PublishOutcome publishNow(const PublishRequest& request, const GitSafety& safety,
                          const std::function<void(const QString& line)>& onOutput)
{
    PublishCallbacks callbacks;
    callbacks.output = onOutput;
    return publishNow(request, safety, callbacks);
}

Publisher::Publisher(GitSafety safety, QObject* parent)
    : QObject(parent)
    , m_safety(std::move(safety))
    , m_thread(new QThread(this))
    , m_worker(new QObject)
{
    qRegisterMetaType<digest::PublishPreview>();
    qRegisterMetaType<digest::PublishOutcome>();
    m_thread->setObjectName(QStringLiteral("digest-publish"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

Publisher::~Publisher()
{
    m_cancel = true;
    m_abort = true;
    m_thread->quit();
    m_thread->wait();
    delete m_worker; // its thread has ended: nothing else can touch it
}

void Publisher::enqueue(std::function<void()> job)
{
    ++m_jobs;
    QMetaObject::invokeMethod(m_worker, std::move(job), Qt::QueuedConnection);
}

void Publisher::preview(const PublishRequest& request, const QDateTime& now)
{
    enqueue([this, request, now] {
        const PublishPreview preview = previewPublishNow(request, m_safety, now);
        QMetaObject::invokeMethod(
            this,
            [this, preview] {
                --m_jobs; // before the signal: a receiver may start the next one
                emit previewReady(preview);
            },
            Qt::QueuedConnection);
    });
}

void Publisher::publish(const PublishRequest& request)
{
    m_cancel = false;
    enqueue([this, request] {
        PublishCallbacks callbacks;
        // Queued to the Publisher's thread, so receivers run there whatever they connect.
        callbacks.progress = [this](const QString& step) {
            QMetaObject::invokeMethod(
                this, [this, step] { emit progress(step); }, Qt::QueuedConnection);
        };
        callbacks.output = [this](const QString& line) {
            QMetaObject::invokeMethod(
                this, [this, line] { emit output(line); }, Qt::QueuedConnection);
        };
        callbacks.cancelled = &m_cancel;
        callbacks.abort = &m_abort;
        const PublishOutcome outcome = publishNow(request, m_safety, callbacks);
        QMetaObject::invokeMethod(
            this,
            [this, outcome] {
                --m_jobs;
                emit finished(outcome);
            },
            Qt::QueuedConnection);
    });
}

bool Publisher::isBusy() const
{
    return m_jobs.load() > 0;
}

void Publisher::cancel()
{
    m_cancel = true;
}

} // namespace digest
