#include "previewdriver.h"

#include "core/render/pagepreview.h"
#include "ui/preview/previewview.h"

#include <QTest>
#include <QWebEnginePage>

#include <memory>

namespace digest::test {
namespace {

// Chromium's first page can take long on a loaded machine; a page that shows ends the wait.
constexpr int kTimeoutMs = 20000;

} // namespace

std::unique_ptr<ui::PreviewView> shownPreview()
{
    auto view = std::make_unique<ui::PreviewView>();
    view->resize(700, 500);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        return nullptr;
    return view;
}

bool showMarkdown(ui::PreviewView& view, const QString& markdown)
{
    static int revision = 0;
    PagePreview page = PagePreviewRenderer::render(markdown);
    page.revision = ++revision;
    int shown = -1;
    const auto connection = QObject::connect(&view, &ui::PreviewView::contentUpdated,
                                             [&shown](int updated) { shown = updated; });
    view.showPage(page);
    const bool done = QTest::qWaitFor([&] { return shown == page.revision; }, kTimeoutMs);
    QObject::disconnect(connection);
    return done;
}

QVariant evaluate(ui::PreviewView& view, const QString& script)
{
    // Shared with the callback: a page that answers after the wait gave up writes into it,
    // not into a stack frame that is gone.
    struct Answer
    {
        QVariant value;
        bool done = false;
    };
    const auto answer = std::make_shared<Answer>();
    view.page()->runJavaScript(script, [answer](const QVariant& value) {
        answer->value = value;
        answer->done = true;
    });
    if (!QTest::qWaitFor([&] { return answer->done; }, kTimeoutMs))
        qWarning("script did not answer: %s", qPrintable(script));
    return answer->value;
}

} // namespace digest::test
