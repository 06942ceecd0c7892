#include "core/settings/settings.h"
#include "core/topics/topiclistmodel.h"
#include "desk/desk.h"
#include "testhttpserver.h"
#include "topicfixtures.h"
#include "ui/topics/topicdelegate.h"
#include "ui/topics/topiclistview.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using digest::Settings;
using digest::Topic;
using digest::TopicListModel;
using digest::TopicSection;
using digest::TopicSource;
using digest::test::fixture;
using digest::test::ScriptedResponse;
using digest::test::TestHttpServer;
using digest::ui::TopicDelegate;
using digest::ui::TopicListView;

namespace {

constexpr int kRefreshMs = 10000;

// Receives the links the panel asks the desktop to open.
class BrowserStandIn final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl& url) { opened.append(url); }
};

QStringList titles(const QList<Topic>& topics)
{
    QStringList titles;
    for (const Topic& topic : topics)
        titles.append(topic.title);
    return titles;
}

// Where the style puts a row's check box, as the delegate's editorEvent() looks for it.
QPoint checkBoxCenter(QListView* list, int row)
{
    QStyleOptionViewItem option;
    option.initFrom(list->viewport());
    option.rect = list->visualRect(list->model()->index(row, 0));
    option.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
    return list->style()
        ->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, list)
        .center();
}

} // namespace

class tst_TopicPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void refreshShowsTopicsWithScoreAndComments();
    void topicsOfEarlierPostsAreMarkedCovered();
    void failingSourceSaysSoAndTheOthersLoad();
    void checkAndReorderPickTheDaysTopics();
    void failedRefreshKeepsTheLastListMarkedCached();
    void activatingATopicOpensItsLink();

private:
    TopicListView& refreshedPanel();
    QListView* list(const char* name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<digest::Desk> m_desk;
    Settings* m_settings = nullptr;
    std::unique_ptr<TopicListView> m_panel;
};

void tst_TopicPanel::initTestCase()
{
    digest::test::clearProxyEnvironment();
}

