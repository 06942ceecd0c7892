#include "core/net/httpclient.h"
#include "core/outline/outline.h"
#include "core/post/newpost.h"
#include "core/settings/settings.h"
#include "core/settings/topicsettings.h"
#include "core/topics/coverage.h"
#include "core/topics/titlematch.h"
#include "core/topics/topiccache.h"
#include "core/topics/topicjson.h"
#include "core/topics/topicmerge.h"
#include "core/topics/topicparser.h"
#include "filesizelimit.h"
#include "topicfixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using digest::CoverageIndex;
using digest::titleSimilarity;
using digest::titleTokens;
using digest::Topic;
using digest::TopicSection;
using digest::TopicSource;

namespace {

const TopicSource kMachineLearning{
    QUrl(QStringLiteral("http://127.0.0.1:1/r/MachineLearning/top.json?t=day")),
    TopicSection::Consequences};
const TopicSource kNews{
    QUrl(QStringLiteral("http://127.0.0.1:1/r/machinelearningnews/top.json?t=day")),
    TopicSection::Trending};

QList<Topic> topicsOf(const char* fixtureName, const TopicSource& source)
{
    const auto parsed = digest::parseTopics(
        digest::test::fixture(QStringLiteral("topics/") + QString::fromLatin1(fixtureName)),
        source);
    return parsed ? parsed.value().topics : QList<Topic>();
}

double similarity(const char* a, const char* b)
{
    return titleSimilarity(titleTokens(QString::fromUtf8(a)), titleTokens(QString::fromUtf8(b)));
}

QStringList titles(const QList<Topic>& topics)
{
    QStringList titles;
    for (const Topic& topic : topics)
        titles.append(topic.title);
    return titles;
}

} // namespace

class tst_TopicMerge final : public QObject
{
    Q_OBJECT

private slots:
    void titlesAreComparedByTheirWords();
    void smallDifferencesStillMatch_data();
    void smallDifferencesStillMatch();
    void differentTopicsDoNotMatch_data();
    void differentTopicsDoNotMatch();
    void coverageComesFromEarlierPostsOfTheSite();
    void coverageRescanReadsOnlyChangedPosts();
    void coverageOfAMissingSiteIsEmpty();
    void coverageFindsPostsInDatedFolders();
    void coverageOfTheWholeCorpus();
    void mergeDropsStickiedAndNsfwAndJoinsDuplicates();
    void mergeOrdersSectionsByScoreAndLimits();
    void mergeMarksCoveredTopics();
    void topicSurvivesJsonAndCache();
    void sourcesComeFromSettingsOrEnvironment();
    void sourceSpecsAreChecked();
};

void tst_TopicMerge::titlesAreComparedByTheirWords()
{
    QCOMPARE(titleTokens(QStringLiteral("[D] DeepSeek’s Models, in the Wild!")),
             (QStringList{u"deepseek"_qs, u"model"_qs, u"wild"_qs}));
    QCOMPARE(similarity("Same words", "same   WORDS."), 1.0);
    QCOMPARE(similarity("", "anything"), 0.0);
}

void tst_TopicMerge::smallDifferencesStillMatch_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("flair and punctuation")
        << QStringLiteral(
               "[R] Dynamic Concept Models: Latent Reasoning in an Adaptive Semantic Space")
        << QStringLiteral("Dynamic Concept Models - Latent Reasoning in Adaptive Semantic Spaces");
    QTest::newRow("one word more")
        << QStringLiteral("Why is Focal Loss Not Used in LLM Training?")
        << QStringLiteral("Why is Focal Loss Not Used in Modern LLM Training");
    QTest::newRow("curly apostrophe")
        << QStringLiteral("Interactive Visualization of DeepSeek's mHC")
        << QStringLiteral("Interactive visualization of DeepSeek’s mHC");
    QTest::newRow("one word changed in eight")
        << QStringLiteral("Sparse routers that learn when to stop thinking early")
        << QStringLiteral("Sparse routers that learn when to stop reasoning early");
}

void tst_TopicMerge::smallDifferencesStillMatch()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const double value = titleSimilarity(titleTokens(a), titleTokens(b));
    QVERIFY2(value >= digest::kSameTopicSimilarity, qPrintable(QString::number(value)));
}

