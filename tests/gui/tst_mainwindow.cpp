#include "core/post/postfile.h"
#include "core/render/markdownrenderer.h"
#include "core/settings/settings.h"
#include "desk/desk.h"
#include "document/documentsession.h"
#include "document/postdocument.h"
#include "previewdriver.h"
#include "translators.h"
#include "ui/editor/markdowneditor.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/preview/previewview.h"
#include "ui/settings/settingsdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTranslator>
#include <QTreeWidget>
#include <QWebEnginePage>

using digest::Settings;
using digest::ui::MainWindow;
using digest::ui::MarkdownEditor;
using digest::ui::PreviewView;

namespace {

constexpr int kPreviewTimeoutMs = 20000;

QString fixturePath(const char* name)
{
    return QStringLiteral(DIGEST_FIXTURES_DIR "/") + QString::fromLatin1(name);
}

// Runs script in the preview's real page and waits for its result. The window makes its
// preview once it has painted the editor: wait for it first.
QVariant evaluate(MainWindow& window, const QString& script)
{
    if (!QTest::qWaitFor([&window] { return window.findChild<PreviewView*>() != nullptr; },
                         kPreviewTimeoutMs)) {
        qWarning("the window never made its preview");
        return {};
    }
    return digest::test::evaluate(*window.findChild<PreviewView*>(), script);
}

// Answers the next modal message boxes, in order, with the given buttons; the text of the last
// one goes to *text. A box without the expected button is rejected, so the test fails on it.
void answerMessageBoxes(QList<QMessageBox::StandardButton> buttons, QString* text)
{
    if (buttons.isEmpty())
        return;
    QTimer::singleShot(0, qApp, [=] {
        QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()));
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (text)
            *text = box->text() + u' ' + box->informativeText();
        QAbstractButton* button = box->button(buttons.first());
        if (!button) {
            qWarning("message box \"%s\" has no such button", qPrintable(box->text()));
            box->reject();
            return;
        }
        answerMessageBoxes(buttons.mid(1), text);
        button->click();
    });
}

void answerNextMessageBox(QMessageBox::StandardButton button, QString* text)
{
    answerMessageBoxes({button}, text);
}

// Answers the next modal file dialog: checks what it offers, then accepts `fileName` (a name
// typed into it, or a path). Its title and the name it suggests go to *offered.
void answerNextFileDialog(const QString& fileName, QStringList* offered)
{
    QTimer::singleShot(0, qApp, [=] {
        QTRY_VERIFY(qobject_cast<QFileDialog*>(QApplication::activeModalWidget()));
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        if (offered) {
            *offered = QStringList{dialog->windowTitle(), dialog->directory().absolutePath(),
                                   name ? name->text() : QString(), dialog->defaultSuffix()};
        }
        if (!name) {
            qWarning("the file dialog has no file name field");
            dialog->reject();
            return;
        }
        // The dialog selects an existing starting file once it has listed the folder, which
        // replaces what was typed before: type after that, as a person would.
        const QString initial = dialog->directory().filePath(name->text());
        if (!name->text().isEmpty() && QFileInfo(initial).isFile()) {
            auto* view = dialog->findChild<QAbstractItemView*>(QStringLiteral("listView"));
            if (!view || !QTest::qWaitFor([&] { return view->selectionModel()->hasSelection(); },
                                          kPreviewTimeoutMs)) {
                qWarning("the file dialog never selected %s", qPrintable(initial));
                dialog->reject();
                return;
            }
        }
        // Typed with the name field focused, as a person does: the dialog then drops the
        // starting file it had selected.
        QApplication::setActiveWindow(dialog);
        name->setFocus(Qt::OtherFocusReason);
        name->selectAll();
        QTest::keyClicks(name, fileName);
        QTest::keyClick(name, Qt::Key_Return);
    });
}

// Waits until the preview's body has this many h2 headings (it shows the opened post).
bool previewShowsHeadings(MainWindow& window, int count)
{
    return QTest::qWaitFor(
        [&] {
            return evaluate(window,
                            QStringLiteral("document.querySelectorAll('#content h2').length"))
                       .toInt() == count;
        },
        kPreviewTimeoutMs);
}

// Loads an image that cannot load, as the hostile ones in a post cannot, and waits for its error
// event: a positive sign that the page has had the time to run any error handler of theirs.
bool imageFailureSeen(MainWindow& window)
{
    evaluate(window, QStringLiteral("window.probeFailed = false; const probe = new Image();"
                                    "probe.onerror = () => { window.probeFailed = true; };"
                                    "probe.src = 'missing-probe.png'; true"));
    return QTest::qWaitFor(
        [&] { return evaluate(window, QStringLiteral("window.probeFailed")).toBool(); },
        kPreviewTimeoutMs);
}

