#include "core/net/httpdate.h"
#include "core/topics/topicparser.h"
#include "core/topics/topictext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace digest {
namespace {

class Tr final
{
    Q_DECLARE_TR_FUNCTIONS(digest::TopicParser)
};

constexpr QStringView kAtom = u"http://www.w3.org/2005/Atom";
constexpr QStringView kRss1 = u"http://purl.org/rss/1.0/";
constexpr QStringView kContent = u"http://purl.org/rss/1.0/modules/content/";
constexpr QStringView kDublinCore = u"http://purl.org/dc/elements/1.1/";
constexpr QStringView kSlash = u"http://purl.org/rss/1.0/modules/slash/";

// The fields of one RSS item or Atom entry as written, before they become a Topic.
struct Entry
{
    QString title;
    bool htmlTitle = false;
    QString link;
    QString discussion;
    QString summaryHtml;
    QString date;
    QString category;
    int comments = -1;
};

QDateTime dateOf(const QString& text)
{
    QDateTime date = parseInternetDate(text);
    if (!date.isValid())
        date = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    return date.isValid() ? date.toUTC() : QDateTime();
}

// Reddit's Atom entries hide the thread's link and its own text in the content's HTML.
struct RedditContent
{
    QString link;
    QString textHtml;
};

std::optional<RedditContent> redditContent(const QString& html)
{
    static const QRegularExpression link(QStringLiteral("<a href=\"([^\"]+)\">\\s*\\[link\\]"));
    static const QRegularExpression text(QStringLiteral("<!-- SC_OFF -->(.*)<!-- SC_ON -->"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch linkMatch = link.match(html);
    if (!linkMatch.hasMatch())
        return std::nullopt;
    return RedditContent{decodeEntities(linkMatch.captured(1)), text.match(html).captured(1)};
}

class FeedReader final
{
public:
    FeedReader(const QByteArray& xml, const TopicSource& source)
        : m_xml(xml)
        , m_source(source)
    {}

    Result<ParsedTopics> read();

private:
    bool isRss(QStringView namespaceUri) const
    {
        return namespaceUri.isEmpty() || namespaceUri == kRss1;
    }
    QString text();
    void readRssChannel();
    void readRdf();
    void readRssItem();
    void readRssField(Entry& entry);
    void readAtomFeed();
    void readAtomEntry();
    void readAtomField(Entry& entry);
    void add(const Entry& entry);
    // Relative to the feed's address; nothing for nothing.
    QUrl resolved(const QString& address) const
    {
        return address.isEmpty() ? QUrl() : m_source.url.resolved(QUrl(address));
    }
    QString errorMessage() const;

    QXmlStreamReader m_xml;
    const TopicSource& m_source;
    ParsedTopics m_parsed;
    int m_entries = 0;
};

Result<ParsedTopics> FeedReader::read()
{
    if (!m_xml.readNextStartElement())
        return Error{errorMessage()};
    const QStringView root = m_xml.name();
    if (root == u"rss") {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"channel")
                readRssChannel();
            else
                m_xml.skipCurrentElement();
        }
    } else if (root == u"feed" && m_xml.namespaceUri() == kAtom) {
        readAtomFeed();
    } else if (root == u"RDF") {
        readRdf();
    } else {
        return Error{Tr::tr("The answer is XML but not an RSS or Atom feed (its root element is "
                            "<%1>).")
                         .arg(root.toString())};
    }
    // Whatever follows the root element must be well-formed too.
    while (!m_xml.atEnd() && !m_xml.hasError())
        m_xml.readNext();
    if (m_xml.hasError())
        return Error{errorMessage()};
    // A feed names itself better than its address does; its title may follow the entries.
    for (Topic& topic : m_parsed.topics) {
        if (topic.source.isEmpty())
            topic.source = m_parsed.feedTitle.isEmpty() ? m_source.label() : m_parsed.feedTitle;
    }
    if (m_entries > 0 && m_parsed.topics.isEmpty())
        return Error{Tr::tr("None of the %n entries of the feed has a title.", nullptr, m_entries)};
    return m_parsed;
}

// The text of the element the reader is at, its children's included, read in a loop rather
// than by QXmlStreamReader::readElementText(), which recurses once per nested element: a title
// of 60,000 nested elements overflowed the stack of the pool thread. Deeper than
// kMaxFeedElementDepth is refused.
QString FeedReader::text()
{
    QString result;
    int depth = 1;
    while (depth > 0 && !m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference:
            result += m_xml.text();
            break;
        case QXmlStreamReader::StartElement:
            if (++depth > kMaxFeedElementDepth) {
                m_xml.raiseError(Tr::tr("The feed nests elements more than %1 deep (line %2).")
                                     .arg(kMaxFeedElementDepth)
                                     .arg(m_xml.lineNumber()));
                return QString();
            }
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Invalid:
            return QString();
        default:
            break;
        }
    }
    return result;
}

QString FeedReader::errorMessage() const
{
    if (m_xml.error() == QXmlStreamReader::CustomError)
        return m_xml.errorString();
    if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        return Tr::tr("The feed ends too early (line %1): the answer is cut off.")
            .arg(m_xml.lineNumber());
    if (m_xml.error() == QXmlStreamReader::NoError)
        return Tr::tr("The answer has no XML element.");
    return Tr::tr("The feed is not well-formed XML (line %1, column %2: %3).")
        .arg(m_xml.lineNumber())
        .arg(m_xml.columnNumber())
        .arg(m_xml.errorString());
}

