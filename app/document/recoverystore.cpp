#include "document/recoverystore.h"

#include "core/post/postfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStringDecoder>
#include <QUuid>

#include <algorithm>

namespace digest {
namespace {

constexpr int kFormat = 1;
const QLatin1String kSuffix(".recovery");

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

} // namespace

RecoveryDiskState diskStateOf(const RecoveredPost& post)
{
    RecoveryDiskState state;
    const QFileInfo info(post.path);
    if (post.path.isEmpty() || !info.exists())
        return state;
    state.exists = true;
    state.modified = info.lastModified();
    state.size = info.size();
    const Result<QString> text = PostFile::read(post.path);
    if (text)
        state.text = text.value();
    else
        state.error = text.errorMessage();
    state.changedSince = PostFile::fingerprintOnDisk(post.path) != post.diskFingerprint;
    return state;
}

RecoveryStore::RecoveryStore(QString folder)
    : m_folder(std::move(folder))
    , m_ownId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

RecoveryStore::~RecoveryStore() = default;

QString RecoveryStore::fileOf(const QString& id) const
{
    return QDir(m_folder).filePath(id + kSuffix);
}

QString RecoveryStore::lockOf(const QString& id) const
{
    return QDir(m_folder).filePath(id + QStringLiteral(".lock"));
}

bool RecoveryStore::ensureOwnLock()
{
    if (m_ownLock)
        return true;
    if (!QDir().mkpath(m_folder))
        return false;
    auto lock = std::make_unique<QLockFile>(lockOf(m_ownId));
    // A new random id: nobody else holds it.
    if (!lock->tryLock(0))
        return false;
    m_ownLock = std::move(lock);
    return true;
}

Status RecoveryStore::save(const RecoveredPost& post)
{
    if (!ensureOwnLock())
        return Error{tr("Cannot keep a recovery copy in %1: the folder cannot be written.")
                         .arg(QDir::toNativeSeparators(m_folder))};
    return PostFile::writeBytes(ownFile(), encode(post));
}

void RecoveryStore::remove()
{
    QFile::remove(ownFile());
    if (m_ownLock) {
        m_ownLock->unlock();
        m_ownLock.reset();
    }
}

QList<RecoveredPost> RecoveryStore::claimOrphans()
{
    QList<RecoveredPost> found;
    const QStringList names =
        QDir(m_folder).entryList({QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QString id = name.chopped(kSuffix.size());
        if (id == m_ownId || m_claimed.count(id))
            continue;
        auto lock = std::make_unique<QLockFile>(lockOf(id));
        // Held by a running editor: its own post, not ours to offer. A lock whose process is
        // gone is stale, and tryLock() takes it over.
        if (!lock->tryLock(0))
            continue;
        QFile file(fileOf(id));
        Result<RecoveredPost> post = Error{};
        if (file.open(QIODevice::ReadOnly))
            post = decode(file.readAll());
        if (!post)
            continue; // unlocked again as `lock` goes; the file is left for a person to read
        RecoveredPost value = std::move(post).value();
        value.id = id;
        found.append(std::move(value));
        m_claimed[id] = std::move(lock);
    }
    std::sort(found.begin(), found.end(),
              [](const RecoveredPost& a, const RecoveredPost& b) { return a.savedAt > b.savedAt; });
    return found;
}

void RecoveryStore::discard(const QString& id)
{
    QFile::remove(fileOf(id));
    keep(id);
}

void RecoveryStore::keep(const QString& id)
{
    const auto claimed = m_claimed.find(id);
    if (claimed == m_claimed.end())
        return;
    claimed->second->unlock();
    m_claimed.erase(claimed);
}

QByteArray RecoveryStore::encode(const RecoveredPost& post)
{
    QJsonObject header;
    header.insert(key("format"), kFormat);
    header.insert(key("path"), post.path.isEmpty() ? QJsonValue() : QJsonValue(post.path));
    header.insert(key("suggestedPath"), post.suggestedPath);
    header.insert(key("diskFingerprint"), QString::fromLatin1(post.diskFingerprint.toHex()));
    header.insert(key("savedAt"), post.savedAt.toUTC().toString(Qt::ISODateWithMs));
    const QByteArray text = post.text.toUtf8();
    header.insert(key("bytes"), text.size());
    // Compact JSON escapes every line break, so the header is one line.
    return QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n' + text;
}

Result<RecoveredPost> RecoveryStore::decode(const QByteArray& bytes)
{
    const Error unreadable{tr("Not a recovery file of this editor.")};
    const qsizetype end = bytes.indexOf('\n');
    if (end < 0)
        return unreadable;
    const QJsonObject header = QJsonDocument::fromJson(bytes.left(end)).object();
    if (header.value(key("format")).toInt() != kFormat)
        return unreadable;
    const QByteArray text = bytes.mid(end + 1);
    // The header's byte count tells a whole file from one cut short by hand.
    if (header.value(key("bytes")).toInteger(-1) != text.size())
        return unreadable;
    // As PostFile reads a post: a byte order mark stays U+FEFF, to be written back as it was.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    RecoveredPost post;
    post.text = decoder(text);
    if (decoder.hasError())
        return unreadable;
    post.path = header.value(key("path")).toString();
    post.suggestedPath = header.value(key("suggestedPath")).toString();
    post.diskFingerprint =
        QByteArray::fromHex(header.value(key("diskFingerprint")).toString().toLatin1());
    post.savedAt =
        QDateTime::fromString(header.value(key("savedAt")).toString(), Qt::ISODateWithMs);
    return post;
}

} // namespace digest