// Types text as key presses; QTest::keyClicks() cannot type a line break.
void type(QWidget* widget, const QString& text)
{
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(widget, Qt::Key_Return);
        QTest::keyClicks(widget, lines.at(i));
    }
}

} // namespace

class tst_MainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    // Not last on purpose: cleanup() restores English, so no test depends on the order.
    void menusSpeakGerman();
    void previewShowsTheBodyOfTheOpenedPost();
    void previewFollowsTypingWithoutReloading();
    void titleShowsFileNameAndModifiedState();
    void closingWithUnsavedChangesAsksFirst();
    void failedOpenExplainsAndKeepsTheText();
    void savingOverChangesOnDiskAsksFirst();
    void savingKeepsEveryCharacterAndLineEnding();
    void splitterAndGeometryAreRemembered();
    void hostileDocumentRunsNoScript();
    void previewShowsThePageHeaderLikeTheSite();
    void frontMatterValuesAreShownAsTextOnly();
    void scrollPositionSurvivesAnUpdate();
    void severalMegabytesStillPreview();
    void newPostComesFromTheArchetype();
    void editorAndPreviewScrollInStep();
    void previewFollowsTheEditorWhicheverWayItMoves_data();
    void previewFollowsTheEditorWhicheverWayItMoves();
    void previewBodyIsWhatDigestctlRenderPrints();
    void outlineFollowsTheTextAndLeadsTheEditorThere();
    void saveAsWritesWhereTheDialogSays();
    void savingANewPostSuggestsTheSitesPathAndAddsTheSuffix();
    void saveAnswerOfTheUnsavedQuestionSavesThenCloses();
    void openGoesThroughTheFileDialog();
    void undoInTheEditorUndoesProgramEditsAndTypingInOrder();
    void settingsOpenFromTheEditMenu();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<digest::Desk> m_desk;
    Settings* m_settings = nullptr;
};

void tst_MainWindow::cleanup()
{
    // A test that switched the language leaves English behind, even when it failed.
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::c());
    m_desk.reset();
}

void tst_MainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // New Post without a site makes the default site in the data folder: this test's own.
    qputenv("XDG_DATA_HOME", m_dir->filePath(QStringLiteral("data")).toUtf8());
    m_desk = std::make_unique<digest::Desk>(
        std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini"))));
    m_settings = &m_desk->settings();
}

void tst_MainWindow::previewShowsTheBodyOfTheOpenedPost()
{
    MainWindow window(*m_desk);
    window.show();
    QVERIFY(window.openFile(fixturePath("canonical.md")));

    QTRY_COMPARE_WITH_TIMEOUT(evaluate(window, QStringLiteral("document.querySelectorAll("
                                                              "'#content h2').length"))
                                  .toInt(),
                              3, kPreviewTimeoutMs);
    QCOMPARE(evaluate(window, QStringLiteral("document.getElementById('content')"
                                             ".firstElementChild.tagName"))
                 .toString(),
             QStringLiteral("BLOCKQUOTE"));
    const QString text = evaluate(window, QStringLiteral("document.body.innerText")).toString();
    QVERIFY2(!text.contains(u"showToc"), qPrintable(text.left(200)));
    QVERIFY(text.contains(u"Sparse mixtures that route by token difficulty"));
    QCOMPARE(evaluate(window, QStringLiteral("document.querySelectorAll('#content ol > li')"
                                             ".length"))
                 .toInt(),
             2);
}

void tst_MainWindow::previewFollowsTypingWithoutReloading()
{
    MainWindow window(*m_desk);
    window.show();
    QVERIFY(window.openFile(fixturePath("canonical.md")));
    QVERIFY(previewShowsHeadings(window, 3));
    // A reload would lose this mark.
    evaluate(window, QStringLiteral("window.loadedOnce = 'yes'"));

    auto* editor = window.findChild<MarkdownEditor*>();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    type(editor, QStringLiteral("\n## Typed by hand\n\nA *new* paragraph.\n"));

    QVERIFY(previewShowsHeadings(window, 4));
    QCOMPARE(evaluate(window, QStringLiteral("Array.from(document.querySelectorAll("
                                             "'#content h2')).pop().textContent"))
                 .toString(),
             QStringLiteral("Typed by hand"));
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(window, QStringLiteral("document.querySelector('#content > p:last-child')"
                                        ".innerHTML"))
            .toString(),
        QStringLiteral("A <em>new</em> paragraph."), kPreviewTimeoutMs);
    QCOMPARE(evaluate(window, QStringLiteral("window.loadedOnce")).toString(),
             QStringLiteral("yes"));
}

