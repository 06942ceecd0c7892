#include "ui/editor/markdowneditor.h"

#include <QFontDatabase>

namespace digest::ui {

MarkdownEditor::MarkdownEditor(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("markdownEditor"));
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(font);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(false);
    setPlaceholderText(tr("Open a post with File › Open, or start writing Markdown here."));
}

void MarkdownEditor::loadText(const QString& text)
{
    setPlainText(text);
    document()->setModified(false);
}

} // namespace digest::ui
