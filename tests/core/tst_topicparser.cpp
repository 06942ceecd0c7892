#include "core/topics/topicparser.h"
#include "core/topics/topictext.h"
#include "topicfixtures.h"

#include <QRandomGenerator>
#include <QTest>

using digest::ParsedTopics;
using digest::parseTopics;
using digest::Result;
using digest::Topic;
using digest::TopicSection;
using digest::TopicSource;
using digest::test::fixture;

namespace {

TopicSource sourceAt(const char* url, TopicSection section = TopicSection::Consequences)
{
    return {QUrl(QString::fromLatin1(url)), section};
}

const TopicSource kListing =
    sourceAt("https://www.reddit.com/r/MachineLearning/top.json?t=day&limit=25");

ParsedTopics parsed(const QByteArray& payload, const TopicSource& source = kListing)
{
    Result<ParsedTopics> result = parseTopics(payload, source);
    if (!result)
        qWarning("unexpected parse error: %s", qPrintable(result.errorMessage()));
    return result ? std::move(result).value() : ParsedTopics();
}

// The payloads the fuzz tests start from: every format the sources speak.
QList<std::pair<QString, QByteArray>> seeds()
{
    QList<std::pair<QString, QByteArray>> seeds;
    for (const char* name : {"reddit-top.json", "reddit-news-top.json", "reddit-empty.json",
                             "reddit-atom.xml", "rss2.xml", "atom.xml"})
        seeds.append({QString::fromLatin1(name),
                      fixture(QStringLiteral("topics/") + QString::fromLatin1(name))});
    return seeds;
}

// Where the document is complete: nothing but white space follows.
qsizetype completeAt(const QByteArray& payload)
{
    qsizetype end = payload.size();
    while (end > 0 && QChar::isSpace(uchar(payload.at(end - 1))))
        --end;
    return end;
}

} // namespace

class tst_TopicParser final : public QObject
{
    Q_OBJECT

private slots:
    void redditListingGivesEveryField();
    void redditListingKeepsStickiedAndNsfwFlagged();
    void redditListingUnescapesTitlesAndLinks();
    void redditListingSkipsWhatIsNotAPost();
    void emptyListingIsNotAnError();
    void redditAtomFeedGivesLinkTextAndThread();
    void rssFeedGivesEntries();
    void atomFeedGivesEntries();
    void formatIsToldByContentNotUrl();
    void flairPrefixesAreSplitOff_data();
    void flairPrefixesAreSplitOff();
    void htmlBecomesText();
    void malformedPayloadsAreReported_data();
    void malformedPayloadsAreReported();
    void everyTruncationIsReported();
    void randomBytesNeverCrash();
    void mutatedPayloadsNeverCrash();
};

void tst_TopicParser::redditListingGivesEveryField()
{
    const ParsedTopics result = parsed(fixture(QStringLiteral("topics/reddit-top.json")));
    QCOMPARE(result.topics.size(), 7);
    const Topic& routers = result.topics.at(1);
    QCOMPARE(routers.title, QStringLiteral("Sparse routers that learn when to stop thinking"));
    QCOMPARE(routers.fullTitle,
             QStringLiteral("[R] Sparse routers that learn when to stop thinking"));
    QCOMPARE(routers.flair, QStringLiteral("R"));
    QCOMPARE(routers.score, 812);
    QCOMPARE(routers.comments, 143);
    QCOMPARE(routers.created, QDateTime::fromSecsSinceEpoch(1749520800, Qt::UTC));
    QCOMPARE(routers.permalink,
             QUrl(QStringLiteral("https://www.reddit.com/r/MachineLearning/comments/fx0002/"
                                 "r_sparse_routers_that_learn_when_to_stop_thinking/")));
    QCOMPARE(routers.url, routers.permalink);
    QVERIFY(routers.text.startsWith(u"We train a router"));
    QVERIFY(routers.text.contains(u"\n\nOn our benchmarks"));
    QCOMPARE(routers.source, QStringLiteral("r/MachineLearning"));
    QCOMPARE(routers.section, TopicSection::Consequences);
    QVERIFY(!routers.stickied);
    QVERIFY(!routers.nsfw);

    const Topic& library = result.topics.at(3);
    QCOMPARE(library.url, QUrl(QStringLiteral("https://example.org/tokbench")));
    QCOMPARE(library.text, QString());
    QCOMPARE(library.flair, QStringLiteral("P"));
}

void tst_TopicParser::redditListingKeepsStickiedAndNsfwFlagged()
{
    const ParsedTopics result = parsed(fixture(QStringLiteral("topics/reddit-top.json")));
    QVERIFY(result.topics.at(0).stickied);
    QVERIFY(result.topics.at(4).nsfw);
}

