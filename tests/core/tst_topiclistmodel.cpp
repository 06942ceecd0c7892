#include "core/topics/topiclistmodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using digest::Topic;
using digest::TopicListModel;
using digest::TopicSection;

namespace {

Topic topic(const QString& title, TopicSection section = TopicSection::Consequences)
{
    Topic topic;
    topic.fullTitle = u"[D] " + title;
    topic.title = title;
    topic.flair = QStringLiteral("D");
    topic.section = section;
    topic.permalink = QUrl(QStringLiteral("https://www.reddit.com/r/x/comments/") + title);
    topic.score = 10;
    return topic;
}

QStringList titles(const QList<Topic>& topics)
{
    QStringList titles;
    for (const Topic& each : topics)
        titles.append(each.title);
    return titles;
}

QList<Topic> fourTopics()
{
    return {topic(QStringLiteral("a")), topic(QStringLiteral("b")),
            topic(QStringLiteral("trend"), TopicSection::Trending), topic(QStringLiteral("c")),
            topic(QStringLiteral("d"))};
}

void check(TopicListModel& model, int row, bool checked = true)
{
    QVERIFY(
        model.setData(model.index(row), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole));
}

} // namespace

class tst_TopicListModel final : public QObject
{
    Q_OBJECT

private slots:
    void showsOnlyItsSection();
    void checkedTopicsAreTheChoiceInListOrder();
    void checksSurviveARefresh();
    void aRefreshKeepsTheChosenTopicsAndTheirOrder();
    void moveTopicReorders();
    void dragAndDropMovesRowsTheQtWay();
    void dropsFromAnotherListAreRefused();
    void flairIsKeptOrStripped();
    void passesTheModelTester();
};

void tst_TopicListModel::showsOnlyItsSection()
{
    TopicListModel consequences(TopicSection::Consequences);
    TopicListModel trending(TopicSection::Trending);
    consequences.setTopics(fourTopics());
    trending.setTopics(fourTopics());
    QCOMPARE(consequences.rowCount(), 4);
    QCOMPARE(trending.rowCount(), 1);
    QCOMPARE(trending.data(trending.index(0)).toString(), QStringLiteral("trend"));
    QCOMPARE(trending.data(trending.index(0), TopicListModel::TopicRole).value<Topic>(),
             fourTopics().at(2));
    QCOMPARE(consequences.data(consequences.index(0), TopicListModel::ScoreRole).toInt(), 10);
    QVERIFY(consequences.flags(consequences.index(0)) & Qt::ItemIsUserCheckable);
    QVERIFY(consequences.flags(consequences.index(0)) & Qt::ItemIsDragEnabled);
    QVERIFY(!(consequences.flags(consequences.index(0)) & Qt::ItemIsDropEnabled));
}

