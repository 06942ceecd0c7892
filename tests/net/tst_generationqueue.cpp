// The generation queue against a loopback OpenAI-compatible server: its limit per endpoint,
// its order, cancelling, and failures that stay with their job.
#include "generationqueuerig.h"

#include <QSignalSpy>

using digest::ChatError;
using digest::SlotKind;
using digest::SlotUsage;
using digest::test::Header;
using namespace digest::test::generation;

class tst_GenerationQueue final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { digest::test::clearProxyEnvironment(); }

    void limitHoldsPerEndpoint_data();
    void limitHoldsPerEndpoint();
    void queuedJobsStartInOrder();
    void cancelQueuedJob();
    void cancelRunningJobKeepsText();
    void cancelAll();
    void notConfiguredSaysHowToConfigure();
    void serverErrorFailsOnlyThatJob();
    void cooldownShowsAsWaiting();
};

void tst_GenerationQueue::limitHoldsPerEndpoint_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("one") << 1;
    QTest::newRow("two") << 2;
    QTest::newRow("default") << GenerationQueue::kDefaultLimit;
}

void tst_GenerationQueue::limitHoldsPerEndpoint()
{
    QFETCH(int, limit);
    TestHttpServer server;
    server.route(openai::chatPath, slowAnswer(QStringLiteral("Quieter trains."), 300));
    Rig rig;
    if (limit != GenerationQueue::kDefaultLimit)
        rig.queue.setLimitPerEndpoint(limit);
    QCOMPARE(rig.queue.limitPerEndpoint(), limit);

    std::vector<std::unique_ptr<Watch>> watches;
    int mostRunning = 0;
    for (int i = 0; i < 7; ++i) {
        SlotJob* job = rig.queue.enqueue(endpointFor(server), messagesFor(QString::number(i)),
                                         QStringLiteral("consequence-%1/benefits").arg(i + 1),
                                         SlotKind::Benefits);
        QObject::connect(job, &SlotJob::started, [&rig, &mostRunning] {
            mostRunning = std::max(mostRunning, rig.queue.runningCount());
        });
        watches.push_back(std::make_unique<Watch>(job));
    }
    QCOMPARE(rig.queue.queuedCount(), 7);
    QSignalSpy idle(&rig.queue, &GenerationQueue::idle);
    QVERIFY(waitForAll(watches));
    for (const auto& watch : watches)
        QCOMPARE(watch->outcome.state, SlotJobState::Done);
    // At the server: never more requests at once than the limit, and as many as it allows.
    QCOMPARE(server.maxConcurrentConnections(), limit);
    QCOMPARE(mostRunning, limit);
    QCOMPARE(server.requestCount(openai::chatPath), 7);
    QCOMPARE(idle.size(), 1);
    QVERIFY(rig.queue.jobs().isEmpty());
}

void tst_GenerationQueue::queuedJobsStartInOrder()
{
    TestHttpServer server;
    server.route(openai::chatPath, slowAnswer(QStringLiteral("Text."), 50));
    Rig rig;
    rig.queue.setLimitPerEndpoint(1);
    std::vector<std::unique_ptr<Watch>> watches;
    QStringList finishedOrder;
    const QStringList topics{"trains", "bridges", "canals", "ferries", "tunnels"};
    for (const QString& topic : topics) {
        SlotJob* job =
            rig.queue.enqueue(endpointFor(server), messagesFor(topic), topic, SlotKind::Benefits);
        QObject::connect(job, &SlotJob::finished,
                         [&finishedOrder, job] { finishedOrder.append(job->slotId()); });
        watches.push_back(std::make_unique<Watch>(job));
    }
    QCOMPARE(rig.queue.jobs().size(), topics.size());
    QVERIFY(waitForAll(watches));
    QCOMPARE(finishedOrder, topics);
    QStringList arrived;
    for (const auto& request : server.requests())
        arrived.append(topicOf(request));
    QStringList expected;
    for (const QString& topic : topics)
        expected.append(messagesFor(topic).last().content);
    QCOMPARE(arrived, expected);
}

