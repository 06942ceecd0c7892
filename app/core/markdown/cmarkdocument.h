#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

// cmark-gfm's types, declared so that this header does not pull cmark-gfm's headers into the
// code that includes it; only the .cpp files that walk the tree include <cmark-gfm.h>.
struct cmark_node;
struct cmark_parser;
struct _cmark_llist;

namespace digest {

// A Markdown text parsed by cmark-gfm with the extensions the site uses (tables,
// strikethrough, autolinks, tag filter, task lists), so that the preview and everything that
// reads a post's structure see the same element tree. It keeps the text it was parsed from:
// cmark's positions lead back into it. Safe to use from any thread; one instance belongs to one
// thread at a time.
class CmarkDocument final
{
public:
    // The options a post body is parsed with for both the outline and the preview: footnotes
    // and strikethrough between two tildes only, as Goldmark reads them (cmark's
    // CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE, checked in the .cpp). Source
    // positions are a rendering option, so one tree serves both, and smart punctuation is the
    // renderer's own pass (see SmartPunctuation).
    static constexpr int kPostOptions = (1 << 13) | (1 << 14);

    // `options` are cmark's CMARK_OPT_* flags.
    explicit CmarkDocument(QByteArray utf8, int options = kPostOptions);
    ~CmarkDocument();
    CmarkDocument(const CmarkDocument&) = delete;
    CmarkDocument& operator=(const CmarkDocument&) = delete;

    cmark_node* root() const { return m_root.get(); }
    // The UTF-8 text the tree was parsed from.
    const QByteArray& source() const { return m_source; }
    // The attached extensions, as cmark's renderers want them (a cmark_llist); owned by the
    // parser.
    _cmark_llist* extensions() const;

    // Whether a limit (core/util/limits.h) changed how the text was read, and how, for people;
    // empty when none did. Tables with more than kMarkdownTableCells cells in all are read as
    // paragraphs: cmark-gfm would pad every short row to the full width.
    bool tablesAsText() const { return m_tablesAsText; }
    QString limitNotice() const;

    // How many documents have been parsed in this process so far, on all threads: the count
    // that shows a revision of a post is parsed once, not once per reader.
    static int parsesSoFar();

private:
    struct ParserDeleter
    {
        void operator()(cmark_parser* parser) const;
    };
    struct NodeDeleter
    {
        void operator()(cmark_node* node) const;
    };

    QByteArray m_source;
    bool m_tablesAsText = false;
    // The parser outlives the tree: the extensions list the renderers need belongs to it.
    std::unique_ptr<cmark_parser, ParserDeleter> m_parser;
    std::unique_ptr<cmark_node, NodeDeleter> m_root;
};

} // namespace digest
