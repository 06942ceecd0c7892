#include "core/settings/settings.h"
#include "processenvironment.h"
#include "testhttpserver.h"
#include "topicfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using digest::test::fixture;
using digest::test::ScriptedResponse;
using digest::test::TestHttpServer;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

// `digestctl topics` against a loopback server. The server answers from this process's event
// loop, so digestctl runs without blocking it.
class tst_DigestctlTopics final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void helpListsTheCommand();
    void jsonHasEveryFieldOfTheMergedTopics();
    void textListsTheSectionsInOrder();
    void failingSourceIsReportedAndTheOthersPrinted();
    void exitCodeIsOneOnlyWhenNoSourceSucceeded();
    void limitCutsEachSection();
    void sourcesComeFromEnvironmentThenSettings();
    void siteMarksCoveredTopics();
    void todayIsTheSitesDayNotTheComputersDay();
    void timeoutFlagGivesUpOnASilentSource();
    void failedSourceFallsBackToItsCache();
    void wrongUsageExitsWithTwo_data();
    void wrongUsageExitsWithTwo();

private:
    Run digestctl(const QStringList& arguments,
                  const QList<std::pair<QString, QString>>& extra = {});
    QString url(const char* path) const
    {
        return m_server->url(QString::fromLatin1(path)).toString();
    }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<TestHttpServer> m_server;
};

void tst_DigestctlTopics::initTestCase()
{
    digest::test::clearProxyEnvironment();
}

void tst_DigestctlTopics::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<TestHttpServer>();
    m_server->route(QStringLiteral("/r/MachineLearning/top.json"),
                    ScriptedResponse::ok(fixture(QStringLiteral("topics/reddit-top.json")),
                                         "application/json"));
    m_server->route(QStringLiteral("/r/machinelearningnews/top.json"),
                    ScriptedResponse::ok(fixture(QStringLiteral("topics/reddit-news-top.json")),
                                         "application/json"));
    m_server->route(
        QStringLiteral("/news.xml"),
        ScriptedResponse::ok(fixture(QStringLiteral("topics/rss2.xml")), "application/rss+xml"));
}

