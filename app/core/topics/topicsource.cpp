#include "core/topics/topicsource.h"

#include "core/net/httpclient.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace digest {
namespace {

class Tr final
{
    Q_DECLARE_TR_FUNCTIONS(digest::TopicSource)
};

const QString kTrendingPrefix = QStringLiteral("trending=");
const QString kConsequencesPrefix = QStringLiteral("consequences=");

} // namespace

QString TopicSource::label() const
{
    static const QRegularExpression subreddit(QStringLiteral("^/r/([^/]+)"));
    const QRegularExpressionMatch match = subreddit.match(url.path());
    if (match.hasMatch())
        return u"r/" + match.captured(1);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    return url.host() + (url.port() > 0 ? u':' + QString::number(url.port()) : QString()) + path;
}

QString TopicSource::spec() const
{
    const QString address = url.toString();
    return section == TopicSection::Trending ? kTrendingPrefix + address : address;
}

Result<TopicSource> parseTopicSource(const QString& spec)
{
    TopicSource source;
    QString address = spec.trimmed();
    if (address.startsWith(kTrendingPrefix)) {
        source.section = TopicSection::Trending;
        address.remove(0, kTrendingPrefix.size());
    } else if (address.startsWith(kConsequencesPrefix)) {
        address.remove(0, kConsequencesPrefix.size());
    }
    source.url = QUrl(address, QUrl::StrictMode);
    const QString scheme = source.url.scheme();
    if (!source.url.isValid() || source.url.host().isEmpty() ||
        (scheme != u"http" && scheme != u"https"))
        return Error{Tr::tr("“%1” is not a topic source: give an http or https address, "
                            "optionally after “trending=” or “consequences=”.")
                         .arg(redactedAddress(spec.trimmed()))};
    return source;
}

} // namespace digest
