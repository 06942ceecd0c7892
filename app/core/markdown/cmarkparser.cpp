#include "core/markdown/cmarkparser.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <array>
#include <mutex>

namespace digest {
namespace {

constexpr std::array kExtensions{"table", "strikethrough", "autolink", "tagfilter", "tasklist"};

void registerExtensionsOnce()
{
    // The extension registry is global and not thread-safe while it is being filled.
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

} // namespace

void CmarkDocument::ParserDeleter::operator()(cmark_parser* parser) const
{
    cmark_parser_free(parser);
}

void CmarkDocument::NodeDeleter::operator()(cmark_node* node) const
{
    cmark_node_free(node);
}

CmarkDocument::CmarkDocument(QByteArrayView utf8, int options)
{
    registerExtensionsOnce();
    m_parser.reset(cmark_parser_new(options));
    for (const char* name : kExtensions) {
        if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(m_parser.get(), extension);
    }
    cmark_parser_feed(m_parser.get(), utf8.data(), size_t(utf8.size()));
    m_root.reset(cmark_parser_finish(m_parser.get()));
}

CmarkDocument::~CmarkDocument() = default;

cmark_llist* CmarkDocument::extensions() const
{
    return cmark_parser_get_syntax_extensions(m_parser.get());
}

} // namespace digest
