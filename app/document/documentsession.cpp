#include "document/documentsession.h"

#include "core/post/newpost.h"
#include "core/post/postfile.h"
#include "document/filewatch.h"
#include "document/recoverystore.h"
#include "document/sessionquestions.h"

#include <QDir>
#include <QFileInfo>
#include <QScopedValueRollback>
#include <QTimer>

#include <utility>

namespace digest {
namespace {

QString absolute(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

// The text as the text document holds it: every line ending one "\n".
QString withNewlines(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text;
}

// The one edit that turns `from` into `to`: what lies between their common start and end.
TextEdit differingMiddle(const QString& from, const QString& to)
{
    const qsizetype shorter = qMin(from.size(), to.size());
    qsizetype prefix = 0;
    while (prefix < shorter && from[prefix] == to[prefix])
        ++prefix;
    if (prefix > 0 && from[prefix - 1].isHighSurrogate())
        --prefix; // never half a character
    qsizetype suffix = 0;
    while (suffix < shorter - prefix &&
           from[from.size() - 1 - suffix] == to[to.size() - 1 - suffix])
        ++suffix;
    if (suffix > 0 && from[from.size() - suffix].isLowSurrogate())
        --suffix;
    return {int(prefix), int(from.size() - prefix - suffix),
            to.mid(prefix, to.size() - prefix - suffix)};
}

} // namespace

DocumentSession::DocumentSession(QObject* parent)
    : QObject(parent)
    , m_document(new PostDocument(this))
    , m_watch(new FileWatch(this))
{
    connect(m_document, &PostDocument::pathChanged, this, [this](const QString& path) {
        m_keptOver.clear();
        m_goneFromDisk = false;
        m_watch->setPath(path);
    });
    connect(m_watch, &FileWatch::changed, this, &DocumentSession::checkDisk);
}

DocumentSession::~DocumentSession() = default;

QString DocumentSession::displayName() const
{
    if (!m_document->path().isEmpty())
        return QFileInfo(m_document->path()).fileName();
    if (!m_suggestedPath.isEmpty())
        return tr("%1 (new)").arg(QFileInfo(m_suggestedPath).fileName());
    return tr("Untitled");
}

SessionOutcome DocumentSession::startNew(const NewPostFile& post)
{
    if (SessionOutcome closed = close(); !closed)
        return closed;
    // Set first: whoever follows the path change shows the new name.
    m_suggestedPath = post.path;
    m_document->load(post.text, QString());
    m_document->setDiskFingerprint({});
    // Nothing is written until the post is saved; closing before that asks first.
    m_document->setModified(true);
    return SessionOutcome::done();
}

SessionOutcome DocumentSession::open()
{
    if (SessionOutcome closed = close(); !closed)
        return closed;
    const QString path = m_questions ? m_questions->chooseFileToOpen() : QString();
    if (path.isEmpty())
        return SessionOutcome::cancelled();
    return load(path);
}

SessionOutcome DocumentSession::openFile(const QString& path)
{
    if (SessionOutcome closed = close(); !closed)
        return closed;
    return load(path);
}

SessionOutcome DocumentSession::save()
{
    return m_document->path().isEmpty() ? saveAs() : saveTo(m_document->path());
}

SessionOutcome DocumentSession::saveAs()
{
    QString suggested = m_document->path();
    if (suggested.isEmpty())
        suggested = m_suggestedPath;
    const QString path = m_questions ? m_questions->chooseSavePath(suggested) : QString();
    if (path.isEmpty())
        return SessionOutcome::cancelled();
    return saveTo(path);
}

SessionOutcome DocumentSession::saveTo(const QString& path)
{
    const QString target = absolute(path);
    const bool exists = QFileInfo::exists(target);
    // The bytes the file must still hold when it is replaced: a program that writes it after
    // this check (and before the rename) is not overwritten unseen.
    QByteArray expected;
    if (target == m_document->path()) {
        // Only the file opened here can have been changed behind our back.
        const QByteArray known = m_document->diskFingerprint();
        const QByteArray onDisk = exists ? PostFile::fingerprintOnDisk(target) : QByteArray();
        if (exists && !known.isEmpty() && onDisk != known) {
            // Asked here, so the watcher does not ask about the same change again.
            m_keptOver = onDisk;
            if (!(m_questions && m_questions->confirmOverwriteChangedOnDisk(target)))
                return SessionOutcome::cancelled();
        } else if (exists) {
            expected = known;
        }
    } else if (exists && !(m_questions && m_questions->confirmReplaceExisting(target))) {
        return SessionOutcome::cancelled();
    }
    return write(target, expected);
}

SessionOutcome DocumentSession::close()
{
    if (!m_document->isModified())
        return SessionOutcome::done();
    const auto answer = m_questions ? m_questions->askUnsavedChanges(displayName())
                                    : SessionQuestions::UnsavedChanges::Cancel;
    switch (answer) {
    case SessionQuestions::UnsavedChanges::Save:
        return save();
    case SessionQuestions::UnsavedChanges::Discard:
        return SessionOutcome::done();
    case SessionQuestions::UnsavedChanges::Cancel:
        break;
    }
    return SessionOutcome::cancelled();
}

SessionOutcome DocumentSession::restore(const RecoveredPost& post)
{
    if (SessionOutcome closed = close(); !closed)
        return closed;
    const QString target = post.path.isEmpty() ? QString() : absolute(post.path);
    const Result<QString> onDisk =
        target.isEmpty() ? Result<QString>(Error{}) : PostFile::read(target);
    if (onDisk) {
        // The file's text first, the recovered text one undo step over it.
        m_suggestedPath.clear();
        m_document->setDiskFingerprint(PostFile::fingerprint(onDisk.value()));
        m_document->load(onDisk.value(), target);
        if (editTo(post.text, tr("Restore Recovered Text"))) {
            emit opened(target);
            return SessionOutcome::done();
        }
    }
    m_suggestedPath = target.isEmpty() ? post.suggestedPath : QString();
    // Save compares this with the file on disk and asks before replacing what changed there.
    m_document->setDiskFingerprint(post.diskFingerprint);
    m_document->load(post.text, target);
    m_document->setModified(true);
    if (!target.isEmpty())
        emit opened(target);
    return SessionOutcome::done();
}

void DocumentSession::checkDisk()
{
    const QString path = m_document->path();
    if (path.isEmpty())
        return;
    if (m_checkingDisk) {
        m_recheckDisk = true;
        return;
    }
    {
        const QScopedValueRollback asking(m_checkingDisk, true);
        if (!QFileInfo::exists(path)) {
            if (!m_goneFromDisk) {
                m_goneFromDisk = true;
                // The text is all that is left of the post: closing asks to save it.
                m_document->setModified(true);
                if (m_questions)
                    m_questions->tellDeletedOnDisk(path);
            }
        } else {
            m_goneFromDisk = false;
            const QByteArray onDisk = PostFile::fingerprintOnDisk(path);
            // Our own save, a touch, or a change the person chose to keep their text over.
            const bool known =
                onDisk.isEmpty() || onDisk == m_document->diskFingerprint() || onDisk == m_keptOver;
            if (!known && !m_document->isModified()) {
                (void)reload(path);
            } else if (!known) {
                m_keptOver = onDisk;
                const auto answer = m_questions ? m_questions->askReloadChangedOnDisk(path)
                                                : SessionQuestions::ChangedOnDisk::Keep;
                if (answer == SessionQuestions::ChangedOnDisk::Reload)
                    (void)reload(path);
            }
        }
    }
    if (std::exchange(m_recheckDisk, false))
        QTimer::singleShot(0, this, &DocumentSession::checkDisk);
}

SessionOutcome DocumentSession::reload(const QString& path)
{
    const Result<QString> text = PostFile::read(path);
    if (!text) {
        emit reloadFailed(text.errorMessage());
        return SessionOutcome::failed(text.errorMessage());
    }
    if (editTo(text.value(), tr("Reload from Disk")))
        m_document->setModified(false);
    else
        m_document->load(text.value(), path);
    m_document->setDiskFingerprint(PostFile::fingerprint(text.value()));
    m_keptOver.clear();
    emit reloaded(path);
    return SessionOutcome::done();
}

bool DocumentSession::editTo(const QString& text, const QString& label)
{
    if (m_document->text() == text)
        return true;
    const TextEdit edit = differingMiddle(m_document->plainText(), withNewlines(text));
    if (!m_document->replaceRange(edit, label))
        return false;
    // Line endings the edit cannot give (another ending, mixed ones): the caller loads afresh.
    return m_document->text() == text;
}

SessionOutcome DocumentSession::load(const QString& path)
{
    const Result<QString> text = PostFile::read(path);
    if (!text)
        return SessionOutcome::failed(text.errorMessage());
    const QString target = absolute(path);
    m_suggestedPath.clear();
    m_document->setDiskFingerprint(PostFile::fingerprint(text.value()));
    m_document->load(text.value(), target);
    emit folderUsed(QFileInfo(target).absolutePath());
    emit opened(target);
    return SessionOutcome::done();
}

SessionOutcome DocumentSession::write(const QString& path, const QByteArray& expected)
{
    const QString text = m_document->text();
    if (const Status written = PostFile::writeIfUnchanged(path, text, expected); !written)
        return SessionOutcome::failed(written.errorMessage());
    m_document->setDiskFingerprint(PostFile::fingerprint(text));
    m_suggestedPath.clear();
    m_document->setPath(path);
    m_document->setModified(false);
    emit folderUsed(QFileInfo(path).absolutePath());
    emit saved(path);
    return SessionOutcome::done();
}

} // namespace digest
