#include "core/net/httpclient.h"
#include "core/topics/titlematch.h"
#include "core/topics/topiccache.h"
#include "core/topics/topicjson.h"
#include "core/topics/topicmerge.h"
#include "core/topics/topicparser.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace digest;

namespace {

const TopicSource kSource{QUrl(QStringLiteral("https://feeds.example.org/ai.xml")),
                          TopicSection::Consequences};

QByteArray rss(const QByteArray& items)
{
    return "<rss version=\"2.0\"><channel><title>AI</title>" + items + "</channel></rss>";
}

QByteArray item(const QByteArray& title, const QByteArray& link)
{
    return "<item><title>" + title + "</title><link>" + link + "</link></item>";
}

// The merge as it was before the index, one comparison a pair: the reference the index must
// agree with, topic for topic.
QList<Topic> mergedByComparingEveryPair(const QList<QList<Topic>>& bySource)
{
    struct Known
    {
        Topic topic;
        QStringList tokens;
    };
    const auto linkKey = [](const QUrl& url) {
        Topic probe;
        probe.url = url;
        return url.isEmpty() ? QString() : probe.key();
    };
    QList<Known> known;
    for (const QList<Topic>& source : bySource) {
        for (const Topic& topic : source) {
            const QStringList tokens = titleTokens(topic.title);
            auto same = std::find_if(known.begin(), known.end(), [&](const Known& k) {
                return (!topic.key().isEmpty() && topic.key() == k.topic.key()) ||
                       (!linkKey(topic.url).isEmpty() &&
                        linkKey(topic.url) == linkKey(k.topic.url)) ||
                       titleSimilarity(tokens, k.tokens) >= kSameTopicSimilarity;
            });
            if (same == known.end())
                known.append({topic, tokens});
            else if (!same->topic.alsoIn.contains(topic.source) &&
                     same->topic.source != topic.source)
                same->topic.alsoIn.append(topic.source);
        }
    }
    QList<Topic> topics;
    for (const Known& k : known)
        topics.append(k.topic);
    return topics;
}

// Titles from a small vocabulary, so that many of them are alike and some the same.
QList<Topic> randomTopics(int count, const QString& source, QRandomGenerator& random)
{
    static const QStringList words{
        QStringLiteral("model"),     QStringLiteral("open"),   QStringLiteral("weights"),
        QStringLiteral("agent"),     QStringLiteral("sparse"), QStringLiteral("router"),
        QStringLiteral("benchmark"), QStringLiteral("cost"),   QStringLiteral("chip"),
        QStringLiteral("law"),       QStringLiteral("policy"), QStringLiteral("robot"),
    };
    QList<Topic> topics;
    for (int i = 0; i < count; ++i) {
        QStringList title;
        const int length = 1 + int(random.bounded(5));
        for (int w = 0; w < length; ++w)
            title.append(words.at(random.bounded(words.size())));
        Topic topic;
        topic.title = topic.fullTitle = title.join(u' ');
        topic.source = source;
        if (random.bounded(4) == 0)
            topic.url = QUrl(QStringLiteral("https://example.org/%1").arg(random.bounded(50)));
        topics.append(topic);
    }
    return topics;
}

} // namespace

// Issue 11: the limits of reading topic sources, and what hostile sources can no longer do.
class tst_TopicLimits final : public QObject
{
    Q_OBJECT

private slots:
    void deeplyNestedTitleIsRefusedNotACrash();
    void nestedMarkupWithinTheLimitStillReads();
    void deeplyNestedListingNamesTheLimit();
    void entityBombIsRefused();
    void entriesBeyondTheLimitAreCountedNotKept();
    void onlyWebLinksAreKept();
    void indexedMergeAgreesWithComparingEveryPair();
    void redactedAddressHidesSecrets_data();
    void redactedAddressHidesSecrets();
    void cacheAndJsonKeepNoSecretOfTheAddress();
};

void tst_TopicLimits::deeplyNestedTitleIsRefusedNotACrash()
{
    const QByteArray title =
        QByteArray("<b>").repeated(60'000) + "x" + QByteArray("</b>").repeated(60'000);
    const Result<ParsedTopics> result =
        parseTopics(rss(item(title, "https://example.org/a")), kSource);
    QVERIFY(!result);
    QCOMPARE(result.errorMessage(),
             QStringLiteral("The feed nests elements more than %1 deep (line 1).")
                 .arg(kMaxFeedElementDepth));
}

void tst_TopicLimits::nestedMarkupWithinTheLimitStillReads()
{
    const Result<ParsedTopics> result = parseTopics(
        rss(item("Open <b>weights <i>model</i></b> tops the board", "https://example.org/a")),
        kSource);
    QVERIFY2(result, qPrintable(result.errorMessage()));
    QCOMPARE(result.value().topics.size(), 1);
    QCOMPARE(result.value().topics.first().title,
             QStringLiteral("Open weights model tops the board"));
}

