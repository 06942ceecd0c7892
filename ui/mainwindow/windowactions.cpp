#include "ui/mainwindow/windowactions.h"

#include "core/settings/settings.h"
#include "desk/desk.h"
#include "ui/editor/markdowneditor.h"
#include "ui/frontmatter/frontmatterpanel.h"
#include "ui/generation/generationdock.h"
#include "ui/mainwindow/maintoolbar.h"
#include "ui/mainwindow/navigationactions.h"
#include "ui/mainwindow/shortcutsdialog.h"
#include "ui/mainwindow/theme.h"
#include "ui/preview/previewpane.h"
#include "ui/problems/problemsdock.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>

namespace digest::ui {
namespace {
// Beside the window's geometry and state (WindowLayout): the UI's own, not a setting.
constexpr auto kPreviewShown = "window/previewShown";
} // namespace

WindowActions::WindowActions(Desk& desk, QMainWindow& window, WindowParts parts)
    : QObject(&window)
    , m_desk(desk)
    , m_settings(desk.settings())
    , m_window(window)
    , m_parts(std::move(parts))
{}

WindowActions::~WindowActions() = default;

void WindowActions::create()
{
    m_toolBar = new MainToolBar(m_window);
    m_navigation = new NavigationActions(m_desk.proofreader(), m_window, m_parts);
    createViewMenu();
    createHelpMenu();
    m_toolBar->addWindowActions();
    m_window.addToolBar(Qt::TopToolBarArea, m_toolBar);
}

// A checkable action that shows a boolean setting and changes it.
QAction* WindowActions::addSettingToggle(QMenu* menu, const QString& text, const char* key,
                                         bool (Settings::*get)() const, void (Settings::*set)(bool))
{
    QAction* action = menu->addAction(text);
    action->setCheckable(true);
    action->setChecked((m_settings.*get)());
    connect(action, &QAction::toggled, this, [this, set](bool on) { (m_settings.*set)(on); });
    connect(&m_settings, &Settings::changed, action, [this, action, key, get](const QString& k) {
        if (k == QLatin1String(key))
            action->setChecked((m_settings.*get)());
    });
    return action;
}

void WindowActions::createViewMenu()
{
    QMenu* view = m_window.menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, this, [this] { zoomEditor(+1); });
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, this, [this] { zoomEditor(-1); });
    view->addAction(tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0), this,
                    [this] { zoomEditor(0); });
    view->addSeparator();
    QAction* panel = m_parts.generationDock->toggleViewAction();
    panel->setText(tr("&Generation Panel"));
    view->addAction(panel);
    QAction* problems = m_parts.problemsDock->toggleViewAction();
    problems->setText(tr("&Problems Panel"));
    view->addAction(problems);
    view->addAction(m_parts.frontMatter->toggleViewAction());
    view->addAction(m_toolBar->toggleViewAction());
    view->addAction(createPreviewToggle());
    m_navigation->addTo(view->addMenu(tr("&Navigate")));
    view->addSeparator();
    addSettingToggle(view, tr("&Wrap Lines"), SettingKey::WrapLines, &Settings::wrapLines,
                     &Settings::setWrapLines);
    addSettingToggle(view, tr("Load &Remote Images in Preview"), SettingKey::RemoteImages,
                     &Settings::remoteImages, &Settings::setRemoteImages);
    addSettingToggle(view, tr("&Sync Scrolling"), SettingKey::ScrollSync, &Settings::scrollSync,
                     &Settings::setScrollSync)
        ->setObjectName(QStringLiteral("syncScrollingAction"));
    createThemeMenu(view);
    // The views follow the settings, whoever changes them.
    for (const char* key : {SettingKey::WrapLines, SettingKey::RemoteImages, SettingKey::ScrollSync,
                            SettingKey::EditorFontSize})
        followSetting(QLatin1String(key));
    connect(&m_settings, &Settings::changed, this, &WindowActions::followSetting);
}

void WindowActions::createThemeMenu(QMenu* view)
{
    QMenu* themes = view->addMenu(tr("&Theme"));
    auto* group = new QActionGroup(this);
    const std::pair<Theme, QString> choices[] = {
        {Theme::System, tr("&System")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
    for (const auto& [theme, label] : choices) {
        QAction* action = themes->addAction(label);
        action->setObjectName(QStringLiteral("theme-") + themeName(theme));
        action->setCheckable(true);
        action->setChecked(theme == m_settings.theme());
        group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, theme = theme] { m_settings.setTheme(theme); });
        connect(&m_settings, &Settings::changed, action,
                [this, action, theme = theme] { action->setChecked(theme == m_settings.theme()); });
    }
}

void WindowActions::followSetting(const QString& key)
{
    if (key == QLatin1String(SettingKey::WrapLines)) {
        m_parts.editor->setWrapLines(m_settings.wrapLines());
    } else if (key == QLatin1String(SettingKey::RemoteImages)) {
        m_parts.preview->setRemoteImagesAllowed(m_settings.remoteImages());
    } else if (key == QLatin1String(SettingKey::ScrollSync)) {
        m_parts.setScrollSync(m_settings.scrollSync());
    } else if (key == QLatin1String(SettingKey::EditorFontSize)) {
        m_parts.editor->setFontSize(m_settings.editorFontSize());
    } else if (key == QLatin1String(SettingKey::Theme)) {
        applyTheme(m_settings.theme());
    }
}

QAction* WindowActions::createPreviewToggle()
{
    auto* toggle = new QAction(tr("Pre&view"), this);
    toggle->setObjectName(QStringLiteral("togglePreviewAction"));
    toggle->setToolTip(tr("Show or hide the preview"));
    // F9: a key of its own (Ctrl+Shift+V pastes plain text elsewhere).
    toggle->setShortcut(QKeySequence(Qt::Key_F9));
    toggle->setCheckable(true);
    const QSettings store(m_settings.fileName(), m_settings.format());
    toggle->setChecked(store.value(QLatin1String(kPreviewShown), true).toBool());
    m_parts.preview->setVisible(toggle->isChecked());
    connect(toggle, &QAction::toggled, this, [this](bool shown) {
        m_parts.preview->setVisible(shown);
        QSettings saved(m_settings.fileName(), m_settings.format());
        saved.setValue(QLatin1String(kPreviewShown), shown);
    });
    return toggle;
}

void WindowActions::showShortcuts()
{
    auto* dialog = new ShortcutsDialog(m_window, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void WindowActions::createHelpMenu()
{
    QMenu* help = m_window.menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard Shortcuts"), this, &WindowActions::showShortcuts);
    keys->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    QList<QKeySequence> helpKeys = QKeySequence::keyBindings(QKeySequence::HelpContents);
    helpKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    keys->setShortcuts(helpKeys);
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Digest Editor"), this, [this] {
        QMessageBox::about(&m_window, tr("About Digest Editor"),
                           tr("<h3>Digest Editor %1</h3><p>The editor's desk for a daily "
                              "AI-news digest published with Hugo.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
}

void WindowActions::zoomEditor(int step)
{
    MarkdownEditor& editor = *m_parts.editor;
    // The editor bounds the size; the setting keeps what it shows.
    editor.setFontSize(step == 0 ? 0 : editor.fontSize() + step);
    m_settings.setEditorFontSize(step == 0 ? 0 : editor.fontSize());
}

} // namespace digest::ui
