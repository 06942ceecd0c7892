#include "core/generation/chatclient.h"

#include "core/generation/chatfailure.h"
#include "core/net/httpclient.h"
#include "core/net/httpreply.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace digest {

using namespace chatfailure;

// ChatCompletion

ChatCompletion::ChatCompletion(ChatClient* client, HttpClient& http, ChatEndpoint endpoint,
                               QList<ChatMessage> messages, bool stream)
    : QObject(client)
    , m_client(client)
    , m_http(http)
    , m_endpoint(std::move(endpoint))
    , m_messages(std::move(messages))
    , m_stream(stream)
{}

ChatCompletion::~ChatCompletion()
{
    if (m_reply) {
        m_reply->disconnect(this);
        delete m_reply;
    }
}

void ChatCompletion::sendWhenReady()
{
    if (m_finished)
        return;
    const std::chrono::milliseconds wait =
        m_client ? m_client->cooldownRemaining(m_endpoint) : std::chrono::milliseconds(0);
    if (wait <= std::chrono::milliseconds(0)) {
        m_waitingForCooldown = false;
        send();
        return;
    }
    // The cooldown grew meanwhile (another request's 429): the same wait, only longer.
    if (m_waitingForCooldown) {
        m_waitTimer->start(wait);
        return;
    }
    waitFor(wait);
}

void ChatCompletion::waitFor(std::chrono::milliseconds wait)
{
    if (!m_waitTimer) {
        m_waitTimer = new QTimer(this);
        m_waitTimer->setSingleShot(true);
        m_waitTimer->setTimerType(Qt::PreciseTimer);
        connect(m_waitTimer, &QTimer::timeout, this, &ChatCompletion::sendWhenReady);
    }
    m_waitingForCooldown = true;
    m_waitTimer->start(wait);
    emit waiting(wait.count());
}

void ChatCompletion::send()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
    }
    m_sentQuirks = m_client ? m_client->quirks(m_endpoint) : EndpointQuirks();
    ++m_attempts;
    m_eventStream = false;
    m_sse = SseStream();
    m_think = ThinkFilter();
    m_raw.clear();
    // What an earlier attempt was told does not describe this one.
    m_result.retryAfter.reset();
    m_result.httpStatus = 0;

    HttpRequest request;
    request.url = m_endpoint.chatCompletionsUrl();
    request.method = "POST";
    request.headers =
        headersFor(m_endpoint, m_stream ? QByteArray("text/event-stream, application/json")
                                        : QByteArray("application/json"));
    request.headers.append(HttpHeader("Content-Type", "application/json"));
    request.body = chatRequestBody(m_endpoint, m_messages, m_stream, m_sentQuirks);
    request.connectTimeout = m_endpoint.connectTimeout;
    request.caFile = m_endpoint.caFile;
    request.pinnedPublicKey = m_endpoint.pinnedPublicKey.toLatin1();
    // A long answer from a slow model is fine as long as bytes keep coming.
    request.totalTimeout = std::chrono::milliseconds(0);
    request.idleTimeout = m_endpoint.idleTimeout;
    request.keepBody = false;
    request.maxBodyBytes = kChatMaxAnswerBytes;
    m_reply = m_http.send(request, this);
    connect(m_reply, &HttpReply::metaDataChanged, this, &ChatCompletion::onMetaData);
    connect(m_reply, &HttpReply::dataReceived, this, &ChatCompletion::onData);
    connect(m_reply, &HttpReply::finished, this, &ChatCompletion::onReplyFinished);
}

void ChatCompletion::cancel()
{
    finishWith(ChatError::Cancelled, tr("Stopped; the text that arrived is kept."));
}

void ChatCompletion::onMetaData()
{
    m_result.httpStatus = m_reply->status();
    m_eventStream = m_reply->status() < 400 &&
                    m_reply->header("Content-Type").toLower().contains("text/event-stream");
}

void ChatCompletion::onData(const QByteArray& bytes)
{
    if (m_finished)
        return;
    if (m_eventStream)
        takeEvents(m_sse.feed(bytes));
    else
        m_raw += bytes;
}

void ChatCompletion::takeEvents(const QList<SseEvent>& events)
{
    takeEventsWithinLimits(events);
    flushDelta();
    if (!m_finished && !m_sse.overLimit().isEmpty())
        finishWith(ChatError::Malformed, tr("The answer from %1 was cut off: %2.")
                                             .arg(serverName(m_reply->url()), m_sse.overLimit()));
}

