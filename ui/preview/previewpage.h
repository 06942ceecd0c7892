#pragma once

#include <QWebEnginePage>

namespace digest::ui {

// The page the preview shows. It is loaded once from the application's resources and never
// navigates: clicked links open in the system browser instead.
class PreviewPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPage)

public:
    explicit PreviewPage(QWebEngineProfile* profile, QObject* parent = nullptr);

    static QUrl pageUrl();

signals:
    // A link the user clicked; the preview itself stays where it is.
    void externalLinkRequested(const QUrl& url);

protected:
    bool acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage* createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString& message,
                                  int lineNumber, const QString& sourceId) override;
};

} // namespace digest::ui
