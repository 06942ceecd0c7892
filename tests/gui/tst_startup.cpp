// The start as the user sees it (issue 13): the window paints the post's text before the
// preview's Chromium exists, the preview's area meanwhile in the colour the preview page will
// have (no flash of another colour, in either theme), then the preview shows the post. The
// spelling dictionary is read after that, on a worker: no marks until it is there, then marks.

#include "core/settings/settings.h"
#include "core/spelling/spellchecker.h"
#include "desk/desk.h"
#include "desk/proofreader.h"
#include "document/documentsession.h"
#include "document/postdocument.h"
#include "previewdriver.h"
#include "ui/editor/markdowneditor.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/theme.h"
#include "ui/preview/previewpane.h"
#include "ui/preview/previewview.h"

#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace Qt::StringLiterals;
using digest::Desk;
using digest::Settings;
using digest::ui::MainWindow;
using digest::ui::MarkdownEditor;
using digest::ui::PreviewPane;
using digest::ui::PreviewView;
using digest::ui::Theme;

namespace {

constexpr int kPreviewTimeoutMs = 20000;

QString fixturePath(const char* name)
{
    return QStringLiteral(DIGEST_FIXTURES_DIR "/") + QString::fromLatin1(name);
}

// What the window looked like just after the editor's first paint reached the screen.
struct FirstPaint
{
    bool seen = false;
    bool previewExisted = true;
    QImage editor;
    QImage placeholder;
    bool placeholderVisible = false;
    WId windowId = 0;
};

// Records, once, the moment after the watched widget's first paint: the watcher's own zero
// timer is queued before the one the window queues from the same paint (event filters run
// newest first), so it sees the window as it is between the paint and what follows it.
class FirstPaintWatcher final : public QObject
{
public:
    FirstPaintWatcher(MainWindow& window, FirstPaint& out)
        : m_window(window)
        , m_out(out)
    {}

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_out.seen) {
            m_out.seen = true;
            watched->removeEventFilter(this);
            QTimer::singleShot(0, &m_window, [this] { record(); });
        }
        return false;
    }

private:
    void record()
    {
        m_out.previewExisted = m_window.findChild<PreviewView*>() != nullptr;
        m_out.windowId = m_window.winId();
        m_out.editor = m_window.findChild<MarkdownEditor*>()->viewport()->grab().toImage();
        auto* placeholder = m_window.findChild<QWidget*>(u"previewPlaceholder"_s);
        m_out.placeholderVisible = placeholder && placeholder->isVisible();
        if (placeholder)
            m_out.placeholder = placeholder->grab().toImage();
    }

    MainWindow& m_window;
    FirstPaint& m_out;
};

// The share of the image's pixels that are not `colour`: text drawn on the Base colour.
double shareNotOf(const QImage& image, const QColor& colour)
{
    if (image.isNull())
        return 0;
    qint64 other = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            other += image.pixelColor(x, y).rgb() != colour.rgb() ? 1 : 0;
    }
    return double(other) / double(qint64(image.width()) * image.height());
}

} // namespace

