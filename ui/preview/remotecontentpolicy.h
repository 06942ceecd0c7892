#pragma once

#include <QWebEngineUrlRequestInterceptor>

#include <atomic>

namespace digest::ui {

// Decides what the preview may load besides its own page: images from the web only when the
// user allows them (they tell the image's host that the post is being read), and nothing
// else from outside at all — no scripts, frames, fonts or styles from the content.
class RemoteContentPolicy final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteContentPolicy)

public:
    explicit RemoteContentPolicy(QObject* parent = nullptr);

    void setRemoteImagesAllowed(bool allowed) { m_remoteImages = allowed; }
    bool remoteImagesAllowed() const { return m_remoteImages; }

    // Called on Chromium's IO thread.
    void interceptRequest(QWebEngineUrlRequestInfo& info) override;

private:
    std::atomic_bool m_remoteImages = false;
};

} // namespace digest::ui
