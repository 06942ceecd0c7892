#include "ui/mainwindow/mainwindow.h"

#include "core/analysis/analysisscheduler.h"
#include "core/post/newpost.h"
#include "core/post/postfile.h"
#include "core/settings/settings.h"
#include "ui/editor/findbar.h"
#include "ui/editor/markdowneditor.h"
#include "ui/mainwindow/theme.h"
#include "ui/outline/outlineview.h"
#include "ui/preview/previewview.h"
#include "ui/topics/topiclistview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBlock>
#include <QVBoxLayout>

namespace digest::ui {
namespace {
constexpr int kStatusMessageMs = 4000;
}

MainWindow::MainWindow(Settings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    // Left: the day's topics above the outline of the open post.
    m_leftSplitter = new QSplitter(Qt::Vertical, m_splitter);
    m_leftSplitter->setObjectName(QStringLiteral("leftSplitter"));
    m_leftSplitter->setChildrenCollapsible(false);
    m_topics = new TopicListView(m_settings, m_leftSplitter);
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
    editorLayout->addWidget(m_findBar);
    m_preview = new PreviewView(m_splitter);
    m_splitter->addWidget(m_leftSplitter);
    m_splitter->addWidget(editorPane);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    setCentralWidget(m_splitter);

    m_analyzer = new AnalysisScheduler(this);
    connect(m_editor, &QPlainTextEdit::textChanged, this,
            [this] { m_analyzer->request(m_editor->text(), m_editor->textRevision()); });
    connect(m_analyzer, &AnalysisScheduler::analyzed, this, [this](const PostAnalysis& analysis) {
        showPage(analysis.page);
        m_outline->setOutline(analysis.outline);
    });
    connect(m_outline, &OutlineView::positionActivated, this, &MainWindow::moveEditorTo);
    connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &MainWindow::syncPreviewToEditor);
    connect(m_preview, &PreviewView::scrolledToLine, this, &MainWindow::syncEditorToPreview);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this,
            &QWidget::setWindowModified);

    m_pageStats = new QLabel(this);
    m_pageStats->setObjectName(QStringLiteral("pageStats"));
    statusBar()->addPermanentWidget(m_pageStats);

    createFileMenu();
    createEditMenu();
    createViewMenu();
    createHelpMenu();
    restoreLayout();
    setFilePath(QString());
    statusBar()->showMessage(tr("Ready"), kStatusMessageMs);
}

MainWindow::~MainWindow() = default;

void MainWindow::createFileMenu()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Post"), QKeySequence::New, this, &MainWindow::newPost);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::open);
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createEditMenu()
{
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo =
        edit->addAction(tr("&Undo"), QKeySequence::Undo, m_editor, &QPlainTextEdit::undo);
    QAction* redo =
        edit->addAction(tr("&Redo"), QKeySequence::Redo, m_editor, &QPlainTextEdit::redo);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    connect(m_editor, &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);
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
}

