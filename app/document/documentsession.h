#pragma once

#include "core/util/result.h"
#include "document/postdocument.h"

#include <QObject>
#include <QString>

namespace digest {

class FileWatch;
class SessionQuestions;
struct NewPostFile;
struct RecoveredPost;

// How an operation of the session ended: done, cancelled by the person (nothing to report),
// or failed with a message for people that names the file and what went wrong.
struct SessionOutcome
{
    enum class Kind { Done, Cancelled, Failed };

    Kind kind = Kind::Done;
    QString message;

    static SessionOutcome done() { return {}; }
    static SessionOutcome cancelled() { return {Kind::Cancelled, {}}; }
    static SessionOutcome failed(QString message) { return {Kind::Failed, std::move(message)}; }
    bool ok() const { return kind == Kind::Done; }
    explicit operator bool() const { return ok(); }
};

// The life of the open post: New, Open, Save, Save As and Close. It owns the one PostDocument
// and asks its questions (unsaved changes, a file changed on disk, replacing a file) through
// SessionQuestions. A failure leaves the text and the file on disk as they were.
//
// It watches the open file (FileWatch): another program's change reloads the text when there
// are no unsaved changes (one undo step, the cursor staying near where it was), else asks;
// the file gone is told, and the text counts as modified. Its own saves are known by the
// document's fingerprint and reload nothing.
class DocumentSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentSession)

public:
    explicit DocumentSession(QObject* parent = nullptr);
    ~DocumentSession() override;

    PostDocument& document() const { return *m_document; }
    // Who answers the questions; until set, every question is answered "cancel".
    void setQuestions(SessionQuestions* questions) { m_questions = questions; }

    // Where a new, never saved post would be saved (the site's pattern); empty otherwise.
    QString suggestedPath() const { return m_suggestedPath; }
    // The file name to show: the path's, "NAME (new)" for a new post, else "Untitled".
    QString displayName() const;

    // Shows a new post that is not on disk yet; it counts as modified until saved.
    SessionOutcome startNew(const NewPostFile& post);
    // Asks for a file (after asking about unsaved changes) and opens it.
    SessionOutcome open();
    // Opens `path`, asking about unsaved changes first.
    SessionOutcome openFile(const QString& path);
    SessionOutcome save();
    SessionOutcome saveAs();
    // Saves to `path`, asking before replacing a file there (or one changed on disk).
    SessionOutcome saveTo(const QString& path);
    // Whether the post may be closed: asks about unsaved changes (and saves if asked to).
    SessionOutcome close();

    // Shows a post from a recovery file (after asking about unsaved changes): its text as a
    // modified post, with its path (Save writes there) or its suggested one. When its file is
    // still readable, the file's text comes first and the recovered text is one undo step
    // over it, so undo gives the text on disk back.
    SessionOutcome restore(const RecoveredPost& post);
    // Compares the file on disk with what was last read or written and acts as described
    // above; the watcher calls it, tests may too.
    void checkDisk();

signals:
    // A folder a post was opened from or saved to, for the next file dialog.
    void folderUsed(const QString& folder);
    void opened(const QString& path);
    void saved(const QString& path);
    // The open file changed on disk and was read into the editor (silently or when asked).
    void reloaded(const QString& path);
    // The open file changed on disk and could not be read again; the message says why.
    void reloadFailed(const QString& message);

private:
    SessionOutcome load(const QString& path);
    // Replaces the file only while it still has the `expected` fingerprint (none: any).
    SessionOutcome write(const QString& path, const QByteArray& expected = {});
    SessionOutcome reload(const QString& path);
    // Makes the text `text` in one undo step `label` that changes only what differs (so the
    // editor's cursor stays put before the change); false, changing nothing, when the result
    // would not be `text` to the byte (line endings that differ).
    bool editTo(const QString& text, const QString& label);

    PostDocument* m_document = nullptr;
    SessionQuestions* m_questions = nullptr;
    QString m_suggestedPath;
    FileWatch* m_watch = nullptr;
    // The fingerprint on disk the person was asked about and chose to keep their text over.
    QByteArray m_keptOver;
    bool m_goneFromDisk = false;
    // Set while a question about the disk is open; an event meanwhile checks again after.
    bool m_checkingDisk = false;
    bool m_recheckDisk = false;
};

} // namespace digest
