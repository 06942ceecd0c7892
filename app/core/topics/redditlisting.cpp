#include "core/topics/topicparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace digest {
namespace {

class Tr final
{
    Q_DECLARE_TR_FUNCTIONS(digest::TopicParser)
};

// Reddit escapes &, < and > in titles and texts unless asked for raw_json=1; undoing that on
// raw text changes nothing but a literal "&amp;", which nobody writes in a title.
QString unescaped(QString text)
{
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

int countOf(const QJsonValue& value)
{
    return value.isDouble() ? int(std::clamp(value.toDouble(), -1e9, 1e9)) : -1;
}

QDateTime createdAt(const QJsonValue& value)
{
    if (!value.isDouble())
        return QDateTime();
    // Seconds since 1970, as a float; anything outside a sane range is not a date.
    const double seconds = value.toDouble();
    if (!(seconds > 0 && seconds < 1e11))
        return QDateTime();
    return QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
}

std::optional<Topic> postOf(const QJsonObject& post, const TopicSource& source)
{
    const QString fullTitle = unescaped(post.value(u"title").toString()).simplified();
    if (fullTitle.isEmpty())
        return std::nullopt;
    Topic topic = topicFromSource(source, fullTitle);
    if (topic.flair.isEmpty())
        topic.flair = unescaped(post.value(u"link_flair_text").toString()).simplified();
    const QString subreddit = post.value(u"subreddit_name_prefixed").toString();
    if (subreddit.startsWith(u"r/"))
        topic.source = subreddit;
    // Permalinks are relative to the site the listing came from.
    const QString permalink = post.value(u"permalink").toString();
    if (!permalink.isEmpty())
        topic.permalink = webUrl(source.url.resolved(QUrl(permalink)));
    // A link that is not http(s) is dropped: the thread stands in for it, as for a text post.
    const QUrl link = webUrl(source.url.resolved(QUrl(unescaped(post.value(u"url").toString()))));
    topic.url = link.isEmpty() ? topic.permalink : link;
    topic.text = unescaped(post.value(u"selftext").toString()).trimmed();
    topic.score = countOf(post.value(u"score"));
    topic.comments = countOf(post.value(u"num_comments"));
    topic.created = createdAt(post.value(u"created_utc"));
    topic.stickied = post.value(u"stickied").toBool();
    topic.nsfw = post.value(u"over_18").toBool();
    return topic;
}

// A listing, or the first listing of an array of them (a thread's page is [post, comments]).
QJsonObject listingOf(const QJsonDocument& document)
{
    if (document.isArray()) {
        const QJsonArray array = document.array();
        return array.isEmpty() ? QJsonObject() : array.first().toObject();
    }
    return document.object();
}

} // namespace

Result<ParsedTopics> parseRedditListing(const QByteArray& json, const TopicSource& source)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error == QJsonParseError::DeepNesting)
        return Error{Tr::tr("The listing nests arrays and objects more than %1 deep.")
                         .arg(kMaxListingJsonDepth)};
    if (error.error != QJsonParseError::NoError)
        return Error{Tr::tr("The listing is not valid JSON (%1 at byte %2); the answer may be "
                            "cut off.")
                         .arg(error.errorString())
                         .arg(error.offset)};
    const QJsonObject listing = listingOf(document);
    const QJsonValue children = listing.value(u"data").toObject().value(u"children");
    if (!children.isArray())
        return Error{Tr::tr("The answer is JSON but not a Reddit listing (it has no "
                            "data.children).")};
    ParsedTopics parsed;
    int posts = 0;
    for (const QJsonValue& child : children.toArray()) {
        const QJsonObject object = child.toObject();
        if (object.value(u"kind").toString() != u"t3")
            continue;
        ++posts;
        if (parsed.topics.size() >= kMaxTopicsPerSource) {
            ++parsed.dropped;
            continue;
        }
        if (std::optional<Topic> topic = postOf(object.value(u"data").toObject(), source))
            parsed.topics.append(std::move(*topic));
    }
    if (posts > 0 && parsed.topics.isEmpty())
        return Error{Tr::tr("None of the %n posts of the listing has a title.", nullptr, posts)};
    return parsed;
}

} // namespace digest
