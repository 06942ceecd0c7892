#pragma once

#include "document/postdocument.h"

#include <QUndoCommand>
#include <QVariant>

#include <memory>

namespace digest {

// The undo commands of a post document. Each one is a change the text document's own history
// recorded; undoing and redoing it moves that history, so the text comes back exactly, and
// the cursor and anything anchored in the text move as they would for typing.
class DocumentCommand : public QUndoCommand
{
public:
    ~DocumentCommand() override = default;
    Q_DISABLE_COPY_MOVE(DocumentCommand)

    void undo() override;
    void redo() override;

protected:
    DocumentCommand(PostDocument& document, const QString& label);
    // The edit of the first redo(); later ones replay the text document's history.
    virtual void applyFirst() = 0;
    PostDocument& document() const { return m_document; }
    // Steps of the text document's history this command spans (more than one once merged).
    void addSteps(int steps) { m_steps += steps; }
    int steps() const { return m_steps; }

private:
    PostDocument& m_document;
    int m_steps = 1;
    bool m_applied = false;
    // The line endings before and after the command, for posts with mixed endings.
    QStringList m_endingsBefore;
    QStringList m_endingsAfter;
};

// What the user typed: QTextDocument records it (grouping a run of typing into one step) and
// this command stands for that step on the undo stack.
class TypingCommand final : public DocumentCommand
{
public:
    explicit TypingCommand(PostDocument& document);

private:
    void applyFirst() override {}
};

// A block of text replaced at a range: the mechanism generated text, fixes and pastes of the
// program use. Commands with the same non-empty merge key that follow each other on the stack
// become one step (a slot that streams in is undone at once).
class ReplaceRangeCommand final : public DocumentCommand
{
public:
    ReplaceRangeCommand(PostDocument& document, TextEdit edit, const QString& label,
                        QString mergeKey = {});

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;
    const TextEdit& edit() const { return m_edit; }

private:
    void applyFirst() override;

    TextEdit m_edit;
    QString m_mergeKey;
};

// One front matter value changed (title, tags, draft, cover.alt…): only the text of that
// value changes, as FrontMatterEditor writes it; quoting, comments and key order stay.
// Commands for the same key with the same non-empty merge key that follow each other on the
// stack become one step: a run of typing in one field of the front-matter panel.
class FrontMatterValueCommand final : public DocumentCommand
{
public:
    // Fails, making no command, when the post has no front matter or the editor refuses the
    // value.
    static Result<std::unique_ptr<FrontMatterValueCommand>> make(PostDocument& document,
                                                                 const QString& key,
                                                                 const QVariant& value,
                                                                 const QString& mergeKey = {});

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;
    const QString& key() const { return m_key; }
    const QVariant& value() const { return m_value; }
    const TextEdit& edit() const { return m_edit; }

private:
    FrontMatterValueCommand(PostDocument& document, QString key, QVariant value, TextEdit edit,
                            QString mergeKey);
    void applyFirst() override;

    QString m_key;
    QVariant m_value;
    TextEdit m_edit;
    QString m_mergeKey;
};

// The smallest edit that turns `before` into `after`: their common start and end are left out.
TextEdit minimalEdit(const QString& before, const QString& after, int offset = 0);

} // namespace digest
