// The outline and the page preview of a revision come from one parse of its body, and say
// exactly what the standalone readers (parseOutline, PagePreviewRenderer::render, each parsing
// on its own, the renderer with cmark's source positions option) say: over the project's
// fixtures, and over the published posts when the corpus is there (read in place, skipped
// otherwise).

#include "core/analysis/postanalysis.h"
#include "core/markdown/cmarkdocument.h"
#include "core/render/markdownrenderer.h"
#include "topicfixtures.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using digest::analyzePost;
using digest::CmarkDocument;
using digest::PostAnalysis;

namespace {

// Where the shared parse and the standalone readers part on one post; empty if nowhere.
QString difference(const QString& text)
{
    constexpr int kRevision = 7;
    const PostAnalysis analysis = analyzePost(text, kRevision);
    if (analysis.outline != digest::parseOutline(text))
        return QStringLiteral("the outline differs");
    digest::PagePreview page = digest::PagePreviewRenderer::render(text);
    page.revision = kRevision;
    if (analysis.page.bodyHtml() != page.bodyHtml())
        return QStringLiteral("the body's HTML differs");
    if (analysis.page != page)
        return QStringLiteral("the page's header differs");
    const QString html = digest::MarkdownRenderer::postBodyToHtml(
        text, digest::MarkdownRenderer::SourcePositions::Mark);
    if (analysis.page.bodyHtml() != html)
        return QStringLiteral("the HTML differs from postBodyToHtml()");
    return {};
}

} // namespace

class tst_PostAnalysis final : public QObject
{
    Q_OBJECT

private slots:
    void oneParseSaysWhatTheStandaloneReadersSay_data();
    void oneParseSaysWhatTheStandaloneReadersSay();
    void oneParseSaysWhatTheStandaloneReadersSayOverTheCorpus();
    void aRevisionIsParsedOnce();
};

void tst_PostAnalysis::oneParseSaysWhatTheStandaloneReadersSay_data()
{
    QTest::addColumn<QString>("fixture");
    const QDir fixtures(QStringLiteral(DIGEST_FIXTURES_DIR));
    QDirIterator posts(fixtures.path(), {QStringLiteral("*.md")}, QDir::Files,
                       QDirIterator::Subdirectories);
    int rows = 0;
    while (posts.hasNext()) {
        const QString name = fixtures.relativeFilePath(posts.next());
        QTest::newRow(qPrintable(name)) << name;
        ++rows;
    }
    QVERIFY2(rows >= 10, "the fixtures are missing");
}

void tst_PostAnalysis::oneParseSaysWhatTheStandaloneReadersSay()
{
    QFETCH(QString, fixture);
    const QString text = QString::fromUtf8(digest::test::fixture(fixture));
    QVERIFY(!text.isEmpty());
    const QString problem = difference(text);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_PostAnalysis::oneParseSaysWhatTheStandaloneReadersSayOverTheCorpus()
{
    const QDir folder(QStringLiteral(DIGEST_CORPUS_DIR));
    const QStringList names = folder.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    if (names.isEmpty())
        QSKIP("The post corpus is not there (" DIGEST_CORPUS_DIR "); the fixtures still run.");
    QStringList problems;
    for (const QString& name : names) {
        QFile file(folder.filePath(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QString problem = difference(QString::fromUtf8(file.readAll()));
        if (!problem.isEmpty())
            problems << name + QStringLiteral(": ") + problem;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_PostAnalysis::aRevisionIsParsedOnce()
{
    const QString text = QString::fromUtf8(digest::test::fixture(QStringLiteral("canonical.md")));
    QVERIFY(!text.isEmpty());

    const int before = CmarkDocument::parsesSoFar();
    const PostAnalysis analysis = analyzePost(text, 3);
    QCOMPARE(CmarkDocument::parsesSoFar() - before, 1);
    // Both halves were read from that parse, and are of the revision asked for.
    QVERIFY(analysis.page.bodyHtml().contains(u"<h2 data-sourcepos="));
    QCOMPARE(analysis.page.title, QStringLiteral("[Daily Automated AI Summary]"));
    QVERIFY(!analysis.outline.consequences.isEmpty());
    QVERIFY(!analysis.outline.predictions.isEmpty());
    QCOMPARE(analysis.revision, 3);
    QCOMPARE(analysis.page.revision, 3);

    // The readers on their own parse once each: the count is the parser's, not the analysis's.
    const int standalone = CmarkDocument::parsesSoFar();
    QCOMPARE(digest::parseOutline(text), analysis.outline);
    QCOMPARE(digest::PagePreviewRenderer::render(text).bodyHtml(), analysis.page.bodyHtml());
    QCOMPARE(CmarkDocument::parsesSoFar() - standalone, 2);
}

QTEST_GUILESS_MAIN(tst_PostAnalysis)
#include "tst_postanalysis.moc"
