#pragma once

#include "core/publish/publishtypes.h"

#include <QDate>
#include <QDateTime>
#include <QObject>

#include <atomic>
#include <functional>

class QThread;

namespace digest {

// Runs publications one at a time on ONE worker thread (the one queue every git call goes
// through; never the GUI thread). Signals arrive on the thread the Publisher lives in.
class Publisher : public QObject
{
    Q_OBJECT
public:
    explicit Publisher(GitSafety safety, QObject* parent = nullptr);
    // Kills a running network call (push, fetch), lets local calls and cleanups finish, and
    // waits for the worker.
    ~Publisher() override;

    // The confirmation's contents: reads only (git diff/show, preflight checks). Async:
    // previewReady() follows. `now` and the request's site zone decide "future".
    void preview(const PublishRequest& request, const QDateTime& now);
    // Starts a publication; progress() and output() while it runs, finished() once.
    void publish(const PublishRequest& request);
    bool isBusy() const;
    // Stops after the current call (never leaves a rebase, a worktree or a lock behind);
    // finished() says so as Other.
    void cancel();

signals:
    void previewReady(const digest::PublishPreview& preview);
    // A step for the progress view: "Checking the checkout", "Saving the post", ...
    void progress(const QString& step);
    // A line of git's or hugo's output as it comes (already free of credentials).
    void output(const QString& line);
    void finished(const digest::PublishOutcome& outcome);

private:
    void enqueue(std::function<void()> job);

    GitSafety m_safety;
    QThread* m_thread = nullptr;
    QObject* m_worker = nullptr; // lives in m_thread; jobs run in its event loop, in order
    std::atomic_int m_jobs{0};
    std::atomic_bool m_cancel{false};
    std::atomic_bool m_abort{false};
};

// Callbacks of a synchronous publication.
struct PublishCallbacks
{
    std::function<void(const QString& step)> progress;
    std::function<void(const QString& line)> output;
    // Checked between calls: set, the publication stops at the next safe point.
    const std::atomic_bool* cancelled = nullptr;
    // Set, a running network call is killed.
    const std::atomic_bool* abort = nullptr;
};

// Synchronous form for digestctl and tests (runs on the calling thread; same code path).
PublishPreview previewPublishNow(const PublishRequest& request, const GitSafety& safety,
                                 const QDateTime& now);
PublishOutcome publishNow(const PublishRequest& request, const GitSafety& safety,
                          const std::function<void(const QString& line)>& onOutput = {});
PublishOutcome publishNow(const PublishRequest& request, const GitSafety& safety,
                          const PublishCallbacks& callbacks);

// "post: {date} daily AI summary" with {date} (YYYY-MM-DD) and {title} filled.
QString fillCommitTemplate(const QString& pattern, const QDate& day, const QString& title);
// "digest/YYYY-MM-DD" with YYYY, MM, DD filled.
QString fillBranchPattern(const QString& pattern, const QDate& day);

} // namespace digest
