// What one slot's job makes of the server's answer: its cleaned text as it streams, its final
// state, its usage, its messages.
#include "generationqueuerig.h"

using digest::ChatError;
using digest::SlotKind;
using digest::SlotUsage;
using namespace digest::test::generation;

class tst_SlotJob final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { digest::test::clearProxyEnvironment(); }

    void usageFromTheServer();
    void usageEstimatedWhenTheServerSendsNone();
    void truncatedAtTheTokenLimit();
    void droppedStreamIsIncompleteAndKeepsText();
    void droppedInsideALabelKeepsNoLabel();
    void emptyReplyFails();
    void unauthorizedNeverShowsTheKey();
    void labelOrHeadingNeverShows_data();
    void labelOrHeadingNeverShows();
    void predictionDateIsRead();
};

void tst_SlotJob::usageFromTheServer()
{
    TestHttpServer server;
    openai::Stream stream;
    stream.pieces = QStringList{"Fewer ", "delays."};
    stream.promptTokens = 120;
    stream.completionTokens = 45;
    server.route(openai::chatPath, openai::streamed(stream));
    Rig rig;
    Watch watch(rig.queue.enqueue(endpointFor(server), messagesFor("x"), "x", SlotKind::Benefits));
    QVERIFY(QTest::qWaitFor([&] { return watch.finished(); }, kWaitMs));
    QCOMPARE(watch.outcome.state, SlotJobState::Done);
    QCOMPARE(watch.outcome.text, QStringLiteral("Fewer delays."));
    QCOMPARE(watch.outcome.model, QStringLiteral("test-model"));
    QCOMPARE(watch.outcome.usage, (SlotUsage{120, 45, false}));
    QCOMPARE(digest::estimatedCost(watch.outcome.usage, {2.0, 10.0}),
             (120 * 2.0 + 45 * 10.0) / 1e6);
}

void tst_SlotJob::usageEstimatedWhenTheServerSendsNone()
{
    TestHttpServer server;
    openai::Stream stream;
    stream.pieces = QStringList{"Fewer ", "delays ", "for ", "all."}; // 21 characters
    stream.promptTokens = -1;
    server.route(openai::chatPath, openai::streamed(stream));
    Rig rig;
    const QList<ChatMessage> messages = messagesFor("trains");
    qint64 characters = 0;
    for (const ChatMessage& message : messages)
        characters += message.content.size();
    Watch watch(rig.queue.enqueue(endpointFor(server), messages, "x", SlotKind::Benefits));
    QVERIFY(QTest::qWaitFor([&] { return watch.finished(); }, kWaitMs));
    QCOMPARE(watch.outcome.state, SlotJobState::Done);
    QCOMPARE(watch.outcome.usage, (SlotUsage{(characters + 3) / 4, 6, true}));

    // A post's sum is estimated when any part of it is.
    SlotUsage total{100, 10, false};
    total += watch.outcome.usage;
    QCOMPARE(total, (SlotUsage{100 + (characters + 3) / 4, 16, true}));
}

void tst_SlotJob::truncatedAtTheTokenLimit()
{
    TestHttpServer server;
    openai::Stream stream;
    stream.pieces = QStringList{"Quieter trains mean that"};
    stream.finishReason = QStringLiteral("length");
    server.route(openai::chatPath, openai::streamed(stream));
    Rig rig;
    Watch watch(rig.queue.enqueue(endpointFor(server), messagesFor("x"), "x", SlotKind::Benefits));
    QVERIFY(QTest::qWaitFor([&] { return watch.finished(); }, kWaitMs));
    QCOMPARE(watch.outcome.state, SlotJobState::Truncated);
    QCOMPARE(watch.outcome.text, QStringLiteral("Quieter trains mean that"));
    QVERIFY(watch.outcome.message.contains(QStringLiteral("token limit")));
}

void tst_SlotJob::droppedStreamIsIncompleteAndKeepsText()
{
    TestHttpServer server;
    server.route(openai::chatPath,
                 openai::droppedStream({QStringLiteral("First, "), QStringLiteral("second, ")},
                                       {QStringLiteral("never seen.")}));
    Rig rig;
    Watch watch(rig.queue.enqueue(endpointFor(server), messagesFor("x"), "x", SlotKind::Benefits));
    QVERIFY(QTest::qWaitFor([&] { return watch.finished(); }, kWaitMs));
    QCOMPARE(watch.outcome.state, SlotJobState::Incomplete);
    QCOMPARE(watch.outcome.error, ChatError::Incomplete);
    QCOMPARE(watch.outcome.text, QStringLiteral("First, second,"));
    QVERIFY(!watch.outcome.message.isEmpty());
}

void tst_SlotJob::droppedInsideALabelKeepsNoLabel()
{
    TestHttpServer server;
    QByteArray body = openai::chunkEvent(QJsonObject{{"content", "**"}});
    body += openai::chunkEvent(QJsonObject{{"content", "Bene"}});
    const qsizetype dropAt = body.size();
    body += openai::chunkEvent(QJsonObject{{"content", "fits:** Fewer delays."}});
    ScriptedResponse response = openai::rawStream(body);
    response.closeAfterBytes = dropAt;
    server.route(openai::chatPath, response);
    Rig rig;
    Watch watch(rig.queue.enqueue(endpointFor(server), messagesFor("x"), "x", SlotKind::Benefits));
    QVERIFY(QTest::qWaitFor([&] { return watch.finished(); }, kWaitMs));
    QCOMPARE(watch.outcome.state, SlotJobState::Incomplete);
    // What arrived was only the start of the label: nothing of it is the slot's text.
    QCOMPARE(watch.outcome.text, QString());
    QVERIFY(watch.texts.isEmpty());
}

