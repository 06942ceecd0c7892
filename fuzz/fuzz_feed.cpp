// Fuzzes the reader of RSS 2.0 and Atom feeds (QXmlStreamReader).
#include "core/topics/topicparser.h"

#include <QByteArray>
#include <QUrl>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const digest::TopicSource source{QUrl(QStringLiteral("https://example.org/feed.xml")),
                                            digest::TopicSection::Trending};
    const QByteArray payload(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)digest::parseFeed(payload, source).ok();
    (void)digest::parseTopics(payload, source).ok();
    return 0;
}
