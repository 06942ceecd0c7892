#pragma once

#include "core/net/neterror.h"
#include "core/topics/topic.h"
#include "core/topics/topiccache.h"
#include "core/topics/topicsource.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace digest {

class HttpClient;
class HttpReply;

// How hard to try one source.
// The largest answer read from a topic source; a Reddit page of 100 posts is about 1 MB, a
// long feed a few. A larger one ends the fetch with a message that names this limit.
inline constexpr qint64 kMaxTopicResponseBytes = 8 * 1024 * 1024;

struct FetchPolicy
{
    std::chrono::milliseconds connectTimeout{10'000};
    std::chrono::milliseconds timeout{30'000};
    // The first try and the retries after 429, 5xx or a dropped connection.
    int maxAttempts = 3;
    // The wait before the first retry when the server gives no Retry-After; it doubles.
    std::chrono::milliseconds retryDelay{1'000};
    // A Retry-After longer than this is not waited for: the fetch fails and says when to retry.
    std::chrono::seconds maxRetryAfter{30};

    bool operator==(const FetchPolicy&) const = default;
};

// What became of one source in one fetch.
struct SourceOutcome
{
    enum class State {
        Fresh,  // fetched now, with topics
        Empty,  // fetched now, but nothing to show
        Cached, // failed now; the last successful fetch is shown
        Failed, // failed now, and nothing was ever fetched
    };

    TopicSource source;
    State state = State::Failed;
    // As the source lists them (stickied and NSFW ones flagged, not yet merged).
    QList<Topic> topics;
    // For people, naming the source: why it failed, or that it is empty; empty when fresh.
    QString message;
    NetError netError = NetError::None;
    int httpStatus = 0;
    int attempts = 0;
    // When the topics shown were fetched.
    QDateTime fetchedAt;

    bool succeeded() const { return state == State::Fresh || state == State::Empty; }
    bool operator==(const SourceOutcome&) const = default;
};

// Fetches one source: the request, retries that honour Retry-After, then parsing and the
// disk cache on a worker thread. On failure it falls back to the cached topics, marked so.
class SourceFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceFetch)

public:
    SourceFetch(HttpClient& client, TopicSource source, FetchPolicy policy, TopicCache cache,
                QObject* parent = nullptr);
    ~SourceFetch() override;

    void start();

signals:
    void finished(const digest::SourceOutcome& outcome);

private:
    void attempt();
    void onReplyFinished();
    // The wait before another attempt after this failure; nothing when it should not retry.
    std::optional<std::chrono::milliseconds> retryDelay(const HttpReply& reply) const;
    QString failureMessage(const HttpReply& reply) const;
    void settle(std::optional<QByteArray> body);

    HttpClient& m_client;
    TopicCache m_cache;
    FetchPolicy m_policy;
    SourceOutcome m_outcome;
    QPointer<HttpReply> m_reply;
    QTimer m_retryTimer;
    QFutureWatcher<SourceOutcome> m_settling;
};

} // namespace digest

Q_DECLARE_METATYPE(digest::SourceOutcome)
