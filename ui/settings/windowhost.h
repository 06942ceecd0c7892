#pragma once

#include <QObject>

#include <functional>
#include <memory>

namespace digest {
class Desk;
} // namespace digest

namespace digest::ui {

class MainWindow;

// Holds the application's main window and makes it again in a new interface language: when
// `interface/language` changes, once the event loop is back (the Settings dialog, a child of
// the window, has closed by then), the translators are installed for it and a new window takes
// the old one's place, geometry, docks and splitters. Every text of the window is then in the
// new language with nothing to re-translate by hand. The open post, its undo history and the
// generations live in the desk, so no work goes with the old window.
class WindowHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowHost)

public:
    // `installTranslators` installs the translations of a language as the settings name it.
    using TranslatorInstaller = std::function<void(const QString& language)>;

    WindowHost(Desk& desk, TranslatorInstaller installTranslators, QObject* parent = nullptr);
    ~WindowHost() override;

    MainWindow& window() const { return *m_window; }

signals:
    // A new window took the old one's place (and is shown).
    void windowReplaced();

private:
    void remake();

    Desk& m_desk;
    TranslatorInstaller m_installTranslators;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace digest::ui