void tst_TopicMerge::differentTopicsDoNotMatch_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("same subject") << QStringLiteral("GPT-5 released")
                                  << QStringLiteral("GPT-5 delayed");
    QTest::newRow("shared words") << QStringLiteral("Sparse routers for vision transformers")
                                  << QStringLiteral("Dense routers for language transformers");
    QTest::newRow("unrelated") << QStringLiteral("Robot arms learn to fold laundry")
                               << QStringLiteral("Benchmarks for agents that book travel");
}

void tst_TopicMerge::differentTopicsDoNotMatch()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const double value = titleSimilarity(titleTokens(a), titleTokens(b));
    QVERIFY2(value < digest::kSameTopicSimilarity, qPrintable(QString::number(value)));
}

void tst_TopicMerge::coverageComesFromEarlierPostsOfTheSite()
{
    QTemporaryDir site;
    digest::test::writeSitePost(site.path(), QDate(2025, 6, 3),
                                {QStringLiteral("Dynamic Concept Models - Latent Reasoning")},
                                {QStringLiteral("Robot arms learn to fold laundry")});
    digest::test::writeSitePost(site.path(), QDate(2025, 6, 9),
                                {QStringLiteral("Dynamic Concept Models: Latent Reasoning!")}, {});
    digest::test::writeSitePost(site.path(), QDate(2025, 6, 10),
                                {QStringLiteral("How do you keep eval sets from leaking?")}, {});
    const CoverageIndex index = CoverageIndex::scan(site.path() + QStringLiteral("/content/posts"));
    QCOMPARE(index.postCount(), 3);
    QCOMPARE(index.titleCount(), 4);

    const QDate today(2025, 6, 10);
    const auto conceptMatch =
        index.match(QStringLiteral("[R] Dynamic concept models: latent reasoning"), today);
    QVERIFY(conceptMatch);
    // The newest earlier post that used it.
    QCOMPARE(conceptMatch->post, QStringLiteral("2025-06-09-ai-auto-summary.md"));
    QCOMPARE(conceptMatch->date, QDate(2025, 6, 9));
    // A headline that grew a few words is still the same story; another story is not.
    QVERIFY(index.match(QStringLiteral("Robot arms learn to fold laundry from twelve "
                                       "demonstrations"),
                        today));
    QVERIFY(!index.match(QStringLiteral("Robot arms learn to cook dinner"), today));
    // Today's own post is not an earlier one.
    QVERIFY(!index.match(QStringLiteral("How do you keep eval sets from leaking?"), today));
    QVERIFY(
        index.match(QStringLiteral("How do you keep eval sets from leaking?"), today.addDays(1)));
}

void tst_TopicMerge::coverageRescanReadsOnlyChangedPosts()
{
    QTemporaryDir site;
    const QString folder = site.path() + QStringLiteral("/content/posts");
    digest::test::writeSitePost(site.path(), QDate(2025, 6, 3), {QStringLiteral("First topic")},
                                {});
    const QString second = digest::test::writeSitePost(site.path(), QDate(2025, 6, 4),
                                                       {QStringLiteral("Second topic")}, {});
    const CoverageIndex first = CoverageIndex::scan(folder);
    QCOMPARE(CoverageIndex::scan(folder, first), first);

    QFile::remove(second);
    digest::test::writeSitePost(site.path(), QDate(2025, 6, 5),
                                {QStringLiteral("Third topic entirely")}, {});
    const CoverageIndex rescanned = CoverageIndex::scan(folder, first);
    QCOMPARE(rescanned.postCount(), 2);
    QVERIFY(rescanned.match(QStringLiteral("Third topic entirely"), QDate(2025, 7, 1)));
    QVERIFY(!rescanned.match(QStringLiteral("Second topic"), QDate(2025, 7, 1)));
}

void tst_TopicMerge::coverageOfAMissingSiteIsEmpty()
{
    QCOMPARE(CoverageIndex::scan(QString()).postCount(), 0);
    QCOMPARE(CoverageIndex::scan(QStringLiteral("/nonexistent/site/content/posts")).postCount(), 0);
    QCOMPARE(digest::sitePostsFolder(QStringLiteral("/site"),
                                     digest::Settings::defaultPostPathPattern()),
             QStringLiteral("/site/content/posts"));
    QCOMPARE(digest::sitePostsFolder(QString(), digest::Settings::defaultPostPathPattern()),
             QString());
}

