// Offline at start: the topics of the last fetch show at once, before and without any fetch,
// marked as cached with their age, and a fetch that fails keeps them so. A loopback server
// answers the first fetch, then fails every request.
#include "core/settings/settings.h"
#include "core/topics/topicboard.h"
#include "core/topics/topiccache.h"
#include "core/topics/topiclistmodel.h"
#include "desk/desk.h"
#include "testhttpserver.h"
#include "topicfixtures.h"
#include "ui/topics/topicdelegate.h"
#include "ui/topics/topiclistview.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using digest::Desk;
using digest::Settings;
using digest::TopicBoard;
using digest::TopicListModel;
using digest::TopicSection;
using digest::test::fixture;
using digest::test::ScriptedResponse;
using digest::test::TestHttpServer;
using digest::ui::TopicDelegate;
using digest::ui::TopicListView;

namespace {

constexpr int kWaitMs = 10000;
const QString kRedditPath = QStringLiteral("/r/MachineLearning/top.json");
const QString kFeedPath = QStringLiteral("/news.xml");

QStringList titlesOf(const TopicListModel& model)
{
    QStringList titles;
    for (int row = 0; row < model.rowCount(); ++row)
        titles.append(model.index(row).data(Qt::DisplayRole).toString());
    return titles;
}

} // namespace

class tst_CachedTopics final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theLastFetchShowsAtStartMarkedWithItsAge();
    void aFreshFetchReplacesTheCachedTopics();
    void nothingCachedShowsNothing();

private:
    std::unique_ptr<Desk> makeDesk();
    // The first fetch, answered; then its cache made `hours` old.
    QStringList fetchOnceAndAge(int hours);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<digest::test::ScopedEnvironment> m_environment;
};

void tst_CachedTopics::initTestCase()
{
    digest::test::clearProxyEnvironment();
}

void tst_CachedTopics::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_environment =
        std::make_unique<digest::test::ScopedEnvironment>(QList<std::pair<QByteArray, QByteArray>>{
            {"XDG_CACHE_HOME", m_dir->filePath(QStringLiteral("cache")).toUtf8()},
            {"XDG_DATA_HOME", m_dir->filePath(QStringLiteral("data")).toUtf8()},
            {"DIGEST_TOPIC_SOURCES", {}}});
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->isListening());
    // Served once, then down.
    m_server->route(kRedditPath,
                    QList<ScriptedResponse>{
                        ScriptedResponse::ok(fixture(QStringLiteral("topics/reddit-top.json")),
                                             "application/json"),
                        ScriptedResponse::error(503)});
    m_server->route(kFeedPath, QList<ScriptedResponse>{
                                   ScriptedResponse::ok(fixture(QStringLiteral("topics/rss2.xml")),
                                                        "application/rss+xml"),
                                   ScriptedResponse::error(503)});
}

void tst_CachedTopics::cleanup()
{
    m_server.reset();
    m_environment.reset();
    m_dir.reset();
}

