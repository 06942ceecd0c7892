#pragma once

#include "core/generation/chatchunk.h"
#include "core/generation/chatendpoint.h"
#include "core/generation/ssestream.h"
#include "core/generation/thinkfilter.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

class QTimer;

namespace digest {

class HttpClient;
class HttpReply;

// How a 429 is waited out: only before the first token (a 429 comes before any), bounded, with
// exponential backoff and jitter when the server does not say how long.
struct RetryPolicy
{
    int maxRetries = 2;
    // The first wait without Retry-After; it doubles each time, then a random part is taken
    // off (jitter) so that parallel requests do not come back together.
    std::chrono::milliseconds baseDelay{2'000};
    // A longer wait asked for is not waited out: the failure is reported with its retryAfter.
    std::chrono::milliseconds maxDelay{60'000};

    bool operator==(const RetryPolicy&) const = default;
};

// Why a completion failed, as a caller needs to tell the cases apart; ChatResult::errorMessage
// says the same for people.
// The most of one answer that is read, streamed or not (the SSE limits are in ssestream.h): a
// streamed token costs about 150 to 200 bytes, so this is some 20,000 tokens, reasoning
// included, where a slot's text is a paragraph. Beyond it the answer ends with a message naming
// the limit (NetError::TooLarge). Reading 4 MB of one-token events takes under a second.
inline constexpr qint64 kChatMaxAnswerBytes = 4 * 1024 * 1024;

enum class ChatError {
    None,
    // No base URL or no model: generation is off until one is configured.
    NotConfigured,
    // 401/403: the key is missing, wrong or not allowed.
    Unauthorized,
    // The server does not know the model.
    UnknownModel,
    // 404 for the URL itself: the base URL does not lead to a chat-completions API.
    NotFound,
    // Another 4xx: the request itself was refused.
    BadRequest,
    // 429: ChatResult::retryAfter says how long to wait, when the server said.
    RateLimited,
    // 5xx.
    ServerError,
    // Connecting, or the wait for the next byte, took too long.
    Timeout,
    // The server could not be reached (refused, no such host, TLS).
    Network,
    // The stream stopped before the model finished; the text that arrived is kept.
    Incomplete,
    // The answer is not a chat completion.
    Malformed,
    // The server reported an error inside the stream; no text is kept.
    StreamError,
    Cancelled,
};

// A stable name for scripts and tests: "unauthorized", "rate-limited", …
QString chatErrorName(ChatError error);

struct ChatResult
{
    // The text meant for the post: no reasoning, no <think> blocks.
    QString text;
    QString finishReason;
    // The model stopped at the token limit ("length").
    bool truncated = false;
    // Absent when the server sent no counts.
    std::optional<TokenUsage> usage;
    ChatError error = ChatError::None;
    // For people; never holds the key.
    QString errorMessage;
    // What a 429 (or 503) asked to wait.
    std::optional<std::chrono::seconds> retryAfter;
    // The HTTP status of the last answer; 0 when none came.
    int httpStatus = 0;

    bool ok() const { return error == ChatError::None; }
};

class ChatClient;

// One chat completion on its way. Emits delta() for each piece of the post's text as it
// arrives and finished() exactly once, never from inside ChatClient::complete(). A child of
// the client unless reparented; delete it with deleteLater() after finished().
class ChatCompletion final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatCompletion)

public:
    ~ChatCompletion() override;

    bool isFinished() const { return m_finished; }
    const ChatResult& result() const { return m_result; }
    // Requests sent for this completion: 2 after a retry that a rejected parameter asked for.
    int attempts() const { return m_attempts; }

    // Stops the request and keeps the text that arrived; finished() follows (at once) with
    // ChatError::Cancelled, and no delta() after this call.
    void cancel();

signals:
    void delta(const QString& text);
    // Waiting this many milliseconds for the endpoint's cooldown after a 429 before (re)sending
    // the request.
    void waiting(qint64 milliseconds);
    void finished(const digest::ChatResult& result);

private:
    friend class ChatClient;

    ChatCompletion(ChatClient* client, HttpClient& http, ChatEndpoint endpoint,
                   QList<ChatMessage> messages, bool stream);

