#include "ui/preview/previewview.h"

#include "ui/preview/previewengine.h"
#include "ui/preview/previewpage.h"
#include "ui/preview/remotecontentpolicy.h"
#include "ui/preview/scrollbridge.h"

#include <QDesktopServices>
#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebChannel>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace digest::ui {
namespace {

// Arguments are passed as JSON, never spliced into script source as text.
QString jsCall(const QString& function, const QJsonValue& argument)
{
    const QByteArray json = QJsonDocument(QJsonArray{argument}).toJson(QJsonDocument::Compact);
    return function + u'(' + QString::fromUtf8(json.sliced(1, json.size() - 2)) + u')';
}

QString setPageCall(const QString& payload)
{
    return QStringLiteral("digestPreview.setPage(") + payload + u')';
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

PreviewView::PreviewView(QWidget* parent)
    : QWebEngineView(parent)
{
    configurePreviewEngine();
    setObjectName(QStringLiteral("preview"));
    setAccessibleName(tr("Preview"));
    setAccessibleDescription(tr("The post as the site will show it"));
    // An off-the-record profile of its own: nothing of the preview is written to disk.
    auto* profile = new QWebEngineProfile(this);
    m_policy = new RemoteContentPolicy(profile);
    profile->setUrlRequestInterceptor(m_policy);
    m_page = new PreviewPage(profile, this);
    QWebEngineSettings* settings = m_page->settings();
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadImages, true);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    auto* channel = new QWebChannel(this);
    auto* bridge = new ScrollBridge(this);
    channel->registerObject(QStringLiteral("bridge"), bridge);
    m_page->setWebChannel(channel);
    connect(bridge, &ScrollBridge::scrolledToLine, this, &PreviewView::scrolledToLine);
    setPage(m_page);
    setContextMenuPolicy(Qt::NoContextMenu);

    connect(m_page, &PreviewPage::externalLinkRequested, this, [](const QUrl& url) {
        const QString scheme = url.scheme();
        if (scheme == u"http" || scheme == u"https" || scheme == u"mailto")
            QDesktopServices::openUrl(url);
    });
    connect(m_page, &QWebEnginePage::loadFinished, this, &PreviewView::onLoadFinished);
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this, [this] {
        // Chromium's renderer died (out of memory, a crash): load the page anew and show the
        // last post again, instead of a blank preview until the next start.
        m_ready = false;
        m_shownBlocks.clear();
        m_shownSerial = 0;
        if (!m_waiting && m_lastPage)
            m_waiting = m_lastPage;
        m_page->load(PreviewPage::pageUrl());
    });
    // Chromium's first frames, before the page and its theme are there, in the theme's colour.
    m_page->setBackgroundColor(palette().color(QPalette::Base));
    m_page->load(PreviewPage::pageUrl());
}

PreviewView::~PreviewView()
{
    // Deleting the page answers its pending runJavaScript callbacks, which would emit
    // contentUpdated() to a pane already half destroyed (a crash seen in tst_generationactions).
    blockSignals(true);
    // The page must go before the profile it was made with, which is an older child of ours.
    delete m_page;
}

void PreviewView::showPage(const PagePreview& page)
{
    if (!m_ready) {
        m_waiting = page;
        return;
    }
    push(page);
}

void PreviewView::scrollToLine(double line)
{
    if (m_ready)
        m_page->runJavaScript(jsCall(QStringLiteral("digestPreview.scrollToLine"), line));
}

void PreviewView::setRemoteImagesAllowed(bool allowed)
{
    if (m_policy->remoteImagesAllowed() == allowed)
        return;
    m_policy->setRemoteImagesAllowed(allowed);
    // Images blocked before are not asked for again unless their elements are made anew.
    m_replaceAll = true;
    if (m_lastPage && m_ready)
        push(*m_lastPage);
}

void PreviewView::onLoadFinished(bool ok)
{
    if (!ok || m_ready)
        return;
    m_ready = true;
    applyTheme();
    if (m_waiting)
        push(*std::exchange(m_waiting, std::nullopt));
}

void PreviewView::push(const PagePreview& page)
{
    if (std::exchange(m_replaceAll, false)) {
        // Everything goes first, so that the images are asked for again when they come back.
        const BlockPatch removeAll{0, m_shownBlocks.size(), 0};
        const QJsonObject reload{{QStringLiteral("reloadImages"), true}};
        m_page->runJavaScript(setPageCall(page.payload(removeAll, reload)));
        m_shownBlocks.clear();
        m_shownSerial = 0;
    }
    // The worker has patched the page it analysed before into this one (and serialised it);
    // that holds only if the page shows that one. Otherwise (a page skipped while the preview
    // loaded, the renderer restarted, a page from elsewhere) the patch is made here.
    const bool patchHolds = page.patchBase != 0 && page.patchBase == m_shownSerial;
    const QString call =
        setPageCall(patchHolds ? page.patchJson
                               : page.payload(BlockPatch::between(m_shownBlocks, page.bodyBlocks)));
    m_shownBlocks = page.bodyBlocks;
    m_shownSerial = page.serial;
    m_lastPage = page;
    const int revision = page.revision;
    m_page->runJavaScript(call,
                          [this, revision](const QVariant&) { emit contentUpdated(revision); });
}

void PreviewView::applyTheme()
{
    if (!m_ready)
        return;
    const QString theme = isDark(palette()) ? QStringLiteral("dark") : QStringLiteral("light");
    m_page->runJavaScript(jsCall(QStringLiteral("digestPreview.setTheme"), theme));
    m_page->setBackgroundColor(palette().color(QPalette::Base));
}

void PreviewView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWebEngineView::changeEvent(event);
}

} // namespace digest::ui
