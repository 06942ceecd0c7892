#include "core/markdown/cmarkdocument.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <array>
#include <atomic>
#include <mutex>
#include <utility>

namespace digest {
namespace {

constexpr std::array kExtensions{"table", "strikethrough", "autolink", "tagfilter", "tasklist"};

static_assert(CmarkDocument::kPostOptions ==
              (CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE));

std::atomic<int> parses{0};

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

CmarkDocument::CmarkDocument(QByteArray utf8, int options)
    : m_source(std::move(utf8))
{
    registerExtensionsOnce();
    m_parser.reset(cmark_parser_new(options));
    for (const char* name : kExtensions) {
        if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(m_parser.get(), extension);
    }
    cmark_parser_feed(m_parser.get(), m_source.constData(), size_t(m_source.size()));
    m_root.reset(cmark_parser_finish(m_parser.get()));
    parses.fetch_add(1, std::memory_order_relaxed);
}

CmarkDocument::~CmarkDocument() = default;

cmark_llist* CmarkDocument::extensions() const
{
    return cmark_parser_get_syntax_extensions(m_parser.get());
}

int CmarkDocument::parsesSoFar()
{
    return parses.load(std::memory_order_relaxed);
}

} // namespace digest
