#pragma once

#include "core/util/result.h"
#include "core/util/textedit.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

class QTextDocument;
class QUndoCommand;
class QUndoStack;

namespace digest {

// The open post: its text (a QTextDocument the editor shows), the undo history, where it lives
// on disk, the line endings it had there, a fingerprint of the bytes last read or written, and a
// revision that goes up with every change of the text.
//
// Everything that changes the text goes through the one undo stack: typing in the editor (one
// step per group QTextDocument makes of it) and the program's edits, each a typed command
// (editcommands.h). The undo stack and the text document's own history move in step, one
// entry each, so undo and redo give back the exact text.
class PostDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostDocument)

public:
    explicit PostDocument(QObject* parent = nullptr);
    ~PostDocument() override;

    QTextDocument* textDocument() const { return m_text; }
    QUndoStack* undoStack() const { return m_undo; }

    // Replaces the whole text with a post as read from `path` (empty for a post not saved yet);
    // the history starts afresh and the document counts as unmodified.
    void load(const QString& text, const QString& path);

    // The text exactly as it is to be saved, each line with its own ending.
    QString text() const;
    // The text as the text document counts positions: every line ending is one "\n".
    QString plainText() const;

    QString path() const { return m_path; }
    void setPath(const QString& path);

    // A fingerprint of the bytes last read from or written to path(); empty when none.
    QByteArray diskFingerprint() const { return m_diskFingerprint; }
    void setDiskFingerprint(const QByteArray& fingerprint) { m_diskFingerprint = fingerprint; }

    // Goes up by one with every change of the text and never comes back down (not even on
    // load or undo): it names one version of the text.
    int revision() const { return m_revision; }

    bool isModified() const;
    void setModified(bool modified);

    // The program's edits, each one undo step. They fail, changing nothing, when the edit
    // cannot be made (no front matter, a value that would not read back, a range outside the
    // text).
    // Replacements with the same non-empty `mergeKey` that follow each other are one step (a
    // slot streaming in).
    Status replaceRange(const TextEdit& edit, const QString& label, const QString& mergeKey = {});
    // Values of the same key set with the same non-empty `mergeKey` one after the other are one
    // step (a run of typing in a field); another command in between, or another merge key,
    // starts a new step.
    Status setFrontMatterValue(const QString& key, const QVariant& value,
                               const QString& mergeKey = {});
    Status setTitle(const QString& title);
    Status setDraft(bool draft);
    Status setTags(const QStringList& tags);

    // For the commands: applies an edit as one step of the text document's own history.
    void applyEdit(const TextEdit& edit);
    // For the commands: the ending of every line break now, and putting them back after undo
    // or redo (QTextDocument's history restores the text, not what blocks remember). Empty,
    // and nothing to do, while all lines end alike.
    QStringList lineEndings() const { return m_endings; }
    void restoreLineEndings(const QStringList& endings);
    // For the commands: moves the text document's history back or forward one step; the
    // position of the change is announced with cursorMoveRequested().
    void undoTextStep();
    void redoTextStep();

signals:
    // The text was replaced by load(): views start from the top.
    void reset();
    void pathChanged(const QString& path);
    void modificationChanged(bool modified);
    // The text changed; revision() names the new text.
    void changed(int revision);
    // Undo or redo changed the text at `position`: the editor puts its cursor there.
    void cursorMoveRequested(int position);

private:
    void onTextStepAdded();
    void onContentsChanged();

    QTextDocument* m_text = nullptr;
    QUndoStack* m_undo = nullptr;
    QString m_path;
    QByteArray m_diskFingerprint;
    QString m_fallbackEnding = QStringLiteral("\n");
    // Mixed endings only: the ending of every line break, as of the last change.
    bool m_mixedEndings = false;
    QStringList m_endings;
    int m_revision = 0;
    // Set while a command edits the text, so that its step is not taken for typing.
    bool m_applyingCommand = false;
};

} // namespace digest
