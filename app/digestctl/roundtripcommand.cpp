#include "command.h"
#include "core/post/post.h"
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
    PostArgument file;
    if (const int code = parsePostCommandLine(parser, arguments, QStringLiteral("roundtrip"), file);
        code >= 0)
        return code;
    const Post post = Post::fromText(file.text);
    print(stdout, post.toText());
    if (post.frontMatterUnterminated())
        return fail(Tr::tr("%1: the front matter is never closed.").arg(file.path));
    if (const auto values = post.frontMatter(); !values)
        return fail(QStringLiteral("%1: %2").arg(file.path, values.errorMessage()));
    return Success;
}

} // namespace digest::cli
