#include "ui/mainwindow/mainwindow.h"

#include "core/analysis/analysisscheduler.h"
#include "core/settings/settings.h"
#include "core/topics/topicboard.h"
#include "desk/desk.h"
#include "desk/proofreader.h"
#include "document/autosaver.h"
#include "document/documentsession.h"
#include "ui/editor/findbar.h"
#include "ui/editor/markdowneditor.h"
#include "ui/frontmatter/frontmatterpanel.h"
#include "ui/generation/generationactions.h"
#include "ui/generation/generationdock.h"
#include "ui/mainwindow/dialogquestions.h"
#include "ui/mainwindow/theme.h"
#include "ui/mainwindow/welcomebanner.h"
#include "ui/mainwindow/windowactions.h"
#include "ui/mainwindow/windowlayout.h"
#include "ui/outline/outlineview.h"
#include "ui/preview/previewpane.h"
#include "ui/problems/problemsdock.h"
#include "ui/publish/credentialsdialog.h"
#include "ui/publish/publishactions.h"
#include "ui/settings/editorfontfollower.h"
#include "ui/settings/settingsdialog.h"
#include "ui/spelling/spellingmenu.h"
#include "ui/topics/topiclistview.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBlock>
#include <QUndoStack>
#include <QVBoxLayout>

namespace digest::ui {
namespace {
constexpr int kStatusMessageMs = 4000;

// The platform's keys for a standard action, else `fallback`: Qt's generic X11 and Wayland
// themes (no desktop's theme plugin) bind none to Save As, Quit and the preferences, where
// GNOME and KDE applications use Ctrl+Shift+S, Ctrl+Q and Ctrl+,.
QList<QKeySequence> standardKeys(QKeySequence::StandardKey key, const QKeySequence& fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    return keys.isEmpty() ? QList<QKeySequence>{fallback} : keys;
}
} // namespace

MainWindow::MainWindow(Desk& desk, QWidget* parent)
    : QMainWindow(parent)
    , m_desk(desk)
    , m_settings(desk.settings())
    , m_session(desk.session())
    , m_questions(std::make_unique<DialogQuestions>(*this, desk.settings()))
    , m_layout(std::make_unique<WindowLayout>(desk.settings()))
{
    setObjectName(QStringLiteral("mainWindow"));
    createPanes();
    m_session.setQuestions(m_questions.get());
    m_editor->setPostDocument(&m_session.document());
    connectDocument();

    m_pageStats = new QLabel(this);
    m_pageStats->setObjectName(QStringLiteral("pageStats"));
    statusBar()->addPermanentWidget(m_pageStats);

    createFileMenu();
    createEditMenu();
    createGenerateMenu();
    WindowParts parts{m_editor,         m_preview,      m_topics,      m_outline,
                      m_generationDock, m_problemsDock, m_frontMatter, {}};
    parts.setScrollSync = [this](bool on) {
        m_scrollSync = on;
        syncPreviewToEditor();
    };
    m_windowActions = new WindowActions(m_desk, *this, std::move(parts));
    m_windowActions->create();
    m_layout->restore(*this, *m_splitter, *m_leftSplitter);
    updateTitle();
    statusBar()->showMessage(tr("Ready"), kStatusMessageMs);
}

MainWindow::~MainWindow()
{
    m_session.setQuestions(nullptr);
    // The document outlives the window: what it says while the window's children are being
    // deleted (after this body, when the window is no longer a MainWindow) must not reach the
    // window's slots. UndefinedBehaviorSanitizer caught one doing so.
    disconnect(&m_session.document(), nullptr, this, nullptr);
    // The editor lets go of the document first.
    m_editor->setPostDocument(nullptr);
}

void MainWindow::createPanes()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    // Left: the day's topics above the outline of the open post.
    m_leftSplitter = new QSplitter(Qt::Vertical, m_splitter);
    m_leftSplitter->setObjectName(QStringLiteral("leftSplitter"));
    m_leftSplitter->setChildrenCollapsible(false);
    m_topics = new TopicListView(m_desk.topics(), m_leftSplitter);
    m_outline = new OutlineView(m_leftSplitter);
    m_leftSplitter->addWidget(m_topics);
    m_leftSplitter->addWidget(m_outline);
    // Middle: the Markdown, with the find bar under it.
    auto* editorPane = new QWidget(m_splitter);
    m_editor = new MarkdownEditor(editorPane);
    m_findBar = new FindBar(m_editor, editorPane);
    auto* editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(m_editor, 1);
    // A first run's welcome under the editor (it hides itself once dismissed): the text keeps
    // its place at the top, where a click into the middle of the window still finds it.
    editorLayout->addWidget(new WelcomeBanner(
        m_desk, [this] { showModelSettings(); }, editorPane));
    editorLayout->addWidget(m_findBar);
    // The preview comes once the editor's text is on screen: the text first.
    m_preview = new PreviewPane(m_splitter);
    m_preview->createAfterFirstPaintOf(m_editor->viewport());
    connect(m_preview, &PreviewPane::watchedPainted, this, &MainWindow::editorPainted);
    m_splitter->addWidget(m_leftSplitter);
    m_splitter->addWidget(editorPane);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    setCentralWidget(m_splitter);
}

