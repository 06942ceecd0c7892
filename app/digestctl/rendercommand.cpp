#include "command.h"
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
    const QCommandLineOption sourcePositions(
        QStringLiteral("sourcepos"),
        Tr::tr("Mark block elements with the lines they come from (data-sourcepos), as the "
               "preview does to scroll in step with the editor."));
    parser.addOption(sourcePositions);
    PostArgument post;
    if (const int code = parsePostCommandLine(parser, arguments, QStringLiteral("render"), post);
        code >= 0)
        return code;
    print(stdout, MarkdownRenderer::postBodyToHtml(post.text,
                                                   parser.isSet(sourcePositions)
                                                       ? MarkdownRenderer::SourcePositions::Mark
                                                       : MarkdownRenderer::SourcePositions::Omit));
    return Success;
}

} // namespace digest::cli
