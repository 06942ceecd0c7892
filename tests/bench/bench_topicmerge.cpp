// Merging a large listing (issue 11: 16,000 topics took 207 s of CPU): the indexed merge at
// several sizes, beside the comparison of every pair it replaced, at sizes it can still do.
// Prints figures; asserts nothing.

#include "core/topics/titlematch.h"
#include "core/topics/topicmerge.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>

using namespace digest;

namespace {

// Titles of 6 to 10 words out of `vocabulary`, with links: alike now and then, mostly not.
QList<Topic> listing(int count, int vocabulary, QRandomGenerator& random)
{
    QList<Topic> topics;
    for (int i = 0; i < count; ++i) {
        QStringList words;
        const int length = 6 + int(random.bounded(5));
        for (int w = 0; w < length; ++w)
            words.append(QStringLiteral("w%1").arg(random.bounded(vocabulary)));
        Topic topic;
        topic.title = topic.fullTitle = words.join(u' ');
        topic.url = QUrl(QStringLiteral("https://example.org/%1").arg(i));
        topic.source = QStringLiteral("r/x");
        topics.append(topic);
    }
    return topics;
}

// The merge before issue 11: each topic against every topic kept so far.
qsizetype pairwise(const QList<Topic>& topics)
{
    struct Known
    {
        Topic topic;
        QStringList tokens;
    };
    const auto linkKey = [](const QUrl& url) {
        Topic probe;
        probe.url = url;
        return url.isEmpty() ? QString() : probe.key();
    };
    QList<Known> known;
    for (const Topic& topic : topics) {
        const QStringList tokens = titleTokens(topic.title);
        const bool same = std::any_of(known.cbegin(), known.cend(), [&](const Known& k) {
            return (!topic.key().isEmpty() && topic.key() == k.topic.key()) ||
                   linkKey(topic.url) == linkKey(k.topic.url) ||
                   titleSimilarity(tokens, k.tokens) >= kSameTopicSimilarity;
        });
        if (!same)
            known.append({topic, tokens});
    }
    return known.size();
}

} // namespace

int main()
{
    QTextStream out(stdout);
    QRandomGenerator random(207);
    // A vocabulary that grows with the titles, as real ones do, and one of 2,000 words that
    // every title draws on (a hostile listing), where kMaxTitleComparisons bounds the work.
    for (const int count : {1000, 2000, 4000, 16000, 64000}) {
        for (const int vocabulary : {count * 2, 2000}) {
            const QList<Topic> topics = listing(count, vocabulary, random);
            QElapsedTimer timer;
            timer.start();
            const qsizetype merged = mergeTopics({topics}, CoverageIndex(), MergeOptions()).size();
            out << "indexed merge of " << count << " topics, " << vocabulary
                << " words: " << timer.elapsed() << " ms (" << merged << " kept)\n";
            out.flush();
        }
        const QList<Topic> topics = listing(count, 2000, random);
        QElapsedTimer timer;
        timer.start();
        if (count <= 4000) {
            timer.restart();
            const qsizetype kept = pairwise(topics);
            out << "pairwise merge of " << count << " topics: " << timer.elapsed() << " ms ("
                << kept << " kept)\n";
        }
        out.flush();
    }
    return 0;
}
