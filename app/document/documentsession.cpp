#include "document/documentsession.h"

#include "core/post/newpost.h"
#include "core/post/postfile.h"
#include "document/sessionquestions.h"

#include <QDir>
#include <QFileInfo>

namespace digest {
namespace {

QString absolute(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

DocumentSession::DocumentSession(QObject* parent)
    : QObject(parent)
    , m_document(new PostDocument(this))
{}

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
        if (exists && !known.isEmpty() && PostFile::fingerprintOnDisk(target) != known) {
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
