#pragma once

#include "core/render/pagepreview.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QStackedLayout;

namespace digest::ui {

class PreviewView;

// Where the preview goes, and the one place that knows whether it is there yet. Making a
// PreviewView starts Chromium and turns on the OpenGL composition of the window, which costs
// the first paint a good part of a second; so the pane shows a plain area in the palette's
// Base colour (the colour of the preview page's background) until the window has painted the
// editor's text, then makes the preview behind it and shows it once the page has loaded and
// shows the post. What is asked of it before (a page, a scroll, the remote images setting) is
// kept and handed over then. The preview's arrival must not make Qt re-create the window
// (see the constructor).
class PreviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPane)

public:
    explicit PreviewPane(QWidget* parent = nullptr);
    ~PreviewPane() override;

    // Makes the preview just after `widget` (the editor) has painted for the first time.
    void createAfterFirstPaintOf(QWidget* widget);
    // Makes the preview now, if it is not made yet.
    void createPreview();
    // Null until made.
    PreviewView* preview() const { return m_preview; }
    // Whether the preview is the one on screen (it has shown its first content).
    bool isPreviewShown() const;

    void showPage(const digest::PagePreview& page);
    void scrollToLine(double line);
    void setRemoteImagesAllowed(bool allowed);

signals:
    // The widget given to createAfterFirstPaintOf() has painted for the first time.
    void watchedPainted();
    // The reader scrolled the preview; `line` is the file line now at the top.
    void scrolledToLine(double line);
    // The preview took the placeholder's place.
    void previewShown();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reveal();

    QStackedLayout* m_stack = nullptr;
    QWidget* m_placeholder = nullptr;
    PreviewView* m_preview = nullptr;
    QPointer<QWidget> m_watched;
    std::optional<digest::PagePreview> m_page;
    std::optional<double> m_line;
    bool m_remoteImages = false;
};

} // namespace digest::ui