void tst_SlotJob::emptyReplyFails()
{
    TestHttpServer server;
    openai::Stream stream;
    stream.pieces = QStringList{"**Benefits:**", "\n\n"};
    server.route(openai::chatPath, openai::streamed(stream));
    Rig rig;
    Watch watch(rig.queue.enqueue(endpointFor(server), messagesFor("x"), "x", SlotKind::Benefits));
    QVERIFY(QTest::qWaitFor([&] { return watch.finished(); }, kWaitMs));
    QCOMPARE(watch.outcome.state, SlotJobState::Failed);
    QVERIFY(watch.outcome.text.isEmpty());
    QVERIFY(watch.outcome.message.contains(QStringLiteral("nothing usable")));
    QVERIFY(watch.texts.isEmpty());
}

void tst_SlotJob::unauthorizedNeverShowsTheKey()
{
    TestHttpServer server;
    server.route(openai::chatPath,
                 openai::apiError(401, "Incorrect API key provided: " + kKey + ".", QString(),
                                  "invalid_api_key"));
    Rig rig;
    Watch watch(
        rig.queue.enqueue(endpointFor(server, kKey), messagesFor("x"), "x", SlotKind::Benefits));
    QVERIFY(QTest::qWaitFor([&] { return watch.finished(); }, kWaitMs));
    QCOMPARE(watch.outcome.state, SlotJobState::Failed);
    QCOMPARE(watch.outcome.error, ChatError::Unauthorized);
    QVERIFY(watch.outcome.message.contains(QStringLiteral("API key")));
    QVERIFY(!watch.outcome.message.contains(QStringLiteral("SECRET")));
    QVERIFY(watch.outcome.text.isEmpty());
    QCOMPARE(server.requests().first().header("Authorization"), "Bearer " + kKey.toLatin1());
}

void tst_SlotJob::labelOrHeadingNeverShows_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("pieces");
    QTest::addColumn<QString>("hidden");
    QTest::addColumn<QString>("text");
    QTest::newRow("bold label") << int(SlotKind::Benefits)
                                << QStringList{"**", "Bene", "fits", ":**", " Quieter", " trains."}
                                << "Bene"
                                << "Quieter trains.";
    QTest::newRow("label spelt out")
        << int(SlotKind::Benefits)
        << QStringList{"Pot", "ential ", "bene", "fits: ", "Less ", "noise."} << "ential"
        << "Less noise.";
    QTest::newRow("list label") << int(SlotKind::Ramifications)
                                << QStringList{"- *", "Ramif",   "ications",
                                               ":* ", "Higher ", "fares."}
                                << "Ramif"
                                << "Higher fares.";
    QTest::newRow("heading") << int(SlotKind::Ramifications)
                             << QStringList{"#", "# Why", " it matters", "\n", "Fares", " rise."}
                             << "matters"
                             << "Fares rise.";
}

void tst_SlotJob::labelOrHeadingNeverShows()
{
    QFETCH(int, kind);
    QFETCH(QStringList, pieces);
    QFETCH(QString, hidden);
    QFETCH(QString, text);
    TestHttpServer server;
    openai::Stream stream;
    stream.pieces = pieces;
    // Each piece is a delta of its own, and every delta is cleaned and checked.
    server.route(openai::chatPath, openai::streamed(stream));
    Rig rig;
    Watch watch(rig.queue.enqueue(endpointFor(server), messagesFor("x"), "x", SlotKind(kind)));
    QVERIFY(QTest::qWaitFor([&] { return watch.finished(); }, kWaitMs));
    QCOMPARE(watch.outcome.state, SlotJobState::Done);
    QCOMPARE(watch.outcome.text, text);
    QVERIFY(watch.texts.size() >= 2); // it did stream
    for (const QString& shown : std::as_const(watch.texts)) {
        QVERIFY2(!shown.contains(hidden, Qt::CaseInsensitive), qPrintable(shown));
        QVERIFY2(!shown.contains(u'*') && !shown.contains(u'#'), qPrintable(shown));
    }
    QCOMPARE(watch.texts.last(), text);
    QCOMPARE(watch.states.first(), SlotJobState::Streaming);
    QCOMPARE(watch.states.last(), SlotJobState::Done);
}

void tst_SlotJob::predictionDateIsRead()
{
    TestHttpServer server;
    openai::Stream stream;
    stream.pieces = QStringList{
        "Artificial General Intelligence ", "(March ", "2031): ", "Labs ", "scale ", "up."};
    server.route(openai::chatPath, openai::streamed(stream));
    Rig rig;
    Watch watch(rig.queue.enqueue(endpointFor(server), messagesFor("x"), "prediction-1",
                                  SlotKind::Prediction,
                                  QStringLiteral("Artificial General Intelligence")));
    QVERIFY(QTest::qWaitFor([&] { return watch.finished(); }, kWaitMs));
    QCOMPARE(watch.outcome.state, SlotJobState::Done);
    QCOMPARE(watch.outcome.predictionDate, QStringLiteral("March 2031"));
    QCOMPARE(watch.outcome.text, QStringLiteral("Labs scale up."));
    QCOMPARE(watch.job->predictionEvent(), QStringLiteral("Artificial General Intelligence"));
}

QTEST_GUILESS_MAIN(tst_SlotJob)
#include "tst_slotjob.moc"
