#include "command.h"
#include "core/post/archetype.h"
#include "core/post/newpost.h"
#include "core/post/postday.h"
#include "core/settings/settings.h"
#include "generatepipeline.h"
#include "output.h"
#include "terminaltext.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <variant>

namespace digest::cli {
namespace {

struct NewOptions
{
    QCommandLineOption date{QStringLiteral("date"),
                            Tr::tr("The post's day, YYYY-MM-DD, in the site's time zone (the "
                                   "settings', default UTC); today or earlier. Default: today."),
                            QStringLiteral("YYYY-MM-DD")};
    QCommandLineOption site{QStringLiteral("site"),
                            Tr::tr("The Hugo site folder: its archetypes are used and, without "
                                   "-o, the post goes where the file name pattern says "
                                   "(default: the site folder in the settings)."),
                            QStringLiteral("DIR")};
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                              Tr::tr("Write the post to FILE."),
                              QStringLiteral("FILE")};
    QCommandLineOption model{QStringLiteral("model"),
                             Tr::tr("The model named in the built-in archetype's tags; with "
                                    "--generate also the model asked (default: the configured "
                                    "one)."),
                             QStringLiteral("NAME"), Archetype::defaultModel()};
    QCommandLineOption force{QStringLiteral("force"), Tr::tr("Replace a file that exists.")};
    QCommandLineOption generate{
        QStringLiteral("generate"),
        Tr::tr("Fill the post unattended: fetch the topics, make the top ones not covered by "
               "earlier posts its items, list the trending headlines, and have the model "
               "(OPENAI_BASE_URL, OPENAI_MODEL, OPENAI_API_KEY, or the settings) write every "
               "Benefits, Ramifications and prediction. Exit code 1 when a slot failed or was "
               "cut short; the post is written anyway.")};
    QCommandLineOption sources{QStringLiteral("source"),
                               Tr::tr("With --generate: fetch this source instead of the "
                                      "configured ones; repeatable. \"trending=URL\" feeds the "
                                      "trending topics."),
                               QStringLiteral("[SECTION=]URL")};
    QCommandLineOption topics{QStringLiteral("topics"),
                              Tr::tr("With --generate: the number of topics (default 5)."),
                              QStringLiteral("N")};
    QCommandLineOption jobs{QStringLiteral("jobs"),
                            Tr::tr("With --generate: requests to the model at a time (default %1).")
                                .arg(GenerationQueue::kDefaultLimit),
                            QStringLiteral("N")};
};

// The day in --date, strictly YYYY-MM-DD; invalid when it is not one.
QDate parseDay(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("\\A\\d{4}-\\d{2}-\\d{2}\\z"));
    return shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

// The request the command line asks for, or the exit code of a wrong command line.
std::variant<NewPostRequest, int> request(const QCommandLineParser& parser,
                                          const NewOptions& options)
{
    if (!parser.positionalArguments().isEmpty())
        return fail(Tr::tr("new takes no FILE argument; use -o FILE."), UsageError);
    const Settings settings;
    NewPostRequest request;
    // The app's definition of the post's day: today in the site's time zone.
    request.siteZone = settings.siteTimeZone();
    request.day = parser.isSet(options.date)
                      ? parseDay(parser.value(options.date))
                      : postDay(QDateTime::currentDateTimeUtc(), request.siteZone);
    if (!request.day.isValid())
        return fail(Tr::tr("--date '%1' is not a day of the form YYYY-MM-DD, e.g. 2025-06-10.")
                        .arg(echoed(parser.value(options.date))),
                    UsageError);
    request.siteFolder =
        parser.isSet(options.site) ? parser.value(options.site) : settings.siteFolder();
    request.outputPath = parser.value(options.output);
    request.pathPattern = settings.postPathPattern();
    request.model = parser.value(options.model);
    if (request.outputPath.isEmpty() && request.siteFolder.isEmpty())
        return fail(Tr::tr("new needs -o FILE or --site DIR (or a site folder in the settings)."),
                    UsageError);
    if (!Archetype::isModelName(request.model))
        return fail(Tr::tr("--model '%1' is not a model name.").arg(echoed(request.model)),
                    UsageError);
    return request;
}

// A whole number of at least 1 from an option, or the exit code of a wrong one.
std::variant<int, int> countOf(const QCommandLineParser& parser, const QCommandLineOption& option,
                               int fallback)
{
    if (!parser.isSet(option))
        return std::variant<int, int>(std::in_place_index<0>, fallback);
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 1)
        return std::variant<int, int>(
            std::in_place_index<1>,
            fail(Tr::tr("--%1 needs a whole number above 0.").arg(option.names().first()),
                 UsageError));
    return std::variant<int, int>(std::in_place_index<0>, value);
}

