#include "command.h"

#include "core/post/postfile.h"
#include "output.h"
#include "terminaltext.h"

#include <QCommandLineParser>

namespace digest::cli {

QList<Command> commands()
{
    return {
        {QStringLiteral("render"), QStringLiteral("render FILE"),
         Tr::tr("Print the HTML of the post's body, as the preview shows it."), renderCommand},
        {QStringLiteral("new"),
         QStringLiteral("new --date YYYY-MM-DD [--site DIR] [-o FILE] [--generate [--source "
                        "URL]... [--topics N] [--jobs N] [--model M]]"),
         Tr::tr("Write a new post for a day from the site's archetype; with --generate, "
                "filled by the model."),
         newCommand},
        {QStringLiteral("roundtrip"), QStringLiteral("roundtrip FILE"),
         Tr::tr("Read the post and write it back to standard output, unchanged."),
         roundtripCommand},
        {QStringLiteral("set"),
         QStringLiteral("set FILE KEY=VALUE... [--add-tag T]... [--remove-tag T]... "
                        "[--in-place | -o OUT [--force]]"),
         Tr::tr("Change front matter values (cover.alt=..., draft=true, tags), rewriting only "
                "their text; prints the post or writes it."),
         setCommand},
        {QStringLiteral("outline"), QStringLiteral("outline FILE [--json]"),
         Tr::tr("Print the post's sections, consequences, trending topics and predictions."),
         outlineCommand},
        {QStringLiteral("topics"),
         QStringLiteral("topics [--source URL]... [--limit N] [--json] [--site DIR]"),
         Tr::tr("Fetch the day's candidate topics from Reddit and feeds, merged."), topicsCommand},
        {QStringLiteral("lint"), QStringLiteral("lint FILE... [--site DIR] [--model M] [--json]"),
         Tr::tr("Proofread posts: print their problems as compilers print errors."), lintCommand},
        {QStringLiteral("publish"),
         QStringLiteral("publish FILE [--site DIR] [--no-push] [--branch B] [--review [BRANCH]] "
                        "[--remote R] [--message M] [--hugo|--no-hugo]"),
         Tr::tr("Commit the post into the site's git checkout and push it (or push a branch "
                "for review)."),
         publishCommand},
    };
}

int parseCommandLine(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments))
        // Qt's message quotes the wrong option whole, however long.
        return fail(echoed(parser.errorText(), 2 * kMaxEchoedLength), UsageError);
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, parser.helpText());
        return Success;
    }
    return -1;
}

int parsePostCommandLine(QCommandLineParser& parser, const QStringList& arguments,
                         const QString& command, PostArgument& post)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The post, a Markdown file."));
    if (const int code = parseCommandLine(parser, arguments); code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(Tr::tr("%1 needs exactly one FILE; see 'digestctl %1 --help'.").arg(command),
                    UsageError);
    const Result<QString> text = PostFile::read(files.first());
    if (!text)
        return fail(text.errorMessage());
    post = {files.first(), text.value()};
    return -1;
}

} // namespace digest::cli
