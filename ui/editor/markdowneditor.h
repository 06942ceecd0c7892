#pragma once

#include <QPlainTextEdit>

namespace digest::ui {

class MarkdownHighlighter;

// The Markdown text of the post: the single source of truth that is edited and saved.
class MarkdownEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownEditor)

public:
    explicit MarkdownEditor(QWidget* parent = nullptr);

    // Replaces the whole text and marks the document unmodified; undo history starts afresh.
    void loadText(const QString& text);

    // The text exactly as it is to be saved. Unlike toPlainText(), it keeps no-break spaces
    // and the line endings the loaded text used (CRLF stays CRLF).
    QString text() const;

    // The font size in points; 0 goes back to the system's fixed-width font size.
    void setFontSize(int points);
    int fontSize() const;

    void setWrapLines(bool wrap);

    // The file line at the top of the view (1-based), with a fraction for part way into it.
    double topVisibleLine() const;
    // Scrolls so that `line` (as topVisibleLine() gives it) is at the top; the cursor stays.
    void scrollToLine(double line);

    // Goes up by one with every change of the text, typed or not; names a version of the text.
    int textRevision() const { return m_textRevision; }

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    MarkdownHighlighter* m_highlighter = nullptr;
    int m_textRevision = 0;
    QString m_lineEnding = QStringLiteral("\n");
};

} // namespace digest::ui
