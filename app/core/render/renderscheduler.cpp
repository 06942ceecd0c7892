#include "core/render/renderscheduler.h"

#include "core/render/pagepreview.h"

namespace digest {

RenderScheduler::RenderScheduler(QObject* parent)
    : QObject(parent)
    , m_worker(
          [](const Request& request) {
              PagePreview page = PagePreviewRenderer::render(request.text);
              page.revision = request.revision;
              return page;
          },
          [this](const PagePreview& page) { emit rendered(page); })
{}

RenderScheduler::~RenderScheduler() = default;

} // namespace digest