void tst_TopicPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    // The cache goes to this test's own folder, not the user's.
    qputenv("XDG_CACHE_HOME", m_dir->filePath(QStringLiteral("cache")).toUtf8());
    m_server = std::make_unique<TestHttpServer>();
    m_server->route(QStringLiteral("/r/MachineLearning/top.json"),
                    ScriptedResponse::ok(fixture(QStringLiteral("topics/reddit-top.json")),
                                         "application/json"));
    m_server->route(
        QStringLiteral("/news.xml"),
        ScriptedResponse::ok(fixture(QStringLiteral("topics/rss2.xml")), "application/rss+xml"));
    m_desk = std::make_unique<digest::Desk>(
        std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini"))));
    m_settings = &m_desk->settings();
    m_settings->setTopicSources(
        {{m_server->url(QStringLiteral("/r/MachineLearning/top.json?t=day")),
          TopicSection::Consequences},
         {m_server->url(QStringLiteral("/r/gone/top.json?t=day")), TopicSection::Consequences},
         {m_server->url(QStringLiteral("/news.xml")), TopicSection::Trending}});
    m_settings->setNetworkTimeoutMs(2000);
    const QString site = m_dir->filePath(QStringLiteral("site"));
    digest::test::writeSitePost(site, QDate::currentDate().addDays(-2),
                                {QStringLiteral("How do you keep eval sets from leaking into "
                                                "pretraining data")},
                                {});
    m_settings->setSiteFolder(site);
    m_panel = std::make_unique<TopicListView>(m_desk->topics());
    m_panel->resize(360, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_TopicPanel::cleanup()
{
    m_panel.reset();
    m_desk.reset();
    m_server.reset();
    qunsetenv("XDG_CACHE_HOME");
}

TopicListView& tst_TopicPanel::refreshedPanel()
{
    QSignalSpy refreshed(m_panel.get(), &TopicListView::refreshed);
    m_panel->refresh();
    if (!refreshed.wait(kRefreshMs))
        qWarning("the panel did not finish refreshing");
    return *m_panel;
}

QListView* tst_TopicPanel::list(const char* name) const
{
    return m_panel->findChild<QListView*>(QString::fromLatin1(name));
}

void tst_TopicPanel::refreshShowsTopicsWithScoreAndComments()
{
    QVERIFY(m_panel->findChild<QLabel*>(QStringLiteral("topicsEmptyNote"))->isVisible());
    ScriptedResponse slow =
        ScriptedResponse::ok(fixture(QStringLiteral("topics/rss2.xml")), "application/rss+xml");
    slow.delayMs = 300;
    m_server->route(QStringLiteral("/news.xml"), slow);

    QSignalSpy refreshed(m_panel.get(), &TopicListView::refreshed);
    auto* button = m_panel->findChild<QToolButton*>(QStringLiteral("topicsRefreshButton"));
    QTest::mouseClick(button, Qt::LeftButton);
    auto* progress = m_panel->findChild<QProgressBar*>(QStringLiteral("topicsProgress"));
    QVERIFY(m_panel->isRefreshing());
    QVERIFY(progress->isVisible());
    QVERIFY(!m_panel->refreshAction()->isEnabled());
    QTRY_COMPARE(progress->maximum(), 3);
    QVERIFY(refreshed.wait(kRefreshMs));
    QVERIFY(!progress->isVisible());
    QVERIFY(m_panel->refreshAction()->isEnabled());
    QVERIFY(!m_panel->findChild<QLabel*>(QStringLiteral("topicsEmptyNote"))->isVisible());

    QListView* consequences = list("consequencesList");
    QListView* trending = list("trendingList");
    QVERIFY(consequences->isVisible() && trending->isVisible());
    // Stickied and NSFW threads are not candidates.
    QCOMPARE(consequences->model()->rowCount(), 5);
    QCOMPARE(trending->model()->rowCount(), 3);
    const QModelIndex first = consequences->model()->index(0, 0);
    QCOMPARE(first.data().toString(),
             QStringLiteral("Sparse routers that learn when to stop thinking"));
    QCOMPARE(first.data(TopicListModel::FlairRole).toString(), QStringLiteral("R"));
    QCOMPARE(TopicDelegate::scoreText(first), QStringLiteral("▲ 812"));
    const QString details = TopicDelegate::detailsText(first, QDateTime::currentDateTimeUtc());
    QVERIFY2(details.startsWith(u"143 comments · ") && details.endsWith(u" · r/MachineLearning"),
             qPrintable(details));
    // Feeds have no score; the row says nothing rather than a zero.
    QCOMPARE(TopicDelegate::scoreText(trending->model()->index(0, 0)), QString());
    QVERIFY(!m_panel->grab().isNull());
}

void tst_TopicPanel::topicsOfEarlierPostsAreMarkedCovered()
{
    refreshedPanel();
    QAbstractItemModel* model = list("consequencesList")->model();
    QStringList covered;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(TopicListModel::CoveredByRole).toString().isEmpty())
            continue;
        covered.append(index.data().toString());
        const QString date = QDate::currentDate().addDays(-2).toString(Qt::ISODate);
        QVERIFY(TopicDelegate::detailsText(index, QDateTime::currentDateTimeUtc())
                    .startsWith(u"covered " + date + u" · 201 comments"));
    }
    QCOMPARE(covered,
             QStringList{QStringLiteral("How do you keep eval sets from leaking into pretraining "
                                        "data?")});
}

void tst_TopicPanel::failingSourceSaysSoAndTheOthersLoad()
{
    refreshedPanel();
    auto* messages = m_panel->findChild<QLabel*>(QStringLiteral("topicsMessages"));
    QVERIFY(messages->isVisible());
    QVERIFY2(messages->text().contains(u"r/gone: not found (HTTP 404)"),
             qPrintable(messages->text()));
    QCOMPARE(messages->text().count(u'⚠'), 1);
    QCOMPARE(list("consequencesList")->model()->rowCount(), 5);
}

