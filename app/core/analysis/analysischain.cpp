#include "core/analysis/analysischain.h"

#include <atomic>
#include <utility>

namespace digest {
namespace {

// Unique in the process, so that a page of one chain is never taken for another chain's.
quint64 nextSerial()
{
    static std::atomic<quint64> serial{0};
    return ++serial;
}

bool holdsHeading(const QStringList& blocks, qsizetype from, qsizetype count)
{
    for (qsizetype i = from; i < from + count; ++i) {
        // Text never holds a bare '<' (the renderer escapes it), so these are tags.
        if (blocks.at(i).contains(u"<h2") || blocks.at(i).contains(u"<h3"))
            return true;
    }
    return false;
}

} // namespace

PostAnalysis AnalysisChain::next(QStringView postText, int revision)
{
    PostAnalysis analysis = analyzePost(postText, revision);
    PagePreview& page = analysis.page;
    page.serial = nextSerial();
    const QJsonObject header = page.toJson();
    if (m_serial != 0) {
        const BlockPatch patch = BlockPatch::between(m_blocks, page.bodyBlocks);
        // Hints the page may use to skip work: the header and the headings (its table of
        // contents and anchors) are the same as before.
        const QJsonObject hints{
            {QStringLiteral("headerChanged"), header != m_header},
            {QStringLiteral("headingsChanged"),
             holdsHeading(m_blocks, patch.from, patch.remove) ||
                 holdsHeading(page.bodyBlocks, patch.from, patch.insert)},
        };
        page.patchBase = m_serial;
        page.patchJson = page.payload(patch, hints);
        analysis.outlineChanged = analysis.outline != m_outline;
    }
    m_serial = page.serial;
    m_blocks = page.bodyBlocks;
    m_header = header;
    m_outline = analysis.outline;
    return analysis;
}

} // namespace digest