    // Sends now, or when the endpoint's cooldown ends.
    void sendWhenReady();
    // Waits for the cooldown, saying so once, then sendWhenReady().
    void waitFor(std::chrono::milliseconds wait);
    void send();
    void onMetaData();
    void onData(const QByteArray& bytes);
    void onReplyFinished();
    // The events, then the end of the answer when the stream went over a limit of SseStream's.
    void takeEvents(const QList<SseEvent>& events);
    void takeEventsWithinLimits(const QList<SseEvent>& events);
    void flushDelta();
    void takeChunk(const ChatChunk& chunk);
    void emitText(const QString& text);
    void finishWith(ChatError error, const QString& message);
    void finishFromStatus();
    QString redacted(QString message) const;

    QPointer<ChatClient> m_client;
    HttpClient& m_http;
    ChatEndpoint m_endpoint;
    QList<ChatMessage> m_messages;
    bool m_stream;
    HttpReply* m_reply = nullptr;
    EndpointQuirks m_sentQuirks;
    int m_attempts = 0;
    int m_rateLimitRetries = 0;
    QTimer* m_waitTimer = nullptr;
    bool m_waitingForCooldown = false;
    // The answer is server-sent events (else a body read whole at the end).
    bool m_eventStream = false;
    SseStream m_sse;
    ThinkFilter m_think;
    QByteArray m_raw;
    // Text taken since the last delta signal (see emitText()).
    QString m_pendingDelta;
    bool m_done = false;         // "[DONE]" or a finish reason arrived
    QString m_streamError;       // an "error" object inside the stream
    bool m_sawMalformed = false; // a chunk that was not a chat chunk
    ChatResult m_result;
    bool m_finished = false;
};

// The models an endpoint offers, on their way (GET /models).
class ModelListing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelListing)

public:
    ~ModelListing() override;

    bool isFinished() const { return m_finished; }
    // Sorted model ids; empty on failure.
    const QStringList& models() const { return m_models; }
    ChatError error() const { return m_error; }
    QString errorMessage() const { return m_errorMessage; }

signals:
    void finished();

private:
    friend class ChatClient;
    ModelListing(HttpClient& http, const ChatEndpoint& endpoint, QObject* parent);
    void onReplyFinished();
    void finishWith(ChatError error, const QString& message);

    ChatEndpoint m_endpoint;
    HttpReply* m_reply = nullptr;
    QStringList m_models;
    ChatError m_error = ChatError::None;
    QString m_errorMessage;
    bool m_finished = false;
};

// Chat completions from any OpenAI-compatible endpoint, over the application's one HttpClient.
// It remembers, per endpoint, the parameters an endpoint refused (EndpointQuirks), so that only
// the first request to it pays for the retry.
class ChatClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatClient)

public:
    explicit ChatClient(HttpClient& http, QObject* parent = nullptr);
    ~ChatClient() override;

    // Streams unless `stream` is false; a server that answers a stream with one JSON body is
    // read that way too.
    ChatCompletion* complete(const ChatEndpoint& endpoint, const QList<ChatMessage>& messages,
                             bool stream = true);
    ModelListing* listModels(const ChatEndpoint& endpoint, QObject* parent = nullptr);

    const RetryPolicy& retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy& policy) { m_retryPolicy = policy; }
    // What is left of the endpoint's cooldown after a 429: requests to it wait that long.
    std::chrono::milliseconds cooldownRemaining(const ChatEndpoint& endpoint) const;

    EndpointQuirks quirks(const ChatEndpoint& endpoint) const;
    // What the caller kept from an earlier run.
    void setQuirks(const ChatEndpoint& endpoint, const EndpointQuirks& quirks);

signals:
    // An endpoint refused a parameter and will be asked without it from now on: the caller
    // may keep `quirks` for the next run.
    void quirksLearned(const QString& endpointIdentity, const digest::EndpointQuirks& quirks);

private:
    friend class ChatCompletion;
    void learn(const ChatEndpoint& endpoint, const EndpointQuirks& quirks);
    void coolDown(const ChatEndpoint& endpoint, std::chrono::milliseconds wait);

    HttpClient& m_http;
    QHash<QString, EndpointQuirks> m_quirks;
    // One per endpoint: every request to it waits, not only the one that was refused.
    QHash<QString, QDeadlineTimer> m_cooldowns;
    RetryPolicy m_retryPolicy;
};

} // namespace digest
