#pragma once

#include "core/post/frontmattervalues.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace digest {

class CmarkDocument;
class Post;

// How the preview turns the body blocks it shows into a new page's: the blocks
// [from, from + remove) of the shown list give way to [from, from + insert) of the new one.
struct BlockPatch
{
    qsizetype from = 0;
    qsizetype remove = 0;
    qsizetype insert = 0;

    // Only what lies between the unchanged head and tail: a keystroke in a long post sends one
    // paragraph, not the whole post.
    static BlockPatch between(const QStringList& shown, const QStringList& next);

    bool operator==(const BlockPatch&) const = default;
};

// Everything the preview shows of a post, as the site publishes it: the body's HTML and, from
// the front matter, the page's header (title, date, reading time, word count, tags, cover)
// and whether the table of contents is shown. Computed off the GUI thread.
struct PagePreview
{
    // The body's HTML cut into its top-level blocks (the preview sends only the blocks that
    // changed).
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

    // Set by AnalysisChain, on the worker (0 and empty elsewhere): this page's number, unique
    // in the process, and the number of the page whose blocks `patchJson` patches into this
    // one's. The preview uses `patchJson` only when it shows that page; otherwise it makes the
    // payload itself.
    quint64 serial = 0;
    quint64 patchBase = 0;
    QString patchJson;

    // The body's HTML, whole.
    QString bodyHtml() const { return bodyBlocks.join(QString()); }

    // The payload the preview page's script takes, without the body (see PreviewView).
    QJsonObject toJson() const;
    // The whole payload as compact JSON: toJson() with `patch`, its blocks taken from this
    // page's, and the optional `hints` (fields the page may use to skip work).
    QString payload(const BlockPatch& patch, const QJsonObject& hints = {}) const;

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
    // The same over the blocks of the HTML, as if they were joined.
    static int countWords(const QStringList& bodyBlocks);
    // Hugo's reading time in minutes: (words + 212) / 213.
    static int readingMinutes(int words) { return (words + 212) / 213; }
};

} // namespace digest