void tst_TopicLimits::deeplyNestedListingNamesTheLimit()
{
    const Result<ParsedTopics> result =
        parseTopics(QByteArray(100'000, '[') + QByteArray(100'000, ']'), kSource);
    QVERIFY(!result);
    QCOMPARE(result.errorMessage(),
             QStringLiteral("The listing nests arrays and objects more than 1024 deep."));
}

void tst_TopicLimits::entityBombIsRefused()
{
    QByteArray dtd = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY e0 \"lollollol\">";
    for (int i = 1; i < 10; ++i)
        dtd += "<!ENTITY e" + QByteArray::number(i) + " \"" +
               QByteArray("&e" + QByteArray::number(i - 1) + ";").repeated(10) + "\">";
    const Result<ParsedTopics> result =
        parseTopics(dtd + "]>" + rss(item("&e9;", "https://example.org/a")).mid(0), kSource);
    QVERIFY(!result);
    QVERIFY2(result.errorMessage().contains(u"entity expansion limit"),
             qPrintable(result.errorMessage()));
}

void tst_TopicLimits::entriesBeyondTheLimitAreCountedNotKept()
{
    QByteArray items;
    for (int i = 0; i < kMaxTopicsPerSource + 250; ++i)
        items +=
            item("Entry " + QByteArray::number(i), "https://example.org/" + QByteArray::number(i));
    const Result<ParsedTopics> result = parseTopics(rss(items), kSource);
    QVERIFY2(result, qPrintable(result.errorMessage()));
    QCOMPARE(result.value().topics.size(), kMaxTopicsPerSource);
    QCOMPARE(result.value().dropped, 250);
    QCOMPARE(result.value().topics.last().title,
             QStringLiteral("Entry %1").arg(kMaxTopicsPerSource - 1));
}

void tst_TopicLimits::onlyWebLinksAreKept()
{
    const Result<ParsedTopics> feed = parseTopics(
        rss(item("Script", "javascript:alert(1)") + item("Data", "data:text/html,<b>x</b>") +
            item("File", "file:///etc/passwd") + item("Web", "https://example.org/ok")),
        kSource);
    QVERIFY2(feed, qPrintable(feed.errorMessage()));
    // The topics stay; their links do not.
    QCOMPARE(feed.value().topics.size(), 4);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(feed.value().topics.at(i).url, QUrl());
        QCOMPARE(feed.value().topics.at(i).permalink, QUrl());
    }
    QCOMPARE(feed.value().topics.at(3).url, QUrl(QStringLiteral("https://example.org/ok")));

    const QByteArray listing = R"x({"data":{"children":[{"kind":"t3","data":{"title":"Script",)x"
                               R"x("url":"javascript:alert(1)",)x"
                               R"x("permalink":"/r/x/comments/1/script/"}}]}})x";
    const Result<ParsedTopics> reddit = parseTopics(listing, kSource);
    QVERIFY2(reddit, qPrintable(reddit.errorMessage()));
    // The thread stands in for the link, as for a text post.
    QCOMPARE(reddit.value().topics.first().url,
             QUrl(QStringLiteral("https://feeds.example.org/r/x/comments/1/script/")));

    Topic topic;
    topic.fullTitle = topic.title = QStringLiteral("x");
    topic.url = QUrl(QStringLiteral("javascript:alert(1)"));
    QCOMPARE(topicToJson(topic, false).value(u"url").toString(), QString());
}

void tst_TopicLimits::indexedMergeAgreesWithComparingEveryPair()
{
    QRandomGenerator random(11);
    for (int round = 0; round < 20; ++round) {
        const QList<QList<Topic>> bySource{randomTopics(150, QStringLiteral("a"), random),
                                           randomTopics(150, QStringLiteral("b"), random)};
        const QList<Topic> merged = mergeTopics(bySource, CoverageIndex(), MergeOptions());
        const QList<Topic> reference = mergedByComparingEveryPair(bySource);
        QCOMPARE(merged.size(), reference.size());
        for (qsizetype i = 0; i < merged.size(); ++i) {
            QCOMPARE(merged.at(i).title, reference.at(i).title);
            QCOMPARE(merged.at(i).alsoIn, reference.at(i).alsoIn);
        }
    }
}

void tst_TopicLimits::redactedAddressHidesSecrets_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("shown");
    QTest::newRow("user and password") << "https://alice:hunter2@example.org/feed.xml"
                                       << "https://example.org/feed.xml";
    QTest::newRow("query token") << "https://example.org/feed?token=SECRET&x=1"
                                 << "https://example.org/feed";
    QTest::newRow("not a URL") << "ftp//bob:s3cret@host/x?key=SECRET"
                               << "ftp//host/x";
    QTest::newRow("@ in the path") << "https://example.org/@someone/feed"
                                   << "https://example.org/@someone/feed";
    QTest::newRow("long") << QString(500, u'a') << QString(kMaxShownAddressLength, u'a') + u'…';
}

void tst_TopicLimits::redactedAddressHidesSecrets()
{
    QFETCH(QString, address);
    QFETCH(QString, shown);
    QCOMPARE(redactedAddress(address), shown);
}

void tst_TopicLimits::cacheAndJsonKeepNoSecretOfTheAddress()
{
    QTemporaryDir folder;
    const TopicSource source{
        QUrl(QStringLiteral("https://alice:hunter2@example.org/feed.json?token=SECRET")),
        TopicSection::Consequences};
    Topic topic;
    topic.title = topic.fullTitle = QStringLiteral("A topic");
    topic.sourceUrl = source.url;
    const TopicCache cache(folder.path());
    QVERIFY(cache.store(source, {QDateTime::currentDateTimeUtc(), {topic}}));
    const QStringList files = QDir(folder.path()).entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    QFile file(QDir(folder.path()).filePath(files.first()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY2(!written.contains("SECRET") && !written.contains("hunter2"), written.constData());
    // The cache still finds the source's topics, with the whole address the caller knows.
    const std::optional<CachedTopics> loaded = cache.load(source);
    QVERIFY(loaded);
    QCOMPARE(loaded->topics.size(), 1);
    QCOMPARE(loaded->topics.first().sourceUrl, source.url);
    // Another token is another source.
    TopicSource other = source;
    other.url.setQuery(QStringLiteral("token=OTHER"));
    QVERIFY(!cache.load(other));

    QCOMPARE(topicToJson(topic, false).value(u"sourceUrl").toString(),
             QStringLiteral("https://example.org/feed.json"));
}

QTEST_GUILESS_MAIN(tst_TopicLimits)
#include "tst_topiclimits.moc"
