#include "core/net/httpclient.h"
#include "core/topics/topicfetch.h"
#include "testhttpserver.h"
#include "topicfixtures.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using digest::HttpClient;
using digest::NetError;
using digest::SourceOutcome;
using digest::TopicFetch;
using digest::TopicFetchConfig;
using digest::TopicFetchResult;
using digest::TopicSection;
using digest::TopicSource;
using digest::test::fixture;
using digest::test::ScriptedResponse;
using digest::test::TestHttpServer;
using namespace std::chrono_literals;
using State = digest::SourceOutcome::State;

Q_DECLARE_METATYPE(digest::SourceOutcome::State)
Q_DECLARE_METATYPE(digest::NetError)

namespace {

constexpr auto kListingPath = "/r/MachineLearning/top.json";
constexpr auto kBrokenPath = "/r/broken/top.json";

ScriptedResponse listing(const char* name)
{
    return ScriptedResponse::ok(fixture(QStringLiteral("topics/") + QString::fromLatin1(name)),
                                "application/json; charset=UTF-8");
}

ScriptedResponse rateLimited(const QByteArray& retryAfter)
{
    return ScriptedResponse::error(429, {{"Retry-After", retryAfter}});
}

} // namespace

class tst_TopicFetch final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void allSourcesLoadAndMerge();
    void everyFailureNamesTheSourceAndSparesTheOthers_data();
    void everyFailureNamesTheSourceAndSparesTheOthers();
    void unknownHostNamesTheSource();
    void retryAfterIsHonoured();
    void retriesAreBounded();
    void tooLongRetryAfterIsNotWaitedFor();
    void serverErrorsAreRetried();
    void failedFetchShowsTheLastSuccessfulOneMarked();
    void noSourceSucceededIsTold();
    void coveredTopicsAreMarked();
    void destroyingAFetchMidwayIsSafe();

private:
    TopicFetchResult fetch(const QList<TopicSource>& sources, int timeoutMs = 10000);
    TopicSource source(const char* path, TopicSection section = TopicSection::Consequences) const;

    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    TopicFetchConfig m_config;
};

void tst_TopicFetch::initTestCase()
{
    digest::test::clearProxyEnvironment();
}

void tst_TopicFetch::init()
{
    m_server = std::make_unique<TestHttpServer>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_config = TopicFetchConfig();
    m_config.cacheFolder = m_dir->filePath(QStringLiteral("cache"));
    // Short waits keep the suite fast; the behaviour is the same.
    m_config.policy.connectTimeout = 1s;
    m_config.policy.timeout = 2s;
    m_config.policy.retryDelay = 20ms;
    m_config.policy.maxRetryAfter = 5s;
    m_server->route(QString::fromLatin1(kListingPath), listing("reddit-top.json"));
}

TopicSource tst_TopicFetch::source(const char* path, TopicSection section) const
{
    return {m_server->url(QString::fromLatin1(path) + QStringLiteral("?t=day&limit=25")), section};
}

TopicFetchResult tst_TopicFetch::fetch(const QList<TopicSource>& sources, int timeoutMs)
{
    HttpClient client;
    TopicFetchConfig config = m_config;
    config.sources = sources;
    TopicFetch fetch(client, config);
    QSignalSpy finished(&fetch, &TopicFetch::finished);
    fetch.start();
    if (!finished.wait(timeoutMs))
        return {};
    return finished.first().first().value<TopicFetchResult>();
}

void tst_TopicFetch::allSourcesLoadAndMerge()
{
    m_server->route(
        QStringLiteral("/news.xml"),
        ScriptedResponse::ok(fixture(QStringLiteral("topics/rss2.xml")), "application/rss+xml"));
    HttpClient client;
    TopicFetchConfig config = m_config;
    config.sources = {source(kListingPath), source("/news.xml", TopicSection::Trending)};
    TopicFetch fetch(client, config);
    QSignalSpy progress(&fetch, &TopicFetch::progress);
    QSignalSpy finished(&fetch, &TopicFetch::finished);
    fetch.start();
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().first().value<TopicFetchResult>();
    QCOMPARE(progress.first(), (QVariantList{0, 2}));
    QCOMPARE(progress.last(), (QVariantList{2, 2}));
    QVERIFY(result.anySucceeded());
    QCOMPARE(result.sources.size(), 2);
    for (const SourceOutcome& outcome : result.sources) {
        QCOMPARE(outcome.state, State::Fresh);
        QCOMPARE(outcome.message, QString());
        QCOMPARE(outcome.attempts, 1);
    }
    // 7 posts less a stickied and an NSFW one, and 3 feed entries.
    QCOMPARE(result.topics.size(), 5 + 3);
    QCOMPARE(result.topics.first().title,
             QStringLiteral("Sparse routers that learn when to stop thinking"));
    QCOMPARE(result.topics.last().section, TopicSection::Trending);
    QVERIFY(!result.topics.first().cached);
    QVERIFY(result.topics.first().fetchedAt.isValid());
    QCOMPARE(QDir(m_config.cacheFolder).entryList(QDir::Files).size(), 2);
}