void tst_GenerationQueue::cancelQueuedJob()
{
    TestHttpServer server;
    server.route(openai::chatPath, slowAnswer(QStringLiteral("Text."), 200));
    Rig rig;
    rig.queue.setLimitPerEndpoint(1);
    std::vector<std::unique_ptr<Watch>> watches;
    for (const QString& topic :
         {QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")})
        watches.push_back(std::make_unique<Watch>(
            rig.queue.enqueue(endpointFor(server), messagesFor(topic), topic, SlotKind::Benefits)));
    QVERIFY(QTest::qWaitFor([&] { return watches[0]->job->isRunning(); }, kWaitMs));
    QVERIFY(!watches[1]->job->isRunning());

    watches[1]->job->cancel();
    // At once, not on a later turn.
    QCOMPARE(watches[1]->finishedCount, 1);
    QCOMPARE(watches[1]->outcome.state, SlotJobState::Cancelled);
    QCOMPARE(watches[1]->outcome.usage, SlotUsage());
    QVERIFY(waitForAll(watches));
    QCOMPARE(watches[0]->outcome.state, SlotJobState::Done);
    QCOMPARE(watches[2]->outcome.state, SlotJobState::Done);
    QCOMPARE(watches[1]->finishedCount, 1);
    // The cancelled one was never sent.
    QCOMPARE(server.requestCount(openai::chatPath), 2);
    for (const auto& request : server.requests())
        QVERIFY(!topicOf(request).contains(QStringLiteral("second")));
}

void tst_GenerationQueue::cancelRunningJobKeepsText()
{
    TestHttpServer server;
    openai::Stream slow;
    slow.pieces = QStringList{"Quieter ", "trains ", "let ", "people ", "sleep ", "on ", "board."};
    slow.bytesPerPiece = 40;
    slow.pieceDelayMs = 100;
    server.route(openai::chatPath,
                 QList<ScriptedResponse>{openai::streamed(slow), slowAnswer("Next one.", 0)});
    Rig rig;
    rig.queue.setLimitPerEndpoint(1);
    std::vector<std::unique_ptr<Watch>> watches;
    watches.push_back(std::make_unique<Watch>(
        rig.queue.enqueue(endpointFor(server), messagesFor("a"), "a", SlotKind::Benefits)));
    watches.push_back(std::make_unique<Watch>(
        rig.queue.enqueue(endpointFor(server), messagesFor("b"), "b", SlotKind::Benefits)));
    QVERIFY(QTest::qWaitFor([&] { return !watches[0]->texts.isEmpty(); }, kWaitMs));
    QCOMPARE(watches[0]->job->state(), SlotJobState::Streaming);
    const QString shown = watches[0]->job->text();

    watches[0]->job->cancel();
    QCOMPARE(watches[0]->finishedCount, 1);
    QCOMPARE(watches[0]->outcome.state, SlotJobState::Cancelled);
    QVERIFY(watches[0]->outcome.text.startsWith(shown));
    QVERIFY(watches[0]->outcome.text.startsWith(QStringLiteral("Quieter")));
    QVERIFY(!watches[0]->outcome.text.contains(QStringLiteral("board")));
    QVERIFY(watches[0]->outcome.usage.estimated);
    // Its place goes to the next one.
    QVERIFY(waitForAll(watches));
    QCOMPARE(watches[1]->outcome.state, SlotJobState::Done);
    QCOMPARE(watches[1]->outcome.text, QStringLiteral("Next one."));
    QCOMPARE(watches[0]->finishedCount, 1);
}

void tst_GenerationQueue::cancelAll()
{
    TestHttpServer server;
    server.route(openai::chatPath, slowAnswer(QStringLiteral("Text."), 5000));
    Rig rig;
    rig.queue.setLimitPerEndpoint(2);
    std::vector<std::unique_ptr<Watch>> watches;
    for (int i = 0; i < 5; ++i)
        watches.push_back(std::make_unique<Watch>(rig.queue.enqueue(
            endpointFor(server), messagesFor(QString::number(i)), "x", SlotKind::Benefits)));
    QVERIFY(QTest::qWaitFor([&] { return server.requestCount(openai::chatPath) == 2; }, kWaitMs));
    QSignalSpy idle(&rig.queue, &GenerationQueue::idle);
    rig.queue.cancelAll();
    for (const auto& watch : watches)
        QCOMPARE(watch->outcome.state, SlotJobState::Cancelled);
    QCOMPARE(idle.size(), 1);
    QVERIFY(rig.queue.jobs().isEmpty());
    QTest::qWait(100);
    QCOMPARE(server.requestCount(openai::chatPath), 2);
}

void tst_GenerationQueue::notConfiguredSaysHowToConfigure()
{
    Rig rig;
    Watch watch(rig.queue.enqueue(ChatEndpoint(), messagesFor("x"), "x", SlotKind::Benefits));
    QCOMPARE(watch.finishedCount, 0); // the caller connects first
    QVERIFY(QTest::qWaitFor([&] { return watch.finished(); }, kWaitMs));
    QCOMPARE(watch.outcome.state, SlotJobState::Failed);
    QCOMPARE(watch.outcome.error, ChatError::NotConfigured);
    QVERIFY2(watch.outcome.message.contains(QStringLiteral("OPENAI_BASE_URL")),
             qPrintable(watch.outcome.message));
    QVERIFY(watch.outcome.message.contains(QStringLiteral("settings")));
    QCOMPARE(watch.outcome.usage, SlotUsage());

    ChatEndpoint noModel;
    noModel.baseUrl = QStringLiteral("http://127.0.0.1:9/v1");
    Watch model(rig.queue.enqueue(noModel, messagesFor("x"), "x", SlotKind::Benefits));
    QVERIFY(QTest::qWaitFor([&] { return model.finished(); }, kWaitMs));
    QVERIFY(model.outcome.message.contains(QStringLiteral("OPENAI_MODEL")));
}

void tst_GenerationQueue::serverErrorFailsOnlyThatJob()
{
    TestHttpServer server;
    server.route(openai::chatPath,
                 QList<ScriptedResponse>{slowAnswer("One.", 0),
                                         openai::apiError(500, "The engine overheated"),
                                         slowAnswer("Three.", 0)});
    Rig rig;
    rig.queue.setLimitPerEndpoint(1); // the answers go to the jobs in their order
    std::vector<std::unique_ptr<Watch>> watches;
    for (const QString& id :
         {QStringLiteral("consequence-1/benefits"), QStringLiteral("consequence-1/ramifications"),
          QStringLiteral("consequence-2/benefits")})
        watches.push_back(std::make_unique<Watch>(
            rig.queue.enqueue(endpointFor(server), messagesFor(id), id, SlotKind::Benefits)));
    QVERIFY(waitForAll(watches));
    QCOMPARE(watches[0]->outcome.state, SlotJobState::Done);
    QCOMPARE(watches[1]->outcome.state, SlotJobState::Failed);
    QCOMPARE(watches[1]->outcome.error, ChatError::ServerError);
    QVERIFY(watches[1]->outcome.message.contains(QStringLiteral("The engine overheated")));
    QCOMPARE(watches[2]->outcome.state, SlotJobState::Done);
    QCOMPARE(watches[2]->outcome.text, QStringLiteral("Three."));
}

void tst_GenerationQueue::cooldownShowsAsWaiting()
{
    TestHttpServer server;
    server.route(openai::chatPath,
                 QList<ScriptedResponse>{openai::apiError(429, "Slow down", QString(), QString(),
                                                          {Header("Retry-After", "1")}),
                                         slowAnswer("After the wait.", 0)});
    Rig rig;
    Watch watch(rig.queue.enqueue(endpointFor(server), messagesFor("x"), "x", SlotKind::Benefits));
    QVERIFY(QTest::qWaitFor([&] { return watch.finished(); }, kWaitMs));
    QCOMPARE(watch.outcome.state, SlotJobState::Done);
    QCOMPARE(watch.outcome.text, QStringLiteral("After the wait."));
    QCOMPARE(watch.states, (QList<SlotJobState>{SlotJobState::Waiting, SlotJobState::Streaming,
                                                SlotJobState::Done}));
}

QTEST_GUILESS_MAIN(tst_GenerationQueue)
#include "tst_generationqueue.moc"
