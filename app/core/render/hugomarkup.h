#pragma once

#include <QString>

struct cmark_node;

namespace digest {

// Where cmark-gfm and Goldmark (Hugo's Markdown) build the same elements but spell them
// differently, the preview writes what Hugo publishes:
//   - footnotes: Goldmark's ids and links (fn:1, fnref:1, and fnref1:1 for the second
//     reference to the same note), its classes and roles, the notes in a
//     <div class="footnotes"> after a rule, the back links at the end of each note's last
//     paragraph;
//   - aligned table cells: style="text-align:right" where cmark writes align="right", and no
//     alignment on the empty cells that fill up a short row;
//   - a loose task list item: the checkbox inside the item's first paragraph, not before it;
//   - a bare "www." address: linked to https://, not http://.
class HugoMarkup final
{
public:
    // Before rendering: puts Goldmark's footnote markup in place of the footnote nodes of a
    // document parsed with CMARK_OPT_FOOTNOTES (the notes become one top-level block), and
    // links bare "www." addresses to https as Goldmark does.
    static void rewriteTree(cmark_node* root);
    // After rendering: the HTML of one top-level block with Goldmark's spellings. A table's
    // HTML must carry its source positions (CMARK_OPT_SOURCEPOS): they tell the cells that
    // fill up a short row.
    static QString respell(QString blockHtml);
    // The HTML without the data-sourcepos attributes CMARK_OPT_SOURCEPOS gives it.
    static QString withoutSourcePositions(QString html);
};

} // namespace digest
