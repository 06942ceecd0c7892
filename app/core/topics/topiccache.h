#pragma once

#include "core/topics/topic.h"
#include "core/topics/topicsource.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace digest {

// The last successful fetch of each source, on disk, shown when a fetch fails.
struct CachedTopics
{
    QDateTime fetchedAt;
    QList<Topic> topics;

    bool operator==(const CachedTopics&) const = default;
};

// One JSON file per source (named by a hash of its URL) in a folder under the user's cache,
// written with QSaveFile so a crash never leaves half a file. Safe to use from any thread for
// different sources.
class TopicCache final
{
public:
    // The folder the GUI and digestctl share: <CacheLocation of digest-editor>/topics.
    static QString defaultFolder();

    explicit TopicCache(QString folder = defaultFolder());

    QString folder() const { return m_folder; }
    Status store(const TopicSource& source, const CachedTopics& cached) const;
    // Nothing when the source was never fetched or its file is unreadable.
    std::optional<CachedTopics> load(const TopicSource& source) const;

private:
    QString pathOf(const TopicSource& source) const;

    QString m_folder;
};

} // namespace digest
