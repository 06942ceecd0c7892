#include "core/render/pagepreview.h"

#include "core/markdown/cmarkdocument.h"
#include "core/post/post.h"
#include "core/render/markdownrenderer.h"

#include <QJsonArray>
#include <QJsonDocument>

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
    page.bodyFirstLine = post.bodyFirstLine();
    page.words = PagePreviewRenderer::countWords(page.bodyBlocks);
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

namespace {

// Counts words in `html`, carrying whether a tag or a word is open across calls, so that
// blocks counted one after the other count as their join would.
struct WordCounter
{
    int words = 0;
    bool inTag = false;
    bool inWord = false;

    void count(QStringView html)
    {
        const char16_t* c = html.utf16();
        const char16_t* const end = c + html.size();
        while (c != end) {
            if (inTag) {
                // Skipped with memchr's speed: markup is a good part of the HTML.
                const qsizetype close = QStringView(c, end).indexOf(u'>');
                if (close < 0)
                    return;
                c += close + 1;
                inTag = false;
                continue;
            }
            const char16_t ch = *c++;
            if (ch == u'<') {
                // A tag ends a word only where whitespace would ("<em>a</em>b" is one word).
                inTag = true;
                continue;
            }
            const bool space = QChar::isSpace(ch);
            words += !space && !inWord;
            inWord = !space;
        }
    }
};

} // namespace

int PagePreviewRenderer::countWords(QStringView bodyHtml)
{
    WordCounter counter;
    counter.count(bodyHtml);
    return counter.words;
}

int PagePreviewRenderer::countWords(const QStringList& bodyBlocks)
{
    WordCounter counter;
    for (const QString& block : bodyBlocks)
        counter.count(block);
    return counter.words;
}

BlockPatch BlockPatch::between(const QStringList& shown, const QStringList& next)
{
    qsizetype head = 0;
    while (head < next.size() && head < shown.size() && next[head] == shown[head])
        ++head;
    qsizetype tail = 0;
    while (tail < next.size() - head && tail < shown.size() - head &&
           next[next.size() - 1 - tail] == shown[shown.size() - 1 - tail])
        ++tail;
    return {head, shown.size() - head - tail, next.size() - head - tail};
}

QString PagePreview::payload(const BlockPatch& patch, const QJsonObject& hints) const
{
    QJsonObject json = toJson();
    for (auto hint = hints.begin(); hint != hints.end(); ++hint)
        json.insert(hint.key(), hint.value());
    json.insert(QStringLiteral("patch"),
                QJsonObject{{QStringLiteral("from"), patch.from},
                            {QStringLiteral("remove"), patch.remove},
                            {QStringLiteral("blocks"), QJsonArray::fromStringList(bodyBlocks.mid(
                                                           patch.from, patch.insert))}});
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
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
