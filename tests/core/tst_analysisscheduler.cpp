#include "core/analysis/analysisscheduler.h"
#include "core/markdown/cmarkdocument.h"
#include "topicfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using digest::AnalysisScheduler;
using digest::PostAnalysis;

class tst_AnalysisScheduler final : public QObject
{
    Q_OBJECT

private slots:
    void analysesOffTheCallingThread();
    void aBurstEndsWithTheNewestText();
    void eachResultIsOneRevisionParsedOnce();
    void coalescedPatchesFollowOneAnother();
    void theOutlineIsNewOnlyWhenItChanged();
};

namespace {

// What the page shows after applying the page's JSON patch to `shown`.
QStringList patched(QStringList shown, const QString& json)
{
    const QJsonObject patch = QJsonDocument::fromJson(json.toUtf8()).object()[u"patch"].toObject();
    const qsizetype from = patch[u"from"].toInteger();
    shown.remove(from, patch[u"remove"].toInteger());
    const QJsonArray blocks = patch[u"blocks"].toArray();
    for (qsizetype i = 0; i < blocks.size(); ++i)
        shown.insert(from + i, blocks.at(i).toString());
    return shown;
}

} // namespace

void tst_AnalysisScheduler::analysesOffTheCallingThread()
{
    AnalysisScheduler scheduler;
    QList<PostAnalysis> results;
    connect(&scheduler, &AnalysisScheduler::analyzed, this,
            [&results](const PostAnalysis& analysis) { results << analysis; });
    scheduler.request(QStringLiteral("---\ntitle: x\n---\n# Hello\n"), 4);
    QVERIFY(scheduler.isBusy());
    QVERIFY(results.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 5000);
    const PostAnalysis& analysis = results.first();
    // The preview's HTML marks where each block comes from, in body lines.
    QCOMPARE(analysis.page.bodyHtml(),
             QStringLiteral("<h1 data-sourcepos=\"1:1-1:7\">Hello</h1>\n"));
    QCOMPARE(analysis.page.bodyFirstLine, 3);
    QCOMPARE(analysis.page.title, QStringLiteral("x"));
    // The outline's positions are file lines.
    QCOMPARE(analysis.outline.sections.size(), 1);
    QCOMPARE(analysis.outline.sections.first().heading, QStringLiteral("Hello"));
    QCOMPARE(analysis.outline.sections.first().range.startLine, 4);
    QCOMPARE(analysis.revision, 4);
    QCOMPARE(analysis.page.revision, 4);
}

void tst_AnalysisScheduler::aBurstEndsWithTheNewestText()
{
    AnalysisScheduler scheduler;
    QStringList results;
    connect(&scheduler, &AnalysisScheduler::analyzed, this,
            [&results](const PostAnalysis& analysis) { results << analysis.page.bodyHtml(); });
    // A big document keeps the worker busy while the burst of "keystrokes" arrives.
    const QString bulk = QStringLiteral("Paragraph with *some* text.\n\n").repeated(20000);
    constexpr int kKeystrokes = 50;
    for (int i = 1; i <= kKeystrokes; ++i)
        scheduler.request(bulk + QStringLiteral("# Version %1\n").arg(i), i);

    QTRY_VERIFY_WITH_TIMEOUT(!scheduler.isBusy(), 20000);
    QVERIFY(!results.isEmpty());
    const QString newest = QStringLiteral(">Version %1</h1>\n").arg(kKeystrokes);
    QVERIFY(results.last().endsWith(newest));
    // A keystroke right after an analysis finished is not overtaken by an older text.
    scheduler.request(bulk + QStringLiteral("# After the burst\n"));
    scheduler.request(bulk + QStringLiteral("# Final\n"));
    QTRY_VERIFY_WITH_TIMEOUT(!scheduler.isBusy(), 20000);
    QVERIFY(results.last().endsWith(u">Final</h1>\n"));
    // Coalesced: far fewer analyses than keystrokes, never a backlog.
    QVERIFY2(results.size() <= 5, qPrintable(QString::number(results.size())));
}