class tst_Startup final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Desk> m_desk;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_desk = std::make_unique<Desk>(std::make_unique<Settings>(m_dir->filePath(u"s.ini"_s)));
    }

    void cleanup()
    {
        m_desk.reset();
        m_dir.reset();
        digest::ui::applyTheme(Theme::System);
    }

    void theTextShowsBeforeThePreviewInThePagesColour_data()
    {
        QTest::addColumn<Theme>("theme");
        QTest::newRow("light") << Theme::Light;
        QTest::newRow("dark") << Theme::Dark;
    }

    void theTextShowsBeforeThePreviewInThePagesColour()
    {
        QFETCH(Theme, theme);
        digest::ui::applyTheme(theme);
        // As main() does: the window made, shown, the post opened, then the event loop.
        MainWindow window(*m_desk);
        window.resize(1200, 760);
        FirstPaint first;
        FirstPaintWatcher watcher(window, first);
        window.findChild<MarkdownEditor*>()->viewport()->installEventFilter(&watcher);
        window.show();
        QVERIFY(window.openFile(fixturePath("canonical.md")));
        QVERIFY(!window.findChild<PreviewView*>());

        QTRY_VERIFY_WITH_TIMEOUT(first.seen && !first.editor.isNull(), kPreviewTimeoutMs);
        const QColor base = window.palette().color(QPalette::Base);
        // The editor's first paint: the post's text is on screen, the preview not even made.
        QVERIFY(!first.previewExisted);
        QVERIFY2(shareNotOf(first.editor, base) > 0.01,
                 qPrintable(u"%1 of the editor is not its background"_s.arg(
                     shareNotOf(first.editor, base))));
        // The preview's area meanwhile: all of it the theme's Base colour.
        QVERIFY(first.placeholderVisible);
        QVERIFY(!first.placeholder.isNull());
        QCOMPARE(shareNotOf(first.placeholder, base), 0.0);
        QCOMPARE(first.placeholder.pixelColor(first.placeholder.rect().center()).name(),
                 base.name());

        // Then the preview, shown only once its page shows the post in the theme.
        auto* pane = window.findChild<PreviewPane*>();
        QVERIFY(pane);
        QTRY_VERIFY_WITH_TIMEOUT(pane->isPreviewShown(), kPreviewTimeoutMs);
        auto* preview = window.findChild<PreviewView*>();
        QVERIFY(preview);
        // The same native window: not taken off the screen and put back for the preview.
        QCOMPARE(window.winId(), first.windowId);
        using digest::test::evaluate;
        QCOMPARE(evaluate(*preview, u"document.querySelectorAll('#content h2').length"_s).toInt(),
                 3);
        QCOMPARE(evaluate(*preview, u"document.documentElement.dataset.theme"_s).toString(),
                 theme == Theme::Dark ? u"dark"_s : u"light"_s);
        // The page's background is the placeholder's colour: nothing changes colour as the
        // preview takes its place.
        const QString background =
            evaluate(*preview, u"getComputedStyle(document.body).backgroundColor"_s).toString();
        QCOMPARE(background,
                 u"rgb(%1, %2, %3)"_s.arg(base.red()).arg(base.green()).arg(base.blue()));
        QCOMPARE(preview->page()->backgroundColor().name(), base.name());
    }

    // What is asked of the preview before it exists reaches it: the newest page, a scroll.
    void whatIsAskedBeforeThePreviewReachesIt()
    {
        MainWindow window(*m_desk);
        window.resize(1200, 500);
        QVERIFY(window.openFile(fixturePath("canonical.md")));
        auto* pane = window.findChild<PreviewPane*>();
        // The window is not shown yet: no preview, whatever is asked.
        pane->scrollToLine(37);
        QVERIFY(!window.findChild<PreviewView*>());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(pane->isPreviewShown(), kPreviewTimeoutMs);
        auto* preview = window.findChild<PreviewView*>();
        using digest::test::evaluate;
        QCOMPARE(evaluate(*preview, u"document.getElementById('title').textContent"_s).toString(),
                 u"[Daily Automated AI Summary]"_s);
        // Line 37 is the second heading's: it is at the top of the preview.
        QTRY_VERIFY_WITH_TIMEOUT(
            evaluate(*preview, u"(() => { const h = document.querySelectorAll('#content h2')[1];"
                               u" const top = h.getBoundingClientRect().top;"
                               u" return top > -5 && top < 40; })()"_s)
                .toBool(),
            kPreviewTimeoutMs);
    }

    // Closing the window while updates are on their way to the page: the page's pending
    // callbacks are answered as it is deleted, and must not reach the half-destroyed pane
    // (this crashed tst_generationactions about one run in three before the fix).
    void closingWhileThePreviewIsBeingUpdatedIsSafe()
    {
        for (int round = 0; round < 5; ++round) {
            // A desk of its own each round: the typed text is not saved, and the next round's
            // open must not ask about it.
            Desk desk(std::make_unique<Settings>(m_dir->filePath(u"round%1.ini"_s.arg(round))));
            auto window = std::make_unique<MainWindow>(desk);
            window->resize(1000, 600);
            window->show();
            QVERIFY(window->openFile(fixturePath("canonical.md")));
            auto* pane = window->findChild<PreviewPane*>();
            QTRY_VERIFY_WITH_TIMEOUT(pane->isPreviewShown(), kPreviewTimeoutMs);
            auto* editor = window->findChild<MarkdownEditor*>();
            editor->moveCursor(QTextCursor::End);
            // Keys whose updates are still in the page's queue when the window goes.
            for (int key = 0; key < 20; ++key) {
                QTest::keyClick(editor, Qt::Key_X);
                QCoreApplication::processEvents();
            }
            window.reset();
            QCoreApplication::processEvents();
        }
    }

    // Held until start(), the dictionary is not there: no spelling marks, not even wrong ones.
    // Once it has been read (on a worker), the marks come.
    void spellingMarksComeOnceTheDictionaryIsRead()
    {
        if (!digest::SpellChecker::availableLanguages().contains(u"en_US"_s))
            QFAIL("hunspell-en-us is not installed (dev.sh installs it)");
        auto desk = std::make_unique<Desk>(std::make_unique<Settings>(m_dir->filePath(u"h.ini"_s)));
        desk->holdStart();
        digest::Proofreader& proofreader = desk->proofreader();
        proofreader.setDelay(std::chrono::milliseconds(0));
        digest::PostDocument& document = desk->session().document();
        document.load(u"---\ntitle: \"x\"\ndate: 2025-06-10T05:00:00Z\n---\nZorblax wrote it.\n"_s,
                      m_dir->filePath(u"2025-06-10-x.md"_s));
        const auto misspelt = [&proofreader] {
            QStringList words;
            for (const digest::Problem& problem : proofreader.problems()) {
                if (problem.rule == u"spelling")
                    words.append(u"%1:%2"_s.arg(problem.line).arg(problem.column));
            }
            return words;
        };
        // The proofreader has read this revision, without a dictionary.
        QTRY_COMPARE(proofreader.revision(), document.revision());
        QCOMPARE(misspelt(), QStringList());
        QVERIFY(!desk->spellChecker().isEnabled());

        desk->start();
        QTRY_COMPARE(desk->spellChecker().language(), u"en_US"_s);
        QTRY_COMPARE(misspelt(), QStringList{u"5:1"_s});
        QCOMPARE(desk->spellingError(), QString());
    }

    // A language chosen while the start's dictionary is still being read wins over it.
    void aLanguageChosenWhileReadingWins()
    {
        digest::SpellChecker checker(m_dir->filePath(u"words.txt"_s));
        bool done = false;
        checker.setLanguageInBackground(u"en_US"_s,
                                        [&done](const digest::Status&) { done = true; });
        QVERIFY(checker.setLanguage(QString()).ok());
        // The read ends; it must not turn the checker back on.
        QTest::qWait(0);
        QTRY_VERIFY_WITH_TIMEOUT(QThreadPool::globalInstance()->waitForDone(0), 5000);
        QCoreApplication::processEvents();
        QVERIFY(!done);
        QVERIFY(!checker.isEnabled());
    }
};

QTEST_MAIN(tst_Startup)
#include "tst_startup.moc"