void tst_MainWindow::titleShowsFileNameAndModifiedState()
{
    MainWindow window(*m_desk);
    window.show();
    QCOMPARE(window.windowTitle(), QStringLiteral("Untitled[*] — Digest Editor"));

    const QString path = m_dir->filePath(QStringLiteral("2026-11-20-ai-auto-summary.md"));
    QVERIFY(QFile::copy(fixturePath("canonical.md"), path));
    QVERIFY(window.openFile(path));
    QVERIFY(window.windowTitle().startsWith(u"2026-11-20-ai-auto-summary.md"));
    QVERIFY(!window.isWindowModified());
    // The status bar names the post just opened, not the one it replaced.
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("Opened 2026-11-20-ai-auto-summary.md"));

    auto* editor = window.findChild<MarkdownEditor*>();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral("Edited."));
    QVERIFY(window.isWindowModified());

    QVERIFY(m_desk->session().saveTo(path));
    QVERIFY(!window.isWindowModified());
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(saved.readAll()).endsWith(u"pushes the date out.\nEdited."));

    // Undo after saving takes the text away from what is on disk again.
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(window.isWindowModified());
    QVERIFY(editor->toPlainText().endsWith(u"pushes the date out.\n"));
}

void tst_MainWindow::closingWithUnsavedChangesAsksFirst()
{
    MainWindow window(*m_desk);
    window.show();
    QVERIFY(window.openFile(fixturePath("canonical.md")));
    auto* editor = window.findChild<MarkdownEditor*>();
    QTest::keyClicks(editor, QStringLiteral("x"));

    QString question;
    answerNextMessageBox(QMessageBox::Cancel, &question);
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QVERIFY2(question.contains(u"canonical.md"), qPrintable(question));
    QVERIFY(editor->toPlainText().startsWith(u"x---"));

    answerNextMessageBox(QMessageBox::Discard, nullptr);
    QVERIFY(window.close());
    // The post on disk is untouched by discarding.
    QFile file(fixturePath("canonical.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("---\n"));
}

void tst_MainWindow::failedOpenExplainsAndKeepsTheText()
{
    MainWindow window(*m_desk);
    window.show();
    auto* editor = window.findChild<MarkdownEditor*>();
    QTest::keyClicks(editor, QStringLiteral("Work in progress"));

    // Asked first about the typed text (Discard), then told the file is not there.
    QString message;
    answerMessageBoxes({QMessageBox::Discard, QMessageBox::Ok}, &message);
    const QString missing = m_dir->filePath(QStringLiteral("gone.md"));
    QVERIFY(!window.openFile(missing));
    QVERIFY2(message.contains(u"gone.md") && message.contains(u"does not exist"),
             qPrintable(message));
    QCOMPARE(editor->toPlainText(), QStringLiteral("Work in progress"));
    QVERIFY(window.isWindowModified());
    answerNextMessageBox(QMessageBox::Discard, nullptr);
    QVERIFY(window.close());
}

void tst_MainWindow::savingOverChangesOnDiskAsksFirst()
{
    const QString path = m_dir->filePath(QStringLiteral("post.md"));
    QVERIFY(QFile::copy(fixturePath("canonical.md"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    MainWindow window(*m_desk);
    window.show();
    QVERIFY(window.openFile(path));
    auto* editor = window.findChild<MarkdownEditor*>();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral("Mine."));

    // Another program rewrites the post meanwhile.
    {
        QFile other(path);
        QVERIFY(other.open(QIODevice::WriteOnly | QIODevice::Truncate));
        other.write("written elsewhere\n");
    }
    QString question;
    answerNextMessageBox(QMessageBox::Cancel, &question);
    QVERIFY(!window.save());
    QVERIFY2(question.contains(u"changed by another program"), qPrintable(question));
    QFile onDisk(path);
    QVERIFY(onDisk.open(QIODevice::ReadOnly));
    QCOMPARE(onDisk.readAll(), QByteArray("written elsewhere\n"));
    onDisk.close();
    QVERIFY(window.isWindowModified());

    // Saving again with nothing changed on disk since our own save asks nothing.
    QTimer::singleShot(0, qApp, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        const auto buttons = box->buttons();
        for (QAbstractButton* button : buttons) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    QVERIFY(window.save());
    QVERIFY(onDisk.open(QIODevice::ReadOnly));
    QVERIFY(onDisk.readAll().endsWith("Mine."));
    onDisk.close();
    QTest::keyClicks(editor, QStringLiteral(" More."));
    QVERIFY(window.save());
    QVERIFY(!window.isWindowModified());
}

void tst_MainWindow::savingKeepsEveryCharacterAndLineEnding()
{
    // A no-break space, a line separator and CRLF line endings, as imported posts may have.
    const QByteArray bytes = "---\r\ntitle: \"A\xc2\xa0"
                             "B\"\r\n---\r\n## Head\r\n\r\n"
                             "Text with 10\xc2\xa0"
                             "km and a\xe2\x80\xa8"
                             "break.\r\n";
    const QString path = m_dir->filePath(QStringLiteral("crlf.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    MainWindow window(*m_desk);
    window.show();
    QVERIFY(window.openFile(path));
    QVERIFY(m_desk->session().saveTo(path));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    file.close();

    auto* editor = window.findChild<MarkdownEditor*>();
    editor->moveCursor(QTextCursor::End);
    type(editor, QStringLiteral("More."));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier);
    QVERIFY(m_desk->session().saveTo(path));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes + "More.\r\n");
}

void tst_MainWindow::splitterAndGeometryAreRemembered()
{
    QList<int> sizes;
    {
        MainWindow first(*m_desk);
        first.resize(1000, 640);
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        auto* splitter = first.findChild<QSplitter*>(QStringLiteral("mainSplitter"));
        splitter->setSizes({180, 520, 280});
        sizes = splitter->sizes();
        QVERIFY(first.close());
    }
    MainWindow second(*m_desk);
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QCOMPARE(second.size(), QSize(1000, 640));
    QCOMPARE(second.findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes(), sizes);
}

void tst_MainWindow::hostileDocumentRunsNoScript()
{
    MainWindow window(*m_desk);
    window.show();
    QVERIFY(window.openFile(fixturePath("hostile.md")));
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(window, QStringLiteral("document.body.innerText"))
                                 .toString()
                                 .contains(u"Plain paragraph after the hostile parts."),
                             kPreviewTimeoutMs);
    // Any handler that slipped through has run once an image of ours has failed the same way.
    QVERIFY(imageFailureSeen(window));
    QCOMPARE(evaluate(window, QStringLiteral("document.title")).toString(),
             QStringLiteral("Preview"));
    QCOMPARE(evaluate(window, QStringLiteral("document.querySelectorAll('#content script, "
                                             "#content iframe, #content [onerror]').length"))
                 .toInt(),
             0);
    QCOMPARE(evaluate(window, QStringLiteral("document.querySelectorAll('#content a[href^="
                                             "\"javascript\"]').length"))
                 .toInt(),
             0);
}

void tst_MainWindow::previewShowsThePageHeaderLikeTheSite()
{
    MainWindow window(*m_desk);
    window.show();
    QVERIFY(window.openFile(fixturePath("canonical.md")));
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(window, QStringLiteral("document.getElementById('title').textContent")).toString(),
        QStringLiteral("[Daily Automated AI Summary]"), kPreviewTimeoutMs);
    const QString meta = evaluate(window, QStringLiteral("document.getElementById('meta')"
                                                         ".textContent"))
                             .toString();
    QVERIFY2(meta.startsWith(u"November 20, 2026 · 1 min · ") &&
                 meta.endsWith(u" words · Blog Agent"),
             qPrintable(meta));
    // The table of contents lists the three sections, closed (tocOpen: false).
    QCOMPARE(
        evaluate(window, QStringLiteral("document.querySelectorAll('#toc-list a').length")).toInt(),
        3);
    QCOMPARE(evaluate(window, QStringLiteral("document.getElementById('toc').open")).toBool(),
             false);
    QCOMPARE(evaluate(window, QStringLiteral("document.getElementById('toc').hidden")).toBool(),
             false);
    // cover.hidden: true keeps the cover off the page.
    QCOMPARE(evaluate(window, QStringLiteral("document.getElementById('cover').hidden")).toBool(),
             true);
    QCOMPARE(evaluate(window, QStringLiteral("Array.from(document.querySelectorAll('#tags li'))"
                                             ".map(e => e.textContent).join('|')"))
                 .toString(),
             QStringLiteral("daily ai summary|automated content|gpt-4o-mini"));
    // The status bar counts the same words as the page.
    const QString stats = window.findChild<QLabel*>(QStringLiteral("pageStats"))->text();
    QVERIFY2(meta.contains(stats.section(u' ', 0, 1)), qPrintable(stats + u" / " + meta));
}

void tst_MainWindow::frontMatterValuesAreShownAsTextOnly()
{
    const QString path = m_dir->filePath(QStringLiteral("hostile-front-matter.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\ntitle: \"<img src=x onerror=\\\"document.title='pwned'\\\">\"\n"
               "author: \"<script>document.title='pwned'</script>\"\n"
               "tags: [\"<b>bold</b>\"]\n---\nBody.\n");
    file.close();
    MainWindow window(*m_desk);
    window.show();
    QVERIFY(window.openFile(path));
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(window, QStringLiteral("document.getElementById('title').textContent")).toString(),
        QStringLiteral("<img src=x onerror=\"document.title='pwned'\">"), kPreviewTimeoutMs);
    QVERIFY(imageFailureSeen(window));
    QCOMPARE(
        evaluate(window, QStringLiteral("document.querySelectorAll('header img, header script, "
                                        "#tags b').length"))
            .toInt(),
        0);
    QCOMPARE(evaluate(window, QStringLiteral("document.title")).toString(),
             QStringLiteral("Preview"));
}

void tst_MainWindow::scrollPositionSurvivesAnUpdate()
{
    // Without scroll sync the preview stays where the reader put it, whatever the editor does.
    m_settings->setScrollSync(false);
    MainWindow window(*m_desk);
    window.resize(1000, 500);
    window.show();
    QVERIFY(window.openFile(fixturePath("canonical.md")));
    QVERIFY(previewShowsHeadings(window, 3));
    evaluate(window, QStringLiteral("window.scrollTo(0, 300)"));
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(window, QStringLiteral("window.scrollY")).toInt(), 300,
                              kPreviewTimeoutMs);

    auto* editor = window.findChild<MarkdownEditor*>();
    editor->moveCursor(QTextCursor::End);
    type(editor, QStringLiteral("\nA last line typed.\n"));
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(window, QStringLiteral("document.body.innerText"))
                                 .toString()
                                 .contains(u"A last line typed."),
                             kPreviewTimeoutMs);
    QCOMPARE(evaluate(window, QStringLiteral("window.scrollY")).toInt(), 300);
}

void tst_MainWindow::severalMegabytesStillPreview()
{
    // Far above the ~1.2 MB where QWebEngineView::setHtml() shows a blank page.
    QString text = QStringLiteral("---\ntitle: \"Big\"\n---\n");
    const QString paragraph = QStringLiteral("A paragraph of *filler* text, number %1.\n\n");
    for (int i = 0; i < 80000; ++i)
        text += paragraph.arg(i);
    QVERIFY(text.toUtf8().size() > 3'000'000);
    const QString path = m_dir->filePath(QStringLiteral("big.md"));
    QVERIFY(digest::PostFile::write(path, text).ok());

    MainWindow window(*m_desk);
    window.show();
    QVERIFY(window.openFile(path));
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(window, QStringLiteral("document.querySelectorAll('#content p').length")).toInt(),
        80000, 60000);
    QCOMPARE(evaluate(window, QStringLiteral("document.querySelector('#content p:last-child')"
                                             ".textContent"))
                 .toString(),
             QStringLiteral("A paragraph of filler text, number 79999."));
}

