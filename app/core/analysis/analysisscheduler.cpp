#include "core/analysis/analysisscheduler.h"

#include "core/analysis/analysischain.h"

#include <memory>

namespace digest {

AnalysisScheduler::AnalysisScheduler(QObject* parent)
    : QObject(parent)
    // Each analysis is compared with the one before, on the worker: the runs go one after the
    // other, and every result is delivered, so the chain's "before" is the last one delivered.
    , m_worker([chain = std::make_shared<AnalysisChain>()](
                   const Request& request) { return chain->next(request.text, request.revision); },
               [this](const PostAnalysis& analysis) { emit analyzed(analysis); })
{}

AnalysisScheduler::~AnalysisScheduler() = default;

} // namespace digest
