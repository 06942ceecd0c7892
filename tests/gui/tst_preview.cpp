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
    void headingAnchorsFollowEdits_data();
    void headingAnchorsFollowEdits();
    void typingInTheBodyLeavesTheHeaderAlone();

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

// The anchors and the table of contents after a sequence of edits, each shown as the editor
// would send it (only the blocks that changed reach the page): the ids are those Hugo gives
// the final text (slug, then -1, -2 for repeats, in order), whatever the way there.
void tst_Preview::headingAnchorsFollowEdits_data()
{
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<QString>("ids");
    QTest::addColumn<QString>("toc");

    QTest::newRow("a heading edited")
        << QStringList{QStringLiteral("## Alpha\n\nText.\n\n## Beta\n\n## Alpha\n"),
                       QStringLiteral("## Alpha\n\nText.\n\n## Gamma!\n\n## Alpha\n")}
        << QStringLiteral("alpha gamma alpha-1")
        << QStringLiteral("#alpha=Alpha #gamma=Gamma! #alpha-1=Alpha");
    QTest::newRow("a heading added")
        << QStringList{QStringLiteral("## Alpha\n\nText.\n\n## Alpha\n"),
                       QStringLiteral("## Alpha\n\nText.\n\n## Beta\n\nMore.\n\n## Alpha\n")}
        << QStringLiteral("alpha beta alpha-1")
        << QStringLiteral("#alpha=Alpha #beta=Beta #alpha-1=Alpha");
    QTest::newRow("a heading removed")
        << QStringList{QStringLiteral("## Alpha\n\n## Beta\n\nText.\n\n## Alpha\n"),
                       QStringLiteral("## Beta\n\nText.\n\n## Alpha\n")}
        << QStringLiteral("beta alpha") << QStringLiteral("#beta=Beta #alpha=Alpha");
    // The paragraph becomes a heading on its own line: the later heading's block is not sent
    // again, yet its id moves on to -1.
    QTest::newRow("a repeat appears before a heading")
        << QStringList{QStringLiteral("Setup\n\nBody.\n\n## Setup\n"),
                       QStringLiteral("## Setup\n\nBody.\n\n## Setup\n")}
        << QStringLiteral("setup setup-1") << QStringLiteral("#setup=Setup #setup-1=Setup");
    QTest::newRow("a repeat goes away")
        << QStringList{QStringLiteral("## Setup\n\nBody.\n\n## Setup\n"),
                       QStringLiteral("## Setu\n\nBody.\n\n## Setup\n")}
        << QStringLiteral("setu setup") << QStringLiteral("#setu=Setu #setup=Setup");
    QTest::newRow("typing in a paragraph")
        << QStringList{QStringLiteral("## A\n\nx\n\n## A\n"),
                       QStringLiteral("## A\n\nxy\n\n## A\n"),
                       QStringLiteral("## A\n\nxyz\n\n## A\n")}
        << QStringLiteral("a a-1") << QStringLiteral("#a=A #a-1=A");
    QTest::newRow("a heading spelled like a repeat")
        << QStringList{QStringLiteral("## A\n\n## A-1\n\n## A\n"),
                       QStringLiteral("## A\n\n## B\n\n## A\n")}
        << QStringLiteral("a b a-1") << QStringLiteral("#a=A #b=B #a-1=A");
    QTest::newRow("nested headings")
        << QStringList{QStringLiteral("## Top\n\n> ### Quoted\n\nText.\n"),
                       QStringLiteral("## Top\n\n> ### Quoted\n\nText.\n\n### Sub\n")}
        << QStringLiteral("top quoted sub") << QStringLiteral("#top=Top >#quoted=Quoted >#sub=Sub");
    QTest::newRow("the last heading removed")
        << QStringList{QStringLiteral("## Only\n\nText.\n"), QStringLiteral("Only\n\nText.\n")}
        << QString() << QString();
}

void tst_Preview::headingAnchorsFollowEdits()
{
    QFETCH(QStringList, edits);
    QFETCH(QString, ids);
    QFETCH(QString, toc);
    const QString frontMatter = QStringLiteral("---\nshowToc: true\n---\n");
    for (const QString& edit : edits)
        QVERIFY(showMarkdown(*m_view, frontMatter + edit));
    QCOMPARE(evaluate(*m_view, QStringLiteral("Array.from(document.querySelectorAll("
                                              "'#content h2, #content h3'), h => h.id).join(' ')"))
                 .toString(),
             ids);
    // A link of the contents under another one is nested ('>').
    QCOMPARE(evaluate(*m_view, QStringLiteral("Array.from(document.querySelectorAll('#toc-list a'),"
                                              " a => (a.parentElement.parentElement.closest('li')"
                                              " ? '>' : '') + a.getAttribute('href') + '='"
                                              " + a.textContent).join(' ')"))
                 .toString(),
             toc);
    QCOMPARE(evaluate(*m_view, QStringLiteral("document.getElementById('toc').hidden")).toBool(),
             ids.isEmpty());
}

// Typing in the body leaves the title, date, tags and cover as they are, down to their nodes;
// what the front matter or the word count changes is shown.
void tst_Preview::typingInTheBodyLeavesTheHeaderAlone()
{
    const QString post = QStringLiteral("---\ntitle: \"%1\"\ndate: 2026-11-20T05:31:02Z\n"
                                        "author: \"Desk\"\ntags: [\"%2\", \"y\"]\n"
                                        "showWordCount: true\nshowToc: true\n---\n"
                                        "## Head\n\n%3\n");
    QVERIFY(showMarkdown(*m_view, post.arg(u"Title", u"x", u"One two.")));
    // Everything on the page but the body.
    evaluate(*m_view, QStringLiteral("window.headerChanges = 0;"
                                     "for (const id of ['header', 'cover', 'toc', 'tags'])"
                                     "  new MutationObserver(r => { window.headerChanges += "
                                     "r.length; }).observe(document.getElementById(id), "
                                     "{subtree: true, childList: true, attributes: true, "
                                     "characterData: true});"
                                     "0"));
    const QString headerChanges = QStringLiteral(
        "(function () { const n = window.headerChanges; window.headerChanges = 0; return n; })()");
    QVERIFY(showMarkdown(*m_view, post.arg(u"Title", u"x", u"One twos.")));
    QCOMPARE(evaluate(*m_view, headerChanges).toInt(), 0);
    QCOMPARE(
        evaluate(*m_view, QStringLiteral("document.getElementById('meta').textContent")).toString(),
        QStringLiteral("November 20, 2026 · 3 words · Desk"));

    QVERIFY(showMarkdown(*m_view, post.arg(u"Title", u"x", u"One two three.")));
    QCOMPARE(
        evaluate(*m_view, QStringLiteral("document.getElementById('meta').textContent")).toString(),
        QStringLiteral("November 20, 2026 · 4 words · Desk"));
    QVERIFY(evaluate(*m_view, headerChanges).toInt() > 0);
    QVERIFY(showMarkdown(*m_view, post.arg(u"Another title", u"z", u"One two three.")));
    QCOMPARE(evaluate(*m_view, QStringLiteral("document.getElementById('title').textContent + '|' +"
                                              " document.getElementById('tags').textContent"))
                 .toString(),
             QStringLiteral("Another title|zy"));
}

int main(int argc, char* argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_Preview test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_preview.moc"
