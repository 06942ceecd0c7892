#pragma once

#include <QPlainTextEdit>

namespace digest::ui {

// The Markdown text of the post: the single source of truth that is edited and saved.
class MarkdownEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownEditor)

public:
    explicit MarkdownEditor(QWidget* parent = nullptr);

    // Replaces the whole text as one undoable step and marks the document unmodified.
    void loadText(const QString& text);
};

} // namespace digest::ui
