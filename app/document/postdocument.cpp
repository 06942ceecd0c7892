#include "document/postdocument.h"

#include "document/editcommands.h"
#include "document/lineendings.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>

namespace digest {

PostDocument::PostDocument(QObject* parent)
    : QObject(parent)
    , m_text(new QTextDocument(this))
    , m_undo(new QUndoStack(this))
{
    m_text->setUndoRedoEnabled(true);
    connect(m_text, &QTextDocument::undoCommandAdded, this, &PostDocument::onTextStepAdded);
    connect(m_text, &QTextDocument::contentsChanged, this, &PostDocument::onContentsChanged);
    connect(m_text, &QTextDocument::modificationChanged, this, &PostDocument::modificationChanged);
}

PostDocument::~PostDocument()
{
    // The commands refer to this document; they go first.
    m_undo->clear();
}

void PostDocument::load(const QString& text, const QString& path)
{
    m_undo->clear();
    m_fallbackEnding = lineendings::dominant(text);
    {
        // setPlainText() starts the text document's history afresh as well.
        const QSignalBlocker noTypingSteps(this);
        m_applyingCommand = true;
        m_text->setPlainText(text);
        m_applyingCommand = false;
    }
    const QStringList endings = lineendings::split(text);
    m_mixedEndings = !lineendings::uniform(endings);
    m_endings.clear();
    if (m_mixedEndings) {
        lineendings::attach(*m_text, endings);
        m_endings = endings;
    }
    m_text->setModified(false);
    setPath(path);
    emit changed(++m_revision);
    emit reset();
}

QString PostDocument::text() const
{
    return m_mixedEndings ? lineendings::join(*m_text, m_endings)
                          : lineendings::join(*m_text, m_fallbackEnding);
}

void PostDocument::restoreLineEndings(const QStringList& endings)
{
    if (!m_mixedEndings || endings.size() != m_text->blockCount() - 1)
        return;
    lineendings::attach(*m_text, endings);
    m_endings = endings;
}

void PostDocument::onContentsChanged()
{
    // Typing adds its undo step before this comes: the step saw the endings before the change.
    if (m_mixedEndings)
        m_endings = lineendings::resolve(*m_text, m_fallbackEnding);
    emit changed(++m_revision);
}

QString PostDocument::plainText() const
{
    QString text = m_text->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    return text;
}

void PostDocument::setPath(const QString& path)
{
    if (path == m_path)
        return;
    m_path = path;
    emit pathChanged(path);
}

bool PostDocument::isModified() const
{
    return m_text->isModified();
}

void PostDocument::setModified(bool modified)
{
    m_text->setModified(modified);
}

Status PostDocument::replaceRange(const TextEdit& edit, const QString& label,
                                  const QString& mergeKey)
{
    const int end = m_text->characterCount() - 1; // without the document's final separator
    if (edit.position < 0 || edit.length < 0 || edit.position + edit.length > end)
        return Error{
            tr("Cannot change the text at %1: it is outside the post.").arg(edit.position)};
    if (edit.length == 0 && edit.text.isEmpty())
        return Done{};
    m_undo->push(new ReplaceRangeCommand(*this, edit, label, mergeKey));
    return Done{};
}

Status PostDocument::setFrontMatterValue(const QString& key, const QVariant& value,
                                         const QString& mergeKey)
{
    Result<std::unique_ptr<FrontMatterValueCommand>> command =
        FrontMatterValueCommand::make(*this, key, value, mergeKey);
    if (!command)
        return Error{command.errorMessage()};
    // Setting a value to what it already is changes nothing and leaves no undo step.
    const TextEdit& edit = command.value()->edit();
    if (edit.length == 0 && edit.text.isEmpty())
        return Done{};
    m_undo->push(std::move(command).value().release());
    return Done{};
}

Status PostDocument::setTitle(const QString& title)
{
    return setFrontMatterValue(QStringLiteral("title"), title);
}

Status PostDocument::setDraft(bool draft)
{
    return setFrontMatterValue(QStringLiteral("draft"), draft);
}

Status PostDocument::setTags(const QStringList& tags)
{
    return setFrontMatterValue(QStringLiteral("tags"), tags);
}

void PostDocument::applyEdit(const TextEdit& edit)
{
    m_applyingCommand = true;
    QTextCursor cursor(m_text);
    cursor.beginEditBlock();
    cursor.setPosition(edit.position);
    cursor.setPosition(edit.position + edit.length, QTextCursor::KeepAnchor);
    cursor.insertText(edit.text);
    cursor.endEditBlock();
    m_applyingCommand = false;
}

void PostDocument::undoTextStep()
{
    QTextCursor cursor(m_text);
    m_text->undo(&cursor);
    emit cursorMoveRequested(cursor.position());
}

void PostDocument::redoTextStep()
{
    QTextCursor cursor(m_text);
    m_text->redo(&cursor);
    emit cursorMoveRequested(cursor.position());
}

void PostDocument::onTextStepAdded()
{
    if (!m_applyingCommand)
        m_undo->push(new TypingCommand(*this));
}

} // namespace digest
