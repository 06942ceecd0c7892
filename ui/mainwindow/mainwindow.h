#pragma once

#include <QMainWindow>
#include <QString>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QSplitter;

namespace digest {
class AnalysisScheduler;
class Desk;
class DocumentSession;
class Settings;
struct PagePreview;
struct SessionOutcome;
} // namespace digest

namespace digest::ui {

class DialogQuestions;
class FindBar;
class FrontMatterPanel;
class GenerationActions;
class GenerationDock;
class MarkdownEditor;
class OutlineView;
class PublishActions;
class PreviewPane;
class ProblemsDock;
class TopicListView;
class WindowActions;
class WindowLayout;

// The editor's desk on screen: topics and outline on the left, the open post's Markdown in
// the middle, the preview on the right. It holds widgets and actions only; the open post and
// its life (new, open, save) belong to the desk's DocumentSession.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Desk& desk, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the post, asking about unsaved changes first; false (and a message) otherwise.
    bool openFile(const QString& path);

public slots:
    void newPost();
    void open();
    bool save();
    bool saveAs();
    // The model endpoint, prices and prompts; OK writes them to the settings.
    void showModelSettings();

signals:
    // The editor has painted for the first time: the post is on screen. What the start can
    // leave until then (the preview, the desk's start) follows it.
    void editorPainted();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPanes();
    void connectDocument();
    void createFileMenu();
    void createEditMenu();
    void createGenerateMenu();
    void showPage(const digest::PagePreview& page);
    void syncPreviewToEditor();
    void syncEditorToPreview(double line);
    void updateTitle();
    // Shows what came of a session operation: a message box for a failure, else `done`.
    bool report(const SessionOutcome& outcome, const QString& failureTitle,
                const QString& done = {});
    // Puts the editor's cursor at a 1-based line and column of the file, in view, focused.
    void moveEditorTo(int line, int column);

    Desk& m_desk;
    Settings& m_settings;
    DocumentSession& m_session;
    std::unique_ptr<DialogQuestions> m_questions;
    std::unique_ptr<WindowLayout> m_layout;
    QSplitter* m_splitter = nullptr;
    QSplitter* m_leftSplitter = nullptr;
    TopicListView* m_topics = nullptr;
    OutlineView* m_outline = nullptr;
    MarkdownEditor* m_editor = nullptr;
    FindBar* m_findBar = nullptr;
    QLabel* m_pageStats = nullptr;
    GenerationActions* m_generation = nullptr;
    PublishActions* m_publishing = nullptr;
    // The View and Help menus.
    WindowActions* m_windowActions = nullptr;
    GenerationDock* m_generationDock = nullptr;
    ProblemsDock* m_problemsDock = nullptr;
    FrontMatterPanel* m_frontMatter = nullptr;
    // The preview, made once the editor has painted (PreviewPane).
    PreviewPane* m_preview = nullptr;
    AnalysisScheduler* m_analyzer = nullptr;
    bool m_scrollSync = true;
    // Set while the editor follows the preview, so that it does not push the preview back.
    bool m_followingPreview = false;
};

} // namespace digest::ui
