#pragma once

#include "core/lint/lint.h"
#include "ui/editor/markdowneditor.h"

#include <QDockWidget>
#include <QPointer>
#include <QTextCursor>

#include <functional>

class QLabel;
class QMainWindow;
class QTreeView;

namespace digest {
class Desk;
} // namespace digest

namespace digest::ui {

class ProblemsModel;
class ProblemsSummary;

// The Problems panel: the open post's problems as the desk's Proofreader finds them, a dock at
// the bottom of the window (View › Problems Panel). Activating a problem puts the editor's
// cursor on it with its range selected; a problem with a fix has a Fix button in its row and
// "Fix: ..." in its context menu, each one undo step. The editor underlines every problem's
// range (wavy red for errors, orange for warnings) with its message as the tooltip, and the
// status bar says how many there are (summaryButton(), which shows the panel).
class ProblemsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsDock)

public:
    ProblemsDock(Desk& desk, MarkdownEditor& editor, QMainWindow& window);
    ~ProblemsDock() override;

    // "2 errors, 1 warning", for the status bar: clicking it shows the panel.
    QLabel* summaryLabel() const;

    // What "Add “word” to Dictionary" in a spelling problem's context menu does (the spell
    // checker's, set by the window); without one the entry is not offered.
    void setAddToDictionary(std::function<void(const QString& word)> add);

    // Puts the editor's cursor on the problem of `row`, its range selected, and focuses it.
    void showProblem(int row);
    // Applies the fix of the problem of `row` (one undo step); false, saying why in the status
    // bar, when it could not be applied.
    bool fixProblem(int row);
    // Every problem of the kind of `row`'s, fixed as one undo step.
    bool fixAllOfKind(int row);

signals:
    // A sentence for the status bar.
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void followProofreader();
    void addFixButtons();
    void underline();
    void showContextMenu(const QPoint& at);
    // The text the problem's range covers in the editor now ("teh").
    QString rangeText(const Problem& problem) const;
    QTextCursor cursorFor(const Problem& problem) const;

    Desk& m_desk;
    MarkdownEditor& m_editor;
    // The editor's viewport, whose tooltips this dock answers. Kept here because the filter
    // also sees the viewport's last events while the editor is being destroyed, when asking
    // the editor for its viewport would call a member of a half-destroyed object.
    QPointer<QWidget> m_viewport;
    QPointer<MarkdownEditor> m_editorAlive;
    ProblemsModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    ProblemsSummary* m_summary = nullptr;
    std::function<void(const QString&)> m_addToDictionary;
};

} // namespace digest::ui
