#include "core/topics/topicmerge.h"

#include "core/topics/titlematch.h"

#include <algorithm>

namespace digest {
namespace {

struct Candidate
{
    Topic topic;
    QStringList tokens;
};

QString linkKey(const QUrl& url)
{
    Topic probe;
    probe.url = url;
    return url.isEmpty() ? QString() : probe.key();
}

bool isSameTopic(const Candidate& known, const Topic& topic, const QStringList& tokens)
{
    const QString key = topic.key();
    if (!key.isEmpty() && key == known.topic.key())
        return true;
    const QString link = linkKey(topic.url);
    if (!link.isEmpty() && link == linkKey(known.topic.url))
        return true;
    return titleSimilarity(tokens, known.tokens) >= kSameTopicSimilarity;
}

void absorb(Topic& kept, const Topic& duplicate)
{
    if (duplicate.source != kept.source && !kept.alsoIn.contains(duplicate.source))
        kept.alsoIn.append(duplicate.source);
    kept.score = std::max(kept.score, duplicate.score);
    kept.comments = std::max(kept.comments, duplicate.comments);
    if (kept.text.isEmpty())
        kept.text = duplicate.text;
    if (kept.flair.isEmpty())
        kept.flair = duplicate.flair;
}

QList<Topic> sectionTopics(const QList<Candidate>& candidates, TopicSection section, int limit)
{
    QList<Topic> topics;
    for (const Candidate& candidate : candidates) {
        if (candidate.topic.section == section)
            topics.append(candidate.topic);
    }
    std::stable_sort(topics.begin(), topics.end(),
                     [](const Topic& a, const Topic& b) { return a.score > b.score; });
    if (limit > 0 && topics.size() > limit)
        topics.resize(limit);
    return topics;
}

} // namespace

QList<Topic> mergeTopics(const QList<QList<Topic>>& bySource, const CoverageIndex& coverage,
                         const MergeOptions& options)
{
    QList<Candidate> candidates;
    for (const QList<Topic>& source : bySource) {
        for (const Topic& topic : source) {
            if (topic.stickied || topic.nsfw)
                continue;
            const QStringList tokens = titleTokens(topic.title);
            const auto known =
                std::find_if(candidates.begin(), candidates.end(), [&](const Candidate& candidate) {
                    return isSameTopic(candidate, topic, tokens);
                });
            if (known != candidates.end())
                absorb(known->topic, topic);
            else
                candidates.append({topic, tokens});
        }
    }
    QList<Topic> merged =
        sectionTopics(candidates, TopicSection::Consequences, options.perSectionLimit);
    merged += sectionTopics(candidates, TopicSection::Trending, options.perSectionLimit);
    for (Topic& topic : merged) {
        if (const std::optional<CoveredTitle> covered =
                coverage.match(topic.title, options.today)) {
            topic.coveredBy = covered->post;
            topic.coveredOn = covered->date;
        }
    }
    return merged;
}

} // namespace digest