// What --generate asks for, or the exit code of a wrong command line.
std::variant<GenerateRequest, int> generateRequest(const QCommandLineParser& parser,
                                                   const NewOptions& options)
{
    GenerateRequest generate;
    if (!parser.isSet(options.generate)) {
        for (const QCommandLineOption* option :
             {&options.sources, &options.topics, &options.jobs}) {
            if (parser.isSet(*option))
                return fail(Tr::tr("--%1 goes with --generate.").arg(option->names().first()),
                            UsageError);
        }
        return generate;
    }
    const auto topics = countOf(parser, options.topics, generate.topics);
    if (topics.index() == 1)
        return std::get<1>(topics);
    const auto jobs = countOf(parser, options.jobs, generate.jobs);
    if (jobs.index() == 1)
        return std::get<1>(jobs);
    generate.topics = std::get<0>(topics);
    generate.jobs = std::get<0>(jobs);
    generate.sourceSpecs = parser.values(options.sources);
    if (parser.isSet(options.model))
        generate.model = parser.value(options.model);
    generate.force = parser.isSet(options.force);
    return generate;
}

} // namespace

int newCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Write a new post for a day from the site's archetype (archetypes/<section>.md, "
               "then archetypes/default.md, else a built-in one with empty slots), dated in "
               "UTC and never in the future; the day is the site's (its time zone in the "
               "settings, default UTC). Prints the path written."));
    const NewOptions options;
    parser.addOptions({options.date, options.site, options.output, options.model, options.force,
                       options.generate, options.sources, options.topics, options.jobs});
    if (const int code = parseCommandLine(parser, arguments); code >= 0)
        return code;
    const std::variant<NewPostRequest, int> parsed = request(parser, options);
    if (const int* code = std::get_if<int>(&parsed))
        return *code;
    const NewPostRequest& wanted = std::get<NewPostRequest>(parsed);
    const std::variant<GenerateRequest, int> generate = generateRequest(parser, options);
    if (const int* code = std::get_if<int>(&generate))
        return *code;
    if (!wanted.siteFolder.isEmpty() && !QFileInfo(wanted.siteFolder).isDir())
        return fail(Tr::tr("The site folder %1 does not exist.")
                        .arg(QDir::toNativeSeparators(wanted.siteFolder)));

    // A day in the future is a wrong --date, like a malformed one.
    if (const Result<QDateTime> date = NewPost::dateFor(wanted.day, systemClock(), wanted.siteZone);
        !date)
        return fail(date.errorMessage(), UsageError);
    if (parser.isSet(options.generate))
        return generateNewPost(wanted, std::get<GenerateRequest>(generate));

    const Result<NewPostFile> post = NewPost::make(wanted);
    if (!post)
        return fail(post.errorMessage());
    const bool force = parser.isSet(options.force);
    const Status saved =
        NewPost::save(post.value(), force ? PostFile::Existing::Replace : PostFile::Existing::Keep);
    if (!saved) {
        // --force replaces a file, nothing else (a FIFO, a device, a folder is refused either way).
        const bool exists = !force && QFileInfo(post.value().path).isFile();
        return fail(exists ? saved.errorMessage() + u' ' + Tr::tr("Use --force to replace it.")
                           : saved.errorMessage());
    }
    print(stdout, QDir::toNativeSeparators(post.value().path) + u'\n');
    return Success;
}

} // namespace digest::cli
