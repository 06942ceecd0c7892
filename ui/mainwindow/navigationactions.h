#pragma once

#include <QObject>

class QMainWindow;
class QMenu;
class QWidget;

namespace digest {
class Proofreader;
}

namespace digest::ui {

class MarkdownEditor;
struct WindowParts;

// View › Navigate: the keyboard's way between the window's parts. Alt+1 the topic list,
// Alt+2 the editor, Alt+3 the Problems panel, Alt+4 the outline; F8 and Shift+F8 put the
// editor's cursor on the next or previous problem the proofreader found (its range selected),
// from the cursor on, round the end of the post.
class NavigationActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationActions)

public:
    NavigationActions(Proofreader& proofreader, QMainWindow& window, const WindowParts& parts);
    ~NavigationActions() override;

    // Fills `menu` with the actions (objectNames focusTopicsAction, focusEditorAction,
    // focusProblemsAction, focusOutlineAction, nextProblemAction, previousProblemAction).
    void addTo(QMenu* menu);

    // Moves the editor's cursor to the next (+1) or previous (-1) problem; false when the post
    // has none.
    bool goToProblem(int step);

private:
    // Focuses the first shown item view in `pane` (or the pane), with a current item.
    static void focusView(QWidget* pane);

    Proofreader& m_proofreader;
    QMainWindow& m_window;
    MarkdownEditor& m_editor;
    QWidget* m_topics = nullptr;
    QWidget* m_outline = nullptr;
    QWidget* m_problems = nullptr;
};

} // namespace digest::ui
