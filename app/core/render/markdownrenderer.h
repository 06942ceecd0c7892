#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace digest {

class CmarkDocument;

// Turns Markdown into HTML the way the site publishes it: CommonMark with the GFM extensions
// (tables, strikethrough, autolinks, tag filter, task lists) and the typographic punctuation
// Hugo's Goldmark gives it (curly quotes, dashes, ellipses; see Typographer), footnotes, and
// Goldmark's spelling of the markup where cmark-gfm's differs (see HugoMarkup). Raw HTML is
// omitted and unsafe link schemes are dropped, so untrusted text cannot inject markup.
// Safe to call from any thread.
class MarkdownRenderer final
{
public:
    // With SourcePositions::Mark, block elements carry data-sourcepos="line:col-line:col" (the
    // preview uses them to scroll in step with the editor); Hugo's pages have no such marks.
    enum class SourcePositions { Omit, Mark };

    static QString toHtml(QStringView markdown, SourcePositions positions = SourcePositions::Omit);

    // The same HTML cut into its top-level blocks (a heading, a paragraph, a whole list...):
    // joined, they are toHtml(). The preview replaces only the blocks that changed.
    static QStringList toHtmlBlocks(QStringView markdown,
                                    SourcePositions positions = SourcePositions::Omit);
    // The same of a text parsed already (with CmarkDocument::kPostOptions), so that others can
    // read the same parse. The typographer rewrites the tree's text: read the rest first.
    static QStringList toHtmlBlocks(CmarkDocument&& document,
                                    SourcePositions positions = SourcePositions::Omit);

    // The HTML of a post's body: the front matter is not body text and is left out.
    static QString postBodyToHtml(QStringView postText,
                                  SourcePositions positions = SourcePositions::Omit);
};

} // namespace digest
