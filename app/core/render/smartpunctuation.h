#pragma once

#include <QByteArrayView>

struct cmark_node;

namespace digest {

// Puts the typographic punctuation Hugo publishes into a document cmark-gfm parsed without
// CMARK_OPT_SMART: every text node's quotes, dashes and ellipses are replaced as Goldmark's
// typographer replaces them (see Typographer), judged on the Markdown source around them,
// which cmark's source positions lead back to. What Goldmark never typesets keeps its marks:
// code, link destinations and titles, autolinked addresses, raw HTML, and characters written
// with a backslash escape or an entity.
//
// One difference is left: Goldmark's typographer takes "<<" before its raw-HTML parser sees
// the second '<', so Hugo shows "<<b>" as «b>, while cmark has already read <b> as raw HTML
// (which the preview omits). It changes the element tree, not just punctuation.
class SmartPunctuation final
{
public:
    // `source` is the UTF-8 text `root` was parsed from.
    static void apply(cmark_node* root, QByteArrayView source);
};

} // namespace digest
