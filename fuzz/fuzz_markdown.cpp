// Fuzzes the Markdown renderer: the preview page of a whole post (front matter, cmark-gfm with
// the site's extensions, the typographer, Hugo's markup) with source positions marked, as the
// preview renders it.
//
// Checked beyond "no crash": the blocks joined are the whole HTML (the preview relies on it).
#include "core/render/markdownrenderer.h"
#include "core/render/pagepreview.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const digest::PagePreview page = digest::PagePreviewRenderer::render(text);
    // Counted block by block, the words are those of the whole HTML.
    if (digest::PagePreviewRenderer::countWords(page.bodyHtml()) != page.words)
        std::abort();
    (void)page.toJson();

    using digest::MarkdownRenderer;
    const QString html = MarkdownRenderer::toHtml(text, MarkdownRenderer::SourcePositions::Mark);
    if (MarkdownRenderer::toHtmlBlocks(text, MarkdownRenderer::SourcePositions::Mark)
            .join(QString()) != html)
        std::abort();
    return 0;
}
