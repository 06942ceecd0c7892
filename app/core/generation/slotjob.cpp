#include "core/generation/slotjob.h"

#include "core/generation/slotreply.h"

#include <QPointer>

namespace digest {

QString slotJobStateName(SlotJobState state)
{
    switch (state) {
    case SlotJobState::Queued:
        return QStringLiteral("queued");
    case SlotJobState::Waiting:
        return QStringLiteral("waiting");
    case SlotJobState::Streaming:
        return QStringLiteral("streaming");
    case SlotJobState::Done:
        return QStringLiteral("done");
    case SlotJobState::Truncated:
        return QStringLiteral("truncated");
    case SlotJobState::Incomplete:
        return QStringLiteral("incomplete");
    case SlotJobState::Failed:
        return QStringLiteral("failed");
    case SlotJobState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

bool isFinal(SlotJobState state)
{
    switch (state) {
    case SlotJobState::Queued:
    case SlotJobState::Waiting:
    case SlotJobState::Streaming:
        return false;
    case SlotJobState::Done:
    case SlotJobState::Truncated:
    case SlotJobState::Incomplete:
    case SlotJobState::Failed:
    case SlotJobState::Cancelled:
        return true;
    }
    return false;
}

struct SlotJob::Private
{
    explicit Private(SlotKind slotKind, const QString& slotEvent)
        : reply(slotKind, slotEvent)
    {}

    QPointer<GenerationQueue> queue;
    ChatEndpoint endpoint;
    QString identity;
    QList<ChatMessage> messages;
    QString slotId;
    SlotKind kind = SlotKind::Benefits;
    QString event;
    SlotReplyText reply;
    SlotJobState state = SlotJobState::Queued;
    SlotOutcome outcome;
    // While the request runs; a child of the job.
    QPointer<ChatCompletion> completion;
    bool running = false;
    bool finished = false;
};

SlotJob::SlotJob(const ChatEndpoint& endpoint, QList<ChatMessage> messages, QString slotId,
                 SlotKind kind, QString event, GenerationQueue* queue)
    : QObject(queue)
    , d(std::make_unique<Private>(kind, event))
{
    d->queue = queue;
    d->endpoint = endpoint;
    d->identity = endpoint.identity();
    d->messages = std::move(messages);
    d->slotId = std::move(slotId);
    d->kind = kind;
    d->event = std::move(event);
    d->outcome.model = endpoint.model;
}

SlotJob::~SlotJob() = default;

const QString& SlotJob::slotId() const
{
    return d->slotId;
}

SlotKind SlotJob::kind() const
{
    return d->kind;
}

SlotJobState SlotJob::state() const
{
    return d->state;
}

const QString& SlotJob::text() const
{
    return d->reply.text();
}

const SlotOutcome& SlotJob::outcome() const
{
    return d->outcome;
}

const QString& SlotJob::predictionEvent() const
{
    return d->event;
}

bool SlotJob::isRunning() const
{
    return d->running && !d->finished;
}

bool SlotJob::waitsForAPlace() const
{
    return !d->running && !d->finished && d->endpoint.isConfigured();
}

const QString& SlotJob::endpointIdentity() const
{
    return d->identity;
}

void SlotJob::cancel()
{
    if (d->finished)
        return;
    if (d->completion) {
        // It finishes at once, with what arrived: onCompletionFinished() does the rest.
        d->completion->cancel();
        return;
    }
    finish(SlotJobState::Cancelled, ChatError::Cancelled, tr("Stopped before it was sent."));
}

void SlotJob::start(ChatClient& client)
{
    if (d->finished || d->running)
        return;
    d->running = true;
    ChatCompletion* completion = client.complete(d->endpoint, d->messages);
    completion->setParent(this);
    d->completion = completion;
    connect(completion, &ChatCompletion::delta, this, &SlotJob::onDelta);
    connect(completion, &ChatCompletion::waiting, this,
            [this] { setState(SlotJobState::Waiting); });
    connect(completion, &ChatCompletion::finished, this, &SlotJob::onCompletionFinished);
    emit started();
}

void SlotJob::onDelta(const QString& piece)
{
    if (d->finished)
        return;
    setState(SlotJobState::Streaming);
    if (d->reply.append(piece))
        emit textChanged(d->reply.text());
}

void SlotJob::onCompletionFinished(const ChatResult& result)
{
    if (d->completion) {
        d->completion->deleteLater();
        d->completion = nullptr;
    }
    if (d->finished)
        return;
    // An error inside the stream takes back what came before it: that is not the post's text.
    const QString reply = result.error == ChatError::StreamError ? QString() : result.text;
    if (result.error != ChatError::StreamError && d->reply.finish(reply, result.ok()))
        emit textChanged(d->reply.text());
    const bool used = result.ok() || result.error == ChatError::Incomplete ||
                      result.error == ChatError::Cancelled;
    d->outcome.usage = slotUsage(result.usage, d->messages, used ? d->reply.raw() : QString(),
                                 used || result.usage.has_value());
    if (result.ok() && result.truncated) {
        finish(SlotJobState::Truncated, ChatError::None,
               tr("The model stopped at its token limit: the text may end mid-sentence. Raise "
                  "the maximum number of tokens, or regenerate."));
    } else if (result.ok() && d->reply.text().isEmpty()) {
        finish(SlotJobState::Failed, ChatError::None,
               tr("The model wrote nothing usable for this slot."));
    } else if (result.ok()) {
        finish(SlotJobState::Done, ChatError::None, QString());
    } else if (result.error == ChatError::Incomplete) {
        finish(SlotJobState::Incomplete, result.error, result.errorMessage);
    } else if (result.error == ChatError::Cancelled) {
        finish(SlotJobState::Cancelled, result.error, result.errorMessage);
    } else {
        finish(SlotJobState::Failed, result.error, result.errorMessage);
    }
}

void SlotJob::setState(SlotJobState state)
{
    if (d->state == state)
        return;
    d->state = state;
    emit stateChanged(state);
}

void SlotJob::finish(SlotJobState state, ChatError error, const QString& message)
{
    if (d->finished)
        return;
    d->finished = true;
    if (d->completion) {
        d->completion->disconnect(this);
        d->completion->deleteLater();
        d->completion = nullptr;
    }
    SlotOutcome& outcome = d->outcome;
    outcome.state = state;
    outcome.error = error;
    outcome.message = message;
    if (state == SlotJobState::Failed) {
        // A failed slot holds no text: whatever showed while it streamed is not the answer.
        if (!d->reply.text().isEmpty()) {
            d->reply = SlotReplyText(d->kind, d->event);
            emit textChanged(QString());
        }
    } else {
        outcome.text = d->reply.text();
        outcome.predictionDate = d->reply.predictionDate();
    }
    const QPointer<SlotJob> self(this);
    setState(state);
    if (self)
        emit finished(outcome);
    // After the caller's handlers: the queue gives the place to the next job.
    if (self && d->queue)
        d->queue->onJobFinished(this);
}

} // namespace digest
