#pragma once

#include "core/outline/outline.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace digest::ui {

struct OutlineEntry;

// The outline of the open post, as a tree: sections; in the consequences each item with its
// Benefits and Ramifications; the trending topics; the predictions. Activating an entry asks
// for the editor to go where the entry is written.
class OutlineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutlineView)

public:
    explicit OutlineView(QWidget* parent = nullptr);
    ~OutlineView() override;

    // Updates entries in place when the outline keeps its shape (typing inside a paragraph),
    // so the selection and the scroll position stay; rebuilds the tree otherwise.
    void setOutline(const digest::Outline& outline);
    // What a right click on an entry offers, after it has moved the editor there (the
    // Generate menu's actions on what is at the cursor).
    void setEntryActions(const QList<QAction*>& actions) { m_entryActions = actions; }

signals:
    // Where the activated entry starts in the file: 1-based line and UTF-16 column.
    void positionActivated(int line, int column);

private:
    void rebuild(const QList<OutlineEntry>& entries);
    void activate(QTreeWidgetItem* item);
    void showEntryMenu(const QPoint& at);

    QTreeWidget* m_tree = nullptr;
    QLabel* m_emptyNote = nullptr;
    QList<QAction*> m_entryActions;
    // The outline shown, its entries (which the tree's items show), and where each entry
    // leads, in the tree's pre-order (the items hold their number in it).
    digest::Outline m_outline;
    QList<OutlineEntry> m_entries;
    QList<digest::SourceRange> m_targets;
};

} // namespace digest::ui
