// The preview page shows the markup Hugo publishes as the published page does: its
// Content-Security-Policy applies no inline style, so the table alignments Hugo writes as
// style="text-align:…" are applied by the page's own style sheet; footnote links move within
// the page instead of leaving it.

#include "core/render/pagepreview.h"
#include "ui/preview/previewview.h"

#include <QTest>
#include <QWebEnginePage>

using digest::PagePreviewRenderer;
using digest::ui::PreviewView;

namespace {

constexpr int kTimeoutMs = 20000;

} // namespace

class tst_PreviewMarkup final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tableCellsAreAlignedAsWritten();
    void footnoteLinksStayOnThePage();

private:
    void show(const QString& markdown);
    QVariant evaluate(const QString& script);

    std::unique_ptr<PreviewView> m_view;
};

void tst_PreviewMarkup::init()
{
    m_view = std::make_unique<PreviewView>();
    m_view->resize(700, 500);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void tst_PreviewMarkup::cleanup()
{
    m_view.reset();
}

void tst_PreviewMarkup::show(const QString& markdown)
{
    static int revision = 0;
    digest::PagePreview page = PagePreviewRenderer::render(markdown);
    page.revision = ++revision;
    int shown = -1;
    const auto connection = connect(m_view.get(), &PreviewView::contentUpdated,
                                    [&shown](int updated) { shown = updated; });
    m_view->showPage(page);
    const bool done = QTest::qWaitFor([&] { return shown == page.revision; }, kTimeoutMs);
    disconnect(connection);
    QVERIFY2(done, "the preview did not show the page");
}

QVariant tst_PreviewMarkup::evaluate(const QString& script)
{
    QVariant result;
    bool done = false;
    m_view->page()->runJavaScript(script, [&](const QVariant& value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, kTimeoutMs))
        qWarning("script did not answer: %s", qPrintable(script));
    return result;
}

void tst_PreviewMarkup::tableCellsAreAlignedAsWritten()
{
    show(QStringLiteral("| Model | Left | Centre | Score |\n|---|:--|:-:|--:|\n"
                        "| small | a | b | 71.2 |\n"));
    const QString aligned =
        evaluate(QStringLiteral("Array.from(document.querySelectorAll('#content td'))"
                                ".map(function (cell) {"
                                "  return getComputedStyle(cell).textAlign; })"
                                ".join(' ')"))
            .toString();
    // The first column has no alignment: the browser's own (start).
    QCOMPARE(aligned, QStringLiteral("start left center right"));
    // As Hugo writes it; the page's policy keeps the attribute itself from styling anything.
    QCOMPARE(evaluate(QStringLiteral("(function () {"
                                     "  const cell = document.querySelectorAll('#content td')[3];"
                                     "  return cell.getAttribute('style') + '|' +"
                                     "         cell.style.textAlign; })()"))
                 .toString(),
             QStringLiteral("text-align:right|"));
}

void tst_PreviewMarkup::footnoteLinksStayOnThePage()
{
    show(QStringLiteral("A claim.[^source]\n\n[^source]: The source.\n"));
    // A click that the page handles itself: no navigation, so nothing asks for a browser.
    const QString clicked =
        evaluate(QStringLiteral("(function () {"
                                "  const results = [];"
                                "  for (const link of document.querySelectorAll("
                                "      '#content a.footnote-ref, #content a.footnote-backref')) {"
                                "    const click = new MouseEvent('click', "
                                "        {bubbles: true, cancelable: true});"
                                "    link.dispatchEvent(click);"
                                "    results.push(link.getAttribute('href') + ' ' +"
                                "                 click.defaultPrevented);"
                                "  }"
                                "  return results.join(', '); })()"))
            .toString();
    QCOMPARE(clicked, QStringLiteral("#fn:1 true, #fnref:1 true"));
}

QTEST_MAIN(tst_PreviewMarkup)
#include "tst_previewmarkup.moc"
