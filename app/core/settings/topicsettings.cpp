#include "core/settings/topicsettings.h"

#include "core/post/postday.h"
#include "core/settings/settings.h"
#include "core/topics/coverage.h"

#include <QRegularExpression>

namespace digest {

Result<QList<TopicSource>> configuredTopicSources(const Settings& settings)
{
    const QString fromEnvironment = qEnvironmentVariable(kTopicSourcesVariable).trimmed();
    if (fromEnvironment.isEmpty())
        return settings.topicSources();
    QList<TopicSource> sources;
    for (const QString& spec :
         fromEnvironment.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        Result<TopicSource> source = parseTopicSource(spec);
        if (!source)
            return Error{QStringLiteral("%1: %2").arg(QString::fromLatin1(kTopicSourcesVariable),
                                                      source.errorMessage())};
        sources.append(std::move(source).value());
    }
    return sources;
}

Result<TopicFetchConfig> topicFetchConfig(const Settings& settings)
{
    Result<QList<TopicSource>> sources = configuredTopicSources(settings);
    if (!sources)
        return Error{sources.errorMessage()};
    TopicFetchConfig config;
    config.sources = std::move(sources).value();
    config.policy.connectTimeout = std::chrono::milliseconds(settings.networkConnectTimeoutMs());
    config.policy.timeout = std::chrono::milliseconds(settings.networkTimeoutMs());
    config.postsFolder = sitePostsFolder(settings.siteFolder(), settings.postPathPattern());
    // The site's day, as new posts have it (the local date would let today's own draft cover
    // today's topics east of UTC just after midnight).
    config.merge.today = postDay(QDateTime::currentDateTimeUtc(), settings.siteTimeZone());
    config.siteZone = settings.siteTimeZone();
    return config;
}

} // namespace digest