void tst_MainWindow::newPostComesFromTheArchetype()
{
    m_settings->setLastFolder(m_dir->path());
    MainWindow window(*m_desk);
    window.show();
    window.newPost();
    auto* editor = window.findChild<MarkdownEditor*>();
    const QString text = editor->toPlainText();
    QVERIFY2(text.startsWith(u"---\ntitle: \"[Daily Automated AI Summary]\"\ndate: "),
             qPrintable(text.left(120)));
    QVERIFY(text.contains(u"## Possible consequences of current developments"));
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    QVERIFY2(window.windowTitle().startsWith(today + u"-ai-auto-summary.md (new)"),
             qPrintable(window.windowTitle()));
    // Nothing is on disk yet, and closing asks first.
    QVERIFY(window.isWindowModified());
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.md")}, QDir::Files).isEmpty());
    answerNextMessageBox(QMessageBox::Discard, nullptr);
    QVERIFY(window.close());
}

void tst_MainWindow::editorAndPreviewScrollInStep()
{
    MainWindow window(*m_desk);
    window.resize(1000, 420);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(fixturePath("canonical.md")));
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(window, QStringLiteral("document.querySelectorAll('#content [data-sourcepos]')"
                                        ".length > 10"))
            .toBool(),
        true, kPreviewTimeoutMs);
    auto* editor = window.findChild<MarkdownEditor*>();
    const QStringList lines = editor->toPlainText().split(u'\n');
    const int secondItem =
        int(lines.indexOf(QStringLiteral("2. **A public benchmark for lab-notebook reasoning**"))) +
        1;
    const int consequences =
        int(lines.indexOf(QStringLiteral("## Possible consequences of current developments"))) + 1;
    QVERIFY(consequences > 15 && secondItem > consequences);
    const QString headingTop =
        QStringLiteral("Math.round(Array.from(document.querySelectorAll('#content h2')).find(h => "
                       "h.textContent === '%1').getBoundingClientRect().top)");

    // Editor → preview: the heading at the top of the editor is at the top of the preview.
    editor->scrollToLine(consequences);
    QTRY_VERIFY_WITH_TIMEOUT(
        qAbs(evaluate(window, headingTop.arg(
                                  QStringLiteral("Possible consequences of current developments")))
                 .toInt()) < 30,
        kPreviewTimeoutMs);

    // Preview → editor: the reader scrolls the preview to the second item; the editor follows.
    evaluate(window, QStringLiteral("document.querySelectorAll('#content ol > li')[1]"
                                    ".scrollIntoView()"));
    QTRY_VERIFY_WITH_TIMEOUT(qAbs(editor->topVisibleLine() - secondItem) < 1.5, kPreviewTimeoutMs);

    // Turned off, the preview stays where it is.
    auto* sync = window.findChild<QAction*>(QStringLiteral("syncScrollingAction"));
    sync->setChecked(false);
    const int before = evaluate(window, QStringLiteral("Math.round(window.scrollY)")).toInt();
    editor->scrollToLine(1);
    // Scripts run in order: had the preview been told to scroll, it would have by now.
    QCOMPARE(evaluate(window, QStringLiteral("Math.round(window.scrollY)")).toInt(), before);
    sync->setChecked(true);
}

