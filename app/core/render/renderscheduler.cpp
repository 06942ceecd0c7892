#include "core/render/renderscheduler.h"

#include "core/render/markdownrenderer.h"

namespace digest {

RenderScheduler::RenderScheduler(QObject* parent)
    : QObject(parent)
    , m_worker(&MarkdownRenderer::postBodyToHtml,
               [this](const QString& html) { emit rendered(html); })
{}

RenderScheduler::~RenderScheduler() = default;

} // namespace digest