void tst_AnalysisScheduler::eachResultIsOneRevisionParsedOnce()
{
    AnalysisScheduler scheduler;
    QList<PostAnalysis> results;
    connect(&scheduler, &AnalysisScheduler::analyzed, this,
            [&results](const PostAnalysis& analysis) { results << analysis; });
    // A long post keeps the worker busy while the "keystrokes" arrive; each adds a topic.
    const QString post = QString::fromUtf8(digest::test::fixture(QStringLiteral("canonical.md")));
    QVERIFY(!post.isEmpty());
    const QString bulk = QStringLiteral("Intro paragraph with *some* text.\n\n").repeated(20000);
    constexpr int kKeystrokes = 30;
    const auto version = [&](int revision) -> QString {
        return post + QStringLiteral("\n- Topic %1\n\n").arg(revision) + bulk;
    };
    const int parsesBefore = digest::CmarkDocument::parsesSoFar();
    for (int revision = 1; revision <= kKeystrokes; ++revision)
        scheduler.request(version(revision), revision);
    QTRY_VERIFY_WITH_TIMEOUT(!scheduler.isBusy(), 20000);
    // One parse for each revision analysed, for the page and the outline together.
    QCOMPARE(digest::CmarkDocument::parsesSoFar() - parsesBefore, int(results.size()));

    QVERIFY(!results.isEmpty());
    QVERIFY2(results.size() <= 5, qPrintable(QString::number(results.size())));
    QCOMPARE(results.last().revision, kKeystrokes);
    for (const PostAnalysis& analysis : std::as_const(results)) {
        // The page and the outline are both of the revision the result names.
        const QString text = version(analysis.revision);
        QCOMPARE(analysis.page.revision, analysis.revision);
        QCOMPARE(analysis.outline, digest::parseOutline(text));
        QCOMPARE(analysis.page.bodyHtml(), digest::PagePreviewRenderer::render(text).bodyHtml());
    }
    QCOMPARE(results.last().outline.predictions.size(), 2);
    QVERIFY(results.last().page.bodyHtml().contains(QStringLiteral(">Topic %1<").arg(kKeystrokes)));
}

// A burst of edits is coalesced: some texts are never analysed. Each page delivered is patched
// against the page delivered before it, so applying the patches one after the other, as the
// preview does, always gives the page's blocks.
void tst_AnalysisScheduler::coalescedPatchesFollowOneAnother()
{
    AnalysisScheduler scheduler;
    QList<PostAnalysis> results;
    connect(&scheduler, &AnalysisScheduler::analyzed, this,
            [&results](const PostAnalysis& analysis) { results << analysis; });
    const QString bulk = QStringLiteral("A paragraph with *some* text.\n\n").repeated(20000);
    constexpr int kKeystrokes = 20;
    for (int revision = 1; revision <= kKeystrokes; ++revision) {
        // Paragraphs come and go at both ends, so a patch on the wrong base shows.
        scheduler.request(QStringLiteral("Head %1.\n\n").arg(revision).repeated(revision % 3) +
                              bulk + QStringLiteral("Tail %1.\n\n").repeated(revision % 4),
                          revision);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!scheduler.isBusy(), 20000);
    QVERIFY2(results.size() < kKeystrokes, "nothing was coalesced");
    QCOMPARE(results.first().page.patchBase, quint64(0));
    QStringList shown = results.first().page.bodyBlocks;
    for (qsizetype i = 1; i < results.size(); ++i) {
        const digest::PagePreview& page = results.at(i).page;
        QCOMPARE(page.patchBase, results.at(i - 1).page.serial);
        shown = patched(shown, page.patchJson);
        QCOMPARE(shown, page.bodyBlocks);
    }
    QCOMPARE(results.last().revision, kKeystrokes);
}

void tst_AnalysisScheduler::theOutlineIsNewOnlyWhenItChanged()
{
    AnalysisScheduler scheduler;
    QList<PostAnalysis> results;
    connect(&scheduler, &AnalysisScheduler::analyzed, this,
            [&results](const PostAnalysis& analysis) { results << analysis; });
    const QString post = QString::fromUtf8(digest::test::fixture(QStringLiteral("canonical.md")));
    QVERIFY(!post.isEmpty());
    // A paragraph before the first section, typed in (on its own line: no entry moves), then
    // a section of its own.
    const qsizetype body = post.indexOf(QStringLiteral("## Possible"));
    QVERIFY(body > 0);
    const auto withIntro = [&](const QString& intro) {
        return QString(post).insert(body, intro + QStringLiteral("\n\n"));
    };
    const QStringList texts{
        withIntro(QStringLiteral("Intro")),
        withIntro(QStringLiteral("Intro words")),
        withIntro(QStringLiteral("Intro words, more")),
        withIntro(QStringLiteral("Intro words, more")) + QStringLiteral("\n## Afterword\n"),
    };
    for (const QString& text : texts) {
        scheduler.request(text);
        QTRY_VERIFY_WITH_TIMEOUT(!scheduler.isBusy(), 5000);
    }
    QCOMPARE(results.size(), 4);
    QVERIFY(results.at(0).outlineChanged);
    QCOMPARE(results.at(0).outline, digest::parseOutline(texts.at(0)));
    QVERIFY(!results.at(1).outlineChanged);
    QVERIFY(!results.at(2).outlineChanged);
    QCOMPARE(results.at(2).outline, digest::parseOutline(texts.at(2)));
    QVERIFY(results.at(3).outlineChanged);
    QCOMPARE(results.at(3).outline.sections.last().heading, QStringLiteral("Afterword"));
}

QTEST_GUILESS_MAIN(tst_AnalysisScheduler)
#include "tst_analysisscheduler.moc"
