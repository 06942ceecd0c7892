#pragma once

#include "core/outline/outline.h"
#include "core/render/pagepreview.h"

#include <QStringView>

namespace digest {

// What the editor shows of one revision of the open post: the preview's page and the
// outline, both read from the same parse of its body. Plain values, so it can be handed from a
// worker thread to the GUI.
struct PostAnalysis
{
    // The editor's text revision the page and the outline were read from.
    int revision = 0;
    PagePreview page;
    Outline outline;
    // The outline differs from the one of the analysis before (AnalysisChain); true when
    // there is none to compare with.
    bool outlineChanged = true;

    bool operator==(const PostAnalysis&) const = default;
};

// Parses the post's body once and reads the outline and the page from that one tree; the
// same as parseOutline() and PagePreviewRenderer::render() of the text, at the cost of one
// parse instead of two. Safe to call from any thread.
PostAnalysis analyzePost(QStringView postText, int revision = 0);

} // namespace digest
