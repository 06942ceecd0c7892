#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace digest {

// The part of the post a source's topics are for.
enum class TopicSection { Consequences, Trending };

// "consequences" or "trending", as settings, the command line and JSON write it.
QString topicSectionKey(TopicSection section);

// One candidate topic of the day: a thread of a Reddit listing or an entry of a feed. The
// generator gets the title, the thread's own text and the link.
struct Topic
{
    // Without a flair prefix such as "[D]".
    QString title;
    // The title exactly as the source wrote it.
    QString fullTitle;
    // "D" for a "[D]" prefix, else the source's flair ("News"); empty when there is none.
    QString flair;
    // What the thread is about: the linked article or paper, or the thread itself.
    QUrl url;
    // The discussion: the Reddit thread, or the feed entry's page.
    QUrl permalink;
    // The thread's own text (Reddit's selftext, a feed entry's summary), as plain text.
    QString text;
    // The source's name for people, "r/MachineLearning"; its address.
    QString source;
    QUrl sourceUrl;
    TopicSection section = TopicSection::Consequences;
    // -1 where the source does not say (feeds).
    int score = -1;
    int comments = -1;
    QDateTime created;
    bool stickied = false;
    bool nsfw = false;

    // Filled in when the sources are merged: other sources that carry the same topic.
    QStringList alsoIn;
    // The earlier post of the site that already used this topic (its file name) and its day.
    QString coveredBy;
    QDate coveredOn;
    // Shown from the last successful fetch, because this one failed; when that was.
    bool cached = false;
    QDateTime fetchedAt;

    bool isCovered() const { return !coveredBy.isEmpty(); }
    // The title with or without its flair prefix, as the setting says.
    QString displayTitle(bool keepFlair) const { return keepFlair ? fullTitle : title; }
    // Identifies the topic across fetches and sources: its discussion, else its link.
    QString key() const;

    bool operator==(const Topic&) const = default;
};

} // namespace digest

Q_DECLARE_METATYPE(digest::Topic)
