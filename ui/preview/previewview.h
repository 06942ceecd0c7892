#pragma once

#include "core/render/pagepreview.h"

#include <QString>
#include <QWebEngineView>

#include <optional>

namespace digest::ui {

class PreviewPage;
class RemoteContentPolicy;

// Shows the rendered post. The page is loaded once; every update replaces the content of the
// loaded page in place, so the preview neither reloads nor flickers nor loses its scroll place.
class PreviewView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewView)

public:
    explicit PreviewView(QWidget* parent = nullptr);
    ~PreviewView() override;

    // Shows the page; safe to call before the page has finished loading.
    void showPage(const digest::PagePreview& page);
    bool isReady() const { return m_ready; }

    // Images from the web load only when allowed: they tell the image's host who reads what.
    void setRemoteImagesAllowed(bool allowed);

    // Scrolls so that the block written on `line` of the post file (1-based, fractions part way
    // into a block) is at the top.
    void scrollToLine(double line);

signals:
    // The page's DOM now holds the page last given to showPage(), rendered from the editor's
    // text revision `revision`.
    void contentUpdated(int revision);
    // The reader scrolled the preview; `line` is the file line now at the top.
    void scrolledToLine(double line);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onLoadFinished(bool ok);
    void push(const digest::PagePreview& page);
    void applyTheme();

    PreviewPage* m_page = nullptr;
    RemoteContentPolicy* m_policy = nullptr;
    bool m_ready = false;
    std::optional<digest::PagePreview> m_waiting;
    // The body blocks the page shows (or will once the pushes sent so far have run), and the
    // serial of the page they are of (0: none, or not known).
    QStringList m_shownBlocks;
    quint64 m_shownSerial = 0;
    // The next push replaces every block (so that images are requested again).
    bool m_replaceAll = false;
    // The page last shown, to show again should Chromium's renderer have to restart.
    std::optional<digest::PagePreview> m_lastPage;
};

} // namespace digest::ui
