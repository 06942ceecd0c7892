#pragma once

#include "core/post/frontmattervalues.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace digest {

class CmarkDocument;
class Post;

// Everything the preview shows of a post, as the site publishes it: the body's HTML and, from
// the front matter, the page's header (title, date, reading time, word count, tags, cover)
// and whether the table of contents is shown. Computed off the GUI thread.
struct PagePreview
{
    // The body's HTML, whole and cut into its top-level blocks (the preview sends only the
    // blocks that changed).
    QString bodyHtml;
    QStringList bodyBlocks;
    QString title;
    PostDate date;
    QString author;
    QStringList tags;
    Cover cover;
    bool draft = false;
    bool showToc = false;
    bool tocOpen = false;
    bool showReadingTime = false;
    bool showWordCount = false;
    int words = 0;
    int readingMinutes = 0;
    // Why the front matter could not be read; the body still shows.
    QString frontMatterProblem;
    // Which text this page was rendered from (the editor's text revision).
    int revision = 0;
    // Lines of the file before the body, so body positions map to file lines.
    int bodyFirstLine = 0;

    // The payload the preview page's script takes, without the body (see PreviewView).
    QJsonObject toJson() const;

    bool operator==(const PagePreview&) const = default;
};

class PagePreviewRenderer final
{
public:
    static PagePreview render(QStringView postText);
    // The page of a post whose body is parsed already (with CmarkDocument::kPostOptions); the
    // tree is used up (see MarkdownRenderer::toHtmlBlocks).
    static PagePreview render(const Post& post, CmarkDocument&& body);

    // Words as Hugo counts them: whitespace-separated runs of the body's text without markup.
    static int countWords(QStringView bodyHtml);
    // Hugo's reading time in minutes: (words + 212) / 213.
    static int readingMinutes(int words) { return (words + 212) / 213; }
};

} // namespace digest
