#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;

namespace digest {
class Desk;
class Settings;
} // namespace digest

namespace digest::ui {

class FrontMatterPanel;
class MainToolBar;
class NavigationActions;
class GenerationDock;
class MarkdownEditor;
class OutlineView;
class PreviewPane;
class ProblemsDock;
class TopicListView;

// The parts of the main window the View and Help menus act on.
struct WindowParts
{
    MarkdownEditor* editor = nullptr;
    PreviewPane* preview = nullptr;
    TopicListView* topics = nullptr;
    OutlineView* outline = nullptr;
    GenerationDock* generationDock = nullptr;
    ProblemsDock* problemsDock = nullptr;
    FrontMatterPanel* frontMatter = nullptr;
    // Turns the preview's following of the editor on or off (the window keeps the state).
    std::function<void(bool)> setScrollSync;
};

// The window's View and Help menus: zoom, the panels, the setting toggles and the theme, and
// the views following those settings whoever changes them. Kept apart from MainWindow, which
// builds the panes and the File, Edit and Generate menus.
class WindowActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowActions)

public:
    WindowActions(Desk& desk, QMainWindow& window, WindowParts parts);
    ~WindowActions() override;

    // The View and Help menus and the main toolbar (after the File, Edit and Generate menus,
    // whose actions the toolbar shows).
    void create();

    // Help › Keyboard Shortcuts: the dialog, window-modal, as the actions are now.
    void showShortcuts();

private:
    void createViewMenu();
    void createHelpMenu();
    // View › Preview: the preview pane shown or hidden, remembered in the window's state.
    QAction* createPreviewToggle();
    void createThemeMenu(QMenu* view);
    QAction* addSettingToggle(QMenu* menu, const QString& text, const char* key,
                              bool (Settings::*get)() const, void (Settings::*set)(bool));
    // Makes the views show a setting's new value.
    void followSetting(const QString& key);
    // Steps the editor's font size up (+1), down (-1) or back to the default (0).
    void zoomEditor(int step);

    Desk& m_desk;
    Settings& m_settings;
    QMainWindow& m_window;
    WindowParts m_parts;
    MainToolBar* m_toolBar = nullptr;
    NavigationActions* m_navigation = nullptr;
};

} // namespace digest::ui
