#include "ui/mainwindow/maintoolbar.h"

#include <QAction>
#include <QHelpEvent>
#include <QIcon>
#include <QMainWindow>
#include <QSize>
#include <QToolButton>
#include <QToolTip>

#include <array>

namespace digest::ui {
namespace {

// An icon from the desktop's theme, with the style's own where the theme has none (the
// offscreen platform, a desktop without an icon theme).
struct IconChoice
{
    const char* action;
    const char* themeName;
    QStyle::StandardPixmap fallback;
    // The word under the icon: the menus' names are too long for a toolbar.
    const char* iconText;
};

constexpr std::array kIcons{
    IconChoice{"refreshTopics", "view-refresh", QStyle::SP_BrowserReload,
               QT_TRANSLATE_NOOP("digest::ui::MainToolBar", "Refresh")},
    IconChoice{"newPostAction", "document-new", QStyle::SP_FileIcon,
               QT_TRANSLATE_NOOP("digest::ui::MainToolBar", "New")},
    IconChoice{"startTodaysPostAction", "go-jump-today", QStyle::SP_MediaSeekForward,
               QT_TRANSLATE_NOOP("digest::ui::MainToolBar", "Today")},
    IconChoice{"generateAtCursorAction", "insert-text", QStyle::SP_ArrowRight,
               QT_TRANSLATE_NOOP("digest::ui::MainToolBar", "Slot")},
    IconChoice{"generateItemAction", "list-add", QStyle::SP_FileDialogNewFolder,
               QT_TRANSLATE_NOOP("digest::ui::MainToolBar", "Item")},
    IconChoice{"generatePostAction", "media-playback-start", QStyle::SP_MediaPlay,
               QT_TRANSLATE_NOOP("digest::ui::MainToolBar", "Generate")},
    IconChoice{"stopAllAction", "process-stop", QStyle::SP_BrowserStop,
               QT_TRANSLATE_NOOP("digest::ui::MainToolBar", "Stop")},
    IconChoice{"nextProblemAction", "dialog-warning", QStyle::SP_MessageBoxWarning,
               QT_TRANSLATE_NOOP("digest::ui::MainToolBar", "Next Problem")},
    IconChoice{"publishAction", "document-send", QStyle::SP_ArrowUp,
               QT_TRANSLATE_NOOP("digest::ui::MainToolBar", "Publish")},
    IconChoice{"togglePreviewAction", "document-print-preview", QStyle::SP_FileDialogContentsView,
               QT_TRANSLATE_NOOP("digest::ui::MainToolBar", "Preview")},
};

} // namespace

MainToolBar::MainToolBar(QMainWindow& window)
    : QToolBar(tr("Main Toolbar"), &window)
    , m_window(window)
{
    setObjectName(QStringLiteral("mainToolBar"));
    setAccessibleName(tr("Main toolbar"));
    setMovable(false);
    setFloatable(false);
    // Short words beside small icons, in one low row: a word is quicker to read, and the
    // editor and preview keep the height.
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIconSize(QSize(16, 16));
    toggleViewAction()->setText(tr("Tool&bar"));
    toggleViewAction()->setObjectName(QStringLiteral("toolbarAction"));
}

MainToolBar::~MainToolBar() = default;

QStringList MainToolBar::actionNames()
{
    return {QStringLiteral("refreshTopics"),
            QStringLiteral("newPostAction"),
            QStringLiteral("startTodaysPostAction"),
            QString(),
            QStringLiteral("generateAtCursorAction"),
            QStringLiteral("generateItemAction"),
            QStringLiteral("generatePostAction"),
            QStringLiteral("stopAllAction"),
            QString(),
            QStringLiteral("nextProblemAction"),
            QStringLiteral("publishAction"),
            QStringLiteral("togglePreviewAction")};
}

void MainToolBar::addWindowActions()
{
    for (const QString& name : actionNames()) {
        if (name.isEmpty()) {
            addSeparator();
            continue;
        }
        auto* action = m_window.findChild<QAction*>(name);
        if (!action)
            continue;
        decorate(*action);
        addAction(action);
        if (QWidget* button = widgetForAction(action)) {
            button->setAccessibleName(QString(action->text()).remove(u'&'));
            button->installEventFilter(this);
        }
    }
}

void MainToolBar::decorate(QAction& action)
{
    for (const IconChoice& choice : kIcons) {
        if (action.objectName() != QLatin1String(choice.action))
            continue;
        if (action.icon().isNull())
            action.setIcon(QIcon::fromTheme(QLatin1String(choice.themeName),
                                            style()->standardIcon(choice.fallback)));
        action.setIconText(tr(choice.iconText));
        return;
    }
}

QString MainToolBar::toolTipFor(const QAction& action)
{
    const QString tip = action.toolTip();
    const QString keys = action.shortcut().toString(QKeySequence::NativeText);
    if (keys.isEmpty() || tip.contains(keys))
        return tip;
    return tr("%1 (%2)").arg(tip, keys);
}

bool MainToolBar::eventFilter(QObject* watched, QEvent* event)
{
    // The action's tooltip says what is missing when it is disabled (the generation actions
    // do): the shortcut is added here, at the moment it shows, rather than kept in the tip.
    if (event->type() == QEvent::ToolTip) {
        auto* button = qobject_cast<QToolButton*>(watched);
        if (button && button->defaultAction()) {
            QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(),
                               toolTipFor(*button->defaultAction()), button);
            return true;
        }
    }
    return QToolBar::eventFilter(watched, event);
}

} // namespace digest::ui
