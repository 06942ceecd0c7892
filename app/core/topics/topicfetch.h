#pragma once

#include "core/topics/coverage.h"
#include "core/topics/sourcefetch.h"
#include "core/topics/topicmerge.h"
#include "core/util/result.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>

namespace digest {

class HttpClient;

struct TopicFetchConfig
{
    QList<TopicSource> sources;
    FetchPolicy policy;
    QString cacheFolder = TopicCache::defaultFolder();
    // The site's posts, for the covered marks; empty for none.
    QString postsFolder;
    // What an earlier fetch read from the posts: only changed files are read again.
    CoverageIndex previousCoverage;
    // Which day a post dated without a day in its file name belongs to.
    QTimeZone siteZone = QTimeZone::utc();
    MergeOptions merge;

    bool operator==(const TopicFetchConfig&) const = default;
};

struct TopicFetchResult
{
    // Merged, in the order to show them.
    QList<Topic> topics;
    // One per source, in the configured order.
    QList<SourceOutcome> sources;
    CoverageIndex coverage;

    bool anySucceeded() const;
    bool operator==(const TopicFetchResult&) const = default;
};

// One refresh of the day's topics: every source at once, and the site's posts scanned for
// covered topics on a worker thread meanwhile; then the merge (on a worker too). A source that
// fails never holds up the others.
class TopicFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicFetch)

public:
    TopicFetch(HttpClient& client, TopicFetchConfig config, QObject* parent = nullptr);
    ~TopicFetch() override;

    void start();
    int sourceCount() const { return int(m_config.sources.size()); }

signals:
    void progress(int finishedSources, int sourceCount);
    void sourceFinished(const digest::SourceOutcome& outcome);
    void finished(const digest::TopicFetchResult& result);

private:
    void onSourceFinished(int index, const SourceOutcome& outcome);
    void mergeWhenReady();

    HttpClient& m_client;
    TopicFetchConfig m_config;
    QList<SourceOutcome> m_outcomes;
    int m_finishedSources = 0;
    QFutureWatcher<CoverageIndex> m_scanning;
    QFutureWatcher<QList<Topic>> m_merging;
    bool m_merged = false;
};

} // namespace digest

Q_DECLARE_METATYPE(digest::TopicFetchResult)
