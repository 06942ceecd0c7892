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
    const QCommandLineOption sourcePositions(
        QStringLiteral("sourcepos"),
        Tr::tr("Mark block elements with the lines they come from (data-sourcepos), as the "
               "preview does to scroll in step with the editor."));
    parser.addOption(sourcePositions);
    if (const int code = parseCommandLine(parser, arguments); code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(Tr::tr("render needs exactly one FILE; see 'digestctl render --help'."),
                    UsageError);

    const Result<QString> text = PostFile::read(files.first());
    if (!text)
        return fail(text.errorMessage());
    print(stdout, MarkdownRenderer::postBodyToHtml(text.value(),
                                                   parser.isSet(sourcePositions)
                                                       ? MarkdownRenderer::SourcePositions::Mark
                                                       : MarkdownRenderer::SourcePositions::Omit));
    return Success;
}

} // namespace digest::cli
