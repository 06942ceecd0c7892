#include "command.h"
#include "core/post/archetype.h"
#include "core/post/newpost.h"
#include "core/post/postday.h"
#include "core/settings/settings.h"
#include "output.h"

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
                             Tr::tr("The model named in the built-in archetype's tags."),
                             QStringLiteral("NAME"), Archetype::defaultModel()};
    QCommandLineOption force{QStringLiteral("force"), Tr::tr("Replace a file that exists.")};
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
                        .arg(parser.value(options.date)),
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
        return fail(Tr::tr("--model '%1' is not a model name.").arg(request.model), UsageError);
    return request;
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
    parser.addOptions({options.date, options.site, options.output, options.model, options.force});
    if (const int code = parseCommandLine(parser, arguments); code >= 0)
        return code;
    const std::variant<NewPostRequest, int> parsed = request(parser, options);
    if (const int* code = std::get_if<int>(&parsed))
        return *code;
    const NewPostRequest& wanted = std::get<NewPostRequest>(parsed);
    if (!wanted.siteFolder.isEmpty() && !QFileInfo(wanted.siteFolder).isDir())
        return fail(Tr::tr("The site folder %1 does not exist.")
                        .arg(QDir::toNativeSeparators(wanted.siteFolder)));

    // A day in the future is a wrong --date, like a malformed one.
    if (const Result<QDateTime> date = NewPost::dateFor(wanted.day, systemClock(), wanted.siteZone);
        !date)
        return fail(date.errorMessage(), UsageError);

    const Result<NewPostFile> post = NewPost::make(wanted);
    if (!post)
        return fail(post.errorMessage());
    const bool force = parser.isSet(options.force);
    const Status saved =
        NewPost::save(post.value(), force ? PostFile::Existing::Replace : PostFile::Existing::Keep);
    if (!saved) {
        const bool exists = !force && QFileInfo::exists(post.value().path);
        return fail(exists ? saved.errorMessage() + u' ' + Tr::tr("Use --force to replace it.")
                           : saved.errorMessage());
    }
    print(stdout, QDir::toNativeSeparators(post.value().path) + u'\n');
    return Success;
}

} // namespace digest::cli
