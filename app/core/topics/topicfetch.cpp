#include "core/topics/topicfetch.h"

#include <QtConcurrent/QtConcurrentRun>

namespace digest {

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
    m_scanning.setFuture(QtConcurrent::run(
        [folder = m_config.postsFolder, previous = m_config.previousCoverage,
         zone = m_config.siteZone] { return CoverageIndex::scan(folder, previous, zone); }));
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