void tst_TopicParser::redditListingUnescapesTitlesAndLinks()
{
    const Topic kernels = parsed(fixture(QStringLiteral("topics/reddit-top.json"))).topics.at(5);
    QCOMPARE(kernels.title, QStringLiteral("Quantised attention kernels for phones & tablets"));
    // No prefix: the flair is the listing's own.
    QCOMPARE(kernels.flair, QStringLiteral("News"));
    QCOMPARE(kernels.url.query(), QStringLiteral("device=phone&size=small"));
}

void tst_TopicParser::redditListingSkipsWhatIsNotAPost()
{
    const QByteArray listing = R"({"kind":"Listing","data":{"children":[
        {"kind":"t1","data":{"body":"a comment"}},
        {"kind":"t3","data":{"title":"","permalink":"/r/x/comments/1/"}},
        {"kind":"t3","data":{"title":42}},
        {"kind":"t3","data":{"title":"Only a title","score":"many"}},
        {"kind":"t3"},
        "not even an object"]}})";
    const ParsedTopics result = parsed(listing);
    QCOMPARE(result.topics.size(), 1);
    QCOMPARE(result.topics.first().title, QStringLiteral("Only a title"));
    QCOMPARE(result.topics.first().score, -1);
    QVERIFY(result.topics.first().permalink.isEmpty());

    const Result<ParsedTopics> titleless =
        parseTopics(R"({"data":{"children":[{"kind":"t3","data":{}}]}})", kListing);
    QVERIFY(!titleless);
    QVERIFY(titleless.errorMessage().contains(u"title"));
}

void tst_TopicParser::emptyListingIsNotAnError()
{
    const Result<ParsedTopics> result =
        parseTopics(fixture(QStringLiteral("topics/reddit-empty.json")), kListing);
    QVERIFY(result);
    QVERIFY(result.value().topics.isEmpty());
}

void tst_TopicParser::redditAtomFeedGivesLinkTextAndThread()
{
    const TopicSource feed = sourceAt("https://www.reddit.com/r/MachineLearning/.rss");
    const ParsedTopics result = parsed(fixture(QStringLiteral("topics/reddit-atom.xml")), feed);
    QCOMPARE(result.feedTitle, QStringLiteral("Machine Learning"));
    QCOMPARE(result.topics.size(), 3);
    const Topic& routers = result.topics.at(0);
    QCOMPARE(routers.title, QStringLiteral("Sparse routers that learn when to stop thinking"));
    QCOMPARE(routers.flair, QStringLiteral("R"));
    QCOMPARE(routers.text, QStringLiteral("We train a router that decides per token how many "
                                          "layers to run.\nOn our benchmarks it halves the "
                                          "compute & keeps accuracy."));
    QCOMPARE(routers.created, QDateTime(QDate(2025, 6, 10), QTime(2, 0), Qt::UTC));
    QCOMPARE(routers.score, -1);
    QCOMPARE(routers.source, QStringLiteral("r/MachineLearning"));

    const Topic& library = result.topics.at(1);
    QCOMPARE(library.url, QUrl(QStringLiteral("https://example.org/tokbench?ref=reddit&v=2")));
    QCOMPARE(library.permalink.path(),
             QStringLiteral("/r/MachineLearning/comments/fx0004/"
                            "p_a_tiny_library_for_reproducible_tokenizer/"));
    QCOMPARE(library.text, QString());
    QCOMPARE(result.topics.at(2).title,
             QStringLiteral("Quantised attention kernels for phones & tablets"));
}

void tst_TopicParser::rssFeedGivesEntries()
{
    const TopicSource feed = sourceAt("https://news.example.org/feed.xml", TopicSection::Trending);
    const ParsedTopics result = parsed(fixture(QStringLiteral("topics/rss2.xml")), feed);
    QCOMPARE(result.feedTitle, QStringLiteral("Example Lab News"));
    QCOMPARE(result.topics.size(), 3);
    const Topic& travel = result.topics.at(0);
    QCOMPARE(travel.title, QStringLiteral("Benchmarks for agents that book their own travel"));
    QCOMPARE(travel.url, QUrl(QStringLiteral("https://news.example.org/2025/06/travel-agents")));
    QCOMPARE(travel.permalink.fragment(), QStringLiteral("comments"));
    QCOMPARE(travel.text,
             QStringLiteral("A new suite measures whether agents can plan a trip end to end."));
    QCOMPARE(travel.created, QDateTime(QDate(2025, 6, 10), QTime(5, 36, 31), Qt::UTC));
    QCOMPARE(travel.comments, 17);
    QCOMPARE(travel.flair, QStringLiteral("Agents"));
    QCOMPARE(travel.section, TopicSection::Trending);
    QCOMPARE(travel.source, QStringLiteral("Example Lab News"));

    const Topic& encoders = result.topics.at(1);
    QCOMPARE(encoders.text, QStringLiteral("The full story: distillation\nand pruning together."
                                           "\nSecond paragraph & more."));
    QCOMPARE(encoders.created, QDateTime(QDate(2025, 6, 9), QTime(20, 10), Qt::UTC));
    QCOMPARE(result.topics.at(2).created, QDateTime(QDate(2025, 6, 9), QTime(22, 0), Qt::UTC));
    QVERIFY(result.topics.at(2).text.contains(u"& a less-than < sign"));
}