void tst_TopicPanel::checkAndReorderPickTheDaysTopics()
{
    refreshedPanel();
    QListView* consequences = list("consequencesList");
    QSignalSpy choice(m_panel.get(), &TopicListView::choiceChanged);

    // A click on the check box of the third topic, the space bar on the first.
    QTest::mouseClick(consequences->viewport(), Qt::LeftButton, {},
                      checkBoxCenter(consequences, 2));
    consequences->setFocus();
    consequences->setCurrentIndex(consequences->model()->index(0, 0));
    QTest::keyClick(consequences, Qt::Key_Space);
    QCOMPARE(titles(m_panel->chosenTopics(TopicSection::Consequences)),
             (QStringList{QStringLiteral("Sparse routers that learn when to stop thinking"),
                          QStringLiteral("A tiny library for reproducible tokenizer benchmarks")}));
    QCOMPARE(choice.count(), 2);

    // Ctrl+Down moves the current topic below the next one.
    QTest::keyClick(consequences, Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClick(consequences, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(consequences->currentIndex().row(), 2);
    QCOMPARE(titles(m_panel->chosenTopics(TopicSection::Consequences)),
             (QStringList{QStringLiteral("A tiny library for reproducible tokenizer benchmarks"),
                          QStringLiteral("Sparse routers that learn when to stop thinking")}));

    // A drop puts the dragged topic where it lands (Qt's move protocol, as the view runs it).
    auto* model = m_panel->model(TopicSection::Consequences);
    std::unique_ptr<QMimeData> dragged(model->mimeData({model->index(2)}));
    const QPersistentModelIndex origin(model->index(2));
    QVERIFY(model->dropMimeData(dragged.get(), Qt::MoveAction, 0, 0, QModelIndex()));
    QVERIFY(model->removeRows(origin.row(), 1));
    QCOMPARE(titles(m_panel->chosenTopics(TopicSection::Consequences)),
             (QStringList{QStringLiteral("Sparse routers that learn when to stop thinking"),
                          QStringLiteral("A tiny library for reproducible tokenizer benchmarks")}));
    QVERIFY(m_panel->chosenTopics(TopicSection::Trending).isEmpty());

    // The choice survives a refresh.
    refreshedPanel();
    QCOMPARE(m_panel->chosenTopics(TopicSection::Consequences).size(), 2);
}

void tst_TopicPanel::failedRefreshKeepsTheLastListMarkedCached()
{
    refreshedPanel();
    m_server->route(QStringLiteral("/r/MachineLearning/top.json"), ScriptedResponse::error(403));
    refreshedPanel();
    QAbstractItemModel* model = list("consequencesList")->model();
    QCOMPARE(model->rowCount(), 5);
    QVERIFY(model->index(0, 0).data(TopicListModel::CachedRole).toBool());
    // Fetched a moment ago: the mark says how old the list is.
    const QString details =
        TopicDelegate::detailsText(model->index(0, 0), QDateTime::currentDateTimeUtc());
    QVERIFY2(details.startsWith(u"cached just now · 143 comments"), qPrintable(details));
    const QString messages = m_panel->findChild<QLabel*>(QStringLiteral("topicsMessages"))->text();
    QVERIFY2(messages.contains(u"r/MachineLearning: access denied (HTTP 403)") &&
                 messages.contains(u"Showing the topics fetched"),
             qPrintable(messages));
}

void tst_TopicPanel::activatingATopicOpensItsLink()
{
    refreshedPanel();
    BrowserStandIn browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    QListView* consequences = list("consequencesList");
    consequences->setFocus();
    consequences->setCurrentIndex(consequences->model()->index(2, 0));
    QTest::keyClick(consequences, Qt::Key_Return);
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(browser.opened, QList<QUrl>{QUrl(QStringLiteral("https://example.org/tokbench"))});
}

QTEST_MAIN(tst_TopicPanel)
#include "tst_topicpanel.moc"
