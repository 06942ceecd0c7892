#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace digest {
class Desk;
} // namespace digest

namespace digest::ui {

// A short welcome above the editor on a first run: what is left to configure (the model
// endpoint for generation; the site's git checkout, with the default site used meanwhile),
// a button that opens the settings, "Don't Show Again" (the setting `window/welcomeDismissed`)
// and a close button that hides it for this session. It shows while it is not dismissed for
// good and something is left to configure; it follows the settings as they change.
class WelcomeBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeBanner)

public:
    // `openSettings` is the fallback when the window has no action named "settingsAction".
    WelcomeBanner(Desk& desk, std::function<void()> openSettings, QWidget* parent = nullptr);
    ~WelcomeBanner() override;

    // Whether a window made now shows it: not dismissed for good, not closed in this session,
    // and the model endpoint or the site still to configure.
    static bool wanted(const Desk& desk);

private:
    void updateText();
    void openSettings();
    void closeForSession();
    void dismissForGood();

    Desk& m_desk;
    std::function<void()> m_openSettings;
    QLabel* m_text = nullptr;
    QPushButton* m_settingsButton = nullptr;
    QPushButton* m_dismissButton = nullptr;
    QToolButton* m_closeButton = nullptr;
};

} // namespace digest::ui
