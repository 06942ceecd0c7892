#pragma once

#include <QSettings>

class QMainWindow;
class QSplitter;

namespace digest {
class Settings;
}

namespace digest::ui {

// The window's geometry, its docks and the positions of its splitters: the UI's own state,
// kept in the settings' file under "window/" but not among the application's settings.
class WindowLayout final
{
public:
    explicit WindowLayout(const Settings& settings);

    // Puts the window and its splitters back as they were; first time, sensible sizes.
    void restore(QMainWindow& window, QSplitter& main, QSplitter& left);
    void save(const QMainWindow& window, const QSplitter& main, const QSplitter& left);

private:
    QSettings m_store;
};

} // namespace digest::ui
