#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace digest::ui {

// Find and replace in the editor, as a bar under it (Ctrl+F, Ctrl+H, Escape closes). Replace
// All is one undo step.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(QPlainTextEdit* editor, QWidget* parent = nullptr);

    void showFind();
    void showReplace();

    // Selects the next (or previous) match after the cursor, wrapping around; false if none.
    bool findNext();
    bool findPrevious();
    // Replaces the selected match, then finds the next one.
    bool replaceCurrent();
    // Replaces every match and returns how many.
    int replaceAll();

    void setSearchText(const QString& text);
    void setReplacementText(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool find(bool backwards);
    bool selectionMatches() const;
    void showCount(int replaced);

    QPlainTextEdit* m_editor;
    QLineEdit* m_search = nullptr;
    QLineEdit* m_replacement = nullptr;
    QCheckBox* m_caseSensitive = nullptr;
    QWidget* m_replaceRow = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace digest::ui
