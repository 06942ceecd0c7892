#pragma once

#include "core/topics/topic.h"
#include "core/topics/topicsource.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace digest {

// Limits of reading a source's answer (issue 11's resource envelope); each message that one of
// them ends says which and its value.
// Elements nested inside an RSS or Atom element (a title of markup); real feeds nest two or three.
inline constexpr int kMaxFeedElementDepth = 64;
// Arrays and objects nested in a Reddit listing: Qt's JSON parser's own limit, named here so the
// message can say it (a listing nests about eight deep).
inline constexpr int kMaxListingJsonDepth = 1024;
// Entries kept of one source, in its order; Reddit gives at most 100 a page. The rest are
// dropped with a note: merging and marking covered topics grow with the count.
inline constexpr int kMaxTopicsPerSource = 1000;

struct ParsedTopics
{
    // The feed's own name, when it gives one.
    QString feedTitle;
    // In the source's order, stickied and NSFW entries included (flagged).
    QList<Topic> topics;
    // Entries beyond kMaxTopicsPerSource, left out.
    int dropped = 0;

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

// The URL when it is an http or https one, else nothing: a source's javascript:, data: or file:
// link is never shown as a link, opened or passed on (the topic itself is kept).
QUrl webUrl(const QUrl& url);

// A topic of `source` with the title split into flair and title.
Topic topicFromSource(const TopicSource& source, const QString& fullTitle);

} // namespace digest
