#include "ui/mainwindow/navigationactions.h"

#include "desk/proofreader.h"
#include "ui/editor/markdowneditor.h"
#include "ui/mainwindow/windowactions.h"
#include "ui/outline/outlineview.h"
#include "ui/problems/problemsdock.h"
#include "ui/topics/topiclistview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTextBlock>

#include <algorithm>

namespace digest::ui {
namespace {
constexpr int kStatusMessageMs = 4000;

// Where a problem or the cursor is, to order them: 1-based line, then column.
using Place = std::pair<int, int>;
} // namespace

NavigationActions::NavigationActions(Proofreader& proofreader, QMainWindow& window,
                                     const WindowParts& parts)
    : QObject(&window)
    , m_proofreader(proofreader)
    , m_window(window)
    , m_editor(*parts.editor)
    , m_topics(parts.topics)
    , m_outline(parts.outline)
    , m_problems(parts.problemsDock)
{}

NavigationActions::~NavigationActions() = default;

void NavigationActions::addTo(QMenu* menu)
{
    const auto add = [this, menu](const QString& text, const char* name, const QKeySequence& keys,
                                  auto slot) {
        QAction* action = menu->addAction(text, keys, this, slot);
        action->setObjectName(QLatin1String(name));
        return action;
    };
    add(tr("&Topic List"), "focusTopicsAction", QKeySequence(Qt::ALT | Qt::Key_1),
        [this] { focusView(m_topics); });
    add(tr("&Editor"), "focusEditorAction", QKeySequence(Qt::ALT | Qt::Key_2),
        [this] { m_editor.setFocus(Qt::ShortcutFocusReason); });
    add(tr("&Problems Panel"), "focusProblemsAction", QKeySequence(Qt::ALT | Qt::Key_3), [this] {
        m_problems->show();
        m_problems->raise();
        focusView(m_problems);
    });
    add(tr("&Outline"), "focusOutlineAction", QKeySequence(Qt::ALT | Qt::Key_4),
        [this] { focusView(m_outline); });
    menu->addSeparator();
    add(tr("&Next Problem"), "nextProblemAction", QKeySequence(Qt::Key_F8),
        [this] { goToProblem(+1); });
    add(tr("P&revious Problem"), "previousProblemAction", QKeySequence(Qt::SHIFT | Qt::Key_F8),
        [this] { goToProblem(-1); });
}

void NavigationActions::focusView(QWidget* pane)
{
    QWidget* target = pane;
    for (auto* view : pane->findChildren<QAbstractItemView*>()) {
        if (view->isVisibleTo(pane)) {
            target = view;
            break;
        }
    }
    // Space and the arrows act on the current item: give the view one.
    if (auto* view = qobject_cast<QAbstractItemView*>(target);
        view && view->model() && !view->currentIndex().isValid() && view->model()->rowCount() > 0)
        view->setCurrentIndex(view->model()->index(0, 0));
    target->setFocus(Qt::ShortcutFocusReason);
}

bool NavigationActions::goToProblem(int step)
{
    QList<Problem> problems = m_proofreader.problems();
    if (problems.isEmpty()) {
        m_window.statusBar()->showMessage(tr("The post has no problems"), kStatusMessageMs);
        return false;
    }
    const auto placeOf = [](const Problem& problem) {
        return Place{problem.line, problem.column};
    };
    std::stable_sort(problems.begin(), problems.end(),
                     [&](const Problem& a, const Problem& b) { return placeOf(a) < placeOf(b); });
    // From the start of the selection, so that the problem just selected is passed.
    const QTextCursor now = m_editor.textCursor();
    const QTextBlock block = m_editor.document()->findBlock(now.selectionStart());
    const Place here{block.blockNumber() + 1, now.selectionStart() - block.position() + 1};
    const Problem* target = nullptr;
    if (step > 0) {
        const auto next = std::find_if(problems.cbegin(), problems.cend(),
                                       [&](const Problem& p) { return placeOf(p) > here; });
        target = next != problems.cend() ? &*next : &problems.first();
    } else {
        const auto previous = std::find_if(problems.crbegin(), problems.crend(),
                                           [&](const Problem& p) { return placeOf(p) < here; });
        target = previous != problems.crend() ? &*previous : &problems.last();
    }
    const QTextBlock line = m_editor.document()->findBlockByNumber(target->line - 1);
    if (!line.isValid())
        return false;
    const int start = line.position() + qBound(0, target->column - 1, line.length() - 1);
    QTextCursor cursor(m_editor.document());
    cursor.setPosition(start);
    cursor.setPosition(qMin(start + target->length, m_editor.document()->characterCount() - 1),
                       QTextCursor::KeepAnchor);
    m_editor.setTextCursor(cursor);
    m_editor.centerCursor();
    m_editor.setFocus(Qt::ShortcutFocusReason);
    m_window.statusBar()->showMessage(target->message, kStatusMessageMs);
    return true;
}

} // namespace digest::ui
