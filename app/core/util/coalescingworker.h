#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <optional>
#include <utility>

namespace digest {

// Runs `work` on a worker thread for the newest input and coalesces bursts: while one run is
// going, only the newest requested input is kept, and it runs once the running one finishes.
// So typing never blocks the GUI thread and never queues a backlog of stale runs. Results are
// delivered on the thread that owns the worker, in request order, the newest one last.
template <typename Input, typename Output> class CoalescingWorker final
{
public:
    using Work = std::function<Output(const Input&)>;
    using Deliver = std::function<void(const Output&)>;

    // `work` runs on other threads: it must only touch its input. `deliver` runs here.
    CoalescingWorker(Work work, Deliver deliver)
        : m_work(std::move(work))
        , m_deliver(std::move(deliver))
    {
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, &m_watcher,
                         [this] { onFinished(); });
    }
    ~CoalescingWorker() { m_watcher.waitForFinished(); }
    CoalescingWorker(const CoalescingWorker&) = delete;
    CoalescingWorker& operator=(const CoalescingWorker&) = delete;

    void request(Input input)
    {
        if (m_busy) {
            m_pending = std::move(input);
            return;
        }
        start(std::move(input));
    }

    // A run is going or its result has not been delivered yet.
    bool isBusy() const { return m_busy; }

private:
    void start(Input input)
    {
        m_busy = true;
        m_watcher.setFuture(
            QtConcurrent::run([work = m_work, input = std::move(input)] { return work(input); }));
    }

    void onFinished()
    {
        m_busy = false;
        const Output output = m_watcher.result();
        if (m_pending)
            start(*std::exchange(m_pending, std::nullopt));
        m_deliver(output);
    }

    Work m_work;
    Deliver m_deliver;
    QFutureWatcher<Output> m_watcher;
    std::optional<Input> m_pending;
    // Not m_watcher.isRunning(): that turns false before finished() is delivered, and a
    // request in that gap would overtake the pending input.
    bool m_busy = false;
};

} // namespace digest
