#pragma once

#include <QMainWindow>
#include <QString>

class QLabel;
class QSplitter;

namespace digest {
struct PagePreview;
class AnalysisScheduler;
class Settings;
} // namespace digest

namespace digest::ui {

class FindBar;
class MarkdownEditor;
class OutlineView;
class PreviewView;
class TopicListView;

// The editor's desk: topics on the left, the Markdown in the middle, the preview on the right.
// It owns the open file's name and its saved state; the text lives in the editor.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the post without asking about unsaved changes; false (and a message) on failure.
    bool openFile(const QString& path);
    bool saveTo(const QString& path);
    QString filePath() const { return m_filePath; }

public slots:
    void newPost();
    void open();
    bool save();
    bool saveAs();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createHelpMenu();
    // Steps the editor's font size up (+1), down (-1) or back to the default (0).
    void zoomEditor(int step);
    void showPage(const digest::PagePreview& page);
    void syncPreviewToEditor();
    void syncEditorToPreview(double line);
    void restoreLayout();
    void saveLayout();
    // Asks what to do with unsaved changes; false when the user cancels.
    bool confirmDiscardingChanges();
    // Asks before replacing a file that another program changed since it was opened here.
    bool confirmOverwritingChangesOnDisk(const QString& path);
    void setFilePath(const QString& path);
    void updateTitle();
    void showError(const QString& title, const QString& message);
    // Puts the editor's cursor at a 1-based line and column of the file, in view, focused.
    void moveEditorTo(int line, int column);

    Settings& m_settings;
    QSplitter* m_splitter = nullptr;
    QSplitter* m_leftSplitter = nullptr;
    TopicListView* m_topics = nullptr;
    OutlineView* m_outline = nullptr;
    MarkdownEditor* m_editor = nullptr;
    FindBar* m_findBar = nullptr;
    QLabel* m_pageStats = nullptr;
    PreviewView* m_preview = nullptr;
    AnalysisScheduler* m_analyzer = nullptr;
    bool m_scrollSync = true;
    // Set while the editor follows the preview, so that it does not push the preview back.
    bool m_followingPreview = false;
    QString m_filePath;
    // Where a new, never saved post would go (the site's pattern); Save As starts there.
    QString m_suggestedPath;
    // The bytes of m_filePath as last read or written here.
    QByteArray m_diskFingerprint;
};

} // namespace digest::ui
