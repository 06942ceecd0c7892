#include "core/generation/chatclient.h"
#include "core/net/httpclient.h"
#include "core/settings/generationsettings.h"
#include "core/settings/settings.h"
#include "core/topics/topicboard.h"
#include "core/topics/topiclistmodel.h"
#include "desk/desk.h"
#include "openaiserver.h"
#include "testhttpserver.h"
#include "topicfixtures.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using digest::Desk;
using digest::HttpClient;
using digest::HttpReply;
using digest::HttpRequest;
using digest::Settings;
using digest::Topic;
using digest::TopicBoard;
using digest::TopicSection;
using digest::test::ScriptedResponse;
using digest::test::TestHttpServer;

namespace {

// Long enough for a loopback fetch on a loaded machine; a refresh that works takes milliseconds.
constexpr int kRefreshMs = 20'000;

const QString kRedditPath = QStringLiteral("/r/MachineLearning/top.json");
const QString kFeedPath = QStringLiteral("/news.xml");
const QString kLeakingTitle =
    QStringLiteral("How do you keep eval sets from leaking into pretraining data");

// Half past eleven in the evening in UTC, half past midnight of the next day in Berlin.
QDateTime lateEveningUtc()
{
    return {QDate(2026, 11, 30), QTime(23, 30), Qt::UTC};
}

QTimeZone berlin()
{
    return QTimeZone(QByteArrayLiteral("Europe/Berlin"));
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const Topic* findTopic(const QList<Topic>& topics, const QString& titlePart)
{
    for (const Topic& topic : topics) {
        if (topic.title.contains(titlePart))
            return &topic;
    }
    return nullptr;
}

} // namespace

class tst_Desk final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theTopicBoardFetchesThroughTheDesksOneClient();
    void theModelClientUsesTheSameClientAndTheSettings();
    void startFetchesTopicsWhenTheSettingsSaySo();
    void startDoesNotFetchWhenTheSettingsSayNot();
    void postDayFollowsTheSiteTimeZone();
    void coveredMarksFollowTheSitesDay();
    void todaysDraftInADatedFolderCoversNothing();
    void newPostIsForTheSitesDay();
    void newPostWithASiteGoesWhereThePatternSays();

private:
    // A desk over a settings file of this test's own, whose clock says `now`, fetching the
    // topics from the loopback server.
    std::unique_ptr<Desk> makeDesk(const QDateTime& now = lateEveningUtc());
    bool refreshed(Desk& desk);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<digest::test::ScopedEnvironment> m_environment;
};

void tst_Desk::initTestCase()
{
    digest::test::clearProxyEnvironment();
    QVERIFY(berlin().isValid());
}

void tst_Desk::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The topic cache goes to this test's own folder; the sources are the settings', never the
    // environment's.
    m_environment =
        std::make_unique<digest::test::ScopedEnvironment>(QList<std::pair<QByteArray, QByteArray>>{
            {"XDG_CACHE_HOME", m_dir->filePath(QStringLiteral("cache")).toUtf8()},
            // The default site, made by New Post while no site is set, goes there too.
            {"XDG_DATA_HOME", m_dir->filePath(QStringLiteral("data")).toUtf8()},
            {"DIGEST_TOPIC_SOURCES", {}}});
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->isListening());
    m_server->route(kRedditPath, ScriptedResponse::ok(digest::test::fixture(
                                                          QStringLiteral("topics/reddit-top.json")),
                                                      "application/json"));
    m_server->route(kFeedPath,
                    ScriptedResponse::ok(digest::test::fixture(QStringLiteral("topics/rss2.xml")),
                                         "application/rss+xml"));
    m_server->route(QStringLiteral("/barrier"), ScriptedResponse::ok("done", "text/plain"));
}

void tst_Desk::cleanup()
{
    m_server.reset();
    m_environment.reset();
    m_dir.reset();
}

