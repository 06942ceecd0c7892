#include "core/topics/topicmerge.h"

#include "core/topics/titlematch.h"

#include <QHash>

#include <algorithm>
#include <cmath>

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

// How many tokens of a title of `count` tokens another title must share with it, at least, to
// be alike (titleSimilarity() >= kSameTopicSimilarity): with t the threshold, 2c/(a+b) >= t
// needs b >= a*t/(2-t), so c >= t*(a+b)/2 >= a*t/(2-t). One less, so that rounding can only
// widen the search, never miss a pair: floor() of the computed bound is never above the true
// ceiling.
qsizetype minimumOverlap(qsizetype count)
{
    const double t = kSameTopicSimilarity;
    return std::max<qsizetype>(1, qsizetype(std::floor(double(count) * t / (2 - t))));
}

// The candidates seen so far, looked up by what makes two topics the same (discussion, link,
// alike titles), so that merging n topics takes about n lookups instead of n*n/2 comparisons
// (16,000 topics took 207 s).
// Titles are found by prefix filtering: two token sets that share at least k tokens share one
// among the first (size - k + 1) tokens of each, put in one order, so only those are indexed
// and looked up. The order is rarest first (by how many of all the titles have the token), so
// that the lists looked up are short: in alphabetical order, common words led the prefixes and
// a 64,000-topic merge still took a minute. It finds exactly the candidate the linear search found:
// the first one, in the order they came, that is the same topic, unless kMaxTitleComparisons
// ends the search first.
class CandidateIndex final
{
public:
    CandidateIndex(const QList<Candidate>& candidates, QHash<QString, int> frequency)
        : m_candidates(candidates)
        , m_frequency(std::move(frequency))
    {}

    // The first candidate that is the same topic as `topic`, or -1.
    qsizetype find(const Topic& topic, const QStringList& tokens) const
    {
        qsizetype first = -1;
        const auto consider = [&](qsizetype index) {
            if (index >= 0 && (first < 0 || index < first))
                first = index;
        };
        const QString key = topic.key();
        if (!key.isEmpty())
            consider(m_byKey.value(key, -1));
        const QString link = linkKey(topic.url);
        if (!link.isEmpty())
            consider(m_byLink.value(link, -1));
        int comparisons = 0;
        for (const QString& token : prefixOf(tokens)) {
            for (const qsizetype index : m_byToken.value(token)) {
                if (first >= 0 && index >= first)
                    break; // the lists are in the order the candidates came
                if (++comparisons > kMaxTitleComparisons)
                    return first;
                if (titleSimilarity(tokens, m_candidates.at(index).tokens) >= kSameTopicSimilarity)
                    consider(index);
            }
        }
        return first;
    }

    void add(qsizetype index)
    {
        const Candidate& candidate = m_candidates.at(index);
        if (const QString key = candidate.topic.key(); !key.isEmpty() && !m_byKey.contains(key))
            m_byKey.insert(key, index);
        if (const QString link = linkKey(candidate.topic.url);
            !link.isEmpty() && !m_byLink.contains(link))
            m_byLink.insert(link, index);
        for (const QString& token : prefixOf(candidate.tokens))
            m_byToken[token].append(index);
    }

private:
    QStringList prefixOf(QStringList tokens) const
    {
        if (tokens.isEmpty())
            return {}; // alike nothing (titleSimilarity() is 0)
        std::sort(tokens.begin(), tokens.end(), [this](const QString& a, const QString& b) {
            const int countA = m_frequency.value(a);
            const int countB = m_frequency.value(b);
            return countA != countB ? countA < countB : a < b;
        });
        const qsizetype overlap = std::min(tokens.size(), minimumOverlap(tokens.size()));
        return tokens.first(tokens.size() - overlap + 1);
    }

    const QList<Candidate>& m_candidates;
    // How many titles of the merge have each token.
    QHash<QString, int> m_frequency;
    // The first candidate of each key and link: the one the linear search found.
    QHash<QString, qsizetype> m_byKey;
    QHash<QString, qsizetype> m_byLink;
    QHash<QString, QList<qsizetype>> m_byToken;
};

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
    // The titles' words first: their counts order the index.
    QList<std::pair<const Topic*, QStringList>> incoming;
    QHash<QString, int> frequency;
    for (const QList<Topic>& source : bySource) {
        for (const Topic& topic : source) {
            if (topic.stickied || topic.nsfw)
                continue;
            incoming.append({&topic, titleTokens(topic.title)});
            for (const QString& token : std::as_const(incoming.last().second))
                ++frequency[token];
        }
    }
    QList<Candidate> candidates;
    CandidateIndex index(candidates, std::move(frequency));
    for (const auto& [topicPointer, tokens] : std::as_const(incoming)) {
        const Topic& topic = *topicPointer;
        if (const qsizetype known = index.find(topic, tokens); known >= 0) {
            absorb(candidates[known].topic, topic);
        } else {
            candidates.append({topic, tokens});
            index.add(candidates.size() - 1);
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
