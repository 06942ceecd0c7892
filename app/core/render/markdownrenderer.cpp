#include "core/render/markdownrenderer.h"

#include "core/post/frontmatter.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <array>
#include <memory>
#include <mutex>

namespace digest {
namespace {

constexpr std::array kExtensions{"table", "strikethrough", "autolink", "tagfilter", "tasklist"};
constexpr int kOptions = CMARK_OPT_SMART;

void registerExtensionsOnce()
{
    // The extension registry is global and not thread-safe while it is being filled.
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

struct ParserDeleter
{
    void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};
struct NodeDeleter
{
    void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct CStringDeleter
{
    void operator()(char* text) const { cmark_get_default_mem_allocator()->free(text); }
};

} // namespace

QString MarkdownRenderer::toHtml(QStringView markdown)
{
    registerExtensionsOnce();
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(kOptions));
    for (const char* name : kExtensions) {
        if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
    std::unique_ptr<char, CStringDeleter> html(cmark_render_html(
        document.get(), kOptions, cmark_parser_get_syntax_extensions(parser.get())));
    return QString::fromUtf8(html.get());
}

QString MarkdownRenderer::postBodyToHtml(QStringView postText)
{
    const FrontMatterSplit split = splitFrontMatter(postText);
    return toHtml(postText.sliced(split.bodyOffset));
}

} // namespace digest