void tst_TopicFetch::everyFailureNamesTheSourceAndSparesTheOthers_data()
{
    QTest::addColumn<QList<ScriptedResponse>>("responses");
    QTest::addColumn<State>("state");
    QTest::addColumn<NetError>("error");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");

    ScriptedResponse silent;
    silent.neverAnswer = true;
    ScriptedResponse cut = listing("reddit-top.json");
    cut.closeAfterBytes = 700;
    const QByteArray json = fixture(QStringLiteral("topics/reddit-top.json"));
    const QByteArray xml = fixture(QStringLiteral("topics/rss2.xml"));

    QTest::newRow("401") << QList{ScriptedResponse::error(401)} << State::Failed
                         << NetError::HttpStatus << 401 << QStringLiteral("access denied");
    QTest::newRow("403") << QList{ScriptedResponse::error(403)} << State::Failed
                         << NetError::HttpStatus << 403 << QStringLiteral("access denied");
    QTest::newRow("404") << QList{ScriptedResponse::error(404)} << State::Failed
                         << NetError::HttpStatus << 404 << QStringLiteral("not found");
    QTest::newRow("500") << QList{ScriptedResponse::error(500)} << State::Failed
                         << NetError::HttpStatus << 500 << QStringLiteral("has a problem");
    QTest::newRow("timeout") << QList{silent} << State::Failed << NetError::Timeout << 0
                             << QStringLiteral("did not answer in time");
    QTest::newRow("closed mid-body") << QList{cut} << State::Failed << NetError::Truncated << 200
                                     << QStringLiteral("closed before");
    QTest::newRow("truncated JSON")
        << QList{ScriptedResponse::ok(json.first(json.size() / 2), "application/json")}
        << State::Failed << NetError::None << 200 << QStringLiteral("not valid JSON");
    QTest::newRow("truncated XML")
        << QList{ScriptedResponse::ok(xml.first(xml.size() / 2), "application/rss+xml")}
        << State::Failed << NetError::None << 200 << QStringLiteral("cut off");
    QTest::newRow("login page") << QList{ScriptedResponse::ok(
                                       "<!doctype html><title>Log in</title>", "text/html")}
                                << State::Failed << NetError::None << 200
                                << QStringLiteral("web page");
    QTest::newRow("empty listing") << QList{listing("reddit-empty.json")} << State::Empty
                                   << NetError::None << 200 << QStringLiteral("nothing to show");
}

void tst_TopicFetch::everyFailureNamesTheSourceAndSparesTheOthers()
{
    QFETCH(QList<ScriptedResponse>, responses);
    QFETCH(State, state);
    QFETCH(NetError, error);
    QFETCH(int, status);
    QFETCH(QString, says);
    m_config.policy.timeout = 300ms;
    m_server->route(QString::fromLatin1(kBrokenPath), responses);
    const TopicFetchResult result = fetch({source(kBrokenPath), source(kListingPath)});
    QCOMPARE(result.sources.size(), 2);
    const SourceOutcome& broken = result.sources.at(0);
    QCOMPARE(broken.state, state);
    QCOMPARE(broken.netError, error);
    QCOMPARE(broken.httpStatus, status);
    QVERIFY(broken.topics.isEmpty());
    QVERIFY2(broken.message.startsWith(u"r/broken: ") && broken.message.contains(says),
             qPrintable(broken.message));
    // The other source is not held up.
    QCOMPARE(result.sources.at(1).state, State::Fresh);
    QCOMPARE(result.topics.size(), 5);
    QVERIFY(result.anySucceeded());
}

void tst_TopicFetch::unknownHostNamesTheSource()
{
    const TopicFetchResult result =
        fetch({{QUrl(QStringLiteral("http://no-such-host.invalid/r/gone/top.json")),
                TopicSection::Consequences},
               source(kListingPath)});
    const SourceOutcome& gone = result.sources.at(0);
    if (gone.netError == NetError::Timeout)
        QSKIP("This machine's resolver does not answer; cannot tell a missing host apart.");
    QCOMPARE(gone.netError, NetError::HostNotFound);
    QVERIFY2(gone.message.startsWith(u"r/gone: ") && gone.message.contains(u"offline"),
             qPrintable(gone.message));
    QCOMPARE(result.sources.at(1).state, State::Fresh);
}

void tst_TopicFetch::retryAfterIsHonoured()
{
    m_server->route(QString::fromLatin1(kBrokenPath),
                    {rateLimited("1"), listing("reddit-news-top.json")});
    QElapsedTimer timer;
    timer.start();
    const TopicFetchResult result = fetch({source(kBrokenPath)});
    QCOMPARE(result.sources.first().state, State::Fresh);
    QCOMPARE(result.sources.first().attempts, 2);
    QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(result.topics.size(), 3);
}

void tst_TopicFetch::retriesAreBounded()
{
    m_server->route(QString::fromLatin1(kBrokenPath), rateLimited("0"));
    const TopicFetchResult result = fetch({source(kBrokenPath)});
    const SourceOutcome& outcome = result.sources.first();
    QCOMPARE(outcome.state, State::Failed);
    QCOMPARE(outcome.attempts, 3);
    QCOMPARE(m_server->requestCount(QString::fromLatin1(kBrokenPath)), 3);
    QVERIFY2(outcome.message.contains(u"too many requests") &&
                 outcome.message.contains(u"3 attempts"),
             qPrintable(outcome.message));
    QVERIFY(!result.anySucceeded());
}

