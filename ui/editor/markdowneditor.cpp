#include "ui/editor/markdowneditor.h"

#include "document/postdocument.h"
#include "ui/editor/markdownhighlighter.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMenu>
#include <QPlainTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QUndoStack>

namespace digest::ui {
namespace {
constexpr int kMinimumFontSize = 6;
constexpr int kMaximumFontSize = 48;
} // namespace

MarkdownEditor::MarkdownEditor(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("markdownEditor"));
    setAccessibleName(tr("Post text"));
    setAccessibleDescription(tr("The open post's Markdown, front matter included"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(false);
    setPlaceholderText(tr("Open a post with File › Open, or start writing Markdown here."));
    m_highlighter = new MarkdownHighlighter(document());
    // Owned by the editor, not by the document it starts on: documents come and go.
    m_highlighter->setParent(this);
    // Every way the view moves ends in one of these two: the scroll bar for dragging and
    // wheels, updateRequest with a vertical shift for keys, jumps and resizes.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &MarkdownEditor::viewMoved);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect&, int dy) {
        if (dy != 0)
            emit viewMoved();
    });
}

void MarkdownEditor::setExtraSelectionLayer(const QString& layer,
                                            const QList<QTextEdit::ExtraSelection>& selections)
{
    if (selections.isEmpty())
        m_selectionLayers.remove(layer);
    else
        m_selectionLayers.insert(layer, selections);
    QList<QTextEdit::ExtraSelection> all;
    for (const QList<QTextEdit::ExtraSelection>& one : std::as_const(m_selectionLayers))
        all.append(one);
    setExtraSelections(all);
}

void MarkdownEditor::setPostDocument(PostDocument* document)
{
    disconnect(m_cursorMoves);
    disconnect(m_resets);
    m_post = document;
    if (!document)
        return;
    QTextDocument* text = document->textDocument();
    if (!qobject_cast<QPlainTextDocumentLayout*>(text->documentLayout()))
        text->setDocumentLayout(new QPlainTextDocumentLayout(text));
    setDocument(text);
    m_highlighter->setDocument(text);
    m_cursorMoves = connect(document, &PostDocument::cursorMoveRequested, this, [this](int at) {
        QTextCursor cursor = textCursor();
        cursor.setPosition(qBound(0, at, this->document()->characterCount() - 1));
        setTextCursor(cursor);
        ensureCursorVisible();
    });
    m_resets = connect(document, &PostDocument::reset, this, [this] {
        moveCursor(QTextCursor::Start);
        verticalScrollBar()->setValue(0);
    });
}

QString MarkdownEditor::text() const
{
    return m_post ? m_post->text() : toPlainText();
}

int MarkdownEditor::textRevision() const
{
    return m_post ? m_post->revision() : 0;
}

void MarkdownEditor::undo()
{
    if (m_post)
        m_post->undoStack()->undo();
}

void MarkdownEditor::redo()
{
    if (m_post)
        m_post->undoStack()->redo();
}

void MarkdownEditor::contextMenuEvent(QContextMenuEvent* event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    // The standard Undo and Redo would move the text's history behind the undo stack's back.
    for (QAction* action : menu->actions()) {
        const bool isUndo = action->objectName() == u"edit-undo";
        if (!isUndo && action->objectName() != u"edit-redo")
            continue;
        action->disconnect();
        if (m_post) {
            QUndoStack* stack = m_post->undoStack();
            action->setEnabled(isUndo ? stack->canUndo() : stack->canRedo());
        }
        connect(action, &QAction::triggered, this,
                isUndo ? &MarkdownEditor::undo : &MarkdownEditor::redo);
    }
    menu->exec(event->globalPos());
}

void MarkdownEditor::keyPressEvent(QKeyEvent* event)
{
    if (event == QKeySequence::Undo) {
        undo();
        return;
    }
    if (event == QKeySequence::Redo) {
        redo();
        return;
    }
    // Shift+Enter would put a U+2028 line separator into the post, invisible in Markdown.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers().testFlag(Qt::ShiftModifier)) {
        textCursor().insertBlock();
        ensureCursorVisible();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void MarkdownEditor::setFontSize(int points)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (points > 0)
        font.setPointSize(qBound(kMinimumFontSize, points, kMaximumFontSize));
    setFont(font);
}

int MarkdownEditor::fontSize() const
{
    return font().pointSize();
}

void MarkdownEditor::setWrapLines(bool wrap)
{
    setLineWrapMode(wrap ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
}

double MarkdownEditor::topVisibleLine() const
{
    const QTextBlock block = firstVisibleBlock();
    const QRectF rect = blockBoundingGeometry(block).translated(contentOffset());
    const double fraction = rect.height() > 0 ? qBound(0.0, -rect.top() / rect.height(), 1.0) : 0;
    return block.blockNumber() + 1 + fraction;
}

void MarkdownEditor::scrollToLine(double line)
{
    QTextBlock block = document()->findBlockByNumber(qMax(0, int(line) - 1));
    if (!block.isValid())
        block = document()->lastBlock();
    const double fraction = qBound(0.0, line - int(line), 1.0);
    // The vertical scroll bar counts visual lines: a wrapped block has several.
    verticalScrollBar()->setValue(block.firstLineNumber() +
                                  int(fraction * qMax(1, block.lineCount())));
}

void MarkdownEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
    QPlainTextEdit::changeEvent(event);
}

} // namespace digest::ui
