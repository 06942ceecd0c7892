#include "core/render/markdownrenderer.h"

#include "core/post/frontmatter.h"
#include "core/render/cmarkparser.h"

#include <cmark-gfm.h>

#include <memory>

namespace digest {
namespace {

constexpr int kOptions = CMARK_OPT_SMART;

struct CStringDeleter
{
    void operator()(char* text) const { cmark_get_default_mem_allocator()->free(text); }
};

} // namespace

QString MarkdownRenderer::toHtml(QStringView markdown)
{
    const CmarkDocument document(markdown.toUtf8(), kOptions);
    std::unique_ptr<char, CStringDeleter> html(
        cmark_render_html(document.root(), kOptions, document.extensions()));
    return QString::fromUtf8(html.get());
}

QString MarkdownRenderer::postBodyToHtml(QStringView postText)
{
    const FrontMatterSplit split = splitFrontMatter(postText);
    return toHtml(postText.sliced(split.bodyOffset));
}

} // namespace digest