void tst_TopicParser::atomFeedGivesEntries()
{
    const TopicSource feed = sourceAt("https://research.example.com/atom.xml");
    const ParsedTopics result = parsed(fixture(QStringLiteral("topics/atom.xml")), feed);
    QCOMPARE(result.feedTitle, QStringLiteral("Example Research Blog"));
    QCOMPARE(result.topics.size(), 2);
    const Topic& abstain = result.topics.at(0);
    QCOMPARE(abstain.title, QStringLiteral("Teaching models to say I don't know"));
    QCOMPARE(abstain.url, QUrl(QStringLiteral("https://research.example.com/posts/abstain")));
    QCOMPARE(abstain.permalink.fragment(), QStringLiteral("comments"));
    QCOMPARE(abstain.text, QStringLiteral("Calibrated abstention beats guessing."));
    QCOMPARE(abstain.created, QDateTime(QDate(2025, 6, 10), QTime(7, 30), Qt::UTC));
    QCOMPARE(result.topics.at(1).text,
             QStringLiteral("Scanning is fast enough for small corpora."));
    QCOMPARE(result.topics.at(1).created, QDateTime(QDate(2025, 6, 9), QTime(11, 0), Qt::UTC));
}

void tst_TopicParser::formatIsToldByContentNotUrl()
{
    // A listing behind a feed-like address and a feed behind a .json one.
    const TopicSource misleading = sourceAt("https://example.org/feed.rss");
    QCOMPARE(parsed(fixture(QStringLiteral("topics/reddit-top.json")), misleading).topics.size(),
             7);
    const TopicSource jsonish = sourceAt("https://example.org/top.json");
    QCOMPARE(parsed(fixture(QStringLiteral("topics/rss2.xml")), jsonish).topics.size(), 3);
    QCOMPARE(parsed("\xEF\xBB\xBF  \n" + fixture(QStringLiteral("topics/atom.xml"))).topics.size(),
             2);
}

void tst_TopicParser::flairPrefixesAreSplitOff_data()
{
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("flair");
    QTest::addColumn<QString>("title");
    QTest::newRow("D") << QStringLiteral("[D] A question") << QStringLiteral("D")
                       << QStringLiteral("A question");
    QTest::newRow("word") << QStringLiteral("[Research]  Two  spaces") << QStringLiteral("Research")
                          << QStringLiteral("Two spaces");
    QTest::newRow("none") << QStringLiteral("No flair [here]") << QString()
                          << QStringLiteral("No flair [here]");
    QTest::newRow("only flair") << QStringLiteral("[D]") << QString() << QStringLiteral("[D]");
    QTest::newRow("nested") << QStringLiteral("[[D]] odd") << QString()
                            << QStringLiteral("[[D]] odd");
}

void tst_TopicParser::flairPrefixesAreSplitOff()
{
    QFETCH(QString, full);
    QFETCH(QString, flair);
    QFETCH(QString, title);
    QCOMPARE(digest::splitFlair(full), (digest::TitleParts{flair, title}));
}

void tst_TopicParser::htmlBecomesText()
{
    QCOMPARE(digest::htmlToText(u"<p>One &amp; two</p><p>Three<br/>four &#x263A; &#9731;</p>"),
             QStringLiteral("One & two\nThree\nfour ☺ ☃"));
    QCOMPARE(digest::htmlToText(u"<!-- hidden -->visible &unknown; &#0; &#xD800; 5 & 6"),
             QStringLiteral("visible &unknown; 5 & 6"));
}

