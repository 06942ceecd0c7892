#pragma once

#include <QStringList>
#include <QStyle>
#include <QToolBar>

class QMainWindow;

namespace digest::ui {

// The window's main toolbar: the day's frequent actions, found among the window's actions by
// objectName (so an action another part of the window adds joins by its name alone; a name
// not found is left out). Each button's tooltip names its shortcut. Its visibility is kept
// with the window's state (objectName "mainToolBar"); View › Toolbar toggles it.
class MainToolBar final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainToolBar)

public:
    explicit MainToolBar(QMainWindow& window);
    ~MainToolBar() override;

    // The objectNames of the actions it shows, in order (separators as empty strings).
    static QStringList actionNames();

    // Adds the window's actions named by actionNames() that exist now.
    void addWindowActions();

    // The action's tooltip with its shortcut, as the toolbar shows it: "Publish (Ctrl+Shift+P)".
    static QString toolTipFor(const QAction& action);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void decorate(QAction& action);

    QMainWindow& m_window;
};

} // namespace digest::ui
