#include "ui/preview/previewpage.h"

#include <QLoggingCategory>

namespace digest::ui {
namespace {
Q_LOGGING_CATEGORY(lcPreview, "digest.preview", QtWarningMsg)
}

PreviewPage::PreviewPage(QWebEngineProfile* profile, QObject* parent)
    : QWebEnginePage(profile, parent)
{}

QUrl PreviewPage::pageUrl()
{
    return QUrl(QStringLiteral("qrc:/preview/preview.html"));
}

bool PreviewPage::acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame)
{
    if (isMainFrame && type == NavigationTypeTyped && url == pageUrl())
        return true;
    // Anything else, a click on a link above all, leaves the preview as it is.
    if (type == NavigationTypeLinkClicked)
        emit externalLinkRequested(url);
    return false;
}

QWebEnginePage* PreviewPage::createWindow(WebWindowType)
{
    // Links with target="_blank" and window.open() never open a window inside the app.
    return nullptr;
}

void PreviewPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString& message,
                                           int lineNumber, const QString& sourceId)
{
    qCDebug(lcPreview) << sourceId << lineNumber << message;
}

} // namespace digest::ui
