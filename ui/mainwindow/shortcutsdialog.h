#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QPointer>

class QAction;
class QLineEdit;
class QMainWindow;
class QTreeWidget;

namespace digest::ui {

// One action of the window that has a shortcut, as Help › Keyboard Shortcuts lists it.
struct ShortcutEntry
{
    // Where it is: the menu's path ("View › Navigate"), or the panel it acts in ("Topics").
    QString group;
    // Its name without mnemonics: "Save As…".
    QString text;
    QList<QKeySequence> keys;
    QPointer<QAction> action;
};

// Every action of the window that has a shortcut, read from the actions themselves: the menus'
// in their order (submenus under their path), then the window's other actions (those of a
// panel, under the panel's accessible name). An action twice in one place is listed once.
QList<ShortcutEntry> windowShortcuts(const QMainWindow& window);

// "Ctrl+Shift+P, F8" as the platform writes it.
QString keysText(const QList<QKeySequence>& keys);

// Help › Keyboard Shortcuts: the window's shortcuts by menu, as they are when it opens, with a
// filter field that matches an action's name, its keys or its menu.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(const QMainWindow& window, QWidget* parent = nullptr);
    ~ShortcutsDialog() override;

    const QList<ShortcutEntry>& entries() const { return m_entries; }
    // Shows only the entries that match `text` (case-insensitive); empty shows all.
    void setFilter(const QString& text);
    // The entries shown now, as plain text: a heading per group, "name<TAB>keys" per line.
    QString plainText() const;

private:
    void fill();

    QList<ShortcutEntry> m_entries;
    QLineEdit* m_filter = nullptr;
    QTreeWidget* m_tree = nullptr;
};

} // namespace digest::ui
