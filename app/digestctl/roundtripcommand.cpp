#include "command.h"
#include "core/post/post.h"
#include "core/post/postfile.h"
#include "output.h"

#include <QCommandLineParser>

namespace digest::cli {

int roundtripCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Read a post into its parts (front matter, body) and write it to standard "
               "output again. An unedited post comes out byte for byte as it went in; a front "
               "matter that does not parse is reported on standard error."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The post, a Markdown file."));
    if (const int code = parseCommandLine(parser, arguments); code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(Tr::tr("roundtrip needs exactly one FILE; see 'digestctl roundtrip --help'."),
                    UsageError);

    const Result<QString> text = PostFile::read(files.first());
    if (!text)
        return fail(text.errorMessage());
    const Post post = Post::fromText(text.value());
    print(stdout, post.toText());
    if (post.frontMatterUnterminated())
        return fail(Tr::tr("%1: the front matter is never closed.").arg(files.first()));
    if (const auto values = post.frontMatter(); !values)
        return fail(QStringLiteral("%1: %2").arg(files.first(), values.errorMessage()));
    return Success;
}

} // namespace digest::cli