void tst_TopicMerge::coverageFindsPostsInDatedFolders()
{
    // A site that files its posts by date: the folder named in the pattern is "YYYY", which
    // exists only once the date is filled in.
    const QString pattern = QStringLiteral("content/posts/YYYY/MM/DD-summary.md");
    QTemporaryDir site;
    const auto writeAt = [&](const QDate& day, const QString& title) {
        const auto relative = digest::NewPost::pathFor(pattern, day);
        QVERIFY2(relative.ok(), qPrintable(relative.errorMessage()));
        digest::test::writeSitePostAt(site.path(), relative.value(), day, {title}, {});
    };
    writeAt(QDate(2024, 12, 30), QStringLiteral("Sparse autoencoders find features in vision"));
    writeAt(QDate(2025, 6, 9), QStringLiteral("Dynamic Concept Models: Latent Reasoning"));

    const QString folder = digest::sitePostsFolder(site.path(), pattern);
    QCOMPARE(folder, site.filePath(QStringLiteral("content/posts")));
    const CoverageIndex index = CoverageIndex::scan(folder);
    QCOMPARE(index.postCount(), 2);
    const QDate today(2025, 6, 10);
    const auto covered =
        index.match(QStringLiteral("[R] Dynamic concept models: latent reasoning"), today);
    QVERIFY(covered);
    // The day comes from the front matter: the file name has only the day of the month.
    QCOMPARE(covered->date, QDate(2025, 6, 9));
    QVERIFY(index.match(QStringLiteral("Sparse autoencoders find features in vision"), today));

    // A pattern dated from its first folder on scans the whole site folder.
    QCOMPARE(digest::sitePostsFolder(site.path(), QStringLiteral("YYYY/MM-DD.md")),
             QDir::cleanPath(site.path()));
    // A pattern that names no file inside the site has no posts in it.
    QCOMPARE(digest::sitePostsFolder(site.path(), QStringLiteral("../YYYY.md")), QString());
}

void tst_TopicMerge::coverageOfTheWholeCorpus()
{
    const QString corpus = QStringLiteral(DIGEST_CORPUS_DIR);
    if (!QFileInfo(corpus).isDir())
        QSKIP("The site's published posts are not on this machine.");
    QElapsedTimer timer;
    timer.start();
    const CoverageIndex index = CoverageIndex::scan(corpus);
    const qint64 scanMs = timer.restart();
    QCOMPARE(CoverageIndex::scan(corpus, index), index);
    const qint64 rescanMs = timer.restart();
    QVERIFY(index.postCount() > 900);
    // Every consequence of the newest post is covered, seen from the day after it.
    const QString newest =
        QDir(corpus).entryList({QStringLiteral("20*.md")}, QDir::Files, QDir::Name).last();
    QFile file(QDir(corpus).filePath(newest));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const digest::Outline outline = digest::parseOutline(QString::fromUtf8(file.readAll()));
    const QDate day = QDate::fromString(newest.first(10), Qt::ISODate);
    timer.restart();
    for (const digest::ConsequenceItem& item : outline.consequences) {
        const auto covered = index.match(u"[D] " + item.title + u'?', day.addDays(1));
        QVERIFY2(covered && covered->date == day, qPrintable(item.title));
    }
    const qint64 matchMs = timer.elapsed();
    qInfo("%lld posts, %lld titles: scan %lld ms, rescan %lld ms, %lld matches %lld ms",
          qint64(index.postCount()), qint64(index.titleCount()), scanMs, rescanMs,
          qint64(outline.consequences.size()), matchMs);
}

void tst_TopicMerge::mergeDropsStickiedAndNsfwAndJoinsDuplicates()
{
    const QList<Topic> merged = digest::mergeTopics(
        {topicsOf("reddit-top.json", kMachineLearning), topicsOf("reddit-news-top.json", kNews)},
        CoverageIndex(), {});
    const QStringList all = titles(merged);
    QVERIFY(!all.contains(u"Monthly Self-Promotion Thread"_qs));
    QVERIFY(!all.contains(u"A thread marked as adult content"_qs));
    QCOMPARE(all.count(u"A tiny library for reproducible tokenizer benchmarks"_qs), 1);
    const Topic library = merged.at(all.indexOf(u"A tiny library for reproducible tokenizer "
                                                "benchmarks"_qs));
    QCOMPARE(library.section, TopicSection::Consequences);
    QCOMPARE(library.source, QStringLiteral("r/MachineLearning"));
    QCOMPARE(library.alsoIn, QStringList{QStringLiteral("r/machinelearningnews")});
    QCOMPARE(merged.size(), 5 + 2);

    // The same thread from its listing and its feed is one topic.
    const TopicSource feed{QUrl(QStringLiteral("https://www.reddit.com/r/MachineLearning/.rss")),
                           TopicSection::Consequences};
    const QList<Topic> both = digest::mergeTopics(
        {topicsOf("reddit-top.json", {QUrl(QStringLiteral("https://www.reddit.com/r/"
                                                          "MachineLearning/top.json")),
                                      TopicSection::Consequences}),
         topicsOf("reddit-atom.xml", feed)},
        CoverageIndex(), {});
    QCOMPARE(both.size(), 5);
}