void FeedReader::readRssChannel()
{
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == u"title" && isRss(m_xml.namespaceUri()))
            m_parsed.feedTitle = text().simplified();
        else if (m_xml.name() == u"item")
            readRssItem();
        else
            m_xml.skipCurrentElement();
    }
}

// RSS 1.0: the items are the channel's siblings.
void FeedReader::readRdf()
{
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == u"channel")
            readRssChannel();
        else if (m_xml.name() == u"item")
            readRssItem();
        else
            m_xml.skipCurrentElement();
    }
}

void FeedReader::readRssItem()
{
    Entry entry;
    while (m_xml.readNextStartElement())
        readRssField(entry);
    add(entry);
}

void FeedReader::readRssField(Entry& entry)
{
    const QStringView name = m_xml.name();
    const QStringView space = m_xml.namespaceUri();
    if (isRss(space) && name == u"title") {
        entry.title = decodeEntities(text());
    } else if (isRss(space) && name == u"link") {
        entry.link = text().trimmed();
    } else if (isRss(space) && name == u"description" && entry.summaryHtml.isEmpty()) {
        entry.summaryHtml = text();
    } else if ((isRss(space) && name == u"pubDate") || (space == kDublinCore && name == u"date")) {
        entry.date = text();
    } else if (isRss(space) && name == u"comments") {
        entry.discussion = text().trimmed();
    } else if (isRss(space) && name == u"guid") {
        const bool permalink = m_xml.attributes().value(QStringLiteral("isPermaLink")) != u"false";
        const QString guid = text().trimmed();
        if (permalink && entry.link.isEmpty())
            entry.link = guid;
    } else if (isRss(space) && name == u"category" && entry.category.isEmpty()) {
        entry.category = text().simplified();
    } else if (space == kContent && name == u"encoded") {
        // The full text wins over the description's teaser.
        entry.summaryHtml = text();
    } else if (space == kSlash && name == u"comments") {
        bool ok = false;
        const int count = text().trimmed().toInt(&ok);
        entry.comments = ok ? count : -1;
    } else {
        m_xml.skipCurrentElement();
    }
}

void FeedReader::readAtomFeed()
{
    while (m_xml.readNextStartElement()) {
        if (m_xml.namespaceUri() != kAtom)
            m_xml.skipCurrentElement();
        else if (m_xml.name() == u"title")
            m_parsed.feedTitle = text().simplified();
        else if (m_xml.name() == u"entry")
            readAtomEntry();
        else
            m_xml.skipCurrentElement();
    }
}

void FeedReader::readAtomEntry()
{
    Entry entry;
    while (m_xml.readNextStartElement())
        readAtomField(entry);
    add(entry);
}

void FeedReader::readAtomField(Entry& entry)
{
    const QStringView name = m_xml.name();
    if (m_xml.namespaceUri() != kAtom) {
        m_xml.skipCurrentElement();
    } else if (name == u"title") {
        entry.htmlTitle = m_xml.attributes().value(QStringLiteral("type")) == u"html";
        entry.title = text();
    } else if (name == u"link") {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        const QStringView rel = attributes.value(QStringLiteral("rel"));
        const QString href = attributes.value(QStringLiteral("href")).toString().trimmed();
        if ((rel.isEmpty() || rel == u"alternate") && entry.link.isEmpty())
            entry.link = href;
        else if (rel == u"replies" && entry.discussion.isEmpty())
            entry.discussion = href;
        m_xml.skipCurrentElement();
    } else if (name == u"summary" || name == u"content") {
        // Atom's content is the full text, its summary a teaser: prefer the content.
        if (name == u"content" || entry.summaryHtml.isEmpty())
            entry.summaryHtml = text();
    } else if (name == u"published" || (name == u"updated" && entry.date.isEmpty())) {
        entry.date = text();
    } else if (name == u"category" && entry.category.isEmpty()) {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        entry.category = attributes.hasAttribute(QStringLiteral("label"))
                             ? attributes.value(QStringLiteral("label")).toString()
                             : attributes.value(QStringLiteral("term")).toString();
        m_xml.skipCurrentElement();
    } else {
        m_xml.skipCurrentElement();
    }
}

void FeedReader::add(const Entry& entry)
{
    ++m_entries;
    if (m_parsed.topics.size() >= kMaxTopicsPerSource) {
        ++m_parsed.dropped;
        return;
    }
    const QString title = (entry.htmlTitle ? htmlToText(entry.title) : entry.title).simplified();
    if (title.isEmpty() || m_xml.hasError())
        return;
    Topic topic = topicFromSource(m_source, title);
    const QUrl link = webUrl(resolved(entry.link));
    if (const std::optional<RedditContent> reddit = redditContent(entry.summaryHtml)) {
        topic.url = webUrl(resolved(reddit->link));
        topic.permalink = link;
        topic.text = htmlToText(reddit->textHtml);
        if (entry.category.startsWith(u"r/"))
            topic.source = entry.category;
    } else {
        topic.url = link;
        topic.permalink = entry.discussion.isEmpty() ? link : webUrl(resolved(entry.discussion));
        topic.text = htmlToText(entry.summaryHtml);
        if (topic.flair.isEmpty())
            topic.flair = entry.category;
        // Named once the whole feed is read.
        topic.source.clear();
    }
    topic.comments = entry.comments;
    topic.created = dateOf(entry.date);
    m_parsed.topics.append(std::move(topic));
}

} // namespace

Result<ParsedTopics> parseFeed(const QByteArray& xml, const TopicSource& source)
{
    return FeedReader(xml, source).read();
}

} // namespace digest