void MainWindow::connectDocument()
{
    PostDocument& document = m_session.document();
    // One parse per revision feeds both the preview and the outline.
    m_analyzer = new AnalysisScheduler(this);
    connect(&document, &PostDocument::changed, this,
            [this, &document](int revision) { m_analyzer->request(document.text(), revision); });
    connect(m_analyzer, &AnalysisScheduler::analyzed, this, [this](const PostAnalysis& analysis) {
        showPage(analysis.page);
        // Typing in a paragraph leaves the outline as it was: the tree is not walked then.
        if (analysis.outlineChanged)
            m_outline->setOutline(analysis.outline);
    });
    connect(m_outline, &OutlineView::positionActivated, this, &MainWindow::moveEditorTo);
    connect(m_editor, &MarkdownEditor::viewMoved, this, &MainWindow::syncPreviewToEditor);
    connect(m_preview, &PreviewPane::scrolledToLine, this, &MainWindow::syncEditorToPreview);
    connect(&document, &PostDocument::modificationChanged, this, &QWidget::setWindowModified);
    connect(&document, &PostDocument::pathChanged, this, &MainWindow::updateTitle);
    connect(&document, &PostDocument::reset, this, &MainWindow::updateTitle);
    // The file changed on disk and could not be read again; a copy could not be kept.
    connect(&m_session, &DocumentSession::reloadFailed, this,
            [this](const QString& text) { statusBar()->showMessage(text, kStatusMessageMs); });
    connect(&m_desk.autosaver(), &Autosaver::failed, this,
            [this](const QString& text) { statusBar()->showMessage(text, kStatusMessageMs); });
    // Whatever is open already (a post opened before the window was made) shows at once.
    m_analyzer->request(document.text(), document.revision());
    setWindowModified(document.isModified());
}

void MainWindow::createFileMenu()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Post"), QKeySequence::New, this, &MainWindow::newPost)
        ->setObjectName(QStringLiteral("newPostAction"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::open)
        ->setObjectName(QStringLiteral("openAction"));
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save)
        ->setObjectName(QStringLiteral("saveAction"));
    QAction* saveAs = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAs->setObjectName(QStringLiteral("saveAsAction"));
    saveAs->setShortcuts(
        standardKeys(QKeySequence::SaveAs, QKeySequence(QStringLiteral("Ctrl+Shift+S"))));
    file->addSeparator();
    m_publishing = new PublishActions(m_desk, this);
    m_publishing->setLinter([this] { return m_desk.proofreader().lintNow(); });
    m_desk.askpass().setResponder(credentialsResponder(this, m_desk.askpass()));
    connect(m_publishing, &PublishActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, kStatusMessageMs); });
    connect(m_publishing, &PublishActions::problemActivated, this, &MainWindow::moveEditorTo);
    m_publishing->addTo(file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(standardKeys(QKeySequence::Quit, QKeySequence(QStringLiteral("Ctrl+Q"))));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createEditMenu()
{
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // One history for typing and the program's edits: the document's undo stack.
    QUndoStack* history = m_session.document().undoStack();
    QAction* undo = history->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = history->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("Cu&t"), QKeySequence::Cut, m_editor, &QPlainTextEdit::cut);
    edit->addAction(tr("&Copy"), QKeySequence::Copy, m_editor, &QPlainTextEdit::copy);
    edit->addAction(tr("&Paste"), QKeySequence::Paste, m_editor, &QPlainTextEdit::paste);
    edit->addAction(tr("Select &All"), QKeySequence::SelectAll, m_editor,
                    &QPlainTextEdit::selectAll);
    edit->addSeparator();
    edit->addAction(tr("&Find…"), QKeySequence::Find, m_findBar, &FindBar::showFind);
    edit->addAction(tr("Find and Rep&lace…"), QKeySequence::Replace, m_findBar,
                    &FindBar::showReplace);
    edit->addAction(tr("Find &Next"), QKeySequence::FindNext, m_findBar, &FindBar::findNext);
    edit->addAction(tr("Find Pre&vious"), QKeySequence::FindPrevious, m_findBar,
                    &FindBar::findPrevious);
    edit->addSeparator();
    QAction* settings = edit->addAction(tr("&Settings…"), this, [this] {
        openSettingsDialog(m_desk, this, SettingsDialog::Page::Sources);
    });
    settings->setShortcuts(
        standardKeys(QKeySequence::Preferences, QKeySequence(QStringLiteral("Ctrl+,"))));
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setMenuRole(QAction::PreferencesRole);
    new EditorFontFollower(m_settings, *m_editor);
    edit->addMenu(new SpellingMenu(m_desk, edit));
}