void tst_MainWindow::previewFollowsTheEditorWhicheverWayItMoves_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("Page Down") << QStringLiteral("pagedown");
    QTest::newRow("Ctrl+End") << QStringLiteral("end");
    QTest::newRow("arrow keys") << QStringLiteral("arrows");
    QTest::newRow("Find Next") << QStringLiteral("find");
    QTest::newRow("outline click") << QStringLiteral("outline");
}

void tst_MainWindow::previewFollowsTheEditorWhicheverWayItMoves()
{
    QFETCH(QString, path);
    MainWindow window(*m_desk);
    window.resize(1000, 360);
    // The editor and preview at the whole height of this short window: the front-matter panel
    // above them and the toolbar are closed, as a person with so little room would.
    window.findChild<QDockWidget*>(QStringLiteral("frontMatterDock"))->close();
    window.findChild<QToolBar*>(QStringLiteral("mainToolBar"))->hide();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(fixturePath("canonical.md")));
    QVERIFY(previewShowsHeadings(window, 3));
    auto* editor = window.findChild<MarkdownEditor*>();
    auto* tree = window.findChild<QTreeWidget*>(QStringLiteral("outlineTree"));
    QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 3, kPreviewTimeoutMs);
    editor->setFocus();
    QCOMPARE(editor->topVisibleLine(), 1.0);

    if (path == u"pagedown") {
        QTest::keyClick(editor, Qt::Key_PageDown);
        QTest::keyClick(editor, Qt::Key_PageDown);
    } else if (path == u"end") {
        QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    } else if (path == u"arrows") {
        for (int i = 0; i < 40; ++i)
            QTest::keyClick(editor, Qt::Key_Down);
    } else if (path == u"find") {
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("GPT predicts"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    } else {
        QTreeWidgetItem* predictions = tree->topLevelItem(2);
        tree->scrollToItem(predictions);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualItemRect(predictions).center());
    }
    const double editorTop = editor->topVisibleLine();
    QVERIFY2(editorTop > 10, qPrintable(QString::number(editorTop)));
    // The preview's top shows the line the editor's top shows, give or take a block.
    const auto previewTop = [&] {
        return evaluate(window, QStringLiteral("digestPreview.topLine()")).toDouble();
    };
    QTRY_VERIFY2_WITH_TIMEOUT(
        qAbs(previewTop() - editorTop) <= 2.0,
        qPrintable(QStringLiteral("editor %1, preview %2").arg(editorTop).arg(previewTop())),
        kPreviewTimeoutMs);
}

