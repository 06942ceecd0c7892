#include "document/editcommands.h"

#include "core/post/frontmatter.h"
#include "core/post/frontmattereditor.h"

namespace digest {
namespace {

enum CommandId { ReplaceRangeId = 1, FrontMatterValueId = 2 };

} // namespace

DocumentCommand::DocumentCommand(PostDocument& document, const QString& label)
    : QUndoCommand(label)
    , m_document(document)
    , m_endingsBefore(document.lineEndings())
{}

void DocumentCommand::redo()
{
    if (!m_applied) {
        m_applied = true;
        applyFirst();
        return;
    }
    for (int i = 0; i < m_steps; ++i)
        m_document.redoTextStep();
    m_document.restoreLineEndings(m_endingsAfter);
}

void DocumentCommand::undo()
{
    m_endingsAfter = m_document.lineEndings();
    for (int i = 0; i < m_steps; ++i)
        m_document.undoTextStep();
    m_document.restoreLineEndings(m_endingsBefore);
}

TypingCommand::TypingCommand(PostDocument& document)
    : DocumentCommand(document, PostDocument::tr("Typing"))
{}

ReplaceRangeCommand::ReplaceRangeCommand(PostDocument& document, TextEdit edit,
                                         const QString& label, QString mergeKey)
    : DocumentCommand(document, label)
    , m_edit(std::move(edit))
    , m_mergeKey(std::move(mergeKey))
{}

int ReplaceRangeCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : ReplaceRangeId;
}

bool ReplaceRangeCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ReplaceRangeCommand*>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    addSteps(next->steps());
    return true;
}

void ReplaceRangeCommand::applyFirst()
{
    document().applyEdit(m_edit);
}

Result<std::unique_ptr<FrontMatterValueCommand>>
FrontMatterValueCommand::make(PostDocument& document, const QString& key, const QVariant& value,
                              const QString& mergeKey)
{
    const QString text = document.plainText();
    const FrontMatterSplit split = splitFrontMatter(text);
    if (split.format == FrontMatterSplit::Format::None || split.unterminated)
        return Error{
            PostDocument::tr("Cannot set %1: the post has no complete front matter.").arg(key)};
    const Result<QString> edited =
        FrontMatterEditor::setValue(split.format, split.content, key, value);
    if (!edited)
        return Error{edited.errorMessage()};
    TextEdit edit = minimalEdit(split.content, edited.value(), int(split.contentOffset));
    return std::unique_ptr<FrontMatterValueCommand>(
        new FrontMatterValueCommand(document, key, value, std::move(edit), mergeKey));
}

FrontMatterValueCommand::FrontMatterValueCommand(PostDocument& document, QString key,
                                                 QVariant value, TextEdit edit, QString mergeKey)
    : DocumentCommand(document, PostDocument::tr("Set %1").arg(key))
    , m_key(std::move(key))
    , m_value(std::move(value))
    , m_edit(std::move(edit))
    , m_mergeKey(std::move(mergeKey))
{}

int FrontMatterValueCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : FrontMatterValueId;
}

bool FrontMatterValueCommand::mergeWith(const QUndoCommand* other)
{
    // QUndoStack offers only the command on top, so "adjacent" holds by construction.
    const auto* next = static_cast<const FrontMatterValueCommand*>(other);
    if (next->m_key != m_key || next->m_mergeKey != m_mergeKey)
        return false;
    m_value = next->m_value;
    addSteps(next->steps());
    return true;
}

void FrontMatterValueCommand::applyFirst()
{
    document().applyEdit(m_edit);
}

TextEdit minimalEdit(const QString& before, const QString& after, int offset)
{
    const qsizetype shorter = qMin(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < shorter && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix &&
           before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    return {offset + int(prefix), int(before.size() - prefix - suffix),
            after.mid(prefix, after.size() - prefix - suffix)};
}

} // namespace digest
