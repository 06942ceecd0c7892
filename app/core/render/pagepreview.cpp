#include "core/render/pagepreview.h"

#include "core/markdown/cmarkdocument.h"
#include "core/post/post.h"
#include "core/render/markdownrenderer.h"

#include <QJsonArray>

#include <utility>

namespace digest {
namespace {

bool flag(const FrontMatterValues& values, const char* key)
{
    return values.value(QString::fromLatin1(key)).toBool();
}

// The date as the site's theme shows it ("January 2, 2006"), in the date's own zone.
QString displayDate(const PostDate& date)
{
    if (!date.value.isValid())
        return date.text;
    return QLocale(QLocale::English).toString(date.value.date(), QStringLiteral("MMMM d, yyyy"));
}

PagePreview pageOf(const Post& post, QStringList bodyBlocks)
{
    PagePreview page;
    page.bodyBlocks = std::move(bodyBlocks);
    page.bodyHtml = page.bodyBlocks.join(QString());
    page.bodyFirstLine = post.bodyFirstLine();
    page.words = PagePreviewRenderer::countWords(page.bodyHtml);
    page.readingMinutes = PagePreviewRenderer::readingMinutes(page.words);
    if (post.frontMatterUnterminated()) {
        page.frontMatterProblem = QCoreApplication::translate(
            "digest::PagePreview", "The front matter is never closed: the file starts with a "
                                   "delimiter line but has no closing one.");
        return page;
    }
    const Result<FrontMatterValues> values = post.frontMatter();
    if (!values) {
        page.frontMatterProblem = values.errorMessage();
        return page;
    }
    const FrontMatterValues& fm = values.value();
    page.title = fm.title();
    page.date = fm.date();
    page.author = fm.author();
    page.tags = fm.tags();
    page.cover = fm.cover();
    page.draft = fm.draft();
    page.showToc = flag(fm, "showToc");
    page.tocOpen = flag(fm, "tocOpen");
    page.showReadingTime = flag(fm, "showReadingTime");
    page.showWordCount = flag(fm, "showWordCount");
    return page;
}

} // namespace

PagePreview PagePreviewRenderer::render(QStringView postText)
{
    const Post post = Post::fromText(postText.toString());
    return pageOf(
        post, MarkdownRenderer::toHtmlBlocks(post.body(), MarkdownRenderer::SourcePositions::Mark));
}

PagePreview PagePreviewRenderer::render(const Post& post, CmarkDocument&& body)
{
    return pageOf(post, MarkdownRenderer::toHtmlBlocks(std::move(body),
                                                       MarkdownRenderer::SourcePositions::Mark));
}

int PagePreviewRenderer::countWords(QStringView bodyHtml)
{
    int words = 0;
    bool inTag = false;
    bool inWord = false;
    for (const QChar c : bodyHtml) {
        if (inTag) {
            inTag = c != u'>';
            continue;
        }
        if (c == u'<') {
            // A tag ends a word only where whitespace would ("<em>a</em>b" is one word).
            inTag = true;
            continue;
        }
        const bool space = c.isSpace();
        words += !space && !inWord;
        inWord = !space;
    }
    return words;
}

QJsonObject PagePreview::toJson() const
{
    return {
        {QStringLiteral("title"), title},
        {QStringLiteral("date"), displayDate(date)},
        {QStringLiteral("dateIso"),
         date.value.isValid() ? date.value.toString(Qt::ISODate) : QString()},
        {QStringLiteral("author"), author},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
        {QStringLiteral("coverImage"), cover.hidden ? QString() : cover.image},
        {QStringLiteral("coverAlt"), cover.alt},
        {QStringLiteral("coverCaption"), cover.caption},
        {QStringLiteral("draft"), draft},
        {QStringLiteral("showToc"), showToc},
        {QStringLiteral("tocOpen"), tocOpen},
        {QStringLiteral("readingTime"),
         showReadingTime
             ? QCoreApplication::translate("digest::PagePreview", "%n min", nullptr, readingMinutes)
             : QString()},
        {QStringLiteral("wordCount"),
         showWordCount
             ? QCoreApplication::translate("digest::PagePreview", "%n words", nullptr, words)
             : QString()},
        {QStringLiteral("problem"), frontMatterProblem},
        {QStringLiteral("lineOffset"), bodyFirstLine},
        {QStringLiteral("labels"),
         QJsonObject{
             {QStringLiteral("toc"),
              QCoreApplication::translate("digest::PagePreview", "Table of Contents")},
             {QStringLiteral("draft"), QCoreApplication::translate("digest::PagePreview", "Draft")},
         }},
    };
}

} // namespace digest