void tst_MainWindow::previewBodyIsWhatDigestctlRenderPrints()
{
    MainWindow window(*m_desk);
    window.show();
    QVERIFY(window.openFile(fixturePath("canonical.md")));
    QVERIFY(previewShowsHeadings(window, 3));
    QFile file(fixturePath("canonical.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    // digestctl render prints exactly this (tst_digestctl checks that).
    const QString printed =
        digest::MarkdownRenderer::postBodyToHtml(QString::fromUtf8(file.readAll()));
    // Both go through the browser's serializer; the preview's own marks (source positions for
    // scroll sync, heading anchors for the contents) are taken off first.
    const QString script = QStringLiteral(
        "(function(expected) {"
        "  const shown = document.getElementById('content').cloneNode(true);"
        "  for (const e of shown.querySelectorAll('[data-sourcepos]'))"
        "    e.removeAttribute('data-sourcepos');"
        "  for (const h of shown.querySelectorAll('h2, h3')) h.removeAttribute('id');"
        "  const wanted = document.createElement('div');"
        "  wanted.innerHTML = expected;"
        "  return shown.innerHTML === wanted.innerHTML ? 'same' : shown.innerHTML;"
        "})(%1)");
    const QByteArray json = QJsonDocument(QJsonArray{printed}).toJson(QJsonDocument::Compact);
    QCOMPARE(
        evaluate(window, script.arg(QString::fromUtf8(json.sliced(1, json.size() - 2)))).toString(),
        QStringLiteral("same"));
}

void tst_MainWindow::menusSpeakGerman()
{
    // cleanup() puts English back, whatever happens here.
    digest::installTranslators(*qApp, QStringLiteral("de"));
    MainWindow window(*m_desk);
    const QList<QAction*> menus = window.menuBar()->actions();
    QVERIFY(menus.size() >= 3);
    QCOMPARE(menus.at(0)->text(), QStringLiteral("&Datei"));
    QCOMPARE(menus.at(1)->text(), QStringLiteral("&Bearbeiten"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Unbenannt[*] — Digest Editor"));
}

void tst_MainWindow::saveAsWritesWhereTheDialogSays()
{
    const QString path = m_dir->filePath(QStringLiteral("opened.md"));
    QVERIFY(digest::PostFile::write(path, QStringLiteral("---\ntitle: \"A\"\n---\nBody\r\n")).ok());
    MainWindow window(*m_desk);
    window.show();
    QVERIFY(window.openFile(path));
    auto* editor = window.findChild<MarkdownEditor*>();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral("More"));

    QStringList offered;
    answerNextFileDialog(m_dir->filePath(QStringLiteral("copy.md")), &offered);
    QVERIFY(window.saveAs());
    QCOMPARE(offered.value(0), QStringLiteral("Save Post As"));
    QCOMPARE(offered.value(2), QStringLiteral("opened.md"));
    QCOMPARE(m_desk->session().document().path(), m_dir->filePath(QStringLiteral("copy.md")));
    QFile copy(m_dir->filePath(QStringLiteral("copy.md")));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), QByteArray("---\ntitle: \"A\"\n---\nBody\r\nMore"));
    QVERIFY(window.windowTitle().startsWith(u"copy.md[*]"));
    QVERIFY(!window.isWindowModified());
}

void tst_MainWindow::savingANewPostSuggestsTheSitesPathAndAddsTheSuffix()
{
    const QString site = m_dir->filePath(QStringLiteral("site"));
    QVERIFY(QDir().mkpath(site));
    m_settings->setSiteFolder(site);
    MainWindow window(*m_desk);
    window.show();
    window.newPost();
    const QString day = m_desk->postDay().toString(Qt::ISODate);

    // The dialog starts at the site's pattern; a name typed without ".md" gets it.
    QVERIFY(QDir().mkpath(site + u"/content/posts"));
    QStringList offered;
    answerNextFileDialog(site + u"/content/posts/typed-name", &offered);
    QVERIFY(window.save());
    QCOMPARE(offered.value(1), QDir(site + u"/content/posts").absolutePath());
    QCOMPARE(offered.value(2), QString(day + u"-ai-auto-summary.md"));
    QCOMPARE(offered.value(3), QStringLiteral("md"));
    const QString saved = site + u"/content/posts/typed-name.md";
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), m_desk->session().document().text());
    QVERIFY(window.windowTitle().startsWith(u"typed-name.md[*]"));
}