void MainWindow::createGenerateMenu()
{
    m_generation = new GenerationActions(m_desk, *m_editor, *m_topics, this);
    connect(m_generation, &GenerationActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, kStatusMessageMs); });
    m_generation->addTo(menuBar()->addMenu(tr("&Generate")));
    // Start Today's Post's progress, left of the other permanent widgets while it runs.
    statusBar()->insertPermanentWidget(0, m_generation->todaysDigestBar(), 1);
    m_outline->setEntryActions(
        {m_generation->generateAtCursorAction(), m_generation->generateItemAction(),
         m_generation->previousVersionAction(), m_generation->nextVersionAction()});

    // Below the editor and preview: what each slot's request is doing.
    m_generationDock = new GenerationDock(m_desk, *this);
    statusBar()->addPermanentWidget(m_generationDock->usageLabel());

    // Beside it: what the proofreader finds in the post.
    m_problemsDock = new ProblemsDock(m_desk, *m_editor, *this);
    statusBar()->addPermanentWidget(m_problemsDock->summaryLabel());
    connect(m_problemsDock, &ProblemsDock::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, kStatusMessageMs); });
    m_problemsDock->setAddToDictionary([this](const QString& word) {
        const Status added = m_desk.addToDictionary(word);
        statusBar()->showMessage(added ? tr("“%1” added to the dictionary").arg(word)
                                       : added.errorMessage(),
                                 kStatusMessageMs);
    });

    // Above the editor and preview: the post's front matter as fields.
    m_frontMatter = new FrontMatterPanel(m_desk, *this);
}

void MainWindow::showModelSettings()
{
    openSettingsDialog(m_desk, this, SettingsDialog::Page::Model);
}

void MainWindow::syncPreviewToEditor()
{
    if (m_scrollSync && !m_followingPreview)
        m_preview->scrollToLine(m_editor->topVisibleLine());
}

void MainWindow::syncEditorToPreview(double line)
{
    if (!m_scrollSync)
        return;
    m_followingPreview = true;
    m_editor->scrollToLine(line);
    m_followingPreview = false;
}

void MainWindow::showPage(const PagePreview& page)
{
    m_preview->showPage(page);
    m_pageStats->setText(tr("%n words", nullptr, page.words) + QStringLiteral(" · ") +
                         tr("%n min read", nullptr, page.readingMinutes));
}

void MainWindow::newPost()
{
    const SessionOutcome outcome = m_desk.newPost();
    report(outcome, tr("Cannot Make a New Post"), outcome.message);
}

void MainWindow::open()
{
    // Opened first: the name is the opened post's (arguments have no order of evaluation).
    const auto outcome = m_session.open();
    report(outcome, tr("Cannot Open Post"), tr("Opened %1").arg(m_session.displayName()));
}

bool MainWindow::openFile(const QString& path)
{
    const auto outcome = m_session.openFile(path);
    return report(outcome, tr("Cannot Open Post"), tr("Opened %1").arg(m_session.displayName()));
}

bool MainWindow::save()
{
    return report(m_session.save(), tr("Cannot Save Post"),
                  tr("Saved %1").arg(m_session.displayName()));
}

bool MainWindow::saveAs()
{
    return report(m_session.saveAs(), tr("Cannot Save Post"),
                  tr("Saved %1").arg(m_session.displayName()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!report(m_session.close(), tr("Cannot Save Post"))) {
        event->ignore();
        return;
    }
    m_layout->save(*this, *m_splitter, *m_leftSplitter);
    m_settings.sync();
    event->accept();
}

void MainWindow::updateTitle()
{
    // "[*]" is where Qt shows the modified mark.
    setWindowTitle(tr("%1[*] — Digest Editor").arg(m_session.displayName()));
    setWindowFilePath(m_session.document().path());
}

bool MainWindow::report(const SessionOutcome& outcome, const QString& failureTitle,
                        const QString& done)
{
    switch (outcome.kind) {
    case SessionOutcome::Kind::Done:
        // The done message is made before the operation; the name may have changed since.
        if (!done.isEmpty())
            statusBar()->showMessage(done, kStatusMessageMs);
        return true;
    case SessionOutcome::Kind::Failed:
        QMessageBox::warning(this, failureTitle, outcome.message);
        return false;
    case SessionOutcome::Kind::Cancelled:
        break;
    }
    return false;
}

void MainWindow::moveEditorTo(int line, int column)
{
    // The outline may lag a keystroke behind the text: stay inside the document.
    const QTextDocument* document = m_editor->document();
    QTextBlock block = document->findBlockByNumber(line - 1);
    if (!block.isValid())
        block = document->lastBlock();
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + qBound(0, column - 1, block.length() - 1));
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    m_editor->setFocus(Qt::OtherFocusReason);
}

} // namespace digest::ui