void tst_TopicFetch::tooLongRetryAfterIsNotWaitedFor()
{
    m_server->route(QString::fromLatin1(kBrokenPath), rateLimited("3600"));
    const TopicFetchResult result = fetch({source(kBrokenPath)});
    // Given up at once: one attempt, and no second request after any wait.
    QCOMPARE(result.sources.size(), 1);
    const SourceOutcome& outcome = result.sources.first();
    QCOMPARE(outcome.attempts, 1);
    QVERIFY2(outcome.message.contains(u"wait 3600 s"), qPrintable(outcome.message));
}

void tst_TopicFetch::serverErrorsAreRetried()
{
    ScriptedResponse cut = listing("reddit-top.json");
    cut.closeAfterBytes = 100;
    m_server->route(QString::fromLatin1(kBrokenPath),
                    {ScriptedResponse::error(503), cut, listing("reddit-top.json")});
    const TopicFetchResult result = fetch({source(kBrokenPath)});
    QCOMPARE(result.sources.first().state, State::Fresh);
    QCOMPARE(result.sources.first().attempts, 3);
}

void tst_TopicFetch::failedFetchShowsTheLastSuccessfulOneMarked()
{
    const TopicFetchResult first = fetch({source(kListingPath)});
    QCOMPARE(first.sources.first().state, State::Fresh);
    const QDateTime fetchedAt = first.sources.first().fetchedAt;

    m_server->route(QString::fromLatin1(kListingPath), ScriptedResponse::error(404));
    const TopicFetchResult second = fetch({source(kListingPath)});
    const SourceOutcome& outcome = second.sources.first();
    QCOMPARE(outcome.state, State::Cached);
    QCOMPARE(outcome.fetchedAt, fetchedAt);
    QVERIFY2(outcome.message.contains(u"not found") &&
                 outcome.message.contains(u"Showing the topics fetched"),
             qPrintable(outcome.message));
    QCOMPARE(second.topics.size(), first.topics.size());
    for (const digest::Topic& topic : second.topics) {
        QVERIFY(topic.cached);
        QCOMPARE(topic.fetchedAt, fetchedAt);
    }
    QVERIFY(!second.anySucceeded());

    // A malformed answer falls back the same way.
    m_server->route(QString::fromLatin1(kListingPath),
                    ScriptedResponse::ok("{\"kind\": \"Listing\", \"da", "application/json"));
    QCOMPARE(fetch({source(kListingPath)}).sources.first().state, State::Cached);
}

void tst_TopicFetch::noSourceSucceededIsTold()
{
    m_server->route(QString::fromLatin1(kBrokenPath), ScriptedResponse::error(403));
    const TopicFetchResult result = fetch({source(kBrokenPath), source("/r/other/top.json")});
    QVERIFY(!result.anySucceeded());
    QVERIFY(result.topics.isEmpty());
    QVERIFY(result.sources.at(1).message.startsWith(u"r/other: not found"));
}

void tst_TopicFetch::coveredTopicsAreMarked()
{
    QTemporaryDir site;
    digest::test::writeSitePost(site.path(), QDate::currentDate().addDays(-3),
                                {QStringLiteral("How do you keep eval sets from leaking into "
                                                "pre-training data")},
                                {});
    m_config.postsFolder = site.filePath(QStringLiteral("content/posts"));
    m_config.merge.today = QDate::currentDate();
    const TopicFetchResult result = fetch({source(kListingPath)});
    QCOMPARE(result.coverage.postCount(), 1);
    qsizetype covered = 0;
    for (const digest::Topic& topic : result.topics) {
        if (topic.isCovered()) {
            ++covered;
            QVERIFY(topic.title.startsWith(u"How do you keep eval sets"));
        }
    }
    QCOMPARE(covered, 1);
}

void tst_TopicFetch::destroyingAFetchMidwayIsSafe()
{
    ScriptedResponse slow = listing("reddit-top.json");
    slow.delayMs = 300;
    m_server->route(QString::fromLatin1(kBrokenPath), slow);
    HttpClient client;
    TopicFetchConfig config = m_config;
    config.sources = {source(kBrokenPath), source(kListingPath)};
    auto fetch = std::make_unique<TopicFetch>(client, config);
    QSignalSpy sources(fetch.get(), &TopicFetch::sourceFinished);
    fetch->start();
    QVERIFY(sources.wait(5000));
    fetch.reset();
    // Once no connection is open, the slow source's transfer is over either way (cancelled
    // with the fetch, or answered into nothing); the client goes on working.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, 5000);
    config.sources = {source(kListingPath)};
    TopicFetch again(client, config);
    QSignalSpy finished(&again, &TopicFetch::finished);
    again.start();
    QVERIFY(finished.wait(5000));
}

QTEST_GUILESS_MAIN(tst_TopicFetch)
#include "tst_topicfetch.moc"
