#include "core/topics/topicboard.h"

#include "core/topics/topiccache.h"
#include "core/topics/topiclistmodel.h"

#include <QtConcurrent/QtConcurrentRun>

namespace digest {

TopicBoard::TopicBoard(HttpClient& client, ConfigProvider config, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_config(std::move(config))
    , m_consequences(new TopicListModel(TopicSection::Consequences, this))
    , m_trending(new TopicListModel(TopicSection::Trending, this))
{
    for (TopicListModel* model : {m_consequences, m_trending})
        connect(model, &TopicListModel::choiceChanged, this, &TopicBoard::choiceChanged);
}

TopicBoard::~TopicBoard()
{
    // The fetch's replies go before the client that runs them.
    delete m_fetch;
}

TopicListModel* TopicBoard::model(TopicSection section) const
{
    return section == TopicSection::Trending ? m_trending : m_consequences;
}

QList<Topic> TopicBoard::chosenTopics(TopicSection section) const
{
    return model(section)->chosenTopics();
}

void TopicBoard::setKeepFlair(bool keep)
{
    for (TopicListModel* model : {m_consequences, m_trending})
        model->setKeepFlair(keep);
}

void TopicBoard::refresh()
{
    if (m_fetch)
        return;
    Result<TopicFetchConfig> config = m_config();
    if (!config) {
        m_messages = {config.errorMessage()};
        emit refreshed();
        return;
    }
    TopicFetchConfig fetchConfig = std::move(config).value();
    fetchConfig.previousCoverage = m_coverage;
    m_fetch = new TopicFetch(m_client, std::move(fetchConfig), this);
    connect(m_fetch, &TopicFetch::progress, this, &TopicBoard::progress);
    connect(m_fetch, &TopicFetch::finished, this, &TopicBoard::finish);
    emit refreshStarted();
    m_fetch->start();
}

namespace {

struct CachedBoard
{
    QList<Topic> topics;
    QDateTime oldest;
};

// Each source's cached list, marked, merged as a fetch would merge them.
CachedBoard readCache(const TopicFetchConfig& config, const CoverageIndex& coverage)
{
    const TopicCache cache(config.cacheFolder);
    QList<QList<Topic>> bySource;
    CachedBoard board;
    for (const TopicSource& source : config.sources) {
        std::optional<CachedTopics> cached = cache.load(source);
        if (!cached || cached->topics.isEmpty())
            continue;
        for (Topic& topic : cached->topics) {
            topic.cached = true;
            topic.fetchedAt = cached->fetchedAt;
        }
        if (!board.oldest.isValid() || cached->fetchedAt < board.oldest)
            board.oldest = cached->fetchedAt;
        bySource.append(std::move(cached->topics));
    }
    if (!bySource.isEmpty())
        board.topics = mergeTopics(bySource, coverage, config.merge);
    return board;
}

} // namespace

void TopicBoard::showCached()
{
    Result<TopicFetchConfig> config = m_config();
    if (!config || config.value().sources.isEmpty())
        return;
    const int refreshes = m_refreshes;
    QtConcurrent::run([config = std::move(config).value(), coverage = m_coverage] {
        return readCache(config, coverage);
    }).then(this, [this, refreshes](const CachedBoard& cached) {
        // A refresh that finished meanwhile shows newer topics (or its own cached ones).
        if (refreshes != m_refreshes || cached.topics.isEmpty())
            return;
        m_showingCached = true;
        m_cachedAt = cached.oldest;
        m_consequences->setTopics(cached.topics);
        m_trending->setTopics(cached.topics);
        emit cachedShown();
    });
}

void TopicBoard::finish(const TopicFetchResult& result)
{
    m_fetch->deleteLater();
    m_fetch = nullptr;
    ++m_refreshes;
    m_showingCached = false;
    m_coverage = result.coverage;
    m_consequences->setTopics(result.topics);
    m_trending->setTopics(result.topics);
    m_messages.clear();
    for (const SourceOutcome& source : result.sources) {
        if (!source.message.isEmpty())
            m_messages.append(source.message);
    }
    if (result.sources.isEmpty())
        m_messages.append(tr("No topic sources are configured."));
    emit refreshed();
}

} // namespace digest
