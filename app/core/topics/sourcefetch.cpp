#include "core/topics/sourcefetch.h"

#include "core/net/httpclient.h"
#include "core/topics/topicparser.h"

#include <QtConcurrent/QtConcurrentRun>

namespace digest {
namespace {

constexpr auto kAccept = "application/json, application/atom+xml, application/rss+xml, "
                         "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";

qsizetype usableCount(const QList<Topic>& topics)
{
    return std::count_if(topics.cbegin(), topics.cend(),
                         [](const Topic& topic) { return !topic.stickied && !topic.nsfw; });
}

QString when(const QDateTime& time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

SourceOutcome fallBackToCache(SourceOutcome outcome, const TopicCache& cache)
{
    const std::optional<CachedTopics> cached = cache.load(outcome.source);
    if (!cached || cached->topics.isEmpty()) {
        outcome.state = SourceOutcome::State::Failed;
        return outcome;
    }
    outcome.state = SourceOutcome::State::Cached;
    outcome.fetchedAt = cached->fetchedAt;
    outcome.topics = cached->topics;
    for (Topic& topic : outcome.topics) {
        topic.cached = true;
        topic.fetchedAt = cached->fetchedAt;
    }
    outcome.message +=
        u' ' + SourceFetch::tr("Showing the topics fetched %1.").arg(when(cached->fetchedAt));
    return outcome;
}

// Runs on a worker thread: reads what the source answered and caches it; after a failure, or
// when the answer is unreadable, loads the last successful fetch instead.
SourceOutcome settleOutcome(SourceOutcome outcome, const std::optional<QByteArray>& body,
                            const TopicCache& cache)
{
    const QString label = outcome.source.label();
    if (!body)
        return fallBackToCache(std::move(outcome), cache);
    Result<ParsedTopics> parsed = parseTopics(*body, outcome.source);
    if (!parsed) {
        outcome.message = QStringLiteral("%1: %2").arg(label, parsed.errorMessage());
        return fallBackToCache(std::move(outcome), cache);
    }
    // Whole seconds: the cache and JSON keep no more.
    const QDateTime now =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    const int dropped = parsed.value().dropped;
    outcome.topics = std::move(parsed).value().topics;
    for (Topic& topic : outcome.topics)
        topic.fetchedAt = now;
    outcome.fetchedAt = now;
    outcome.netError = NetError::None;
    if (usableCount(outcome.topics) > 0) {
        outcome.state = SourceOutcome::State::Fresh;
        outcome.message.clear();
    } else {
        outcome.state = SourceOutcome::State::Empty;
        outcome.message = SourceFetch::tr("%1: nothing to show today; the listing is empty (or "
                                          "holds only pinned or NSFW posts).")
                              .arg(label);
    }
    if (dropped > 0)
        outcome.message = SourceFetch::tr("%1: only the first %2 entries are used; %n more were "
                                          "left out.",
                                          nullptr, dropped)
                              .arg(label)
                              .arg(kMaxTopicsPerSource);
    // A cache that cannot be written only costs the fallback of a later failure.
    (void)cache.store(outcome.source, {now, outcome.topics});
    return outcome;
}

} // namespace

SourceFetch::SourceFetch(HttpClient& client, TopicSource source, FetchPolicy policy,
                         TopicCache cache, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(std::move(cache))
    , m_policy(policy)
{
    m_outcome.source = std::move(source);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SourceFetch::attempt);
    connect(&m_settling, &QFutureWatcherBase::finished, this, [this] {
        m_outcome = m_settling.result();
        emit finished(m_outcome);
    });
}

SourceFetch::~SourceFetch()
{
    // The worker only touches its own copies; waiting keeps the watcher valid until it ends.
    m_settling.waitForFinished();
}

void SourceFetch::start()
{
    attempt();
}

void SourceFetch::attempt()
{
    ++m_outcome.attempts;
    HttpRequest request;
    request.url = m_outcome.source.url;
    request.headers = {{QByteArrayLiteral("Accept"), QByteArray(kAccept)}};
    request.connectTimeout = m_policy.connectTimeout;
    request.totalTimeout = m_policy.timeout;
    request.maxBodyBytes = kMaxTopicResponseBytes;
    m_reply = m_client.send(request, this);
    connect(m_reply, &HttpReply::finished, this, &SourceFetch::onReplyFinished);
}

void SourceFetch::onReplyFinished()
{
    HttpReply* reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    m_outcome.httpStatus = reply->status();
    m_outcome.netError = reply->error();
    if (reply->error() == NetError::None) {
        settle(reply->body());
        return;
    }
    if (const std::optional<std::chrono::milliseconds> delay = retryDelay(*reply)) {
        m_retryTimer.start(*delay);
        return;
    }
    m_outcome.message = failureMessage(*reply);
    settle(std::nullopt);
}

std::optional<std::chrono::milliseconds> SourceFetch::retryDelay(const HttpReply& reply) const
{
    const int status = reply.status();
    const bool retriable =
        reply.error() == NetError::Truncated ||
        (reply.error() == NetError::HttpStatus &&
         (status == 429 || status == 500 || status == 502 || status == 503 || status == 504));
    if (!retriable || m_outcome.attempts >= m_policy.maxAttempts)
        return std::nullopt;
    if (const std::optional<std::chrono::seconds> after = reply.retryAfter()) {
        if (*after > m_policy.maxRetryAfter)
            return std::nullopt;
        return std::chrono::duration_cast<std::chrono::milliseconds>(*after);
    }
    return m_policy.retryDelay * (1 << (m_outcome.attempts - 1));
}

QString SourceFetch::failureMessage(const HttpReply& reply) const
{
    const QString label = m_outcome.source.label();
    const int status = reply.status();
    if (reply.error() != NetError::HttpStatus)
        return QStringLiteral("%1: %2").arg(label, reply.errorMessage());
    if (status == 401 || status == 403)
        return tr("%1: access denied (HTTP %2). The source may be private, or the site refuses "
                  "this network or client.")
            .arg(label)
            .arg(status);
    if (status == 404)
        return tr("%1: not found (HTTP 404). Check the address: the subreddit or feed may not "
                  "exist.")
            .arg(label);
    if (status == 429) {
        const std::optional<std::chrono::seconds> after = reply.retryAfter();
        if (after && *after > m_policy.maxRetryAfter)
            return tr("%1: too many requests (HTTP 429); the site asks to wait %2 s before "
                      "trying again.")
                .arg(label)
                .arg(after->count());
        return tr("%1: too many requests (HTTP 429), still after %n attempts. Try again later.",
                  nullptr, m_outcome.attempts)
            .arg(label);
    }
    if (status >= 500)
        return tr("%1: the site has a problem (HTTP %2), still after %n attempts. Try again "
                  "later.",
                  nullptr, m_outcome.attempts)
            .arg(label)
            .arg(status);
    return QStringLiteral("%1: %2").arg(label, reply.errorMessage());
}

void SourceFetch::settle(std::optional<QByteArray> body)
{
    m_settling.setFuture(
        QtConcurrent::run([outcome = m_outcome, body = std::move(body), cache = m_cache] {
            return settleOutcome(outcome, body, cache);
        }));
}

} // namespace digest
