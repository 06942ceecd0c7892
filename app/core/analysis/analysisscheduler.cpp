#include "core/analysis/analysisscheduler.h"

namespace digest {

AnalysisScheduler::AnalysisScheduler(QObject* parent)
    : QObject(parent)
    , m_worker([](const Request& request) { return analyzePost(request.text, request.revision); },
               [this](const PostAnalysis& analysis) { emit analyzed(analysis); })
{}

AnalysisScheduler::~AnalysisScheduler() = default;

} // namespace digest
