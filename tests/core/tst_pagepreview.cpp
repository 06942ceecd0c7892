#include "core/render/pagepreview.h"

#include <QJsonArray>
#include <QTest>

using digest::PagePreview;
using digest::PagePreviewRenderer;

class tst_PagePreview final : public QObject
{
    Q_OBJECT

private slots:
    void wordsAreCountedAsHugoCountsThem_data();
    void wordsAreCountedAsHugoCountsThem();
    void readingTimeRoundsUpLikeHugo();
    void headerComesFromTheFrontMatter();
    void brokenFrontMatterStillShowsTheBody();
};

void tst_PagePreview::wordsAreCountedAsHugoCountsThem_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<int>("words");
    QTest::newRow("plain") << QStringLiteral("<p>One two three.</p>\n") << 3;
    QTest::newRow("markup inside a word") << QStringLiteral("<p><em>un</em>break able</p>") << 2;
    QTest::newRow("blocks") << QStringLiteral("<h2>A</h2>\n<ul>\n<li>b</li>\n<li>c d</li>\n</ul>\n")
                            << 4;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("only tags") << QStringLiteral("<hr />\n<p></p>") << 0;
}

void tst_PagePreview::wordsAreCountedAsHugoCountsThem()
{
    QFETCH(QString, html);
    QFETCH(int, words);
    QCOMPARE(PagePreviewRenderer::countWords(html), words);
}

void tst_PagePreview::readingTimeRoundsUpLikeHugo()
{
    QCOMPARE(PagePreviewRenderer::readingMinutes(0), 0);
    QCOMPARE(PagePreviewRenderer::readingMinutes(1), 1);
    QCOMPARE(PagePreviewRenderer::readingMinutes(213), 1);
    QCOMPARE(PagePreviewRenderer::readingMinutes(214), 2);
    QCOMPARE(PagePreviewRenderer::readingMinutes(690), 4);
}

void tst_PagePreview::headerComesFromTheFrontMatter()
{
    const PagePreview page = PagePreviewRenderer::render(
        u"---\ntitle: \"Morning <b>edition</b>\"\ndate: 2026-11-20T05:31:02Z\ndraft: true\n"
        u"tags: [\"a\", \"b\"]\nshowToc: true\nshowWordCount: true\n"
        u"cover:\n    image: \"https://example.org/c.png\"\n    hidden: false\n---\n"
        u"## One\n\nTwo words.\n");
    QCOMPARE(page.title, QStringLiteral("Morning <b>edition</b>"));
    QVERIFY(page.draft);
    QCOMPARE(page.words, 3);
    const QJsonObject json = page.toJson();
    QCOMPARE(json.value(u"date").toString(), QStringLiteral("November 20, 2026"));
    QCOMPARE(json.value(u"wordCount").toString(), QStringLiteral("3 words"));
    // showReadingTime is not set: the page shows no reading time.
    QCOMPARE(json.value(u"readingTime").toString(), QString());
    QCOMPARE(json.value(u"coverImage").toString(), QStringLiteral("https://example.org/c.png"));
    QCOMPARE(json.value(u"tags").toArray().size(), 2);
    QVERIFY(json.value(u"showToc").toBool());
    QCOMPARE(page.bodyBlocks.size(), 2);
    QCOMPARE(page.bodyBlocks.join(QString()),
             QStringLiteral("<h2 data-sourcepos=\"1:1-1:6\">One</h2>\n"
                            "<p data-sourcepos=\"3:1-3:10\">Two words.</p>\n"));
    QCOMPARE(json.value(u"lineOffset").toInt(), 11);
}

void tst_PagePreview::brokenFrontMatterStillShowsTheBody()
{
    const PagePreview broken =
        PagePreviewRenderer::render(u"---\ntitle: ok\ntags: [a, b\n---\n## Still here\n");
    // yaml-cpp notices the unclosed list where the front matter ends, on line 4.
    QVERIFY2(broken.frontMatterProblem.contains(u"line 4"), qPrintable(broken.frontMatterProblem));
    QCOMPARE(broken.bodyHtml(),
             QStringLiteral("<h2 data-sourcepos=\"1:1-1:13\">Still here</h2>\n"));

    const PagePreview open = PagePreviewRenderer::render(u"---\ntitle: ok\n\n## Body\n");
    QVERIFY(open.frontMatterProblem.contains(u"never closed"));
}

QTEST_GUILESS_MAIN(tst_PagePreview)
#include "tst_pagepreview.moc"
