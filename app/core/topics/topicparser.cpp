#include "core/topics/topicparser.h"

#include "core/topics/topictext.h"

#include <QCoreApplication>

namespace digest {
namespace {

class Tr final
{
    Q_DECLARE_TR_FUNCTIONS(digest::TopicParser)
};

// Where the content starts: past a byte order mark and white space.
qsizetype contentStart(const QByteArray& payload)
{
    qsizetype at = payload.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (at < payload.size() && QChar::isSpace(uchar(payload.at(at))))
        ++at;
    return at;
}

bool looksLikeHtml(QByteArrayView start)
{
    const QByteArray head = start.first(std::min<qsizetype>(start.size(), 512)).toByteArray();
    const QByteArray lower = head.toLower();
    return lower.startsWith("<!doctype html") || lower.startsWith("<html") ||
           (lower.startsWith("<!--") && lower.contains("<html"));
}

} // namespace

QUrl webUrl(const QUrl& url)
{
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == u"http" || scheme == u"https") ? url : QUrl();
}

Topic topicFromSource(const TopicSource& source, const QString& fullTitle)
{
    Topic topic;
    const TitleParts parts = splitFlair(fullTitle);
    topic.title = parts.title;
    topic.flair = parts.flair;
    topic.fullTitle = fullTitle.simplified();
    topic.source = source.label();
    topic.sourceUrl = source.url;
    topic.section = source.section;
    return topic;
}

Result<ParsedTopics> parseTopics(const QByteArray& payload, const TopicSource& source)
{
    const qsizetype start = contentStart(payload);
    if (start >= payload.size())
        return Error{Tr::tr("The answer is empty.")};
    // Servers do put white space before the XML declaration; readers forgive it.
    const QByteArray content = start > 0 ? payload.sliced(start) : payload;
    const char first = content.front();
    if (first == '{' || first == '[')
        return parseRedditListing(content, source);
    if (first == '<') {
        if (looksLikeHtml(content))
            return Error{Tr::tr("The answer is a web page, not a listing or a feed (a login, "
                                "consent or error page?).")};
        return parseFeed(content, source);
    }
    return Error{Tr::tr("The answer is neither a Reddit listing (JSON) nor an RSS or Atom "
                        "feed.")};
}

} // namespace digest
