#include "core/topics/topiccache.h"

#include "core/net/httpclient.h"
#include "core/post/postfile.h"
#include "core/topics/topicjson.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace digest {
namespace {

class Tr final
{
    Q_DECLARE_TR_FUNCTIONS(digest::TopicCache)
};

// Files of another layout are ignored rather than misread. Format 2 keeps no source address
// (it may carry a token): the file names the source by a hash of its address.
constexpr int kFormat = 2;

QString sourceHash(const TopicSource& source)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(source.url.toEncoded(), QCryptographicHash::Sha256).toHex());
}

} // namespace

QString TopicCache::defaultFolder()
{
    // Not CacheLocation itself: digestctl has another application name, and both programs
    // share one cache.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return QDir(base).filePath(QString::fromLatin1(kOrganizationName) + u'/' +
                               QString::fromLatin1(kApplicationName) + QStringLiteral("/topics"));
}

TopicCache::TopicCache(QString folder)
    : m_folder(std::move(folder))
{}

QString TopicCache::pathOf(const TopicSource& source) const
{
    const QByteArray hash =
        QCryptographicHash::hash(source.url.toEncoded(), QCryptographicHash::Sha1).toHex();
    return QDir(m_folder).filePath(QString::fromLatin1(hash.first(16)) + QStringLiteral(".json"));
}

Status TopicCache::store(const TopicSource& source, const CachedTopics& cached) const
{
    QJsonArray topics;
    for (const Topic& topic : cached.topics)
        topics.append(topicToJson(topic, false));
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("sourceHash"), sourceHash(source)},
                           {QStringLiteral("fetchedAt"), cached.fetchedAt.toString(Qt::ISODate)},
                           {QStringLiteral("topics"), topics}};
    const QString path = pathOf(source);
    if (!QDir().mkpath(m_folder))
        return Error{Tr::tr("Cannot create the cache folder %1.").arg(m_folder)};
    // The project's one safe write: a full disk leaves the last good cache whole.
    if (const Status written =
            PostFile::writeBytes(path, QJsonDocument(root).toJson(QJsonDocument::Compact));
        !written)
        return Error{Tr::tr("Cannot write the topic cache: %1").arg(written.errorMessage())};
    return Done{};
}

std::optional<CachedTopics> TopicCache::load(const TopicSource& source) const
{
    QFile file(pathOf(source));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(u"format").toInt() != kFormat ||
        root.value(u"sourceHash").toString() != sourceHash(source))
        return std::nullopt;
    CachedTopics cached;
    cached.fetchedAt = QDateTime::fromString(root.value(u"fetchedAt").toString(), Qt::ISODate);
    for (const QJsonValue& value : root.value(u"topics").toArray()) {
        if (std::optional<Topic> topic = topicFromJson(value.toObject())) {
            // The file has the addresses redacted; the caller knows its source's whole.
            if (topic->sourceUrl.toString() == redactedUrl(source.url))
                topic->sourceUrl = source.url;
            cached.topics.append(std::move(*topic));
        }
    }
    return cached;
}

} // namespace digest