std::unique_ptr<Desk> tst_Desk::makeDesk(const QDateTime& now)
{
    auto desk = std::make_unique<Desk>(
        std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini"))),
        [now] { return now; });
    Settings& settings = desk->settings();
    settings.setTopicSources(
        {{m_server->url(kRedditPath + QStringLiteral("?t=day")), TopicSection::Consequences},
         {m_server->url(kFeedPath), TopicSection::Trending}});
    settings.setNetworkTimeoutMs(kRefreshMs);
    settings.setLastFolder(m_dir->filePath(QStringLiteral("drafts")));
    return desk;
}

bool tst_Desk::refreshed(Desk& desk)
{
    QSignalSpy done(&desk.topics(), &TopicBoard::refreshed);
    desk.topics().refresh();
    return done.wait(kRefreshMs);
}

void tst_Desk::theTopicBoardFetchesThroughTheDesksOneClient()
{
    const std::unique_ptr<Desk> desk = makeDesk();
    QVERIFY(refreshed(*desk));
    QCOMPARE(desk->topics().messages(), QStringList());
    QVERIFY(desk->topics().model(TopicSection::Consequences)->rowCount() > 0);
    QVERIFY(desk->topics().model(TopicSection::Trending)->rowCount() > 0);
    QCOMPARE(m_server->requestCount(kRedditPath), 1);
    QCOMPARE(m_server->requestCount(kFeedPath), 1);

    // The fetch made no client of its own: the desk's is the only one, and it is http().
    const QList<HttpClient*> clients = desk->findChildren<HttpClient*>();
    QCOMPARE(clients.size(), 1);
    QCOMPARE(clients.first(), &desk->http());
}

void tst_Desk::theModelClientUsesTheSameClientAndTheSettings()
{
    const std::unique_ptr<Desk> desk = makeDesk();
    m_server->route(QStringLiteral("/v1/models"),
                    digest::test::openai::models({QStringLiteral("small"), QStringLiteral("big")}));
    // The settings name the endpoint without "/v1"; the environment gives the key only.
    const digest::test::ScopedEnvironment environment(
        QList<std::pair<QByteArray, QByteArray>>{{"OPENAI_BASE_URL", "http://elsewhere.invalid"},
                                                 {"OPENAI_MODEL", {}},
                                                 {"OPENAI_API_KEY", "sk-test-key"}});
    desk->settings().setModelBaseUrl(m_server->url(QString()).toString());
    desk->settings().setModelName(QStringLiteral("small"));
    const digest::ChatEndpoint endpoint = digest::chatEndpoint(desk->settings());
    QCOMPARE(endpoint.model, QStringLiteral("small"));
    QCOMPARE(endpoint.apiKey, QStringLiteral("sk-test-key"));

    digest::ModelListing* listing = desk->chat().listModels(endpoint, desk.get());
    QSignalSpy finished(listing, &digest::ModelListing::finished);
    QVERIFY(listing->isFinished() || finished.wait(kRefreshMs));
    QCOMPARE(listing->models(), (QStringList{QStringLiteral("big"), QStringLiteral("small")}));
    QCOMPARE(m_server->requestCount(QStringLiteral("/v1/models")), 1);
    // Still the one HTTP client, under the topics and the model alike.
    QCOMPARE(desk->findChildren<HttpClient*>().size(), 1);
    QCOMPARE(desk->findChildren<digest::ChatClient*>().size(), 1);
}

void tst_Desk::startFetchesTopicsWhenTheSettingsSaySo()
{
    const std::unique_ptr<Desk> desk = makeDesk();
    desk->settings().setFetchTopicsOnStart(true);
    QSignalSpy done(&desk->topics(), &TopicBoard::refreshed);
    desk->start();
    QVERIFY(done.wait(kRefreshMs));
    QVERIFY(desk->topics().model(TopicSection::Consequences)->rowCount() > 0);
    QCOMPARE(m_server->requestCount(kRedditPath), 1);
}

