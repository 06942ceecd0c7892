#pragma once

#include "core/topics/topic.h"
#include "core/util/result.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace digest {

// Where topics come from: a Reddit listing (…/r/<sub>/top.json?t=day&limit=N), a Reddit feed
// (…/r/<sub>/.rss) or any RSS 2.0 or Atom feed, and the section its topics feed. What the
// address holds is found out from the answer, not from the URL.
struct TopicSource
{
    QUrl url;
    TopicSection section = TopicSection::Consequences;

    // "r/MachineLearning" for a subreddit, else host and path: how messages name the source.
    QString label() const;
    // "trending=https://…" for a trending source, the bare URL for a consequences one.
    QString spec() const;

    bool operator==(const TopicSource&) const = default;
};

// Reads "[consequences=|trending=]URL"; an error for people when it is not an http(s) URL.
Result<TopicSource> parseTopicSource(const QString& spec);

} // namespace digest
