#include "core/generation/chatfailure.h"
#include "core/generation/slotjob.h"

#include <QSet>

namespace digest {

GenerationQueue::GenerationQueue(ChatClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{}

GenerationQueue::~GenerationQueue()
{
    // The jobs go with the queue (their requests are aborted); nothing is started or
    // announced while they do.
    for (SlotJob* job : std::as_const(m_jobs))
        job->disconnect(this);
    for (SlotJob* job : findChildren<SlotJob*>(Qt::FindDirectChildrenOnly))
        job->disconnect(this);
    m_jobs.clear();
}

int GenerationQueue::limitPerEndpoint() const
{
    return m_limit;
}

void GenerationQueue::setLimitPerEndpoint(int limit)
{
    m_limit = std::max(1, limit);
    QSet<QString> identities;
    for (const SlotJob* job : std::as_const(m_jobs))
        identities.insert(job->endpointIdentity());
    for (const QString& identity : std::as_const(identities))
        startNext(identity);
}

SlotJob* GenerationQueue::enqueue(const ChatEndpoint& endpoint, const QList<ChatMessage>& messages,
                                  const QString& slotId, SlotKind kind, const QString& event)
{
    auto* job = new SlotJob(endpoint, messages, slotId, kind, event, this);
    m_jobs.append(job);
    const QString identity = job->endpointIdentity();
    // A job its caller deleted gives its place back too.
    connect(job, &QObject::destroyed, this, [this, job, identity] {
        if (m_jobs.removeOne(job))
            startNext(identity);
    });
    emit jobAdded(job);
    if (!endpoint.isConfigured()) {
        // Nothing to send: it fails without taking a place, once the caller has connected.
        const QString message = chatfailure::notConfiguredMessage(endpoint);
        QMetaObject::invokeMethod(
            job,
            [job, message] {
                job->finish(SlotJobState::Failed, ChatError::NotConfigured, message);
            },
            Qt::QueuedConnection);
        return job;
    }
    // On the next turn, so that the caller connects to the job before it starts; the jobs
    // still start in the order they came.
    QMetaObject::invokeMethod(
        this, [this, identity] { startNext(identity); }, Qt::QueuedConnection);
    return job;
}

QList<SlotJob*> GenerationQueue::jobs() const
{
    return m_jobs;
}

int GenerationQueue::runningCount() const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(),
                             [](const SlotJob* job) { return job->isRunning(); }));
}

int GenerationQueue::queuedCount() const
{
    return int(m_jobs.size()) - runningCount();
}

void GenerationQueue::cancelAll()
{
    m_cancellingAll = true;
    const QList<SlotJob*> jobs = m_jobs;
    // The queued ones first, so that no place a running one frees is taken meanwhile.
    for (SlotJob* job : jobs) {
        if (!job->isRunning())
            job->cancel();
    }
    for (SlotJob* job : jobs) {
        if (m_jobs.contains(job))
            job->cancel();
    }
    m_cancellingAll = false;
}

void GenerationQueue::startNext(const QString& identity)
{
    if (m_cancellingAll)
        return;
    int running = 0;
    for (const SlotJob* job : std::as_const(m_jobs)) {
        if (job->isRunning() && job->endpointIdentity() == identity)
            ++running;
    }
    // A copy: a job that starts may not change the list, but a caller's handler might.
    const QList<SlotJob*> jobs = m_jobs;
    for (SlotJob* job : jobs) {
        if (running >= m_limit)
            return;
        if (job->waitsForAPlace() && job->endpointIdentity() == identity && m_jobs.contains(job)) {
            job->start(m_client);
            ++running;
        }
    }
}

void GenerationQueue::onJobFinished(SlotJob* job)
{
    if (!m_jobs.removeOne(job))
        return;
    emit jobFinished(job);
    // Later, so that a caller that takes the job in a handler of finished() has done so.
    const QPointer<SlotJob> finished(job);
    QMetaObject::invokeMethod(
        this,
        [this, finished] {
            if (finished && finished->parent() == this)
                finished->deleteLater();
        },
        Qt::QueuedConnection);
    startNext(job->endpointIdentity());
    if (m_jobs.isEmpty())
        emit idle();
}

} // namespace digest
