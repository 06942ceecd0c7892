#include "core/render/renderscheduler.h"

#include "core/render/pagepreview.h"

namespace digest {

RenderScheduler::RenderScheduler(QObject* parent)
    : QObject(parent)
    , m_worker([](const QString& text) { return PagePreviewRenderer::render(text); },
               [this](const PagePreview& page) { emit rendered(page); })
{}

RenderScheduler::~RenderScheduler() = default;

} // namespace digest