void tst_TopicParser::malformedPayloadsAreReported_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("blank") << QByteArray(" \n\t ") << QStringLiteral("empty");
    QTest::newRow("truncated json")
        << QByteArray(R"({"kind": "Listing", "data": {"chil)") << QStringLiteral("not valid JSON");
    QTest::newRow("json, not a listing") << QByteArray(R"({"message": "Forbidden", "error": 403})")
                                         << QStringLiteral("not a Reddit listing");
    QTest::newRow("empty array") << QByteArray("[]") << QStringLiteral("not a Reddit listing");
    QTest::newRow("html page") << QByteArray("<!DOCTYPE html><html><body>blocked</body></html>")
                               << QStringLiteral("web page");
    QTest::newRow("other xml") << QByteArray("<?xml version=\"1.0\"?><svg></svg>")
                               << QStringLiteral("not an RSS or Atom feed");
    QTest::newRow("broken xml") << QByteArray("<rss><channel><item><title>x</titel></item>")
                                << QStringLiteral("not well-formed");
    QTest::newRow("cut feed") << QByteArray("<rss version=\"2.0\"><channel><item><title>x")
                              << QStringLiteral("cut off");
    QTest::newRow("garbage after feed")
        << QByteArray("<rss><channel/></rss><rss/>") << QStringLiteral("not well-formed");
    QTest::newRow("plain text") << QByteArray("Too Many Requests") << QStringLiteral("neither");
    QTest::newRow("deep json") << QByteArray(5000, '[')
                               << QStringLiteral(
                                      "more than 1024 deep"); // issue 11: names the limit
}

void tst_TopicParser::malformedPayloadsAreReported()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, says);
    const Result<ParsedTopics> result = parseTopics(payload, kListing);
    QVERIFY(!result);
    QVERIFY2(result.errorMessage().contains(says), qPrintable(result.errorMessage()));
}

void tst_TopicParser::everyTruncationIsReported()
{
    // A source that hangs up mid-answer must never pass for a shorter list.
    int cuts = 0;
    for (const auto& [name, payload] : seeds()) {
        QVERIFY2(!payload.isEmpty(), qPrintable(name));
        const qsizetype complete = completeAt(payload);
        for (qsizetype length = 0; length < complete; ++length) {
            const Result<ParsedTopics> result = parseTopics(payload.first(length), kListing);
            ++cuts;
            if (result)
                QFAIL(qPrintable(QStringLiteral("%1 cut at %2 of %3 bytes passed")
                                     .arg(name)
                                     .arg(length)
                                     .arg(complete)));
            QVERIFY(!result.errorMessage().isEmpty());
        }
        QVERIFY2(parseTopics(payload.first(complete), kListing), qPrintable(name));
    }
    qInfo("%d truncated payloads, all reported as malformed", cuts);
}

void tst_TopicParser::randomBytesNeverCrash()
{
    QRandomGenerator random(20250610);
    int rejected = 0;
    constexpr int kRounds = 20000;
    for (int round = 0; round < kRounds; ++round) {
        QByteArray payload(random.bounded(1, 600), Qt::Uninitialized);
        for (char& byte : payload)
            byte = char(random.bounded(256));
        // Some start like a real document, to get past the first character.
        static const QByteArray starts[] = {"{", "[", "<", "<rss><channel>",
                                            "<?xml version=\"1.0\"?>"};
        if (round % 2 == 0)
            payload.prepend(starts[round % 5]);
        const Result<ParsedTopics> result = parseTopics(payload, kListing);
        if (!result) {
            QVERIFY(!result.errorMessage().isEmpty());
            ++rejected;
        }
    }
    qInfo("%d random payloads, %d rejected with a message", kRounds, rejected);
    QVERIFY(rejected > kRounds * 9 / 10);
}

void tst_TopicParser::mutatedPayloadsNeverCrash()
{
    QRandomGenerator random(42);
    int parsedCount = 0;
    int rejected = 0;
    for (const auto& [name, payload] : seeds()) {
        for (int round = 0; round < 1000; ++round) {
            QByteArray mutated = payload;
            const int edits = random.bounded(1, 8);
            for (int edit = 0; edit < edits; ++edit) {
                const qsizetype at = random.bounded(qint64(mutated.size()));
                switch (random.bounded(3)) {
                case 0:
                    mutated[at] = char(random.bounded(256));
                    break;
                case 1:
                    mutated.remove(at, random.bounded(1, 40));
                    break;
                default:
                    mutated.insert(at, mutated.mid(random.bounded(qint64(mutated.size())), 30));
                    break;
                }
            }
            const Result<ParsedTopics> result = parseTopics(mutated, kListing);
            if (result) {
                ++parsedCount;
                for (const Topic& topic : result.value().topics)
                    QVERIFY(!topic.title.isEmpty());
            } else {
                QVERIFY(!result.errorMessage().isEmpty());
                ++rejected;
            }
        }
    }
    qInfo("%d mutated payloads: %d read, %d rejected with a message", parsedCount + rejected,
          parsedCount, rejected);
}

QTEST_GUILESS_MAIN(tst_TopicParser)
#include "tst_topicparser.moc"
