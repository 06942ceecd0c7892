#pragma once

#include "core/analysis/postanalysis.h"
#include "core/util/coalescingworker.h"

#include <QObject>
#include <QString>

namespace digest {

// Analyses the post text (page preview and outline, from one parse) on a worker thread and
// coalesces bursts: while one analysis runs, only the newest requested text is kept, and it is
// analysed once the running one finishes. So typing never blocks the GUI thread and never
// queues a backlog of stale work.
class AnalysisScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisScheduler)

public:
    explicit AnalysisScheduler(QObject* parent = nullptr);
    ~AnalysisScheduler() override;

    // `revision` identifies the text; the analysis of it carries it back.
    void request(const QString& postText, int revision = 0)
    {
        m_worker.request({postText, revision});
    }
    // An analysis is running or its result has not been delivered yet.
    bool isBusy() const { return m_worker.isBusy(); }

signals:
    // The analysis of the newest text requested so far, or of an older one still on its way.
    // Every analysis made is delivered, in order; each page's patch is against the one before
    // (see AnalysisChain).
    void analyzed(const digest::PostAnalysis& analysis);

private:
    struct Request
    {
        QString text;
        int revision = 0;
    };
    CoalescingWorker<Request, PostAnalysis> m_worker;
};

} // namespace digest
