#include "core/render/markdownrenderer.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using digest::MarkdownRenderer;

namespace {

QString fixture(const char* name)
{
    QFile file(QStringLiteral(DIGEST_FIXTURES_DIR "/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return QString::fromUtf8(file.readAll());
}

qsizetype occurrences(const QString& html, const QString& needle)
{
    return html.count(needle);
}

} // namespace

class tst_MarkdownRenderer final : public QObject
{
    Q_OBJECT

private slots:
    void frontMatterIsNotBodyText_data();
    void frontMatterIsNotBodyText();
    void rendersTheDigestStructure();
    void smartPunctuationMatchesThePublishedPage();
    void gfmExtensionsAreOn();
    void hostileContentIsDefused();
    void footnotesAreNumberedAndLinkedBack();
    void shortTableRowsAreFilledWithoutAlignment();
    void sourcePositionsAreTheOnlyDifferenceInThePreview_data();
    void sourcePositionsAreTheOnlyDifferenceInThePreview();
};

void tst_MarkdownRenderer::frontMatterIsNotBodyText_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("frontMatterWord");
    QTest::addColumn<QString>("firstBodyElement");
    QTest::newRow("yaml") << QStringLiteral("canonical.md") << QStringLiteral("showToc")
                          << QStringLiteral("<blockquote>");
    QTest::newRow("toml") << QStringLiteral("toml-front-matter.md") << QStringLiteral("A TOML post")
                          << QStringLiteral("<h2>");
    QTest::newRow("json") << QStringLiteral("json-front-matter.md") << QStringLiteral("A JSON post")
                          << QStringLiteral("<h2>");
}

void tst_MarkdownRenderer::frontMatterIsNotBodyText()
{
    QFETCH(QString, file);
    QFETCH(QString, frontMatterWord);
    QFETCH(QString, firstBodyElement);

    const QString html = MarkdownRenderer::postBodyToHtml(fixture(file.toLatin1().constData()));
    QVERIFY2(!html.contains(frontMatterWord), qPrintable(html.left(300)));
    QVERIFY2(html.startsWith(firstBodyElement), qPrintable(html.left(300)));
    // YAML front matter rendered as Markdown would start with a thematic break.
    QVERIFY(!html.startsWith(u"<hr"));
}

void tst_MarkdownRenderer::rendersTheDigestStructure()
{
    const QString html = MarkdownRenderer::postBodyToHtml(fixture("canonical.md"));
    QCOMPARE(occurrences(html, QStringLiteral("<h2>")), 3);
    QVERIFY(html.contains(u"<h2>Possible consequences of current developments</h2>"));
    QVERIFY(html.contains(u"<h2>Currently trending topics</h2>"));
    QVERIFY(html.contains(u"<h2>GPT predicts future events</h2>"));
    QVERIFY(html.contains(u"<strong>Sparse mixtures that route by token difficulty</strong>"));
    QVERIFY(html.contains(u"<em>Benefits:</em>"));
    QVERIFY(html.contains(u"<em>Ramifications:</em>"));
    QCOMPARE(occurrences(html, QStringLiteral("<li>")), 2 + 4 + 3 + 2);
    // "  " at the end of a prediction's head line is a hard break.
    QVERIFY(html.contains(u"<strong>Technological Singularity</strong> (October 2045)<br />"));
}

void tst_MarkdownRenderer::smartPunctuationMatchesThePublishedPage()
{
    const QString html = MarkdownRenderer::postBodyToHtml(fixture("canonical.md"));
    QVERIFY(html.contains(u"a model’s “effort” on"));
    QVERIFY(html.contains(u"benchmark – and"));
    QVERIFY(html.contains(u"real progress…"));
    const QString gfm = MarkdownRenderer::toHtml(fixture("gfm-features.md"));
    QVERIFY(gfm.contains(u"with dashes — and an ellipsis…"));
}

void tst_MarkdownRenderer::gfmExtensionsAreOn()
{
    const QString html = MarkdownRenderer::toHtml(fixture("gfm-features.md"));
    QVERIFY2(html.contains(u"<table>"), qPrintable(html));
    // Hugo's spelling of an aligned cell (Goldmark's), not cmark-gfm's align="right".
    QVERIFY(html.contains(u"<td style=\"text-align:right\">71.2</td>"));
    QVERIFY(!html.contains(u"align="));
    QVERIFY(html.contains(u"<del>retracted</del>"));
    QVERIFY(html.contains(u"<a href=\"https://example.org/paper\">https://example.org/paper</a>"));
    QCOMPARE(occurrences(html, QStringLiteral("type=\"checkbox\"")), 2);
    QCOMPARE(occurrences(html, QStringLiteral("checked=\"\"")), 1);
}

void tst_MarkdownRenderer::hostileContentIsDefused()
{
    const QString html = MarkdownRenderer::postBodyToHtml(fixture("hostile.md"));
    QVERIFY2(!html.contains(u"<script", Qt::CaseInsensitive), qPrintable(html));
    QVERIFY(!html.contains(u"onerror", Qt::CaseInsensitive));
    QVERIFY(!html.contains(u"<iframe", Qt::CaseInsensitive));
    QVERIFY(!html.contains(u"javascript:", Qt::CaseInsensitive));
    QVERIFY(!html.contains(u"data:text/html", Qt::CaseInsensitive));
    // Hugo prints the same marker where it drops raw HTML.
    QVERIFY(html.contains(u"<!-- raw HTML omitted -->"));
    // The link text stays readable; only the target is dropped.
    QVERIFY(html.contains(u">click me</a>"));
    QVERIFY(html.contains(u"<p>Plain paragraph after the hostile parts.</p>"));
}

void tst_MarkdownRenderer::footnotesAreNumberedAndLinkedBack()
{
    const QString html = MarkdownRenderer::toHtml(
        u"One[^a] and two[^b], one again[^a].\n\n[^b]: Second.\n[^a]: First.\n[^c]: Unused.\n");
    // Numbered by first reference; the second reference to a note has an id of its own.
    QVERIFY2(html.contains(u"One<sup id=\"fnref:1\"><a href=\"#fn:1\" class=\"footnote-ref\" "
                           u"role=\"doc-noteref\">1</a></sup>"),
             qPrintable(html));
    QVERIFY(html.contains(u"two<sup id=\"fnref:2\"><a href=\"#fn:2\""));
    QVERIFY(html.contains(u"again<sup id=\"fnref1:1\"><a href=\"#fn:1\""));
    QVERIFY(html.contains(u"<div class=\"footnotes\" role=\"doc-endnotes\">\n<hr />\n<ol>\n"
                          u"<li id=\"fn:1\">\n<p>First.&#160;<a href=\"#fnref:1\""));
    QVERIFY(html.contains(u"<a href=\"#fnref1:1\" class=\"footnote-backref\""));
    QVERIFY(html.contains(u"<li id=\"fn:2\">\n<p>Second.&#160;<a href=\"#fnref:2\""));
    QVERIFY(!html.contains(u"Unused"));
    QVERIFY(html.endsWith(u"</ol>\n</div>\n"));
}

void tst_MarkdownRenderer::shortTableRowsAreFilledWithoutAlignment()
{
    for (const auto positions :
         {MarkdownRenderer::SourcePositions::Omit, MarkdownRenderer::SourcePositions::Mark}) {
        const QString html =
            MarkdownRenderer::toHtml(u"| a | b |\n|--:|--:|\n| 1 |   |\n| 2 |\n", positions);
        // The written empty cell keeps its alignment, the added one has none (as in Hugo).
        QCOMPARE(html.count(u"<td style=\"text-align:right\""), 3);
        QCOMPARE(html.count(u"<td"), 4);
        QVERIFY2(positions == MarkdownRenderer::SourcePositions::Mark ||
                     !html.contains(u"data-sourcepos"),
                 qPrintable(html));
    }
}

void tst_MarkdownRenderer::sourcePositionsAreTheOnlyDifferenceInThePreview_data()
{
    QTest::addColumn<QString>("file");
    for (const char* name : {"fidelity/tables.md", "fidelity/tasks.md", "fidelity/footnotes.md",
                             "fidelity/strikethrough-autolinks.md", "fidelity/typographer.md",
                             "gfm-features.md", "canonical.md"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_MarkdownRenderer::sourcePositionsAreTheOnlyDifferenceInThePreview()
{
    // The fidelity test compares the HTML without positions with Hugo's; the preview shows
    // the one with them.
    QFETCH(QString, file);
    const QString text = fixture(file.toLatin1().constData());
    static const QRegularExpression position(QStringLiteral(" data-sourcepos=\"[0-9:-]+\""));
    QString marked =
        MarkdownRenderer::postBodyToHtml(text, MarkdownRenderer::SourcePositions::Mark);
    QVERIFY(marked.contains(u"data-sourcepos"));
    QCOMPARE(marked.remove(position), MarkdownRenderer::postBodyToHtml(text));
}

QTEST_GUILESS_MAIN(tst_MarkdownRenderer)
#include "tst_markdownrenderer.moc"