void tst_MainWindow::saveAnswerOfTheUnsavedQuestionSavesThenCloses()
{
    m_settings->setLastFolder(m_dir->path());
    MainWindow window(*m_desk);
    window.show();
    window.newPost();
    const QString target = m_dir->filePath(QStringLiteral("kept.md"));
    // Closing asks; Save opens the file dialog; the post is written and the window closes.
    QString question;
    answerNextMessageBox(QMessageBox::Save, &question);
    QTimer::singleShot(0, qApp, [&] { answerNextFileDialog(target, nullptr); });
    QVERIFY(window.close());
    QVERIFY2(question.contains(u"(new)"), qPrintable(question));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("---\ntitle: \"[Daily Automated AI Summary]\""));
}

void tst_MainWindow::openGoesThroughTheFileDialog()
{
    const QString path = m_dir->filePath(QStringLiteral("picked.md"));
    QVERIFY(digest::PostFile::write(path, QStringLiteral("# Picked\n")).ok());
    m_settings->setLastFolder(m_dir->path());
    MainWindow window(*m_desk);
    window.show();
    QStringList offered;
    answerNextFileDialog(QStringLiteral("picked.md"), &offered);
    window.open();
    QCOMPARE(offered.value(0), QStringLiteral("Open Post"));
    QCOMPARE(offered.value(1), QDir(m_dir->path()).absolutePath());
    QCOMPARE(window.findChild<MarkdownEditor*>()->toPlainText(), QStringLiteral("# Picked\n"));
    QVERIFY(window.windowTitle().startsWith(u"picked.md[*]"));
}

void tst_MainWindow::undoInTheEditorUndoesProgramEditsAndTypingInOrder()
{
    const QString original = QStringLiteral("---\ntitle: \"Old\"\ndraft: true\n---\nBody\n");
    const QString path = m_dir->filePath(QStringLiteral("undo.md"));
    QVERIFY(digest::PostFile::write(path, original).ok());
    MainWindow window(*m_desk);
    window.show();
    QVERIFY(window.openFile(path));
    auto* editor = window.findChild<MarkdownEditor*>();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral("Typed"));
    digest::PostDocument& document = m_desk->session().document();
    QVERIFY(document.setTitle(QStringLiteral("New")).ok());
    QVERIFY(document.setDraft(false).ok());
    QCOMPARE(document.text(),
             QStringLiteral("---\ntitle: \"New\"\ndraft: false\n---\nBody\nTyped"));
    // The Edit menu names the step it undoes.
    auto* undo = window.findChild<QAction*>(QStringLiteral("undoAction"));
    QVERIFY2(undo->text().contains(u"draft"), qPrintable(undo->text()));

    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document.text(), QStringLiteral("---\ntitle: \"New\"\ndraft: true\n---\nBody\nTyped"));
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document.text(), QString(original + u"Typed"));
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document.text(), original);
    QVERIFY(!window.isWindowModified());
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(document.text(), QString(original + u"Typed"));
    answerNextMessageBox(QMessageBox::Discard, nullptr);
    QVERIFY(window.close());
}

