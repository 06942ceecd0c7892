#include "topicfetching.h"

#include "core/net/httpclient.h"
#include "output.h"
#include "terminaltext.h"

#include <QEventLoop>

namespace digest::cli {

Result<QList<TopicSource>> sourcesOf(const QStringList& specs)
{
    QList<TopicSource> sources;
    for (const QString& spec : specs) {
        Result<TopicSource> source = parseTopicSource(spec);
        if (!source)
            return Error{source.errorMessage()};
        sources.append(std::move(source).value());
    }
    return sources;
}

TopicFetchResult fetchTopics(const TopicFetchConfig& config)
{
    HttpClient client;
    TopicFetch fetch(client, config);
    TopicFetchResult result;
    QEventLoop loop;
    QObject::connect(&fetch, &TopicFetch::finished, &loop, [&](const TopicFetchResult& done) {
        result = done;
        loop.quit();
    });
    fetch.start();
    loop.exec();
    return result;
}

void reportSourceFailures(const TopicFetchResult& result)
{
    for (const SourceOutcome& source : result.sources) {
        if (!source.message.isEmpty())
            fail(terminalSafe(source.message));
    }
}

} // namespace digest::cli
