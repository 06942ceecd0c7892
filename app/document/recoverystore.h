#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <map>
#include <memory>

class QLockFile;

namespace digest {

// What a recovery file holds: the open post's text exactly as Save would write it, and where
// it came from. Never a secret: only the post and file names.
struct RecoveredPost
{
    // The recovery's name in the store (its file is "<id>.recovery").
    QString id;
    QString text;
    // The post's file; empty for a post never saved.
    QString path;
    // Where a new, never saved post would be saved; empty otherwise.
    QString suggestedPath;
    // PostFile's fingerprint of the file when it was last read or written here; empty for none.
    QByteArray diskFingerprint;
    // When the text was written to the recovery file (UTC).
    QDateTime savedAt;
};

// What is on disk at a recovered post's path, to show beside the recovered text.
struct RecoveryDiskState
{
    bool exists = false;
    // The file's text; empty when it does not exist or cannot be read (then `error` says why).
    QString text;
    QString error;
    QDateTime modified;
    qint64 size = 0;
    // The file is not the one the recovered text was based on: another program (or another
    // editor) wrote it after it was last read or written here. Restoring and saving would
    // replace that.
    bool changedSince = false;
};
RecoveryDiskState diskStateOf(const RecoveredPost& post);

// The folder of recovery files (the user's AppLocalDataLocation + "/recovery"), one file per
// open post: "<id>.recovery", a line of JSON (format, path, suggested path, fingerprint, time)
// and then the text's UTF-8 bytes exactly, written in one atomic PostFile::writeBytes. Each
// running editor holds a QLockFile "<id>.lock" for its own recovery file, so another editor
// starting meanwhile never offers it; a lock whose process is gone (kill -9, a crash) is stale
// and QLockFile takes it over.
class RecoveryStore final
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryStore)
    Q_DISABLE_COPY_MOVE(RecoveryStore)

public:
    explicit RecoveryStore(QString folder);
    // Lets go of the locks; the files stay (remove() takes this editor's own).
    ~RecoveryStore();

    QString folder() const { return m_folder; }
    // This editor's recovery: its id and file.
    QString ownId() const { return m_ownId; }
    QString ownFile() const { return fileOf(m_ownId); }
    QString fileOf(const QString& id) const;

    // Writes `post` (its id is ignored) as this editor's recovery, locking it first.
    Status save(const RecoveredPost& post);
    // Deletes this editor's recovery, if any (saved, discarded, closed cleanly).
    void remove();

    // The recoveries no running editor holds (left by one killed or crashed), now locked by
    // this store until discard() or keep(); the newest first. Unreadable files are left alone.
    QList<RecoveredPost> claimOrphans();
    // Deletes a claimed recovery and its lock.
    void discard(const QString& id);
    // Lets go of a claimed recovery, leaving its file for a later start.
    void keep(const QString& id);

    // The file format, for the store and its tests.
    static QByteArray encode(const RecoveredPost& post);
    static Result<RecoveredPost> decode(const QByteArray& bytes);

private:
    QString lockOf(const QString& id) const;
    bool ensureOwnLock();

    QString m_folder;
    QString m_ownId;
    std::unique_ptr<QLockFile> m_ownLock;
    std::map<QString, std::unique_ptr<QLockFile>> m_claimed;
};

} // namespace digest
