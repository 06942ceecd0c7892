#include "ui/editor/markdowneditor.h"

#include "ui/editor/markdownhighlighter.h"

#include <QEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTextBlock>

namespace digest::ui {
namespace {
constexpr int kMinimumFontSize = 6;
constexpr int kMaximumFontSize = 48;
} // namespace

MarkdownEditor::MarkdownEditor(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("markdownEditor"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(false);
    setPlaceholderText(tr("Open a post with File › Open, or start writing Markdown here."));
    m_highlighter = new MarkdownHighlighter(document());
    // Connected first, so that everyone else who reacts to a change sees the new revision.
    connect(this, &QPlainTextEdit::textChanged, this, [this] { ++m_textRevision; });
}

void MarkdownEditor::loadText(const QString& text)
{
    m_lineEnding =
        text.contains(QStringLiteral("\r\n")) ? QStringLiteral("\r\n") : QStringLiteral("\n");
    setPlainText(text);
    document()->setModified(false);
}

QString MarkdownEditor::text() const
{
    // The document keeps every line as a block; blocks are joined by U+2029 in the raw text.
    QString text = document()->toRawText();
    text.replace(QChar::ParagraphSeparator, m_lineEnding);
    return text;
}

void MarkdownEditor::keyPressEvent(QKeyEvent* event)
{
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