std::unique_ptr<Desk> tst_CachedTopics::makeDesk()
{
    auto desk = std::make_unique<Desk>(
        std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini"))));
    Settings& settings = desk->settings();
    settings.setTopicSources(
        {{m_server->url(kRedditPath + QStringLiteral("?t=day")), TopicSection::Consequences},
         {m_server->url(kFeedPath), TopicSection::Trending}});
    settings.setNetworkTimeoutMs(kWaitMs / 2);
    // No fetch at start: what shows comes from the cache alone.
    settings.setFetchTopicsOnStart(false);
    return desk;
}

QStringList tst_CachedTopics::fetchOnceAndAge(int hours)
{
    QStringList titles;
    {
        const std::unique_ptr<Desk> desk = makeDesk();
        QSignalSpy refreshed(&desk->topics(), &TopicBoard::refreshed);
        desk->topics().refresh();
        if (!refreshed.wait(kWaitMs))
            return {};
        titles = titlesOf(*desk->topics().model(TopicSection::Consequences));
        if (desk->topics()
                .model(TopicSection::Consequences)
                ->index(0)
                .data(TopicListModel::CachedRole)
                .toBool())
            return {};
        // Time passes: the cache was written `hours` ago.
        const digest::TopicCache cache;
        for (const digest::TopicSource& source : desk->settings().topicSources()) {
            std::optional<digest::CachedTopics> cached = cache.load(source);
            if (!cached)
                return {};
            cached->fetchedAt = cached->fetchedAt.addSecs(-hours * 3600 - 60);
            if (!cache.store(source, *cached))
                return {};
        }
    }
    return titles;
}

void tst_CachedTopics::theLastFetchShowsAtStartMarkedWithItsAge()
{
    const QStringList fetched = fetchOnceAndAge(3);
    QVERIFY(!fetched.isEmpty());
    QCOMPARE(m_server->requestCount(kRedditPath), 1);

    // A new start: the window's topic panel, and nothing fetched.
    const std::unique_ptr<Desk> desk = makeDesk();
    TopicListView panel(desk->topics());
    panel.resize(360, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy shown(&desk->topics(), &TopicBoard::cachedShown);
    desk->start();
    QVERIFY(shown.count() == 1 || shown.wait(kWaitMs));
    QCOMPARE(m_server->requestCount(kRedditPath), 1);
    QVERIFY(!desk->topics().isRefreshing());

    const TopicListModel& consequences = *desk->topics().model(TopicSection::Consequences);
    QCOMPARE(titlesOf(consequences), fetched);
    QVERIFY(desk->topics().model(TopicSection::Trending)->rowCount() > 0);
    const QModelIndex first = consequences.index(0);
    QVERIFY(first.data(TopicListModel::CachedRole).toBool());
    const QString details = TopicDelegate::detailsText(first, QDateTime::currentDateTimeUtc());
    QVERIFY2(details.startsWith(u"cached 3 hours ago · "), qPrintable(details));
    auto* note = panel.findChild<QLabel*>(QStringLiteral("topicsCachedNote"));
    QVERIFY(note);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"cached 3 hours ago"), qPrintable(note->text()));
    QVERIFY(!note->accessibleName().isEmpty());
    QVERIFY(!panel.findChild<QLabel*>(QStringLiteral("topicsEmptyNote"))->isVisible());

    // Offline: the fetch fails and the same topics stay, still marked with their age.
    QSignalSpy refreshed(&desk->topics(), &TopicBoard::refreshed);
    panel.refresh();
    QVERIFY(refreshed.wait(kWaitMs));
    QVERIFY(m_server->requestCount(kRedditPath) > 1); // asked (and retried), refused
    QCOMPARE(titlesOf(consequences), fetched);
    const QString after =
        TopicDelegate::detailsText(consequences.index(0), QDateTime::currentDateTimeUtc());
    QVERIFY2(after.startsWith(u"cached 3 hours ago · "), qPrintable(after));
    auto* messages = panel.findChild<QLabel*>(QStringLiteral("topicsMessages"));
    QVERIFY(messages->isVisible());
    QVERIFY2(messages->text().contains(u"503"), qPrintable(messages->text()));
}

void tst_CachedTopics::aFreshFetchReplacesTheCachedTopics()
{
    QVERIFY(!fetchOnceAndAge(50).isEmpty());
    // The server is back.
    m_server->route(kRedditPath,
                    ScriptedResponse::ok(fixture(QStringLiteral("topics/reddit-top.json")),
                                         "application/json"));
    m_server->route(kFeedPath, ScriptedResponse::ok(fixture(QStringLiteral("topics/rss2.xml")),
                                                    "application/rss+xml"));
    const std::unique_ptr<Desk> desk = makeDesk();
    TopicListView panel(desk->topics());
    panel.show();
    QSignalSpy shown(&desk->topics(), &TopicBoard::cachedShown);
    desk->start();
    QVERIFY(shown.count() == 1 || shown.wait(kWaitMs));
    const TopicListModel& consequences = *desk->topics().model(TopicSection::Consequences);
    const QString details =
        TopicDelegate::detailsText(consequences.index(0), QDateTime::currentDateTimeUtc());
    QVERIFY2(details.startsWith(u"cached 2 days ago · "), qPrintable(details));
    // A fetch that succeeds shows today's topics, no longer marked.
    QSignalSpy refreshed(&desk->topics(), &TopicBoard::refreshed);
    panel.refresh();
    QVERIFY(refreshed.wait(kWaitMs));
    QVERIFY(!consequences.index(0).data(TopicListModel::CachedRole).toBool());
    QVERIFY(!desk->topics().showingCached());
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("topicsCachedNote"))->isHidden());
}

void tst_CachedTopics::nothingCachedShowsNothing()
{
    const std::unique_ptr<Desk> desk = makeDesk();
    TopicListView panel(desk->topics());
    panel.show();
    QSignalSpy shown(&desk->topics(), &TopicBoard::cachedShown);
    desk->start();
    QVERIFY(!shown.wait(500));
    QCOMPARE(desk->topics().model(TopicSection::Consequences)->rowCount(), 0);
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("topicsEmptyNote"))->isVisible());
    QCOMPARE(m_server->requestCount(kRedditPath), 0);
}

QTEST_MAIN(tst_CachedTopics)
#include "tst_cachedtopics.moc"
