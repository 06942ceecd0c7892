#pragma once

#include <QHash>
#include <QList>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace digest {
class PostDocument;
}

namespace digest::ui {

class MarkdownHighlighter;

// Shows the open post's Markdown text for editing. The text, its history and its line endings
// belong to the PostDocument; undo and redo, from the keyboard or the context menu, go through
// the document's undo stack, so typed and program-made edits share one history.
class MarkdownEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownEditor)

public:
    explicit MarkdownEditor(QWidget* parent = nullptr);

    // Shows `document` from now on; it must outlive the editor or be replaced first.
    void setPostDocument(PostDocument* document);
    PostDocument* postDocument() const { return m_post; }

    // The text exactly as it is to be saved (see PostDocument::text()).
    QString text() const;

    // The font size in points; 0 goes back to the system's fixed-width font size.
    void setFontSize(int points);
    int fontSize() const;

    void setWrapLines(bool wrap);

    // The file line at the top of the view (1-based), with a fraction for part way into it.
    double topVisibleLine() const;
    // Scrolls so that `line` (as topVisibleLine() gives it) is at the top; the cursor stays.
    void scrollToLine(double line);

    // Names the version of the text shown (PostDocument::revision()).
    int textRevision() const;

    // Extra selections by layer ("problems", find matches, ...): each owner sets its own and
    // the editor shows them all, so one never wipes another's out.
    void setExtraSelectionLayer(const QString& layer,
                                const QList<QTextEdit::ExtraSelection>& selections);

    // Undo and redo of the document's history.
    void undo();
    void redo();

signals:
    // The view moved: scrolled, paged, jumped to a line, resized; whichever way.
    void viewMoved();

protected:
    void changeEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    MarkdownHighlighter* m_highlighter = nullptr;
    PostDocument* m_post = nullptr;
    QMetaObject::Connection m_cursorMoves;
    QMetaObject::Connection m_resets;
    QHash<QString, QList<QTextEdit::ExtraSelection>> m_selectionLayers;
};

} // namespace digest::ui
