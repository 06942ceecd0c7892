#pragma once

#include <QDockWidget>

class QLabel;
class QMainWindow;

namespace digest {
class Desk;
} // namespace digest

namespace digest::ui {

// The generation panel as a dock of the main window, at the bottom, hidden until a run starts,
// and the post's tokens and cost for the status bar.
class GenerationDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerationDock)

public:
    GenerationDock(Desk& desk, QMainWindow& window);
    ~GenerationDock() override;

    // "Tokens 120 in · 40 out ≈ $0.0012": the status bar shows it.
    QLabel* usageLabel() const { return m_usage; }

private:
    // A run shows the panel, a quarter of the window high so that the post keeps the room;
    // closing it is the user's.
    void showForRun();
    void updateUsage();

    Desk& m_desk;
    QMainWindow& m_window;
    QLabel* m_usage = nullptr;
};

} // namespace digest::ui
