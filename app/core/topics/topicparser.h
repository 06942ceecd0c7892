#pragma once

#include "core/topics/topic.h"
#include "core/topics/topicsource.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace digest {

struct ParsedTopics
{
    // The feed's own name, when it gives one.
    QString feedTitle;
    // In the source's order, stickied and NSFW entries included (flagged).
    QList<Topic> topics;

    bool operator==(const ParsedTopics&) const = default;
};

// Reads what a source answered: a Reddit listing (JSON), an RSS 2.0 feed or an Atom feed
// (Reddit's .rss is Atom), told apart by the content. Anything else, and anything malformed
// or cut off, is an error for people that says what is wrong (the caller names the source).
// Pure and thread-safe: it runs on a worker thread.
Result<ParsedTopics> parseTopics(const QByteArray& payload, const TopicSource& source);

// The two readers, for parseTopics() only.
Result<ParsedTopics> parseRedditListing(const QByteArray& json, const TopicSource& source);
Result<ParsedTopics> parseFeed(const QByteArray& xml, const TopicSource& source);

// A topic of `source` with the title split into flair and title.
Topic topicFromSource(const TopicSource& source, const QString& fullTitle);

} // namespace digest
