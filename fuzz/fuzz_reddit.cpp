// Fuzzes the reader of a Reddit listing (JSON), as a subreddit's .json answers it.
#include "core/topics/topicparser.h"

#include <QByteArray>
#include <QUrl>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const digest::TopicSource source{
        QUrl(QStringLiteral("https://www.reddit.com/r/MachineLearning/.json")),
        digest::TopicSection::Consequences};
    const QByteArray payload(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto topics = digest::parseRedditListing(payload, source);
    (void)topics.ok();
    // The same bytes through the dispatcher that tells the formats apart.
    (void)digest::parseTopics(payload, source).ok();
    return 0;
}