void tst_Desk::startDoesNotFetchWhenTheSettingsSayNot()
{
    const std::unique_ptr<Desk> desk = makeDesk();
    desk->settings().setFetchTopicsOnStart(false);
    QSignalSpy started(&desk->topics(), &TopicBoard::refreshStarted);
    desk->start();
    QVERIFY(!desk->topics().isRefreshing());
    QCOMPARE(started.size(), 0);

    // A barrier: a request of our own through the same client and event loop. A fetch that
    // start() had only scheduled would have started, and reached the server, by its answer.
    HttpRequest request;
    request.url = m_server->url(QStringLiteral("/barrier"));
    HttpReply* reply = desk->http().send(request, desk.get());
    QSignalSpy finished(reply, &HttpReply::finished);
    QVERIFY(finished.wait(kRefreshMs));
    QCOMPARE(reply->status(), 200);

    QCOMPARE(started.size(), 0);
    QVERIFY(!desk->topics().isRefreshing());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requestCount(kRedditPath), 0);
    QCOMPARE(m_server->requestCount(kFeedPath), 0);
    QCOMPARE(desk->topics().model(TopicSection::Consequences)->rowCount(), 0);
}

void tst_Desk::postDayFollowsTheSiteTimeZone()
{
    const std::unique_ptr<Desk> desk = makeDesk();
    // The site's default zone is UTC.
    QCOMPARE(desk->postDay(), QDate(2026, 11, 30));
    desk->settings().setSiteTimeZone(berlin());
    QCOMPARE(desk->postDay(), QDate(2026, 12, 1));
    desk->settings().setSiteTimeZone(QTimeZone::utc());
    QCOMPARE(desk->postDay(), QDate(2026, 11, 30));

    // West of UTC the evening before is still the day before.
    const std::unique_ptr<Desk> morning =
        makeDesk(QDateTime(QDate(2026, 12, 1), QTime(3, 0), Qt::UTC));
    morning->settings().setSiteTimeZone(QTimeZone(QByteArrayLiteral("America/New_York")));
    QCOMPARE(morning->postDay(), QDate(2026, 11, 30));
}

void tst_Desk::coveredMarksFollowTheSitesDay()
{
    // The site's post of 2026-11-30 is about a topic of today's listing.
    const QString site = m_dir->filePath(QStringLiteral("site"));
    digest::test::writeSitePost(site, QDate(2026, 11, 30), {kLeakingTitle}, {});
    const std::unique_ptr<Desk> desk = makeDesk();
    desk->settings().setSiteFolder(site);

    // In UTC it is still the 30th: that post is today's own draft, which covers nothing.
    QVERIFY(refreshed(*desk));
    QList<Topic> topics = desk->topics().model(TopicSection::Consequences)->topics();
    const Topic* topic = findTopic(topics, kLeakingTitle);
    QVERIFY(topic);
    QVERIFY2(!topic->isCovered(), qPrintable(topic->coveredBy));

    // In Berlin the 1st of December has begun: the post of the 30th covered the topic.
    desk->settings().setSiteTimeZone(berlin());
    QVERIFY(refreshed(*desk));
    topics = desk->topics().model(TopicSection::Consequences)->topics();
    topic = findTopic(topics, kLeakingTitle);
    QVERIFY(topic);
    QVERIFY(topic->isCovered());
    QVERIFY2(topic->coveredBy.contains(QStringLiteral("2026-11-30")), qPrintable(topic->coveredBy));
}

