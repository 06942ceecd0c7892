#include "core/render/renderscheduler.h"

#include "core/render/markdownrenderer.h"

#include <QtConcurrent/QtConcurrentRun>

namespace digest {

RenderScheduler::RenderScheduler(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &RenderScheduler::onFinished);
}

RenderScheduler::~RenderScheduler()
{
    m_watcher.waitForFinished();
}

void RenderScheduler::request(const QString& postText)
{
    if (m_busy) {
        m_pending = postText;
        return;
    }
    start(postText);
}

void RenderScheduler::start(QString postText)
{
    m_busy = true;
    m_watcher.setFuture(QtConcurrent::run(
        [text = std::move(postText)] { return MarkdownRenderer::postBodyToHtml(text); }));
}

void RenderScheduler::onFinished()
{
    m_busy = false;
    const QString html = m_watcher.result();
    if (m_pending)
        start(*std::exchange(m_pending, std::nullopt));
    emit rendered(html);
}

} // namespace digest
