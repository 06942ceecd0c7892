#include "previewdriver.h"
#include "testhttpserver.h"
#include "ui/preview/previewview.h"

#include <QApplication>
#include <QBuffer>
#include <QDesktopServices>
#include <QImage>
#include <QTest>
#include <QWebEnginePage>

using digest::test::evaluate;
using digest::test::ScriptedResponse;
using digest::test::showMarkdown;
using digest::test::TestHttpServer;
using digest::ui::PreviewView;

namespace {

constexpr int kTimeoutMs = 20000;

QByteArray onePixelPng()
{
    QImage image(1, 1, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

// Receives what QDesktopServices::openUrl() would hand to the system browser.
class BrowserStandIn final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl& url) { opened << url; }
};

class tst_Preview final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void clickedLinkOpensTheBrowserAndThePreviewStays();
    void remoteImagesLoadOnlyWhenAllowed();
    void darkPaletteGivesADarkPage();
    void tableCellsAreAlignedAsWritten();
    void footnoteLinksStayOnThePage();

private:
    std::unique_ptr<PreviewView> m_view;
};

void tst_Preview::init()
{
    m_view = digest::test::shownPreview();
    QVERIFY(m_view);
}

void tst_Preview::cleanup()
{
    m_view.reset();
}

void tst_Preview::clickedLinkOpensTheBrowserAndThePreviewStays()
{
    BrowserStandIn browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    QVERIFY(showMarkdown(*m_view,
                         QStringLiteral("## Links\n\n[A big link](https://example.org/story)\n")));
    const QVariantList center =
        evaluate(*m_view, QStringLiteral("(function() { const r = document.querySelector('#content "
                                         "a').getBoundingClientRect();"
                                         " return [Math.round(r.left + r.width / 2), "
                                         "Math.round(r.top + r.height / 2)]; })()"))
            .toList();
    QCOMPARE(center.size(), 2);
    QWidget* target = m_view->focusProxy() ? m_view->focusProxy() : m_view.get();
    QTest::mouseClick(target, Qt::LeftButton, {}, QPoint(center[0].toInt(), center[1].toInt()));

    QTRY_COMPARE_WITH_TIMEOUT(browser.opened.size(), 1, kTimeoutMs);
    QCOMPARE(browser.opened.first(), QUrl(QStringLiteral("https://example.org/story")));
    // The browser hears of the link from the page's navigation request, which has been refused
    // by then: the preview never starts to leave.
    QCOMPARE(m_view->page()->url(), QUrl(QStringLiteral("qrc:/preview/preview.html")));
    QCOMPARE(evaluate(*m_view, QStringLiteral("document.querySelector('#content h2').textContent"))
                 .toString(),
             QStringLiteral("Links"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

void tst_Preview::remoteImagesLoadOnlyWhenAllowed()
{
    digest::test::clearProxyEnvironment();
    TestHttpServer server;
    QVERIFY(server.isListening());
    server.route(QStringLiteral("/pixel.png"),
                 ScriptedResponse::ok(onePixelPng(), QByteArrayLiteral("image/png")));
    const QString image = QStringLiteral("![a pixel](%1)\n");

    QVERIFY(showMarkdown(*m_view,
                         image.arg(server.url(QStringLiteral("/pixel.png?first")).toString())));
    // The image is done with (complete) once its blocked request has failed.
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(*m_view, QStringLiteral("document.querySelector('#content img').complete"))
            .toBool(),
        kTimeoutMs);
    QCOMPARE(server.requestCount(QStringLiteral("/pixel.png")), 0);
    QCOMPARE(
        evaluate(*m_view, QStringLiteral("document.querySelector('#content img').naturalWidth"))
            .toInt(),
        0);

    // Allowed, the image of the post already open appears without any edit.
    m_view->setRemoteImagesAllowed(true);
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(*m_view, QStringLiteral("document.querySelector('#content img').naturalWidth"))
            .toInt(),
        1, kTimeoutMs);
    QCOMPARE(server.requestCount(QStringLiteral("/pixel.png")), 1);
}

void tst_Preview::darkPaletteGivesADarkPage()
{
    QVERIFY(showMarkdown(*m_view, QStringLiteral("Text.\n")));
    QCOMPARE(evaluate(*m_view, QStringLiteral("document.documentElement.dataset.theme")).toString(),
             QStringLiteral("light"));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(30, 30, 32));
    dark.setColor(QPalette::Base, QColor(24, 24, 26));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    m_view->setPalette(dark);
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(*m_view, QStringLiteral("document.documentElement.dataset.theme")).toString(),
        QStringLiteral("dark"), kTimeoutMs);
    QCOMPARE(evaluate(*m_view, QStringLiteral("getComputedStyle(document.body).backgroundColor"))
                 .toString(),
             QStringLiteral("rgb(29, 30, 32)"));
}

// The preview page shows the markup Hugo publishes as the published page does: its
// Content-Security-Policy applies no inline style, so the table alignments Hugo writes as
// style="text-align:…" are applied by the page's own style sheet; footnote links move within
// the page instead of leaving it.
void tst_Preview::tableCellsAreAlignedAsWritten()
{
    QVERIFY(showMarkdown(*m_view,
                         QStringLiteral("| Model | Left | Centre | Score |\n|---|:--|:-:|--:|\n"
                                        "| small | a | b | 71.2 |\n")));
    const QString aligned =
        evaluate(*m_view, QStringLiteral("Array.from(document.querySelectorAll('#content td'))"
                                         ".map(function (cell) {"
                                         "  return getComputedStyle(cell).textAlign; })"
                                         ".join(' ')"))
            .toString();
    // The first column has no alignment: the browser's own (start).
    QCOMPARE(aligned, QStringLiteral("start left center right"));
    // As Hugo writes it; the page's policy keeps the attribute itself from styling anything.
    QCOMPARE(evaluate(*m_view,
                      QStringLiteral("(function () {"
                                     "  const cell = document.querySelectorAll('#content td')[3];"
                                     "  return cell.getAttribute('style') + '|' +"
                                     "         cell.style.textAlign; })()"))
                 .toString(),
             QStringLiteral("text-align:right|"));
}

void tst_Preview::footnoteLinksStayOnThePage()
{
    QVERIFY(showMarkdown(*m_view, QStringLiteral("A claim.[^source]\n\n[^source]: The source.\n")));
    // A click that the page handles itself: no navigation, so nothing asks for a browser.
    const QString clicked =
        evaluate(*m_view,
                 QStringLiteral("(function () {"
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

int main(int argc, char* argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_Preview test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_preview.moc"