void ChatCompletion::takeEventsWithinLimits(const QList<SseEvent>& events)
{
    for (const SseEvent& event : events) {
        if (m_finished)
            return;
        if (event.data.isEmpty() && event.event.isEmpty())
            continue;
        ChatChunk chunk = parseChatChunk(event.data);
        // Some servers name the event instead of sending an "error" object.
        if (event.event == "error" && chunk.error.isEmpty()) {
            chunk.error = serverErrorMessage(event.data);
            if (chunk.error.isEmpty())
                chunk.error = tr("an unnamed error");
        }
        takeChunk(chunk);
    }
}

void ChatCompletion::takeChunk(const ChatChunk& chunk)
{
    if (!chunk.error.isEmpty()) {
        finishWith(ChatError::StreamError,
                   tr("%1 reported an error in the middle of the answer: %2")
                       .arg(serverName(m_reply->url()), chunk.error));
        return;
    }
    if (chunk.malformed) {
        finishWith(ChatError::Malformed,
                   tr("%1 sent a piece of the answer that is not a chat completion.")
                       .arg(serverName(m_reply->url())));
        return;
    }
    if (chunk.done)
        m_done = true;
    if (!chunk.content.isEmpty())
        emitText(m_think.feed(chunk.content));
    if (!chunk.finishReason.isEmpty()) {
        m_result.finishReason = chunk.finishReason;
        m_done = true;
    }
    if (chunk.usage)
        m_result.usage = chunk.usage;
}

void ChatCompletion::emitText(const QString& text)
{
    if (text.isEmpty() || m_finished)
        return;
    m_result.text += text;
    // One delta per read from the network, not per event: a server that sends one character
    // an event would otherwise cost every receiver a call per character.
    m_pendingDelta += text;
}

void ChatCompletion::flushDelta()
{
    if (m_pendingDelta.isEmpty())
        return;
    const QString text = std::exchange(m_pendingDelta, QString());
    emit delta(text);
}

void ChatCompletion::onReplyFinished()
{
    if (m_finished)
        return;
    HttpReply& reply = *m_reply;
    m_result.httpStatus = reply.status();
    if (reply.status() >= 400) {
        const EndpointQuirks next = quirksAfterRejection(reply.status(), m_raw, m_stream,
                                                         m_endpoint.maxTokens > 0, m_sentQuirks);
        // One retry per parameter: each retry changes the quirks, which only ever go one way.
        if (next != m_sentQuirks && m_attempts < 3 && m_client) {
            m_client->learn(m_endpoint, next);
            send();
            return;
        }
        if (reply.status() == 429 || reply.status() == 503)
            m_result.retryAfter = reply.retryAfter();
        if (reply.status() == 429 && m_client && m_result.text.isEmpty()) {
            const RetryPolicy& policy = m_client->retryPolicy();
            std::chrono::milliseconds wait =
                m_result.retryAfter
                    ? std::chrono::milliseconds(*m_result.retryAfter)
                    : std::chrono::milliseconds(policy.baseDelay.count() << m_rateLimitRetries);
            if (!m_result.retryAfter) {
                // Full jitter on the upper half: between half the backoff and all of it.
                const qint64 half = wait.count() / 2;
                wait = std::chrono::milliseconds(
                    half + qint64(QRandomGenerator::global()->bounded(double(half + 1))));
            }
            if (m_rateLimitRetries < policy.maxRetries && wait <= policy.maxDelay) {
                ++m_rateLimitRetries;
                m_client->coolDown(m_endpoint, wait);
                m_reply->disconnect(this);
                m_reply->deleteLater();
                m_reply = nullptr;
                waitFor(std::max(wait, m_client->cooldownRemaining(m_endpoint)));
                return;
            }
        }
        const Failure failure = statusFailure(reply, m_raw, m_endpoint);
        finishWith(failure.error, failure.message);
        return;
    }
    if (reply.error() != NetError::None) {
        if (m_eventStream)
            emitText(m_think.finish());
        if (m_eventStream && !m_result.text.isEmpty() &&
            (reply.error() == NetError::Truncated || reply.error() == NetError::Timeout)) {
            finishWith(ChatError::Incomplete,
                       tr("The answer from %1 stopped before the model finished; the text that "
                          "arrived is kept.")
                           .arg(serverName(reply.url())));
            return;
        }
        const Failure failure = networkFailure(reply);
        finishWith(failure.error, failure.message);
        return;
    }
    if (!m_eventStream) {
        const QByteArray trimmed = m_raw.trimmed();
        // A server that streams without saying so.
        if (trimmed.startsWith("data:")) {
            m_eventStream = true;
            takeEvents(m_sse.feed(m_raw));
        } else {
            const ChatChunk chunk = parseChatCompletion(m_raw);
            if (!chunk.error.isEmpty()) {
                takeChunk(chunk);
                return;
            }
            if (chunk.malformed) {
                finishWith(ChatError::Malformed, tr("The answer from %1 is not a chat completion.")
                                                     .arg(serverName(reply.url())));
                return;
            }
            takeChunk(chunk);
            m_done = true;
        }
    }
    if (m_eventStream)
        takeEvents(m_sse.finish());
    if (m_finished)
        return;
    emitText(m_think.finish());
    if (!m_done) {
        finishWith(ChatError::Incomplete,
                   tr("The answer from %1 ended before the model finished; the text that "
                      "arrived is kept.")
                       .arg(serverName(reply.url())));
        return;
    }
    finishWith(ChatError::None, QString());
}

