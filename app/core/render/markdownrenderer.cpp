#include "core/render/markdownrenderer.h"

#include "core/markdown/cmarkdocument.h"
#include "core/post/frontmatter.h"
#include "core/render/hugomarkup.h"
#include "core/render/smartpunctuation.h"

#include <cmark-gfm.h>

#include <memory>

namespace digest {
namespace {

// No CMARK_OPT_SMART: cmark's smart punctuation follows the CommonMark reference, and Hugo
// publishes Goldmark's, which differs (CVPR'24, '23, an empty ""); SmartPunctuation applies
// Goldmark's rules to the parsed text instead. Goldmark reads footnotes, and strikes through
// text between two tildes only ("~one~" stays as written): CmarkDocument::kPostOptions.
constexpr int kOptions = CmarkDocument::kPostOptions;

struct CStringDeleter
{
    void operator()(char* text) const { cmark_get_default_mem_allocator()->free(text); }
};

QString renderHtml(cmark_node* block, int options, cmark_llist* extensions)
{
    const std::unique_ptr<char, CStringDeleter> html(cmark_render_html(block, options, extensions));
    return QString::fromUtf8(html.get());
}

int optionsFor(MarkdownRenderer::SourcePositions positions)
{
    return kOptions |
           (positions == MarkdownRenderer::SourcePositions::Mark ? CMARK_OPT_SOURCEPOS : 0);
}

} // namespace

QString MarkdownRenderer::toHtml(QStringView markdown, SourcePositions positions)
{
    return toHtmlBlocks(markdown, positions).join(QString());
}

QStringList MarkdownRenderer::toHtmlBlocks(QStringView markdown, SourcePositions positions)
{
    return toHtmlBlocks(CmarkDocument(markdown.toUtf8(), optionsFor(positions)), positions);
}

QStringList MarkdownRenderer::toHtmlBlocks(CmarkDocument&& document, SourcePositions positions)
{
    const int options = optionsFor(positions);
    // Over the whole document: Goldmark's quote counters run across blocks.
    SmartPunctuation::apply(document.root(), document.source());
    HugoMarkup::rewriteTree(document.root());
    QStringList blocks;
    for (cmark_node* block = cmark_node_first_child(document.root()); block;
         block = cmark_node_next(block)) {
        QString html = renderHtml(block, options, document.extensions());
        if (positions == SourcePositions::Omit && html.contains(u"<table")) {
            // HugoMarkup tells a short row's filler cells by their source positions.
            html = HugoMarkup::withoutSourcePositions(HugoMarkup::respell(
                renderHtml(block, options | CMARK_OPT_SOURCEPOS, document.extensions())));
        } else {
            html = HugoMarkup::respell(html);
        }
        blocks.append(html);
    }
    return blocks;
}

QString MarkdownRenderer::postBodyToHtml(QStringView postText, SourcePositions positions)
{
    const FrontMatterSplit split = splitFrontMatter(postText);
    return toHtml(postText.sliced(split.bodyOffset), positions);
}

} // namespace digest
