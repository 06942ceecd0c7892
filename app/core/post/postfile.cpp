#include "core/post/postfile.h"

#include "filereader.h"
#include "safewrite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStringDecoder>

namespace digest {

Result<QString> PostFile::read(const QString& path)
{
    const Result<QByteArray> bytes = readBytes(path);
    if (!bytes)
        return Error{bytes.errorMessage()};
    // A byte order mark is kept as U+FEFF so that the post is written back as it was.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder(bytes.value());
    if (decoder.hasError())
        return Error{
            tr("Cannot open %1: it is not UTF-8 text.").arg(QDir::toNativeSeparators(path))};
    return text;
}

Result<QByteArray> PostFile::readBytes(const QString& path)
{
    return FileReader::read(path, kMaxFileBytes);
}

Status PostFile::write(const QString& path, const QString& text, Existing existing)
{
    return writeBytes(path, text.toUtf8(), existing);
}

Status PostFile::writeBytes(const QString& path, const QByteArray& bytes, Existing existing)
{
    return SafeWrite::write(path, bytes, {existing == Existing::Replace, {}});
}

Status PostFile::writeIfUnchanged(const QString& path, const QString& text,
                                  const QByteArray& expectedFingerprint)
{
    return SafeWrite::write(path, text.toUtf8(), {true, expectedFingerprint});
}

QByteArray PostFile::fingerprint(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

QByteArray PostFile::fingerprintOnDisk(const QString& path)
{
    // Through the safe reader: a FIFO put where the post was must not hang a save.
    const Result<QByteArray> bytes = readBytes(path);
    return bytes ? QCryptographicHash::hash(bytes.value(), QCryptographicHash::Sha256)
                 : QByteArray();
}

} // namespace digest
