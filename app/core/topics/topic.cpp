#include "core/topics/topic.h"

namespace digest {

QString topicSectionKey(TopicSection section)
{
    return section == TopicSection::Trending ? QStringLiteral("trending")
                                             : QStringLiteral("consequences");
}

QString Topic::key() const
{
    const QUrl& identity = permalink.isEmpty() ? url : permalink;
    // http and https, "www." and a trailing slash name the same thread.
    QString host = identity.host().toLower();
    if (host.startsWith(u"www."))
        host.remove(0, 4);
    QString path = identity.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    return host + path + (identity.hasQuery() ? u'?' + identity.query() : QString());
}

} // namespace digest
