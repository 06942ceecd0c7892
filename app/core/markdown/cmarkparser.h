#pragma once

#include <QByteArrayView>

#include <memory>

// cmark-gfm's types, declared rather than included, so that cmark's header stays out of every
// public header (cmark-gfm.h declares the same names for the same types).
struct cmark_node;
struct cmark_parser;
using cmark_llist = struct _cmark_llist;

namespace digest {

// A Markdown text parsed by cmark-gfm with the extensions the site uses (tables,
// strikethrough, autolinks, tag filter, task lists), so that the preview and everything that
// reads a post's structure see the same element tree. Safe to use from any thread; one
// instance belongs to one thread at a time.
class CmarkDocument final
{
public:
    // `options` are cmark's CMARK_OPT_* flags.
    CmarkDocument(QByteArrayView utf8, int options);
    ~CmarkDocument();
    CmarkDocument(const CmarkDocument&) = delete;
    CmarkDocument& operator=(const CmarkDocument&) = delete;

    cmark_node* root() const { return m_root.get(); }
    // The attached extensions, as cmark's renderers want them; owned by the parser.
    cmark_llist* extensions() const;

private:
    struct ParserDeleter
    {
        void operator()(cmark_parser* parser) const;
    };
    struct NodeDeleter
    {
        void operator()(cmark_node* node) const;
    };

    // The parser outlives the tree: the extensions list the renderers need belongs to it.
    std::unique_ptr<cmark_parser, ParserDeleter> m_parser;
    std::unique_ptr<cmark_node, NodeDeleter> m_root;
};

} // namespace digest
