#pragma once

#include "core/render/pagepreview.h"
#include "core/util/coalescingworker.h"

#include <QObject>
#include <QString>

namespace digest {

// Renders post text to a page preview on a worker thread and coalesces bursts: while one render
// runs, only the newest requested text is kept, and it is rendered once the running one finishes.
// So typing never blocks the GUI thread and never queues a backlog of stale renders.
class RenderScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenderScheduler)

public:
    explicit RenderScheduler(QObject* parent = nullptr);
    ~RenderScheduler() override;

    // `revision` identifies the text; the page rendered from it carries it back.
    void request(const QString& postText, int revision = 0)
    {
        m_worker.request({postText, revision});
    }
    // A render is running or its result has not been delivered yet.
    bool isBusy() const { return m_worker.isBusy(); }

signals:
    // The page for the newest text requested so far, or for an older one still on its way.
    void rendered(const digest::PagePreview& page);

private:
    struct Request
    {
        QString text;
        int revision = 0;
    };
    CoalescingWorker<Request, PagePreview> m_worker;
};

} // namespace digest