Run tst_DigestctlTopics::digestctl(const QStringList& arguments,
                                   const QList<std::pair<QString, QString>>& extra)
{
    QProcess process;
    QProcessEnvironment environment = digest::test::pinnedLocaleEnvironment();
    // Settings and cache of this test only; no proxy between digestctl and the loopback server.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_home->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
    environment.remove(QStringLiteral("DIGEST_TOPIC_SOURCES"));
    for (const auto& [name, value] : extra)
        environment.insert(name, value);
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(DIGESTCTL_PATH),
                  QStringList{QStringLiteral("topics")} + arguments);
    if (!finished.wait(20000))
        qFatal("digestctl did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void tst_DigestctlTopics::helpListsTheCommand()
{
    const Run run = digestctl({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char* option : {"--source", "--limit", "--json", "--site", "--timeout"})
        QVERIFY2(run.out.contains(QString::fromLatin1(option)), option);
}

void tst_DigestctlTopics::jsonHasEveryFieldOfTheMergedTopics()
{
    const Run run =
        digestctl({QStringLiteral("--json"), QStringLiteral("--source"),
                   url("/r/MachineLearning/top.json?t=day&limit=25"), QStringLiteral("--source"),
                   QStringLiteral("trending=") + url("/r/machinelearningnews/top.json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QJsonParseError error;
    const QJsonArray topics = QJsonDocument::fromJson(run.out.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    // 5 posts of r/MachineLearning and 3 news, one of them the same as a post.
    QCOMPARE(topics.size(), 5 + 2);
    for (const QJsonValue& value : topics) {
        const QJsonObject topic = value.toObject();
        for (const char* key : {"title", "url", "permalink", "source", "score", "comments", "flair",
                                "created", "covered", "text", "section"})
            QVERIFY2(topic.contains(QString::fromLatin1(key)), key);
    }
    const QJsonObject first = topics.first().toObject();
    QCOMPARE(first.value(u"title").toString(),
             QStringLiteral("Sparse routers that learn when to stop thinking"));
    QCOMPARE(first.value(u"flair").toString(), QStringLiteral("R"));
    QCOMPARE(first.value(u"score").toInt(), 812);
    QCOMPARE(first.value(u"comments").toInt(), 143);
    QCOMPARE(first.value(u"source").toString(), QStringLiteral("r/MachineLearning"));
    QCOMPARE(first.value(u"created").toString(), QStringLiteral("2025-06-10T02:00:00Z"));
    QCOMPARE(first.value(u"covered").toBool(), false);
    QVERIFY(first.value(u"permalink")
                .toString()
                .endsWith(u"/r/MachineLearning/comments/fx0002/"
                          u"r_sparse_routers_that_learn_when_to_stop_thinking/"));
    QVERIFY(first.value(u"text").toString().startsWith(u"We train a router"));
    const QJsonObject library = topics.at(2).toObject();
    QCOMPARE(library.value(u"url").toString(), QStringLiteral("https://example.org/tokbench"));
    QCOMPARE(
        library.value(u"sources").toArray(),
        (QJsonArray{QStringLiteral("r/MachineLearning"), QStringLiteral("r/machinelearningnews")}));
    QCOMPARE(topics.last().toObject().value(u"section").toString(), QStringLiteral("trending"));
}

void tst_DigestctlTopics::textListsTheSectionsInOrder()
{
    const Run run =
        digestctl({QStringLiteral("--source"), url("/r/MachineLearning/top.json"),
                   QStringLiteral("--source"), QStringLiteral("trending=") + url("/news.xml")});
    QCOMPARE(run.exitCode, 0);
    const qsizetype consequences =
        run.out.indexOf(u"Possible consequences of current developments");
    const qsizetype trending = run.out.indexOf(u"Currently trending topics");
    QVERIFY2(consequences == 0 && trending > consequences, qPrintable(run.out));
    QVERIFY(run.out.contains(u" 1. [R] Sparse routers that learn when to stop thinking\n"
                             "    score 812, comments 143, "));
    QVERIFY(run.out.contains(u" 1. [Agents] Benchmarks for agents that book their own travel"));
}

void tst_DigestctlTopics::failingSourceIsReportedAndTheOthersPrinted()
{
    const Run run =
        digestctl({QStringLiteral("--json"), QStringLiteral("--source"), url("/r/gone/top.json"),
                   QStringLiteral("--source"), url("/r/MachineLearning/top.json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QStringLiteral("digestctl: r/gone: not found (HTTP 404). Check the address: "
                                     "the subreddit or feed may not exist.\n"));
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 5);
}

void tst_DigestctlTopics::exitCodeIsOneOnlyWhenNoSourceSucceeded()
{
    m_server->route(QStringLiteral("/broken.json"),
                    ScriptedResponse::ok("{\"kind\": \"Li", "application/json"));
    quint16 closedPort = 0;
    {
        TestHttpServer gone;
        closedPort = gone.port();
    }
    const Run run =
        digestctl({QStringLiteral("--source"), url("/broken.json"), QStringLiteral("--source"),
                   QStringLiteral("http://127.0.0.1:%1/r/closed/top.json").arg(closedPort)});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).contains(u"not valid JSON"), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(u"digestctl: r/closed: ") && lines.at(1).contains(u"refused"),
             qPrintable(lines.at(1)));
    QCOMPARE(run.out, QStringLiteral("No topics.\n"));

    // An empty listing is a success with nothing in it: said, but not a failure.
    m_server->route(QStringLiteral("/empty.json"),
                    ScriptedResponse::ok(fixture(QStringLiteral("topics/reddit-empty.json")),
                                         "application/json"));
    const Run empty = digestctl({QStringLiteral("--source"), url("/empty.json")});
    QCOMPARE(empty.exitCode, 0);
    QVERIFY(empty.err.contains(u"nothing to show"));
}

void tst_DigestctlTopics::limitCutsEachSection()
{
    const Run run =
        digestctl({QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("2"),
                   QStringLiteral("--source"), url("/r/MachineLearning/top.json"),
                   QStringLiteral("--source"), QStringLiteral("trending=") + url("/news.xml")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray topics = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(topics.size(), 4);
    QCOMPARE(topics.at(1).toObject().value(u"section").toString(), QStringLiteral("consequences"));
    QCOMPARE(topics.at(2).toObject().value(u"section").toString(), QStringLiteral("trending"));
}

void tst_DigestctlTopics::sourcesComeFromEnvironmentThenSettings()
{
    // Settings, as the GUI writes them.
    digest::Settings settings(
        m_home->filePath(QStringLiteral("config/DigestEditor/digest-editor.conf")));
    settings.setTopicSources({{QUrl(url("/news.xml")), digest::TopicSection::Trending}});
    settings.sync();
    const Run fromSettings = digestctl({QStringLiteral("--json")});
    QCOMPARE(fromSettings.exitCode, 0);
    const QJsonArray feed = QJsonDocument::fromJson(fromSettings.out.toUtf8()).array();
    QCOMPARE(feed.size(), 3);
    QCOMPARE(feed.first().toObject().value(u"section").toString(), QStringLiteral("trending"));

    // The environment wins over the settings, and the command line over both.
    const Run fromEnvironment = digestctl(
        {QStringLiteral("--json")},
        {{QStringLiteral("DIGEST_TOPIC_SOURCES"), url("/r/machinelearningnews/top.json")}});
    QCOMPARE(QJsonDocument::fromJson(fromEnvironment.out.toUtf8())
                 .array()
                 .first()
                 .toObject()
                 .value(u"source"),
             QStringLiteral("r/machinelearningnews"));
    const Run fromFlag = digestctl(
        {QStringLiteral("--json"), QStringLiteral("--source"), url("/r/MachineLearning/top.json")},
        {{QStringLiteral("DIGEST_TOPIC_SOURCES"), url("/r/machinelearningnews/top.json")}});
    QCOMPARE(QJsonDocument::fromJson(fromFlag.out.toUtf8()).array().size(), 5);
    QCOMPARE(m_server->requestCount(QStringLiteral("/r/machinelearningnews/top.json")), 1);
}

void tst_DigestctlTopics::siteMarksCoveredTopics()
{
    const QString site = m_home->filePath(QStringLiteral("site"));
    const QDate day = QDate::currentDate().addDays(-1);
    digest::test::writeSitePost(
        site, day, {QStringLiteral("Sparse Routers That Learn When To Stop Thinking")}, {});
    const Run run = digestctl({QStringLiteral("--json"), QStringLiteral("--site"), site,
                               QStringLiteral("--source"), url("/r/MachineLearning/top.json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray topics = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(topics.first().toObject().value(u"covered").toBool(), true);
    QCOMPARE(topics.first().toObject().value(u"coveredOn").toString(), day.toString(Qt::ISODate));
    QCOMPARE(topics.at(1).toObject().value(u"covered").toBool(), false);
}

void tst_DigestctlTopics::todayIsTheSitesDayNotTheComputersDay()
{
    // A computer whose local date is not the UTC date right now (a POSIX TZ needs no zone
    // database): east of UTC from 10:00 UTC on, west of it before 12:00.
    const auto localZone = [] {
        return QDateTime::currentDateTimeUtc().time().hour() >= 10 ? QStringLiteral("EAST-14")
                                                                   : QStringLiteral("WEST+12");
    };
    const QString site = m_home->filePath(QStringLiteral("site"));
    for (int attempt = 0; attempt < 2; ++attempt) {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        // Today's post, just written (the new post is dated today in UTC), and yesterday's.
        digest::test::writeSitePost(
            site, today, {QStringLiteral("Sparse Routers That Learn When To Stop Thinking")}, {});
        digest::test::writeSitePost(
            site, today.addDays(-1),
            {QStringLiteral("How do you keep eval sets from leaking into pre-training data")}, {});
        const Run run = digestctl({QStringLiteral("--json"), QStringLiteral("--site"), site,
                                   QStringLiteral("--source"), url("/r/MachineLearning/top.json")},
                                  {{QStringLiteral("TZ"), localZone()}});
        if (QDateTime::currentDateTimeUtc().date() != today)
            continue; // midnight (UTC) passed while it ran: once more with the new day
        QCOMPARE(run.exitCode, 0);
        const QStringList covered = digest::test::coveredTopics(run.out);
        // Today's own post is not an earlier one; yesterday's is, whatever the local date.
        QCOMPARE(covered.size(), 1);
        QVERIFY2(covered.first().startsWith(today.addDays(-1).toString(Qt::ISODate)) &&
                     covered.first().contains(u"How do you keep eval sets"),
                 qPrintable(covered.first()));
        return;
    }
    QFAIL("The UTC date changed during both runs.");
}

void tst_DigestctlTopics::timeoutFlagGivesUpOnASilentSource()
{
    ScriptedResponse silent;
    silent.neverAnswer = true;
    m_server->route(QStringLiteral("/silent.json"), silent);
    // Without --timeout digestctl would wait the settings' 30 s, longer than digestctl()
    // waits for it.
    const Run run = digestctl({QStringLiteral("--timeout"), QStringLiteral("0.4"),
                               QStringLiteral("--source"), url("/silent.json"),
                               QStringLiteral("--source"), url("/r/MachineLearning/top.json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(u"did not answer in time"), qPrintable(run.err));
}

void tst_DigestctlTopics::failedSourceFallsBackToItsCache()
{
    const QStringList arguments{QStringLiteral("--json"), QStringLiteral("--source"),
                                url("/r/MachineLearning/top.json")};
    QCOMPARE(digestctl(arguments).exitCode, 0);
    m_server->route(QStringLiteral("/r/MachineLearning/top.json"),
                    ScriptedResponse::error(429, {{"Retry-After", "3600"}}));
    const Run run = digestctl(arguments);
    // The list shown is yesterday's news: the source did not succeed.
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"too many requests (HTTP 429)") &&
                 run.err.contains(u"Showing the topics fetched"),
             qPrintable(run.err));
    const QJsonArray topics = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(topics.size(), 5);
    QCOMPARE(topics.first().toObject().value(u"cached").toBool(), true);
}

void tst_DigestctlTopics::wrongUsageExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("limit") << QStringList{QStringLiteral("--limit"), QStringLiteral("many")};
    QTest::newRow("timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("-1")};
    QTest::newRow("source") << QStringList{QStringLiteral("--source"), QStringLiteral("ftp://x/y")};
    QTest::newRow("file") << QStringList{QStringLiteral("some.md")};
}

void tst_DigestctlTopics::wrongUsageExitsWithTwo()
{
    QFETCH(QStringList, arguments);
    const Run run = digestctl(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith(u"digestctl: "));
    QCOMPARE(m_server->requests().size(), 0);
}

QTEST_GUILESS_MAIN(tst_DigestctlTopics)
#include "tst_digestctl_topics.moc"
