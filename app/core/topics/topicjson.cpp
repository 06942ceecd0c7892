#include "core/topics/topicjson.h"

#include "core/net/httpclient.h"
#include "core/topics/topicparser.h"
#include "core/topics/topictext.h"

#include <QJsonArray>

namespace digest {
namespace {

QJsonValue count(int value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue date(const QDateTime& value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODate))
                           : QJsonValue(QJsonValue::Null);
}

QDateTime dateFrom(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate).toUTC();
}

} // namespace

QJsonObject topicToJson(const Topic& topic, bool keepFlair)
{
    QJsonArray sources{topic.source};
    for (const QString& other : topic.alsoIn)
        sources.append(other);
    return {
        {QStringLiteral("title"), topic.displayTitle(keepFlair)},
        {QStringLiteral("fullTitle"), topic.fullTitle},
        // Only http(s) links leave the program: a javascript: or data: link of a hostile feed
        // is an empty string here (the parsers drop them already; this is the last door).
        {QStringLiteral("url"), webUrl(topic.url).toString()},
        {QStringLiteral("permalink"), webUrl(topic.permalink).toString()},
        {QStringLiteral("text"), topic.text},
        {QStringLiteral("source"), topic.source},
        {QStringLiteral("sources"), sources},
        // Without user, password and query: a source's address may carry a token.
        {QStringLiteral("sourceUrl"), redactedUrl(topic.sourceUrl)},
        {QStringLiteral("section"), topicSectionKey(topic.section)},
        {QStringLiteral("score"), count(topic.score)},
        {QStringLiteral("comments"), count(topic.comments)},
        {QStringLiteral("flair"), topic.flair},
        {QStringLiteral("created"), date(topic.created)},
        {QStringLiteral("stickied"), topic.stickied},
        {QStringLiteral("nsfw"), topic.nsfw},
        {QStringLiteral("covered"), topic.isCovered()},
        {QStringLiteral("coveredBy"), topic.coveredBy},
        {QStringLiteral("coveredOn"), topic.coveredOn.isValid()
                                          ? QJsonValue(topic.coveredOn.toString(Qt::ISODate))
                                          : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("cached"), topic.cached},
        {QStringLiteral("fetchedAt"), date(topic.fetchedAt)},
    };
}

std::optional<Topic> topicFromJson(const QJsonObject& object)
{
    Topic topic;
    topic.fullTitle = object.value(u"fullTitle").toString();
    if (topic.fullTitle.isEmpty())
        return std::nullopt;
    topic.title = splitFlair(topic.fullTitle).title;
    topic.flair = object.value(u"flair").toString();
    topic.url = webUrl(QUrl(object.value(u"url").toString()));
    topic.permalink = webUrl(QUrl(object.value(u"permalink").toString()));
    topic.text = object.value(u"text").toString();
    topic.source = object.value(u"source").toString();
    topic.sourceUrl = QUrl(object.value(u"sourceUrl").toString());
    topic.section = object.value(u"section").toString() == u"trending" ? TopicSection::Trending
                                                                       : TopicSection::Consequences;
    topic.score = object.value(u"score").toInt(-1);
    topic.comments = object.value(u"comments").toInt(-1);
    topic.created = dateFrom(object.value(u"created"));
    topic.stickied = object.value(u"stickied").toBool();
    topic.nsfw = object.value(u"nsfw").toBool();
    const QJsonArray sources = object.value(u"sources").toArray();
    for (qsizetype i = 1; i < sources.size(); ++i)
        topic.alsoIn.append(sources.at(i).toString());
    topic.coveredBy = object.value(u"coveredBy").toString();
    topic.coveredOn = QDate::fromString(object.value(u"coveredOn").toString(), Qt::ISODate);
    topic.cached = object.value(u"cached").toBool();
    topic.fetchedAt = dateFrom(object.value(u"fetchedAt"));
    return topic;
}

} // namespace digest
