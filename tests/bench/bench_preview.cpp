// Benchmark, not a test: the time from a keystroke in the editor to the preview's DOM showing
// it (median and 95th percentile), for a 6 KB post and a 1 MB document, and the longest stall
// of the GUI thread while typing in the 1 MB document; then, measured inside the page, what
// its script costs per keystroke (digestPreview.setPage alone, and with the style and layout it
// leaves for the next frame forced at once). Runs offscreen with the real window.
//   bench_preview [KEYSTROKES]

#include "core/analysis/analysischain.h"
#include "core/post/postfile.h"
#include "core/settings/settings.h"
#include "desk/desk.h"
#include "ui/editor/markdowneditor.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/outline/outlineview.h"
#include "ui/preview/previewview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebEnginePage>

#include <algorithm>
#include <cstdio>
#include <ctime>

using digest::ui::MainWindow;
using digest::ui::MarkdownEditor;
using digest::ui::OutlineView;
using digest::ui::PreviewView;

namespace {

QString postOfSize(qsizetype bytes)
{
    QFile file(QStringLiteral(DIGEST_FIXTURES_DIR "/canonical.md"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    QString text = QString::fromUtf8(file.readAll());
    const qsizetype bodyStart = text.indexOf(QStringLiteral("## Possible"));
    const QString body = text.mid(bodyStart);
    while (text.toUtf8().size() < bytes)
        text += u'\n' + body;
    return text;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        qFatal("no samples to take a percentile of");
    std::sort(values.begin(), values.end());
    const qsizetype index = qMin(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(index);
}

struct Fixture
{
    digest::Desk* desk;
    MainWindow* window;
    MarkdownEditor* editor;
    PreviewView* preview;
    int shownRevision = -1;
};

// Waits until the preview shows `revision`, woken by the preview's own signal: QTest::qWaitFor
// sleeps 10 ms between looks, which would round every latency up to a multiple of 10 ms.
bool waitForRevision(Fixture& fixture, int revision, int timeoutMs)
{
    if (fixture.shownRevision >= revision)
        return true;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    // Connected after main()'s connection, so shownRevision is already updated here.
    QObject::connect(fixture.preview, &PreviewView::contentUpdated, &loop, [&](int shown) {
        if (shown >= revision)
            loop.quit();
    });
    timeout.start(timeoutMs);
    loop.exec();
    return fixture.shownRevision >= revision;
}

void open(Fixture& fixture, const QString& path)
{
    // What was typed into the previous post is thrown away without asking.
    fixture.desk->session().document().setModified(false);
    fixture.window->openFile(path);
    const int wanted = fixture.editor->textRevision();
    if (!waitForRevision(fixture, wanted, 120000))
        qFatal("the preview never showed %s", qPrintable(path));
}

// CPU time of the calling thread, in milliseconds: under load, a wall clock times the waits
// for the cores as well.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

void measureLatency(Fixture& fixture, const char* name, int keystrokes)
{
    QList<double> latencies;
    QList<double> keyCpu;
    fixture.editor->moveCursor(QTextCursor::End);
    for (int i = 0; i < keystrokes; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuMs();
        QTest::keyClick(fixture.editor, Qt::Key_A);
        keyCpu << threadCpuMs() - cpu;
        const int wanted = fixture.editor->textRevision();
        if (!waitForRevision(fixture, wanted, 60000))
            qFatal("the preview did not follow a keystroke within a minute");
        latencies << double(timer.nsecsElapsed()) / 1e6;
    }
    std::printf("%-22s keystroke -> preview DOM: median %7.1f ms, p95 %7.1f ms (%d keystrokes)\n",
                name, percentile(latencies, 0.5), percentile(latencies, 0.95), keystrokes);
    // The key event itself: the insert, the highlighter, the document's signals (the text
    // handed to the analysis and the proofreader), the editor's update; not the paint.
    std::printf("%-22s GUI thread's CPU time handling the key: median %.2f ms, max %.2f ms\n", name,
                percentile(keyCpu, 0.5), *std::max_element(keyCpu.begin(), keyCpu.end()));
}

QVariant evaluate(Fixture& fixture, const QString& script)
{
    QVariant result;
    bool done = false;
    fixture.preview->page()->runJavaScript(script, [&](const QVariant& value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        qFatal("the page did not answer");
    return result;
}

// The page's own clock around setPage (performance.now() in the renderer), once without and
// once with a forced layout after it: what the page costs, whatever the load on the GUI side.
void measurePage(Fixture& fixture, const char* name, int keystrokes)
{
    for (const bool layout : {false, true}) {
        evaluate(fixture, QStringLiteral("(function () {"
                                         "  const setPage = digestPreview.setPage;"
                                         "  window.benchTimes = [];"
                                         "  window.benchSetPage = setPage;"
                                         "  digestPreview.setPage = function (page) {"
                                         "    const start = performance.now();"
                                         "    const result = setPage(page);"
                                         "    if (%1) document.body.getBoundingClientRect();"
                                         "    benchTimes.push(performance.now() - start);"
                                         "    return result;"
                                         "  };"
                                         "  return 0; })()")
                              .arg(layout ? u"true" : u"false"));
        fixture.editor->moveCursor(QTextCursor::End);
        for (int i = 0; i < keystrokes; ++i) {
            QTest::keyClick(fixture.editor, Qt::Key_C);
            if (!waitForRevision(fixture, fixture.editor->textRevision(), 60000))
                qFatal("the preview did not follow a keystroke within a minute");
        }
        QList<double> times;
        for (const QVariant& time :
             evaluate(fixture, QStringLiteral("digestPreview.setPage = benchSetPage; benchTimes"))
                 .toList())
            times << time.toDouble();
        std::printf("%-22s in the page, setPage%s: median %7.2f ms, p95 %7.2f ms\n", name,
                    layout ? " + style/layout" : "", percentile(times, 0.5),
                    percentile(times, 0.95));
    }
}

void measureStall(Fixture& fixture, int keystrokes)
{
    // A 1 ms ticker on the GUI thread: the longest gap between ticks is the longest stall.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longest = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    last = clock.nsecsElapsed();
    ticker.start(1);
    fixture.editor->moveCursor(QTextCursor::End);
    for (int i = 0; i < keystrokes; ++i) {
        QTest::keyClick(fixture.editor, Qt::Key_B);
        QTest::qWait(30); // about 33 keystrokes a second, a fast typist
    }
    const int wanted = fixture.editor->textRevision();
    if (!waitForRevision(fixture, wanted, 60000))
        qFatal("the preview did not catch up within a minute");
    ticker.stop();
    std::printf("1 MB document          longest GUI-thread stall while typing %d keys: %.1f ms\n",
                keystrokes, double(longest) / 1e6);
}

// The GUI thread's share of a keystroke in the 1 MB document: handing one analysis (made
// here, as the worker makes it) to the preview and to the outline. The preview is timed with
// the patch the worker made and with the patch made here (as before the worker made it), the
// outline each time it is given (as before: on every analysis) and only when it changed.
void measureDelivery(Fixture& fixture, QString text, int keystrokes)
{
    auto* outline = fixture.window->findChild<OutlineView*>();
    const qsizetype middle = text.indexOf(u"\n\n", text.size() / 2);
    digest::AnalysisChain chain;
    int revision = fixture.shownRevision + 1000;
    QList<double> workerPatch, guiPatch, outlineEvery, outlineChanged;
    int changed = 0;
    for (int i = 0; i < 2 * keystrokes; ++i) {
        // A word typed in the middle of a paragraph in the middle of the document.
        text.insert(middle, QStringLiteral(" w%1").arg(i));
        digest::PostAnalysis analysis = chain.next(text, ++revision);
        const bool fromWorker = i % 2 == 1; // the first has no patch: it starts the chain
        if (!fromWorker)
            analysis.page.patchBase = 0; // the preview makes the patch itself
        double start = threadCpuMs();
        fixture.preview->showPage(analysis.page);
        (fromWorker ? workerPatch : guiPatch) << threadCpuMs() - start;
        start = threadCpuMs();
        outline->setOutline(analysis.outline);
        const double outlineMs = threadCpuMs() - start;
        outlineEvery << outlineMs;
        if (analysis.outlineChanged)
            ++changed;
        outlineChanged << (analysis.outlineChanged ? outlineMs : 0.0);
        if (!waitForRevision(fixture, revision, 60000))
            qFatal("the preview did not show a page within a minute");
    }
    const auto line = [](const char* what, const QList<double>& times) {
        std::printf("  %-52s median %6.2f ms, p95 %6.2f ms, max %6.2f ms\n", what,
                    percentile(times, 0.5), percentile(times, 0.95),
                    *std::max_element(times.begin(), times.end()));
    };
    std::printf(
        "1 MB document          GUI thread's CPU time per analysis delivered (%d analyses):\n",
        int(outlineEvery.size()));
    line("preview, patch from the worker", workerPatch);
    line("preview, patch made on the GUI thread (before)", guiPatch);
    line("outline, setOutline on every analysis (as before)", outlineEvery);
    std::printf("  outline, set only when it changed: changed %d times of %d\n", changed,
                int(outlineEvery.size()));
    line("outline, set only when it changed", outlineChanged);
}

} // namespace

int main(int argc, char* argv[])
{
    // Each figure as soon as it is known, even into a pipe, even if a later part fails.
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    qputenv("QT_LOGGING_RULES", "qt.webenginecontext.info=false");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const int keystrokes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 40;

    QTemporaryDir dir;
    digest::Desk desk(
        std::make_unique<digest::Settings>(dir.filePath(QStringLiteral("settings.ini"))));
    MainWindow window(desk);
    window.resize(1280, 800);
    window.show();
    // The preview is made after the editor's first paint.
    if (!QTest::qWaitFor([&] { return window.findChild<PreviewView*>() != nullptr; }, 60000))
        qFatal("the preview was never made");
    Fixture fixture{&desk, &window, window.findChild<MarkdownEditor*>(),
                    window.findChild<PreviewView*>()};
    QObject::connect(fixture.preview, &PreviewView::contentUpdated,
                     [&](int revision) { fixture.shownRevision = revision; });

    const QString small = dir.filePath(QStringLiteral("small.md"));
    const QString large = dir.filePath(QStringLiteral("large.md"));
    const QString smallText = postOfSize(6 * 1024);
    const QString largeText = postOfSize(1024 * 1024);
    if (!digest::PostFile::write(small, smallText).ok() ||
        !digest::PostFile::write(large, largeText).ok())
        return 1;

    open(fixture, small);
    const QString smallName = QStringLiteral("%1 KB post").arg(smallText.toUtf8().size() / 1024);
    measureLatency(fixture, qPrintable(smallName), keystrokes);
    measurePage(fixture, qPrintable(smallName), keystrokes);
    open(fixture, large);
    const QString largeName =
        QStringLiteral("%1 KB document").arg(largeText.toUtf8().size() / 1024);
    measureLatency(fixture, qPrintable(largeName), keystrokes);
    measureStall(fixture, keystrokes * 2);
    // Before measureDelivery, which shows pages of its own to the preview.
    measurePage(fixture, qPrintable(largeName), keystrokes);
    measureDelivery(fixture, fixture.editor->toPlainText(), keystrokes);
    return 0;
}
