#pragma once

#include "core/util/result.h"
#include "document/postdocument.h"

#include <QObject>
#include <QString>

namespace digest {

class SessionQuestions;
struct NewPostFile;

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

signals:
    // A folder a post was opened from or saved to, for the next file dialog.
    void folderUsed(const QString& folder);
    void opened(const QString& path);
    void saved(const QString& path);

private:
    SessionOutcome load(const QString& path);
    // Replaces the file only while it still has the `expected` fingerprint (none: any).
    SessionOutcome write(const QString& path, const QByteArray& expected = {});

    PostDocument* m_document = nullptr;
    SessionQuestions* m_questions = nullptr;
    QString m_suggestedPath;
};

} // namespace digest