void tst_TopicListModel::checkedTopicsAreTheChoiceInListOrder()
{
    TopicListModel model(TopicSection::Consequences);
    model.setTopics(fourTopics());
    QSignalSpy choice(&model, &TopicListModel::choiceChanged);
    check(model, 3);
    check(model, 1);
    QCOMPARE(choice.count(), 2);
    QCOMPARE(model.data(model.index(1), Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(titles(model.chosenTopics()), (QStringList{u"b"_qs, u"d"_qs}));
    check(model, 1, false);
    QCOMPARE(titles(model.chosenTopics()), QStringList{u"d"_qs});
}

void tst_TopicListModel::checksSurviveARefresh()
{
    TopicListModel model(TopicSection::Consequences);
    model.setTopics(fourTopics());
    check(model, 2);
    QList<Topic> refreshed = fourTopics();
    refreshed.removeFirst();
    refreshed.append(topic(QStringLiteral("e")));
    model.setTopics(refreshed);
    QCOMPARE(titles(model.chosenTopics()), QStringList{u"c"_qs});
}

void tst_TopicListModel::aRefreshKeepsTheChosenTopicsAndTheirOrder()
{
    TopicListModel model(TopicSection::Consequences);
    model.setTopics(fourTopics());
    check(model, 0);                // a
    check(model, 3);                // d
    QVERIFY(model.moveTopic(1, 3)); // b to the end: a, c, d, b
    QVERIFY(model.moveTopic(2, 0)); // d first: d, a, c, b
    QCOMPARE(titles(model.chosenTopics()), (QStringList{u"d"_qs, u"a"_qs}));

    // Today's listing no longer has "a", has new figures for "d" and a new topic "e".
    QList<Topic> refreshed = {topic(QStringLiteral("e")), topic(QStringLiteral("d")),
                              topic(QStringLiteral("b")), topic(QStringLiteral("c"))};
    refreshed[1].score = 99;
    model.setTopics(refreshed);
    QCOMPARE(titles(model.chosenTopics()), (QStringList{u"d"_qs, u"a"_qs}));
    QCOMPARE(model.chosenTopics().first().score, 99);
    QCOMPARE(titles(model.topics()), (QStringList{u"d"_qs, u"a"_qs, u"e"_qs, u"b"_qs, u"c"_qs}));
}

void tst_TopicListModel::moveTopicReorders()
{
    TopicListModel model(TopicSection::Consequences);
    model.setTopics(fourTopics());
    check(model, 0);
    check(model, 3);
    QVERIFY(model.moveTopic(3, 0));
    QCOMPARE(titles(model.topics()), (QStringList{u"d"_qs, u"a"_qs, u"b"_qs, u"c"_qs}));
    QCOMPARE(titles(model.chosenTopics()), (QStringList{u"d"_qs, u"a"_qs}));
    QVERIFY(model.moveTopic(0, 2));
    QCOMPARE(titles(model.topics()), (QStringList{u"a"_qs, u"b"_qs, u"d"_qs, u"c"_qs}));
    QVERIFY(!model.moveTopic(0, 4));
    QVERIFY(!model.moveTopic(-1, 0));
    QVERIFY(!model.moveTopic(1, 1));
}

void tst_TopicListModel::dragAndDropMovesRowsTheQtWay()
{
    TopicListModel model(TopicSection::Consequences);
    model.setTopics(fourTopics());
    check(model, 3);
    // What QAbstractItemView does for an internal move: drop copies, then remove the originals.
    std::unique_ptr<QMimeData> data(model.mimeData({model.index(3)}));
    QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, 1, 0, QModelIndex()));
    const QPersistentModelIndex original(model.index(3));
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 1, 0, QModelIndex()));
    QVERIFY(model.removeRows(original.row(), 1));
    QCOMPARE(titles(model.topics()), (QStringList{u"a"_qs, u"d"_qs, u"b"_qs, u"c"_qs}));
    QCOMPARE(titles(model.chosenTopics()), QStringList{u"d"_qs});
    // And what QListView does when the model can move rows itself.
    QVERIFY(model.moveRows(QModelIndex(), 1, 1, QModelIndex(), 4));
    QCOMPARE(titles(model.topics()), (QStringList{u"a"_qs, u"b"_qs, u"c"_qs, u"d"_qs}));
}

void tst_TopicListModel::dropsFromAnotherListAreRefused()
{
    TopicListModel model(TopicSection::Consequences);
    TopicListModel other(TopicSection::Consequences);
    model.setTopics(fourTopics());
    other.setTopics(fourTopics());
    std::unique_ptr<QMimeData> data(other.mimeData({other.index(0)}));
    QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, QModelIndex()));
    QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, QModelIndex()));
    QMimeData junk;
    junk.setData(model.mimeTypes().first(), "not a stream");
    QVERIFY(!model.canDropMimeData(&junk, Qt::MoveAction, 0, 0, QModelIndex()));
    QCOMPARE(model.rowCount(), 4);
}

void tst_TopicListModel::flairIsKeptOrStripped()
{
    TopicListModel model(TopicSection::Consequences);
    model.setTopics(fourTopics());
    QCOMPARE(model.data(model.index(0)).toString(), QStringLiteral("a"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setKeepFlair(true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.data(model.index(0)).toString(), QStringLiteral("[D] a"));
    QCOMPARE(model.data(model.index(0), TopicListModel::FlairRole).toString(), QStringLiteral("D"));
}

void tst_TopicListModel::passesTheModelTester()
{
    TopicListModel model(TopicSection::Consequences);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTopics(fourTopics());
    check(model, 1);
    model.moveTopic(0, 3);
    model.removeRows(0, 2);
    model.setTopics({});
}

QTEST_GUILESS_MAIN(tst_TopicListModel)
#include "tst_topiclistmodel.moc"