void tst_Desk::todaysDraftInADatedFolderCoversNothing()
{
    // A site whose posts live in dated folders, in Berlin, half an hour into the 1st of
    // December: today's draft is content/posts/2026/12/01/index.md, dated now in UTC, the 30th
    // (as newPost() makes it); yesterday's post is in 2026/11/30.
    const QString site = m_dir->filePath(QStringLiteral("site"));
    const QString sparse = QStringLiteral("Sparse routers that learn when to stop thinking");
    digest::test::writeSitePostAt(site, QStringLiteral("content/posts/2026/11/30/index.md"),
                                  QDate(2026, 11, 30), {sparse}, {});
    const QString draft =
        digest::test::writeSitePostAt(site, QStringLiteral("content/posts/2026/12/01/index.md"),
                                      QDate(2026, 11, 30), {kLeakingTitle}, {});
    QFile file(draft);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    QVERIFY(text.contains("\ndate: 2026-11-30T05:30:00Z\n"));
    QVERIFY(writeAll(draft, text.replace("T05:30:00Z", "T23:30:00Z")));

    const std::unique_ptr<Desk> desk = makeDesk();
    desk->settings().setSiteFolder(site);
    desk->settings().setSiteTimeZone(berlin());
    desk->settings().setPostPathPattern(QStringLiteral("content/posts/YYYY/MM/DD/index.md"));
    QVERIFY(refreshed(*desk));
    const QList<Topic> topics = desk->topics().model(TopicSection::Consequences)->topics();

    const Topic* yesterdays = findTopic(topics, QStringLiteral("Sparse routers"));
    QVERIFY(yesterdays);
    QVERIFY(yesterdays->isCovered());
    const Topic* todays = findTopic(topics, kLeakingTitle);
    QVERIFY(todays);
    QVERIFY2(!todays->isCovered(),
             qPrintable(QStringLiteral("today's own draft covers it: %1").arg(todays->coveredBy)));
}

void tst_Desk::newPostIsForTheSitesDay()
{
    // Without a site it goes into the default site, named for the site's day.
    const QString drafts =
        QDir(Desk::defaultSiteFolder()).filePath(QStringLiteral("content/posts"));
    {
        const std::unique_ptr<Desk> desk = makeDesk();
        desk->settings().setSiteTimeZone(berlin());
        const digest::SessionOutcome outcome = desk->newPost();
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        // The default site's archetype is the built-in one.
        QVERIFY2(outcome.message.contains(QStringLiteral("archetypes/default.md")),
                 qPrintable(outcome.message));
        QCOMPARE(desk->session().suggestedPath(),
                 QDir(drafts).filePath(QStringLiteral("2026-12-01-ai-auto-summary.md")));
        QVERIFY(desk->session().document().isModified());
        // Dated now, in UTC as the site's posts are.
        QVERIFY2(desk->session().document().text().contains(
                     QStringLiteral("\ndate: 2026-11-30T23:30:00Z\n")),
                 qPrintable(desk->session().document().text()));
        // Nothing is on disk until the post is saved.
        QVERIFY(!QFile::exists(desk->session().suggestedPath()));
    }
    const std::unique_ptr<Desk> desk = makeDesk();
    desk->settings().setSiteTimeZone(QTimeZone::utc());
    QVERIFY(desk->newPost().ok());
    QCOMPARE(desk->session().suggestedPath(),
             QDir(drafts).filePath(QStringLiteral("2026-11-30-ai-auto-summary.md")));
}

void tst_Desk::newPostWithASiteGoesWhereThePatternSays()
{
    const QString site = m_dir->filePath(QStringLiteral("site"));
    const QString archetype = QDir(site).filePath(QStringLiteral("archetypes/posts.md"));
    QVERIFY(writeAll(archetype, "---\ntitle: \"{{ .Name }}\"\ndate: {{ .Date }}\n---\n"));
    const std::unique_ptr<Desk> desk = makeDesk();
    desk->settings().setSiteFolder(site);
    desk->settings().setSiteTimeZone(berlin());
    desk->settings().setPostPathPattern(QStringLiteral("content/posts/YYYY/MM/DD-digest.md"));

    const digest::SessionOutcome outcome = desk->newPost();
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(archetype), qPrintable(outcome.message));
    QCOMPARE(desk->session().suggestedPath(),
             QDir(site).filePath(QStringLiteral("content/posts/2026/12/01-digest.md")));
    QCOMPARE(desk->session().document().text(),
             QStringLiteral("---\ntitle: \"01-digest\"\ndate: 2026-11-30T23:30:00Z\n---\n"));
    QVERIFY(desk->session().document().isModified());
}

QTEST_MAIN(tst_Desk)
#include "tst_desk.moc"
