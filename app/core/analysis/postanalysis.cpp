#include "core/analysis/postanalysis.h"

#include "core/markdown/cmarkdocument.h"
#include "core/post/post.h"

#include <utility>

namespace digest {

PostAnalysis analyzePost(QStringView postText, int revision)
{
    const Post post = Post::fromText(postText.toString());
    CmarkDocument body(post.body().toUtf8());
    PostAnalysis analysis;
    analysis.revision = revision;
    // The outline first: the page's typographer rewrites the tree's text, and the outline
    // keeps the characters the post has so they can be found in it again.
    analysis.outline = readOutline(body, post.bodyFirstLine());
    analysis.page = PagePreviewRenderer::render(post, std::move(body));
    analysis.page.revision = revision;
    return analysis;
}

} // namespace digest