void tst_TopicMerge::mergeOrdersSectionsByScoreAndLimits()
{
    const QList<Topic> merged = digest::mergeTopics(
        {topicsOf("reddit-news-top.json", kNews), topicsOf("reddit-top.json", kMachineLearning)},
        CoverageIndex(), {QDate(), 3});
    QCOMPARE(titles(merged),
             (QStringList{u"Sparse routers that learn when to stop thinking"_qs,
                          u"How do you keep eval sets from leaking into pretraining data?"_qs,
                          u"Quantised attention kernels for phones & tablets"_qs,
                          u"A tiny library for reproducible tokenizer benchmarks"_qs,
                          u"Open weights model tops the long-context leaderboard"_qs,
                          u"Robot arms learn to fold laundry from twelve demonstrations"_qs}));
    // The library came first from the trending source this time, and stays there, with the
    // higher score it has in the other source.
    QCOMPARE(merged.at(3).section, TopicSection::Trending);
    QCOMPARE(merged.at(3).score, 402);
}

void tst_TopicMerge::mergeMarksCoveredTopics()
{
    QTemporaryDir site;
    digest::test::writeSitePost(
        site.path(), QDate(2025, 6, 9),
        {QStringLiteral("Dynamic Concept Models - Latent Reasoning in Adaptive Semantic Spaces")},
        {QStringLiteral("Quantised Attention Kernels for Phones and Tablets!")});
    const CoverageIndex index = CoverageIndex::scan(site.path() + QStringLiteral("/content/posts"));
    const QList<Topic> merged = digest::mergeTopics({topicsOf("reddit-top.json", kMachineLearning)},
                                                    index, {QDate(2025, 6, 10), 0});
    QStringList covered;
    for (const Topic& topic : merged) {
        if (topic.isCovered()) {
            covered.append(topic.title);
            QCOMPARE(topic.coveredBy, QStringLiteral("2025-06-09-ai-auto-summary.md"));
            QCOMPARE(topic.coveredOn, QDate(2025, 6, 9));
        }
    }
    covered.sort();
    QCOMPARE(
        covered,
        (QStringList{u"Dynamic Concept Models: Latent Reasoning in an Adaptive Semantic Space"_qs,
                     u"Quantised attention kernels for phones & tablets"_qs}));
}

