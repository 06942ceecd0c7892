#pragma once

#include "core/topics/coverage.h"
#include "core/topics/topic.h"
#include "core/topics/topicfetch.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

namespace digest {

class HttpClient;
class TopicListModel;

// The day's candidate topics, by section, as the editor picks and orders them: one list model
// per section, refreshed from every source at once. The covered marks read the site's posts;
// what a refresh read is kept, so the next one reads only files that changed.
class TopicBoard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicBoard)

public:
    // What to fetch, asked afresh at every refresh (the settings may have changed).
    using ConfigProvider = std::function<Result<TopicFetchConfig>()>;

    TopicBoard(HttpClient& client, ConfigProvider config, QObject* parent = nullptr);
    ~TopicBoard() override;

    TopicListModel* model(TopicSection section) const;
    // The checked topics of a section, in the order the editor gave them.
    QList<Topic> chosenTopics(TopicSection section) const;
    bool isRefreshing() const { return m_fetch != nullptr; }
    // Why the last refresh could not fetch (a source that failed, no sources); empty if none.
    QStringList messages() const { return m_messages; }
    void setKeepFlair(bool keep);
    // The site's posts as the last refresh read them, for the covered marks; empty before one.
    const CoverageIndex& coverage() const { return m_coverage; }
    // True while the lists hold the disk cache's topics shown by showCached(), no refresh
    // having finished since.
    bool showingCached() const { return m_showingCached; }
    // When the oldest list shown by showCached() was fetched; invalid when none is shown.
    QDateTime cachedAt() const { return m_showingCached ? m_cachedAt : QDateTime(); }

public slots:
    // Fetches the sources again; does nothing while a refresh is running.
    void refresh();
    // Shows at once, before and without any fetch, the last list each source fetched (the
    // disk cache), each topic marked cached with when it was fetched; read and merged on a
    // worker thread, then cachedShown(). Nothing happens when a refresh finishes first or the
    // cache holds nothing for the configured sources.
    void showCached();

signals:
    void refreshStarted();
    void progress(int finishedSources, int sourceCount);
    void refreshed();
    // showCached() put the cached topics in the lists.
    void cachedShown();
    // The checked topics or their order changed.
    void choiceChanged();

private:
    void finish(const TopicFetchResult& result);

    HttpClient& m_client;
    ConfigProvider m_config;
    TopicListModel* m_consequences = nullptr;
    TopicListModel* m_trending = nullptr;
    TopicFetch* m_fetch = nullptr;
    CoverageIndex m_coverage;
    QStringList m_messages;
    // Counts finished refreshes: a cache read that a refresh overtook is dropped.
    int m_refreshes = 0;
    bool m_showingCached = false;
    QDateTime m_cachedAt;
};

} // namespace digest
