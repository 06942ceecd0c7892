#include "command.h"
#include "core/post/postfile.h"
#include "core/render/markdownrenderer.h"
#include "output.h"

#include <QCommandLineParser>

namespace digest::cli {

int renderCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Print the HTML of a post's body as the preview shows it. The front matter is "
               "not body text and is left out."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The post, a Markdown file."));
    if (const int code = parseCommandLine(parser, arguments); code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(Tr::tr("render needs exactly one FILE; see 'digestctl render --help'."),
                    UsageError);

    const Result<QString> text = PostFile::read(files.first());
    if (!text)
        return fail(text.errorMessage());
    print(stdout, MarkdownRenderer::postBodyToHtml(text.value()));
    return Success;
}

} // namespace digest::cli
