#pragma once

#include "core/analysis/postanalysis.h"

#include <QJsonObject>
#include <QStringList>
#include <QStringView>

namespace digest {

// Analyses the successive revisions of a post, each against the one analysed before it, so
// that the work of comparing them is done where the analysis runs (a worker thread), not on
// the GUI thread that shows it: the preview's block patch from the previous page to the new
// one, serialised (PagePreview::patchJson), and whether the outline changed at all.
// The patch holds only against the page analysed just before (PagePreview::patchBase); whoever
// shows a page must check that it shows that one. Runs one analysis at a time.
class AnalysisChain final
{
public:
    PostAnalysis next(QStringView postText, int revision);

private:
    // Of the analysis before; m_serial is 0 before the first.
    quint64 m_serial = 0;
    QStringList m_blocks;
    QJsonObject m_header;
    Outline m_outline;
};

} // namespace digest
