#pragma once

#include "core/util/result.h"

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace digest {
class Desk;
} // namespace digest

namespace digest::ui {

class MarkdownEditor;
class TodaysDigestBar;
class TopicListView;

// The Generate menu: Start Today's Post, the whole post from the checked topics, the empty slots,
// the slot or item at the editor's cursor, Stop All, and a slot's earlier and later versions. What
// the cursor is in comes from the post's outline; the generating itself is the desk's drafter's.
// Failures and what happened are told through message().
class GenerationActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerationActions)

public:
    GenerationActions(Desk& desk, MarkdownEditor& editor, TopicListView& topics, QWidget* window);
    ~GenerationActions() override;

    // Fills `menu` with the actions.
    void addTo(QMenu* menu);

    // Start Today's Post (the desk's TodaysDigest), and the bar that shows its progress, for
    // the window to place.
    QAction* startTodaysPostAction() const { return m_startToday; }
    QWidget* todaysDigestBar() const;
    QAction* generatePostAction() const { return m_generatePost; }
    QAction* fillEmptyAction() const { return m_fillEmpty; }
    QAction* generateAtCursorAction() const { return m_generateAtCursor; }
    QAction* generateItemAction() const { return m_generateItem; }
    QAction* stopAllAction() const { return m_stopAll; }
    QAction* previousVersionAction() const { return m_previousVersion; }
    QAction* nextVersionAction() const { return m_nextVersion; }

    void startTodaysPost();
    void generatePost();
    void fillEmptySlots();
    void generateAtCursor();
    void generateItemAtCursor();
    // Steps the version of the slot at the cursor by `step` (-1 earlier, +1 later).
    void stepVersion(int step);

signals:
    // For the status bar.
    void message(const QString& text);

private:
    void createActions();
    // Follows what the desk's drafter does.
    void followDrafter();
    // The actions that ask the model follow whether one is set up, saying how when not.
    void updateEnabled();
    void tell(const Status& status, const QString& done);

    Desk& m_desk;
    MarkdownEditor& m_editor;
    TopicListView& m_topics;
    QWidget* m_window;
    QAction* m_startToday = nullptr;
    TodaysDigestBar* m_todayBar = nullptr;
    QAction* m_generatePost = nullptr;
    QAction* m_fillEmpty = nullptr;
    QAction* m_generateAtCursor = nullptr;
    QAction* m_generateItem = nullptr;
    QAction* m_stopAll = nullptr;
    QAction* m_previousVersion = nullptr;
    QAction* m_nextVersion = nullptr;
};

} // namespace digest::ui
