#include "core/topics/topicfetch.h"

#include "core/post/postday.h"
#include "core/settings/settings.h"

#include <QtConcurrent/QtConcurrentRun>

namespace digest {

Result<TopicFetchConfig> topicFetchConfig(const Settings& settings)
{
    Result<QList<TopicSource>> sources = configuredTopicSources(settings);
    if (!sources)
        return Error{sources.errorMessage()};
    TopicFetchConfig config;
    config.sources = std::move(sources).value();
    config.policy.connectTimeout = std::chrono::milliseconds(settings.networkConnectTimeoutMs());
    config.policy.timeout = std::chrono::milliseconds(settings.networkTimeoutMs());
    config.postsFolder = sitePostsFolder(settings.siteFolder(), settings.postPathPattern());
    // The site's day, as new posts have it (the local date would let today's own draft cover
    // today's topics east of UTC just after midnight).
    config.merge.today = postDay(QDateTime::currentDateTimeUtc());
    return config;
}

bool TopicFetchResult::anySucceeded() const
{
    return std::any_of(sources.cbegin(), sources.cend(),
                       [](const SourceOutcome& source) { return source.succeeded(); });
}

TopicFetch::TopicFetch(HttpClient& client, TopicFetchConfig config, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_config(std::move(config))
{
    m_outcomes.resize(m_config.sources.size());
    connect(&m_scanning, &QFutureWatcherBase::finished, this, &TopicFetch::mergeWhenReady);
    connect(&m_merging, &QFutureWatcherBase::finished, this, [this] {
        emit finished({m_merging.result(), m_outcomes, m_scanning.result()});
    });
}

TopicFetch::~TopicFetch()
{
    m_scanning.waitForFinished();
    m_merging.waitForFinished();
}

void TopicFetch::start()
{
    m_scanning.setFuture(
        QtConcurrent::run([folder = m_config.postsFolder, previous = m_config.previousCoverage] {
            return CoverageIndex::scan(folder, previous);
        }));
    const TopicCache cache(m_config.cacheFolder);
    for (int i = 0; i < m_config.sources.size(); ++i) {
        auto* fetch =
            new SourceFetch(m_client, m_config.sources.at(i), m_config.policy, cache, this);
        connect(fetch, &SourceFetch::finished, this,
                [this, i](const SourceOutcome& outcome) { onSourceFinished(i, outcome); });
        fetch->start();
    }
    emit progress(0, sourceCount());
}

void TopicFetch::onSourceFinished(int index, const SourceOutcome& outcome)
{
    m_outcomes[index] = outcome;
    ++m_finishedSources;
    emit sourceFinished(outcome);
    emit progress(m_finishedSources, sourceCount());
    mergeWhenReady();
}

void TopicFetch::mergeWhenReady()
{
    if (m_merged || m_finishedSources < sourceCount() || !m_scanning.isFinished())
        return;
    m_merged = true;
    QList<QList<Topic>> bySource;
    for (const SourceOutcome& outcome : std::as_const(m_outcomes))
        bySource.append(outcome.topics);
    m_merging.setFuture(
        QtConcurrent::run([bySource, coverage = m_scanning.result(), options = m_config.merge] {
            return mergeTopics(bySource, coverage, options);
        }));
}

} // namespace digest
