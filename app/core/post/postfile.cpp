#include "core/post/postfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

#include <cerrno>

namespace digest {

Result<QString> PostFile::read(const QString& path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return Error{tr("Cannot open %1: the file does not exist.").arg(shown)};
    if (info.isDir())
        return Error{tr("Cannot open %1: it is a folder, not a post file.").arg(shown)};

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot open %1: %2.").arg(shown, file.errorString())};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{tr("Cannot read %1: %2.").arg(shown, file.errorString())};

    // A byte order mark is kept as U+FEFF so that the post is written back as it was.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return Error{tr("Cannot open %1: it is not UTF-8 text.").arg(shown)};
    return text;
}

Status PostFile::write(const QString& path, const QString& text, Existing existing)
{
    return writeBytes(path, text.toUtf8(), existing);
}

Status PostFile::writeBytes(const QString& path, const QByteArray& bytes, Existing existing)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (existing == Existing::Keep && QFileInfo::exists(path))
        return Error{tr("Not saved: %1 already exists.").arg(shown)};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot save %1: %2.").arg(shown, file.errorString())};
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error{tr("Cannot save %1: %2.").arg(shown, reason)};
    }
    // Qt 6.4's commit() does not report a failed flush of a file smaller than its buffer (a
    // full disk, a file size limit): the old file would be replaced by an empty one. Flushing
    // here first turns that into an error while the old file is still in place.
    if (!file.flush()) {
        // QSaveFile has no words for a failed flush ("Unknown error"); the system has.
        const QString reason = qt_error_string(errno);
        file.cancelWriting();
        return Error{tr("Cannot save %1: %2.").arg(shown, reason)};
    }
    if (!file.commit())
        return Error{tr("Cannot save %1: %2.").arg(shown, file.errorString())};
    return Done{};
}

QByteArray PostFile::fingerprint(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

QByteArray PostFile::fingerprintOnDisk(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace digest