void MainWindow::createViewMenu()
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, this, [this] { zoomEditor(+1); });
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, this, [this] { zoomEditor(-1); });
    view->addAction(tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0), this,
                    [this] { zoomEditor(0); });
    view->addSeparator();
    QAction* wrap = view->addAction(tr("&Wrap Lines"));
    wrap->setCheckable(true);
    wrap->setChecked(m_settings.wrapLines());
    m_editor->setWrapLines(wrap->isChecked());
    connect(wrap, &QAction::toggled, this, [this](bool on) {
        m_settings.setWrapLines(on);
        m_editor->setWrapLines(on);
    });
    QAction* images = view->addAction(tr("Load &Remote Images in Preview"));
    images->setCheckable(true);
    images->setChecked(m_settings.remoteImages());
    m_preview->setRemoteImagesAllowed(images->isChecked());
    connect(images, &QAction::toggled, this, [this](bool on) {
        m_settings.setRemoteImages(on);
        m_preview->setRemoteImagesAllowed(on);
    });
    QAction* sync = view->addAction(tr("&Sync Scrolling"));
    sync->setObjectName(QStringLiteral("syncScrollingAction"));
    sync->setCheckable(true);
    sync->setChecked(m_settings.scrollSync());
    m_scrollSync = sync->isChecked();
    connect(sync, &QAction::toggled, this, [this](bool on) {
        m_settings.setScrollSync(on);
        m_scrollSync = on;
        syncPreviewToEditor();
    });
    m_editor->setFontSize(m_settings.editorFontSize());

    QMenu* themes = view->addMenu(tr("&Theme"));
    auto* group = new QActionGroup(this);
    const std::pair<Theme, QString> choices[] = {
        {Theme::System, tr("&System")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
    const Theme current = themeFromName(m_settings.theme());
    for (const auto& [theme, label] : choices) {
        QAction* action = themes->addAction(label);
        action->setObjectName(QStringLiteral("theme-") + themeName(theme));
        action->setCheckable(true);
        action->setChecked(theme == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = theme] {
            m_settings.setTheme(themeName(theme));
            applyTheme(theme);
        });
    }
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

void MainWindow::createHelpMenu()
{
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Digest Editor"), this, [this] {
        QMessageBox::about(this, tr("About Digest Editor"),
                           tr("<h3>Digest Editor %1</h3><p>The editor's desk for a daily "
                              "AI-news digest published with Hugo.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::zoomEditor(int step)
{
    const int size = step == 0 ? 0 : m_editor->fontSize() + step;
    m_editor->setFontSize(size);
    m_settings.setEditorFontSize(step == 0 ? 0 : m_editor->fontSize());
}

void MainWindow::showPage(const PagePreview& page)
{
    m_preview->showPage(page);
    m_pageStats->setText(tr("%n words", nullptr, page.words) + QStringLiteral(" · ") +
                         tr("%n min read", nullptr, page.readingMinutes));
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1200, 760);
    restoreState(m_settings.windowState());
    if (!m_splitter->restoreState(m_settings.splitterState()))
        m_splitter->setSizes({260, 470, 470});
    if (!m_leftSplitter->restoreState(m_settings.leftSplitterState()))
        m_leftSplitter->setSizes({400, 300});
}

void MainWindow::saveLayout()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.setLeftSplitterState(m_leftSplitter->saveState());
    m_settings.sync();
}

void MainWindow::newPost()
{
    if (!confirmDiscardingChanges())
        return;
    NewPostRequest request;
    request.day = QDateTime::currentDateTimeUtc().date();
    request.siteFolder = m_settings.siteFolder();
    request.pathPattern = m_settings.postPathPattern();
    if (request.siteFolder.isEmpty()) {
        // Without a site the post is suggested next to the last one opened or saved.
        const Result<QString> relative = NewPost::pathFor(request.pathPattern, request.day);
        const QString name =
            relative ? QFileInfo(relative.value()).fileName() : QStringLiteral("untitled.md");
        request.outputPath = QDir(m_settings.lastFolder()).filePath(name);
    }
    const Result<NewPostFile> made = NewPost::make(request);
    if (!made) {
        showError(tr("Cannot Make a New Post"), made.errorMessage());
        return;
    }
    m_editor->loadText(made.value().text);
    // Nothing is written until the user saves; closing before that asks first.
    m_editor->document()->setModified(true);
    m_diskFingerprint.clear();
    m_suggestedPath = made.value().path;
    setFilePath(QString());
    statusBar()->showMessage(tr("New post from %1").arg(made.value().archetype), kStatusMessageMs);
}

void MainWindow::open()
{
    if (!confirmDiscardingChanges())
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Post"), m_settings.lastFolder(),
                                     tr("Markdown posts (*.md *.markdown);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString& path)
{
    const Result<QString> text = PostFile::read(path);
    if (!text) {
        showError(tr("Cannot Open Post"), text.errorMessage());
        return false;
    }
    m_editor->loadText(text.value());
    m_diskFingerprint = PostFile::fingerprint(text.value());
    m_suggestedPath.clear();
    setFilePath(path);
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), kStatusMessageMs);
    return true;
}

bool MainWindow::save()
{
    return m_filePath.isEmpty() ? saveAs() : saveTo(m_filePath);
}

bool MainWindow::saveAs()
{
    QString start = m_filePath;
    if (start.isEmpty())
        start = m_suggestedPath.isEmpty()
                    ? QDir(m_settings.lastFolder()).filePath(QStringLiteral("untitled.md"))
                    : m_suggestedPath;
    QFileDialog dialog(this, tr("Save Post As"), start,
                       tr("Markdown posts (*.md *.markdown);;All files (*)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("md"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    return saveTo(dialog.selectedFiles().first());
}

bool MainWindow::saveTo(const QString& path)
{
    if (!confirmOverwritingChangesOnDisk(path))
        return false;
    const QString text = m_editor->text();
    const Status written = PostFile::write(path, text);
    if (!written) {
        showError(tr("Cannot Save Post"), written.errorMessage());
        return false;
    }
    m_diskFingerprint = PostFile::fingerprint(text);
    m_editor->document()->setModified(false);
    setFilePath(path);
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), kStatusMessageMs);
    return true;
}

bool MainWindow::confirmDiscardingChanges()
{
    if (!m_editor->document()->isModified())
        return true;
    const QString name = m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("“%1” has changes that are not saved.").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setInformativeText(tr("Save them before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

bool MainWindow::confirmOverwritingChangesOnDisk(const QString& path)
{
    // Only the file that was opened here can have been changed behind our back; replacing any
    // other existing file was already confirmed in the Save As dialog.
    if (path != m_filePath || m_diskFingerprint.isEmpty() || !QFileInfo::exists(path) ||
        PostFile::fingerprintOnDisk(path) == m_diskFingerprint)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("File Changed on Disk"),
                    tr("“%1” was changed by another program since it was opened here.")
                        .arg(QFileInfo(path).fileName()),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("changedOnDiskBox"));
    box.setInformativeText(tr("Saving replaces those changes with the text in the editor."));
    QPushButton* overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == overwrite;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!confirmDiscardingChanges()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

void MainWindow::setFilePath(const QString& path)
{
    m_filePath = path;
    setWindowFilePath(path);
    updateTitle();
}

void MainWindow::updateTitle()
{
    QString name = QFileInfo(m_filePath).fileName();
    if (name.isEmpty())
        name = m_suggestedPath.isEmpty()
                   ? tr("Untitled")
                   : tr("%1 (new)").arg(QFileInfo(m_suggestedPath).fileName());
    // "[*]" is where Qt shows the modified mark.
    setWindowTitle(tr("%1[*] — Digest Editor").arg(name));
}

void MainWindow::showError(const QString& title, const QString& message)
{
    QMessageBox::warning(this, title, message);
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
