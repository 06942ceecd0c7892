#include "command.h"
#include "core/settings/settings.h"
#include "core/settings/topicsettings.h"
#include "core/topics/topicfetch.h"
#include "core/topics/topicjson.h"
#include "core/topics/topicparser.h"
#include "core/topics/topictext.h"
#include "output.h"
#include "terminaltext.h"
#include "topicfetching.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace digest::cli {
namespace {

struct TopicOptions
{
    QCommandLineOption sources{QStringLiteral("source"),
                               Tr::tr("Fetch this source instead of the configured ones; "
                                      "repeatable. A Reddit listing (…/r/SUB/top.json?t=day), a "
                                      "Reddit feed (…/r/SUB/.rss) or any RSS or Atom feed; "
                                      "\"trending=URL\" feeds the trending topics."),
                               QStringLiteral("[SECTION=]URL")};
    QCommandLineOption limit{QStringLiteral("limit"), Tr::tr("Print at most N topics per section."),
                             QStringLiteral("N")};
    QCommandLineOption json{QStringLiteral("json"), Tr::tr("Print the topics as a JSON array.")};
    QCommandLineOption site{QStringLiteral("site"),
                            Tr::tr("The Hugo site whose posts mark topics as covered (default: "
                                   "the configured site)."),
                            QStringLiteral("DIR")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               Tr::tr("Give up on a source after this many seconds."),
                               QStringLiteral("SECONDS")};
};

// The range of --timeout: under a tenth of a second no server answers; over ten minutes is a
// hang to whoever waits.
constexpr double kMinTimeoutSeconds = 0.1;
constexpr double kMaxTimeoutSeconds = 600;

QString sectionName(TopicSection section)
{
    return section == TopicSection::Trending ? Tr::tr("Currently trending topics")
                                             : Tr::tr("Possible consequences of current "
                                                      "developments");
}

QString detailsLine(const Topic& topic, const QDateTime& now)
{
    QStringList parts;
    if (topic.score >= 0)
        parts.append(Tr::tr("score %1").arg(topic.score));
    if (topic.comments >= 0)
        parts.append(Tr::tr("comments %1").arg(topic.comments));
    if (const QString age = ageText(topic.created, now); !age.isEmpty())
        parts.append(Tr::tr("%1 ago").arg(age));
    parts.append(QStringList{topic.source} + topic.alsoIn);
    if (topic.cached)
        parts.append(Tr::tr("cached"));
    return terminalSafe(parts.join(QStringLiteral(", ")));
}

QString topicsText(const QList<Topic>& topics, bool keepFlair)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString text;
    for (const TopicSection section : {TopicSection::Consequences, TopicSection::Trending}) {
        int number = 0;
        for (const Topic& topic : topics) {
            if (topic.section != section)
                continue;
            if (number == 0)
                text += sectionName(section) + u'\n';
            // Titles, names and links come from the sources: no control character of theirs
            // reaches the terminal.
            const QString flair = keepFlair || topic.flair.isEmpty()
                                      ? QString()
                                      : QStringLiteral("[%1] ").arg(terminalSafe(topic.flair));
            text += QStringLiteral("%1. %2%3\n")
                        .arg(++number, 2)
                        .arg(flair, terminalSafe(topic.displayTitle(keepFlair)));
            text += QStringLiteral("    %1\n    %2\n")
                        .arg(detailsLine(topic, now), terminalSafe(webUrl(topic.url).toString()));
            if (topic.isCovered())
                text += QStringLiteral("    %1\n")
                            .arg(Tr::tr("covered in %1").arg(terminalSafe(topic.coveredBy)));
        }
    }
    return text.isEmpty() ? Tr::tr("No topics.") + u'\n' : text;
}

QString topicsJson(const QList<Topic>& topics, bool keepFlair)
{
    QJsonArray array;
    for (const Topic& topic : topics)
        array.append(topicToJson(topic, keepFlair));
    return QString::fromUtf8(QJsonDocument(array).toJson());
}

// The settings' fetch, with what the command line says instead.
Result<TopicFetchConfig> configOf(const QCommandLineParser& parser, const TopicOptions& options,
                                  const Settings& settings)
{
    Result<TopicFetchConfig> configured = topicFetchConfig(settings);
    if (!configured)
        return configured;
    TopicFetchConfig config = std::move(configured).value();
    if (parser.isSet(options.sources)) {
        Result<QList<TopicSource>> sources = sourcesOf(parser.values(options.sources));
        if (!sources)
            return Error{sources.errorMessage()};
        config.sources = std::move(sources).value();
    }
    if (parser.isSet(options.timeout)) {
        // nan, inf and anything under a millisecond became "no timeout" in libcurl: a hang.
        bool ok = false;
        const double seconds = parser.value(options.timeout).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < kMinTimeoutSeconds ||
            seconds > kMaxTimeoutSeconds)
            return Error{Tr::tr("--timeout '%1' is not a number of seconds from %2 to %3.")
                             .arg(echoed(parser.value(options.timeout)))
                             .arg(kMinTimeoutSeconds)
                             .arg(kMaxTimeoutSeconds)};
        config.policy.timeout = std::chrono::milliseconds(qint64(std::lround(seconds * 1000)));
        config.policy.connectTimeout =
            std::min(config.policy.connectTimeout, config.policy.timeout);
    }
    if (parser.isSet(options.limit)) {
        bool ok = false;
        config.merge.perSectionLimit = parser.value(options.limit).toInt(&ok);
        if (!ok || config.merge.perSectionLimit < 1)
            return Error{Tr::tr("--limit '%1' is not a whole number above 0.")
                             .arg(echoed(parser.value(options.limit)))};
    }
    if (parser.isSet(options.site))
        config.postsFolder =
            sitePostsFolder(parser.value(options.site), settings.postPathPattern());
    return config;
}

} // namespace

int topicsCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Fetch the day's candidate topics from the sources, merged into one list; topics "
               "that earlier posts of the site used are marked as covered. A failing source is "
               "reported on stderr (with its last successful list, when there is one); the exit "
               "code is 1 only when no source succeeded."));
    const TopicOptions options;
    parser.addOptions(
        {options.sources, options.limit, options.json, options.site, options.timeout});
    if (const int code = parseCommandLine(parser, arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return fail(Tr::tr("topics takes no files; see 'digestctl topics --help'."), UsageError);

    const Settings settings;
    const Result<TopicFetchConfig> config = configOf(parser, options, settings);
    if (!config)
        return fail(config.errorMessage(), UsageError);
    if (config.value().sources.isEmpty())
        return fail(Tr::tr("no topic sources are configured; give one with --source URL."));

    const TopicFetchResult result = fetchTopics(config.value());
    reportSourceFailures(result);
    const bool keepFlair = settings.topicTitlesKeepFlair();
    print(stdout, parser.isSet(options.json) ? topicsJson(result.topics, keepFlair)
                                             : topicsText(result.topics, keepFlair));
    return result.anySucceeded() ? Success : Failure;
}

} // namespace digest::cli
