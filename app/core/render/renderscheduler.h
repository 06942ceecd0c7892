#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <optional>

namespace digest {

// Renders post text to HTML on a worker thread and coalesces bursts: while one render runs,
// only the newest requested text is kept, and it is rendered once the running one finishes.
// So typing never blocks the GUI thread and never queues a backlog of stale renders.
class RenderScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenderScheduler)

public:
    explicit RenderScheduler(QObject* parent = nullptr);
    ~RenderScheduler() override;

    void request(const QString& postText);
    // A render is running or its result has not been delivered yet.
    bool isBusy() const { return m_busy; }

signals:
    // The body HTML for the newest text requested so far, or for an older one still on its way.
    void rendered(const QString& html);

private:
    void start(QString postText);
    void onFinished();

    QFutureWatcher<QString> m_watcher;
    std::optional<QString> m_pending;
    // Not m_watcher.isRunning(): that turns false before finished() is delivered, and a
    // request in that gap would overtake the pending text.
    bool m_busy = false;
};

} // namespace digest
