#pragma once

// Filling slots: one SlotJob per slot, run by a GenerationQueue at most limitPerEndpoint() at a
// time per endpoint. Additions to the contract (contracts/slotjob.h), none changing it:
// SlotJob::isRunning(), started(), predictionEvent(), and slotUsage(). Where the contract is
// silent: a job stays Queued until its first text (or a cooldown) even once it is sent (isRunning()
// and started() tell); a queued job starts on the next event loop turn after enqueue(), so
// that the caller connects first; while a reply streams, text that may still become the
// slot's label ("**Bene") is held back, so a label never shows; a Failed job's text is empty
// (textChanged("") when something had shown).

#include "core/generation/chatclient.h"
#include "core/generation/chatendpoint.h"
#include "core/generation/prompts.h"
#include "core/generation/slotkind.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace digest {

// Tokens one slot (or a whole post) used. Estimated (about four characters a token) when the
// server sent no counts; a sum is estimated when any part of it is.
struct SlotUsage
{
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    bool estimated = false;

    SlotUsage& operator+=(const SlotUsage& other);
    bool operator==(const SlotUsage&) const = default;
};

// Prices in the settings' currency per million tokens; zero when unknown.
struct TokenPrices
{
    double inputPerMillion = 0;
    double outputPerMillion = 0;
    bool operator==(const TokenPrices&) const = default;
};

double estimatedCost(const SlotUsage& usage, const TokenPrices& prices);

// What a request costs by the server's counts, or where it sent none (or only some) by about
// four characters a token: every message's content for the prompt, the reply for the
// completion. `sent` is false for a request that never reached a model: it used nothing.
SlotUsage slotUsage(const std::optional<TokenUsage>& reported, const QList<ChatMessage>& messages,
                    const QString& reply, bool sent);

enum class SlotJobState {
    Queued,     // waiting for a free place under the endpoint's limit
    Waiting,    // sent, or about to be, but the endpoint's 429 cooldown holds it
    Streaming,  // text is arriving
    Done,       // the model finished
    Truncated,  // the model stopped at the token limit (finish_reason "length"); text kept
    Incomplete, // the stream dropped or stalled; text kept
    Failed,     // no usable text: the message says why
    Cancelled,  // stopped by the user; what arrived is kept
};

// A stable name: "queued", "waiting", "streaming", "done", "truncated", "incomplete",
// "failed", "cancelled".
QString slotJobStateName(SlotJobState state);
bool isFinal(SlotJobState state);

struct SlotOutcome
{
    SlotJobState state = SlotJobState::Queued;
    // What goes into the slot: escaped inline Markdown of one paragraph (cleanSlotReply, or
    // the prediction's text from cleanPredictionReply). May be non-empty for Truncated,
    // Incomplete and Cancelled.
    QString text;
    // A prediction's "Month YYYY" when the reply named one; empty otherwise.
    QString predictionDate;
    SlotUsage usage;
    ChatError error = ChatError::None;
    // For people; never holds the key.
    QString message;
    // The model that was asked.
    QString model;
};

class GenerationQueue;

// One slot's request on its way through a GenerationQueue. textChanged() carries the cleaned
// text so far (the whole of it, not a delta: cleaning a longer reply can change its start).
class SlotJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlotJob)

public:
    ~SlotJob() override;

    // The caller's id for the slot ("consequence-2/benefits").
    const QString& slotId() const;
    SlotKind kind() const;
    SlotJobState state() const;
    // The cleaned text so far.
    const QString& text() const;
    // Complete once finished() was emitted.
    const SlotOutcome& outcome() const;
    // A prediction's event; empty for a topic's slots.
    const QString& predictionEvent() const;
    // It has its place under the limit: sent, waiting out a cooldown or streaming. Stays in
    // SlotJobState::Queued until the first piece of text (or a cooldown) arrives.
    bool isRunning() const;

    // Cancels a queued job, or stops a running one keeping what arrived: finished() follows
    // with Cancelled (at once, not from a later event loop turn).
    void cancel();

signals:
    // It got its place under the limit and its request is on its way.
    void started();
    void stateChanged(digest::SlotJobState state);
    void textChanged(const QString& text);
    // Exactly once.
    void finished(const digest::SlotOutcome& outcome);

private:
    friend class GenerationQueue;
    struct Private;

    SlotJob(const ChatEndpoint& endpoint, QList<ChatMessage> messages, QString slotId,
            SlotKind kind, QString event, GenerationQueue* queue);
    // Sends the request: it has its place.
    void start(ChatClient& client);
    void onDelta(const QString& piece);
    void onCompletionFinished(const ChatResult& result);
    void setState(SlotJobState state);
    void finish(SlotJobState state, ChatError error, const QString& message);
    // Queued, with an endpoint it can be sent to.
    bool waitsForAPlace() const;
    const QString& endpointIdentity() const;

    std::unique_ptr<Private> d;
};

// Runs slot requests on the ChatClient, at most limitPerEndpoint() at a time per endpoint
// (ChatEndpoint::identity()), the rest queued in the order they came.
class GenerationQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerationQueue)

public:
    static constexpr int kDefaultLimit = 4;

    explicit GenerationQueue(ChatClient& client, QObject* parent = nullptr);
    ~GenerationQueue() override;

    int limitPerEndpoint() const;
    void setLimitPerEndpoint(int limit); // at least 1

    // A job for one slot; it starts when its endpoint has a free place. The job is a child of
    // the queue; it is deleted with deleteLater() after finished() unless the caller takes it
    // (setParent) first. An endpoint that is not configured fails the job at once (finished()
    // emitted after this call returns, on the next event loop turn), saying how to configure.
    SlotJob* enqueue(const ChatEndpoint& endpoint, const QList<ChatMessage>& messages,
                     const QString& slotId, SlotKind kind, const QString& event = {});

    // Not yet finished, in the order they were enqueued.
    QList<SlotJob*> jobs() const;
    int runningCount() const;
    int queuedCount() const;
    void cancelAll();

signals:
    void jobAdded(digest::SlotJob* job);
    void jobFinished(digest::SlotJob* job);
    // Nothing queued or running any more.
    void idle();

private:
    friend class SlotJob;
    // Starts the queued jobs of the endpoint that its limit has room for.
    void startNext(const QString& identity);
    void onJobFinished(SlotJob* job);
    void forget(SlotJob* job);

    ChatClient& m_client;
    int m_limit = kDefaultLimit;
    QList<SlotJob*> m_jobs;
    // While cancelAll() runs: a cancelled job's place goes to nobody.
    bool m_cancellingAll = false;
};

} // namespace digest