void tst_MainWindow::outlineFollowsTheTextAndLeadsTheEditorThere()
{
    MainWindow window(*m_desk);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(fixturePath("canonical.md")));
    auto* tree = window.findChild<QTreeWidget*>(QStringLiteral("outlineTree"));
    QVERIFY(tree);
    QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 3, kPreviewTimeoutMs);
    QTreeWidgetItem* consequences = tree->topLevelItem(0);
    QCOMPARE(consequences->text(0),
             QStringLiteral("Possible consequences of current developments"));
    QCOMPARE(consequences->childCount(), 2);
    QCOMPARE(tree->topLevelItem(1)->childCount(), 3);
    QCOMPARE(tree->topLevelItem(2)->child(0)->text(0),
             QStringLiteral("Artificial General Intelligence (March 2031)"));

    // The second item's Ramifications: its text is on line 35, from column 6.
    QTreeWidgetItem* ramifications = consequences->child(1)->child(1);
    QVERIFY2(ramifications->text(0).startsWith(u"Ramifications: Teams may tune"),
             qPrintable(ramifications->text(0)));
    auto* editor = window.findChild<MarkdownEditor*>();
    QCOMPARE(editor->textCursor().blockNumber(), 0);
    tree->scrollToItem(ramifications);
    const QRect rect = tree->visualItemRect(ramifications);
    QVERIFY(rect.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(editor->textCursor().blockNumber(), 34);
    QCOMPARE(editor->textCursor().positionInBlock(), 5);
    QCOMPARE(window.focusWidget(), editor);

    // Typing a third item shows up in the outline without any other action. The tree is
    // rebuilt when its shape changes, so its items are looked up anew.
    editor->moveCursor(QTextCursor::EndOfBlock);
    type(editor, QStringLiteral("\n\n3. **Typed by hand**\n   - *Benefits:* Quick."));
    QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItem(0)->childCount(), 3, kPreviewTimeoutMs);
    const QTreeWidgetItem* typed = tree->topLevelItem(0)->child(2);
    QCOMPARE(typed->text(0), QStringLiteral("3. Typed by hand"));
    QCOMPARE(typed->child(0)->text(0), QStringLiteral("Benefits: Quick."));
    QCOMPARE(typed->child(1)->text(0), QStringLiteral("Ramifications: missing"));
    answerNextMessageBox(QMessageBox::Discard, nullptr);
    QVERIFY(window.close());
}

void tst_MainWindow::settingsOpenFromTheEditMenu()
{
    using digest::ui::SettingsDialog;
    MainWindow window(*m_desk);
    window.show();
    auto* action = window.findChild<QAction*>(QStringLiteral("settingsAction"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("&Settings…"));
    // The platform's preferences key, else Ctrl+, (the generic themes have none).
    QCOMPARE(action->shortcut(), QKeySequence::keyBindings(QKeySequence::Preferences)
                                     .value(0, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    QCOMPARE(action->menuRole(), QAction::PreferencesRole);
    const QList<QAction*> menus = window.menuBar()->actions();
    const auto edit = std::find_if(menus.begin(), menus.end(), [](const QAction* menu) {
        return menu->text() == QStringLiteral("&Edit");
    });
    QVERIFY(edit != menus.end() && (*edit)->menu()->actions().contains(action));

    action->trigger();
    auto* dialog = window.findChild<SettingsDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->findChild<QSpinBox*>(QStringLiteral("parallelRequestsBox"))->setValue(7);
    dialog->findChild<QDialogButtonBox*>(QStringLiteral("settingsButtons"))
        ->button(QDialogButtonBox::Ok)
        ->click();
    QCOMPARE(m_settings->modelParallelRequests(), 7);
    QVERIFY(!dialog->isVisible());

    // The old entry point opens the same dialog at the Model page.
    window.showModelSettings();
    QTRY_VERIFY(window.findChild<SettingsDialog*>() &&
                window.findChild<SettingsDialog*>()->isVisible());
    const QList<SettingsDialog*> open = window.findChildren<SettingsDialog*>();
    const auto shown = std::find_if(open.begin(), open.end(),
                                    [](const SettingsDialog* d) { return d->isVisible(); });
    QVERIFY(shown != open.end());
    QCOMPARE((*shown)->currentPage(), SettingsDialog::Page::Model);
    (*shown)->reject();
}

int main(int argc, char* argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_MainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
