#include "ui/preview/remotecontentpolicy.h"

namespace digest::ui {

RemoteContentPolicy::RemoteContentPolicy(QObject* parent)
    : QWebEngineUrlRequestInterceptor(parent)
{}

void RemoteContentPolicy::interceptRequest(QWebEngineUrlRequestInfo& info)
{
    const QString scheme = info.requestUrl().scheme();
    if (scheme == u"qrc" || scheme == u"data")
        return;
    const bool remote = scheme == u"http" || scheme == u"https";
    const bool image = info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeImage;
    if (remote && image && m_remoteImages)
        return;
    info.block(true);
}

} // namespace digest::ui
