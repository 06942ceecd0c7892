// The preview shows the page it was last given, whatever patch came with it: the analysis
// worker patches the page it analysed before into the new one, and the preview must not apply
// that patch on top of anything else (a page skipped while it loaded, images reloaded, a
// renderer that restarted). Each test ends on a page whose worker patch, applied to the wrong
// base, would show other paragraphs than the page has.

#include "core/analysis/analysischain.h"
#include "previewdriver.h"
#include "ui/preview/previewview.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>

#include <csignal>
#include <memory>

using digest::AnalysisChain;
using digest::PagePreview;
using digest::test::evaluate;
using digest::ui::PreviewView;

namespace {

constexpr int kTimeoutMs = 20000;

// A post of numbered paragraphs; `edited` changes the text of one of them.
QString post(int paragraphs, int edited = -1, const QString& edit = QString())
{
    QString text = QStringLiteral("## Heading\n\n");
    for (int i = 0; i < paragraphs; ++i)
        text += QStringLiteral("Paragraph %1%2.\n\n").arg(i).arg(i == edited ? edit : QString());
    return text;
}

// The text of each of the content's top-level elements, as the reader sees the page.
QString shownBlocks(PreviewView& view)
{
    return evaluate(view, QStringLiteral("Array.from(document.getElementById('content').children,"
                                         " e => e.textContent).join('|')"))
        .toString();
}

QString expectedBlocks(const QString& markdown)
{
    QStringList texts{QStringLiteral("Heading")};
    for (const QString& paragraph : markdown.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        if (!paragraph.startsWith(u'#'))
            texts << paragraph.trimmed();
    }
    return texts.join(u'|');
}

// Shows the page and waits until the view says its DOM holds it.
[[nodiscard]] bool show(PreviewView& view, const PagePreview& page)
{
    int shown = -1;
    const auto connection = QObject::connect(&view, &PreviewView::contentUpdated,
                                             [&shown](int revision) { shown = revision; });
    view.showPage(page);
    const bool done = QTest::qWaitFor([&] { return shown == page.revision; }, kTimeoutMs);
    QObject::disconnect(connection);
    return done;
}

} // namespace

class tst_PreviewPatch final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void successivePagesArePatched();
    void aPageSkippedIsNotPatchedOver();
    void pagesGivenBeforeTheLoadShowTheLast();
    void reloadedImagesBetweenTwoEdits();
    void aRestartedRendererGetsTheWholePage();

private:
    std::unique_ptr<PreviewView> m_view;
    AnalysisChain m_chain;
    int m_revision = 0;

    PagePreview analysed(const QString& markdown)
    {
        return m_chain.next(markdown, ++m_revision).page;
    }
};

void tst_PreviewPatch::init()
{
    m_view = digest::test::shownPreview();
    QVERIFY(m_view);
    m_chain = AnalysisChain();
}

void tst_PreviewPatch::cleanup()
{
    m_view.reset();
}

void tst_PreviewPatch::successivePagesArePatched()
{
    const QString first = post(5);
    QVERIFY(show(*m_view, analysed(first)));
    QCOMPARE(shownBlocks(*m_view), expectedBlocks(first));
    for (int key = 0; key < 3; ++key) {
        const QString edited = post(5, 2, QString(key + 1, u'x'));
        const PagePreview page = analysed(edited);
        // The worker sent one paragraph, not the post.
        QVERIFY(page.patchBase != 0);
        const QJsonObject patch =
            QJsonDocument::fromJson(page.patchJson.toUtf8()).object()[u"patch"].toObject();
        QCOMPARE(patch[u"from"].toInt(), 3); // after the heading and paragraphs 0 and 1
        QCOMPARE(patch[u"remove"].toInt(), 1);
        QCOMPARE(patch[u"blocks"].toArray().size(), 1);
        QVERIFY(show(*m_view, page));
        QCOMPARE(shownBlocks(*m_view), expectedBlocks(edited));
    }
}

void tst_PreviewPatch::aPageSkippedIsNotPatchedOver()
{
    // Two analyses delivered, the view given only the second of them: its patch is against a
    // page never shown, which had a paragraph more than the one shown.
    QVERIFY(show(*m_view, analysed(post(5))));
    const PagePreview skipped = analysed(post(6));
    QVERIFY(skipped.patchBase != 0);
    const QString last = post(6, 0, QStringLiteral("zero"));
    QVERIFY(show(*m_view, analysed(last)));
    QCOMPARE(shownBlocks(*m_view), expectedBlocks(last));
}

void tst_PreviewPatch::pagesGivenBeforeTheLoadShowTheLast()
{
    // A fresh view: the page has not loaded yet, so only the newest page waits for it.
    m_view = std::make_unique<PreviewView>();
    m_view->resize(700, 500);
    m_view->show();
    m_view->showPage(analysed(post(4)));
    m_view->showPage(analysed(post(4, 0, QStringLiteral("zero"))));
    const QString last = post(4, 2, QStringLiteral("two"));
    QVERIFY(show(*m_view, analysed(last)));
    QCOMPARE(shownBlocks(*m_view), expectedBlocks(last));
    const QString next = post(4, 2, QStringLiteral("twotwo"));
    QVERIFY(show(*m_view, analysed(next)));
    QCOMPARE(shownBlocks(*m_view), expectedBlocks(next));
}

void tst_PreviewPatch::reloadedImagesBetweenTwoEdits()
{
    QVERIFY(show(*m_view, analysed(post(5))));
    const QString edited = post(5, 4, QStringLiteral("four"));
    QVERIFY(show(*m_view, analysed(edited)));
    // Allowing remote images shows the last page anew, every block replaced.
    m_view->setRemoteImagesAllowed(true);
    QTRY_COMPARE_WITH_TIMEOUT(shownBlocks(*m_view), expectedBlocks(edited), kTimeoutMs);
    const QString next = post(5, 1, QStringLiteral("one"));
    QVERIFY(show(*m_view, analysed(next)));
    QCOMPARE(shownBlocks(*m_view), expectedBlocks(next));
    m_view->setRemoteImagesAllowed(false);
    const QString last = post(5, 0, QStringLiteral("zero"));
    QVERIFY(show(*m_view, analysed(last)));
    QCOMPARE(shownBlocks(*m_view), expectedBlocks(last));
}

void tst_PreviewPatch::aRestartedRendererGetsTheWholePage()
{
    QVERIFY(show(*m_view, analysed(post(5))));
    const QString edited = post(5, 1, QStringLiteral("one"));
    QVERIFY(show(*m_view, analysed(edited)));
    QSignalSpy terminated(m_view->page(), &QWebEnginePage::renderProcessTerminated);
    const qint64 pid = m_view->page()->renderProcessPid();
    QVERIFY(pid > 0);
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    QVERIFY(terminated.wait(kTimeoutMs));
    // The view loads the page anew and shows the last page again, whole: not its patch.
    QTRY_COMPARE_WITH_TIMEOUT(shownBlocks(*m_view), expectedBlocks(edited), kTimeoutMs);
    const QString next = post(5, 3, QStringLiteral("three"));
    QVERIFY(show(*m_view, analysed(next)));
    QCOMPARE(shownBlocks(*m_view), expectedBlocks(next));
}

int main(int argc, char* argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_PreviewPatch test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_previewpatch.moc"
