#pragma once

#include <QString>
#include <QWebEngineView>

#include <optional>

namespace digest::ui {

class PreviewPage;

// Shows the rendered post. The page is loaded once; every update replaces the content of the
// loaded page in place, so the preview neither reloads nor flickers nor loses its scroll place.
class PreviewView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewView)

public:
    explicit PreviewView(QWidget* parent = nullptr);
    ~PreviewView() override;

    // Shows the given body HTML; safe to call before the page has finished loading.
    void setBodyHtml(const QString& html);
    bool isReady() const { return m_ready; }

signals:
    // The page's DOM now holds the HTML last given to setBodyHtml().
    void contentUpdated();

protected:
    void changeEvent(QEvent* event) override;

private:
    void onLoadFinished(bool ok);
    void push(const QString& html);
    void applyTheme();

    PreviewPage* m_page = nullptr;
    bool m_ready = false;
    std::optional<QString> m_waiting;
};

} // namespace digest::ui