void ChatCompletion::finishWith(ChatError error, const QString& message)
{
    if (m_finished)
        return;
    flushDelta();
    m_finished = true;
    m_result.error = error;
    m_result.errorMessage = redacted(message);
    m_result.truncated = m_result.finishReason == u"length";
    if (m_waitTimer)
        m_waitTimer->stop();
    // An error inside the stream is the answer: what came before it is not the post's text.
    if (error == ChatError::StreamError)
        m_result.text.clear();
    if (m_reply) {
        m_reply->disconnect(this);
        if (!m_reply->isFinished())
            m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    emit finished(m_result);
}

QString ChatCompletion::redacted(QString message) const
{
    return redactedKey(std::move(message), m_endpoint);
}

// ModelListing

ChatClient::ChatClient(HttpClient& http, QObject* parent)
    : QObject(parent)
    , m_http(http)
{}

ChatClient::~ChatClient() = default;

ChatCompletion* ChatClient::complete(const ChatEndpoint& endpoint,
                                     const QList<ChatMessage>& messages, bool stream)
{
    auto* completion = new ChatCompletion(this, m_http, endpoint, messages, stream);
    if (!endpoint.isConfigured()) {
        // Later, like every other outcome: the caller connects after this returns.
        QMetaObject::invokeMethod(
            completion,
            [completion, endpoint] {
                completion->finishWith(ChatError::NotConfigured, notConfiguredMessage(endpoint));
            },
            Qt::QueuedConnection);
        return completion;
    }
    // Later, so that the caller has connected to waiting() when a cooldown holds it back.
    QMetaObject::invokeMethod(completion, &ChatCompletion::sendWhenReady, Qt::QueuedConnection);
    return completion;
}

ModelListing* ChatClient::listModels(const ChatEndpoint& endpoint, QObject* parent)
{
    return new ModelListing(m_http, endpoint, parent ? parent : this);
}

EndpointQuirks ChatClient::quirks(const ChatEndpoint& endpoint) const
{
    return m_quirks.value(endpoint.identity());
}

void ChatClient::setQuirks(const ChatEndpoint& endpoint, const EndpointQuirks& quirks)
{
    m_quirks.insert(endpoint.identity(), quirks);
}

std::chrono::milliseconds ChatClient::cooldownRemaining(const ChatEndpoint& endpoint) const
{
    const auto found = m_cooldowns.constFind(endpoint.identity());
    if (found == m_cooldowns.cend() || found->hasExpired())
        return std::chrono::milliseconds(0);
    return std::chrono::milliseconds(found->remainingTime());
}

void ChatClient::coolDown(const ChatEndpoint& endpoint, std::chrono::milliseconds wait)
{
    const QDeadlineTimer until(wait, Qt::PreciseTimer);
    const auto found = m_cooldowns.constFind(endpoint.identity());
    if (found == m_cooldowns.cend() || found->hasExpired() || *found < until)
        m_cooldowns.insert(endpoint.identity(), until);
}

void ChatClient::learn(const ChatEndpoint& endpoint, const EndpointQuirks& quirks)
{
    setQuirks(endpoint, quirks);
    emit quirksLearned(endpoint.identity(), quirks);
}

} // namespace digest