void tst_TopicMerge::topicSurvivesJsonAndCache()
{
    QList<Topic> topics = topicsOf("reddit-top.json", kMachineLearning);
    topics += topicsOf("rss2.xml", kNews);
    topics[1].alsoIn = {QStringLiteral("r/other")};
    topics[1].coveredBy = QStringLiteral("2025-06-09-ai-auto-summary.md");
    topics[1].coveredOn = QDate(2025, 6, 9);
    // Issue 11: JSON shows a source's address without user, password and query (a token).
    QList<Topic> redacted = topics;
    for (Topic& topic : redacted)
        topic.sourceUrl = QUrl(digest::redactedUrl(topic.sourceUrl));
    for (qsizetype i = 0; i < topics.size(); ++i)
        QCOMPARE(digest::topicFromJson(digest::topicToJson(topics.at(i), false)), redacted.at(i));

    const QJsonObject json = digest::topicToJson(topics.at(1), true);
    QCOMPARE(json.value(u"title").toString(),
             QStringLiteral("[R] Sparse routers that learn when to stop thinking"));
    QCOMPARE(json.value(u"flair").toString(), QStringLiteral("R"));
    QCOMPARE(json.value(u"score").toInt(), 812);
    QCOMPARE(json.value(u"covered").toBool(), true);
    QVERIFY(digest::topicToJson(topics.last(), false).value(u"score").isNull());

    QTemporaryDir cacheDir;
    const digest::TopicCache cache(cacheDir.filePath(QStringLiteral("topics")));
    QCOMPARE(cache.load(kMachineLearning), std::nullopt);
    const QDateTime when = QDateTime::fromSecsSinceEpoch(1749540000, Qt::UTC);
    QVERIFY(cache.store(kMachineLearning, {when, topics}));
    const auto loaded = cache.load(kMachineLearning);
    QVERIFY(loaded);
    QCOMPARE(loaded->fetchedAt, when);
    // The cached source's own topics get its whole address back; the others keep it redacted.
    QList<Topic> expected = redacted;
    for (qsizetype i = 0; i < topics.size(); ++i) {
        if (topics.at(i).sourceUrl == kMachineLearning.url)
            expected[i].sourceUrl = kMachineLearning.url;
    }
    QCOMPARE(loaded->topics, expected);
    QCOMPARE(cache.load(kNews), std::nullopt);

    // On a full disk the store fails and the last good list stays whole.
    {
        const digest::test::FileSizeLimit full{16};
        const digest::Status stored =
            cache.store(kMachineLearning, {when.addDays(1), topics.mid(0, 1)});
        QVERIFY(!stored.ok());
        QVERIFY2(stored.errorMessage().contains(u"topic cache"), qPrintable(stored.errorMessage()));
    }
    QCOMPARE(cache.load(kMachineLearning)->topics, expected);
}

void tst_TopicMerge::sourcesComeFromSettingsOrEnvironment()
{
    QTemporaryDir dir;
    digest::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    const auto defaults = digest::configuredTopicSources(settings);
    QVERIFY(defaults);
    QCOMPARE(defaults.value().size(), 2);
    QCOMPARE(defaults.value().at(0).label(), QStringLiteral("r/MachineLearning"));
    QCOMPARE(defaults.value().at(0).section, TopicSection::Consequences);
    QVERIFY(defaults.value().at(0).url.query().contains(u"t=day"));
    QCOMPARE(defaults.value().at(1).label(), QStringLiteral("r/machinelearningnews"));
    QCOMPARE(defaults.value().at(1).section, TopicSection::Trending);

    settings.setTopicSources({kNews, kMachineLearning});
    QCOMPARE(settings.topicSources(), (QList<TopicSource>{kNews, kMachineLearning}));

    qputenv(digest::kTopicSourcesVariable,
            "  http://127.0.0.1:9/a.xml\n trending=http://127.0.0.1:9/b.json ");
    const auto fromEnvironment = digest::configuredTopicSources(settings);
    qunsetenv(digest::kTopicSourcesVariable);
    QVERIFY(fromEnvironment);
    QCOMPARE(fromEnvironment.value().size(), 2);
    QCOMPARE(fromEnvironment.value().at(1).section, TopicSection::Trending);
    QCOMPARE(fromEnvironment.value().at(1).url.path(), QStringLiteral("/b.json"));

    qputenv(digest::kTopicSourcesVariable, "ftp://example.org/feed");
    const auto wrong = digest::configuredTopicSources(settings);
    qunsetenv(digest::kTopicSourcesVariable);
    QVERIFY(!wrong);
    QVERIFY(wrong.errorMessage().contains(u"DIGEST_TOPIC_SOURCES"));
}

void tst_TopicMerge::sourceSpecsAreChecked()
{
    const auto trending = digest::parseTopicSource(QStringLiteral("trending=https://x.org/f.rss"));
    QVERIFY(trending);
    QCOMPARE(trending.value().section, TopicSection::Trending);
    QCOMPARE(trending.value().spec(), QStringLiteral("trending=https://x.org/f.rss"));
    QCOMPARE(trending.value().label(), QStringLiteral("x.org/f.rss"));
    QCOMPARE(digest::parseTopicSource(QStringLiteral("consequences=https://x.org/")).value().spec(),
             QStringLiteral("https://x.org/"));
    for (const char* bad : {"", "x.org/feed", "file:///etc/passwd", "trending=", "http://"})
        QVERIFY2(!digest::parseTopicSource(QString::fromLatin1(bad)), bad);
}

QTEST_GUILESS_MAIN(tst_TopicMerge)
#include "tst_topicmerge.moc"
