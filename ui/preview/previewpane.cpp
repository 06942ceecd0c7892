#include "ui/preview/previewpane.h"

#include "core/util/startuptiming.h"
#include "ui/preview/previewengine.h"
#include "ui/preview/previewview.h"

#include <QEvent>
#include <QQuickWidget>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QStackedLayout>
#include <QTimer>

namespace digest::ui {

PreviewPane::PreviewPane(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_placeholder(new QWidget(this))
{
    setObjectName(QStringLiteral("previewPane"));
    setAccessibleName(tr("Preview"));
    m_placeholder->setObjectName(QStringLiteral("previewPlaceholder"));
    // The page's own background is the palette's Base (PreviewView::applyTheme): no flash of
    // another colour when the preview takes its place, in either theme.
    for (QWidget* area : {static_cast<QWidget*>(this), m_placeholder}) {
        area->setBackgroundRole(QPalette::Base);
        area->setAutoFillBackground(true);
    }
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_placeholder);
    // With an OpenGL scene graph (configurePreviewEngine() picks the software one unless
    // QT_QUICK_BACKEND says otherwise) the preview's view is composed with OpenGL. A window that
    // has no such widget is made as a plain raster window, and Qt makes its native window anew
    // when the first one arrives: taken off the screen and put back, a blink of the whole
    // window. Then an empty, hidden Qt Quick widget from the start makes the window
    // OpenGL-composed from its first frame (it never renders anything itself), so the preview
    // can come later without that blink.
    configurePreviewEngine();
    if (QQuickWindow::graphicsApi() != QSGRendererInterface::Software) {
        auto* composition = new QQuickWidget(this);
        composition->setObjectName(QStringLiteral("previewComposition"));
        composition->setAccessibleName(tr("Preview"));
        composition->hide();
    }
}

PreviewPane::~PreviewPane() = default;

void PreviewPane::createAfterFirstPaintOf(QWidget* widget)
{
    if (m_preview || !widget)
        return;
    m_watched = widget;
    widget->installEventFilter(this);
}

bool PreviewPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_watched && event->type() == QEvent::Paint) {
        timing::markOnce("first paint of the editor");
        m_watched->removeEventFilter(this);
        m_watched = nullptr;
        // After this paint has been flushed to the screen: the text shows first.
        QTimer::singleShot(0, this, &PreviewPane::createPreview);
        emit watchedPainted();
    }
    return QWidget::eventFilter(watched, event);
}

void PreviewPane::createPreview()
{
    if (m_preview)
        return;
    if (m_watched) {
        m_watched->removeEventFilter(this);
        m_watched = nullptr;
    }
    timing::mark("preview creating");
    // Made behind the placeholder: until its page has loaded and taken the theme, Chromium
    // would show the page's light default.
    m_preview = new PreviewView(this);
    m_stack->addWidget(m_preview);
    timing::mark("preview created");
    connect(m_preview, &PreviewView::scrolledToLine, this, &PreviewPane::scrolledToLine);
    connect(m_preview, &QWebEngineView::loadFinished, this, [this](bool ok) {
        timing::markOnce("preview page loaded");
        // With no post to show, the loaded (and themed) empty page is what there is to show.
        if (ok && !m_page)
            reveal();
    });
    connect(m_preview, &PreviewView::contentUpdated, this, [this] { reveal(); });
    m_preview->setRemoteImagesAllowed(m_remoteImages);
    if (m_page)
        m_preview->showPage(*m_page);
}

bool PreviewPane::isPreviewShown() const
{
    return m_preview && m_stack->currentWidget() == m_preview;
}

void PreviewPane::reveal()
{
    if (isPreviewShown())
        return;
    timing::markOnce("first content shown");
    m_stack->setCurrentWidget(m_preview);
    // A scroll asked for while the page loaded (PreviewView drops those) now has somewhere to go.
    if (m_line)
        m_preview->scrollToLine(*m_line);
    emit previewShown();
}

void PreviewPane::showPage(const PagePreview& page)
{
    // Only the newest page matters until the preview is there to show it.
    m_page = page;
    if (m_preview)
        m_preview->showPage(page);
}

void PreviewPane::scrollToLine(double line)
{
    m_line = line;
    if (m_preview)
        m_preview->scrollToLine(line);
}

void PreviewPane::setRemoteImagesAllowed(bool allowed)
{
    m_remoteImages = allowed;
    if (m_preview)
        m_preview->setRemoteImagesAllowed(allowed);
}

} // namespace digest::ui
