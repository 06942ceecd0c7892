#pragma once

#include "core/outline/outline.h"
#include "core/util/coalescingworker.h"

#include <QObject>
#include <QString>

namespace digest {

// Parses the outline of the post text on a worker thread, coalescing bursts of edits the way
// RenderScheduler does, so the outline follows typing without ever slowing it down.
class OutlineScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutlineScheduler)

public:
    explicit OutlineScheduler(QObject* parent = nullptr);
    ~OutlineScheduler() override;

    void request(const QString& postText) { m_worker.request(postText); }
    // A parse is running or its result has not been delivered yet.
    bool isBusy() const { return m_worker.isBusy(); }

signals:
    // The outline of the newest text requested so far, or of an older one still on its way.
    void parsed(const digest::Outline& outline);

private:
    CoalescingWorker<QString, Outline> m_worker;
};

} // namespace digest
