#include "core/generation/chatclient.h"
#include "core/generation/slotjob.h"
#include "core/net/httpclient.h"
#include "openaiserver.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using digest::ChatClient;
using digest::ChatEndpoint;
using digest::ChatError;
using digest::ChatMessage;
using digest::GenerationQueue;
using digest::HttpClient;
using digest::HttpClientOptions;
using digest::SlotJob;
using digest::SlotJobState;
using digest::SlotKind;
using digest::SlotOutcome;
using digest::SlotUsage;
using digest::test::Header;
using digest::test::ScriptedResponse;
using digest::test::TestHttpServer;
namespace openai = digest::test::openai;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 15000;
const QString kKey = QStringLiteral("sk-test-SECRET-0123456789abcdef");

ChatEndpoint endpointOf(const TestHttpServer& server, const QString& key = QString())
{
    ChatEndpoint endpoint;
    endpoint.baseUrl = server.url(QString()).toString();
    endpoint.model = QStringLiteral("test-model");
    endpoint.connectTimeout = 3s;
    endpoint.idleTimeout = 5s;
    endpoint.apiKey = key;
    return endpoint;
}

QList<ChatMessage> messagesFor(const QString& topic)
{
    return {{QStringLiteral("system"), QStringLiteral("You write a news digest.")},
            {QStringLiteral("user"), QStringLiteral("Benefits of %1?").arg(topic)}};
}

// The user message a request to the server carried.
QString topicOf(const digest::test::RecordedRequest& request)
{
    const QJsonArray messages = openai::requestJson(request).value("messages").toArray();
    return messages.last().toObject().value("content").toString();
}

// A queue on a real HTTP client whose own connection limit is higher than any queue limit
// tested here, so that what holds requests back is the queue.
struct Rig
{
    HttpClient http{[] {
        HttpClientOptions options;
        options.maxConnections = 32;
        options.maxConnectionsPerHost = 32;
        return options;
    }()};
    ChatClient client{http};
    GenerationQueue queue{client};
};

// What one job showed and how it ended.
struct Watch
{
    explicit Watch(SlotJob* watched)
        : job(watched)
    {
        QObject::connect(job, &SlotJob::textChanged,
                         [this](const QString& text) { texts.append(text); });
        QObject::connect(job, &SlotJob::stateChanged,
                         [this](SlotJobState state) { states.append(state); });
        QObject::connect(job, &SlotJob::finished, [this](const SlotOutcome& result) {
            outcome = result;
            ++finishedCount;
        });
    }
    bool finished() const { return finishedCount > 0; }

    QPointer<SlotJob> job;
    QStringList texts;
    QList<SlotJobState> states;
    SlotOutcome outcome;
    int finishedCount = 0;
};

bool waitForAll(const std::vector<std::unique_ptr<Watch>>& watches)
{
    return QTest::qWaitFor(
        [&watches] {
            return std::all_of(watches.cbegin(), watches.cend(),
                               [](const auto& watch) { return watch->finished(); });
        },
        kWaitMs);
}

ScriptedResponse slowAnswer(const QString& text, int delayMs)
{
    openai::Stream stream;
    stream.pieces = QStringList{text};
    ScriptedResponse response = openai::streamed(stream);
    response.delayMs = delayMs;
    return response;
}

} // namespace

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
        SlotJob* job = rig.queue.enqueue(endpointOf(server), messagesFor(QString::number(i)),
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
            rig.queue.enqueue(endpointOf(server), messagesFor(topic), topic, SlotKind::Benefits);
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
            rig.queue.enqueue(endpointOf(server), messagesFor(topic), topic, SlotKind::Benefits)));
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
        rig.queue.enqueue(endpointOf(server), messagesFor("a"), "a", SlotKind::Benefits)));
    watches.push_back(std::make_unique<Watch>(
        rig.queue.enqueue(endpointOf(server), messagesFor("b"), "b", SlotKind::Benefits)));
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
            endpointOf(server), messagesFor(QString::number(i)), "x", SlotKind::Benefits)));
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

void tst_GenerationQueue::usageFromTheServer()
{
    TestHttpServer server;
    openai::Stream stream;
    stream.pieces = QStringList{"Fewer ", "delays."};
    stream.promptTokens = 120;
    stream.completionTokens = 45;
    server.route(openai::chatPath, openai::streamed(stream));
    Rig rig;
    Watch watch(rig.queue.enqueue(endpointOf(server), messagesFor("x"), "x", SlotKind::Benefits));
    QVERIFY(QTest::qWaitFor([&] { return watch.finished(); }, kWaitMs));
    QCOMPARE(watch.outcome.state, SlotJobState::Done);
    QCOMPARE(watch.outcome.text, QStringLiteral("Fewer delays."));
    QCOMPARE(watch.outcome.model, QStringLiteral("test-model"));
    QCOMPARE(watch.outcome.usage, (SlotUsage{120, 45, false}));
    QCOMPARE(digest::estimatedCost(watch.outcome.usage, {2.0, 10.0}),
             (120 * 2.0 + 45 * 10.0) / 1e6);
}

void tst_GenerationQueue::usageEstimatedWhenTheServerSendsNone()
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
    Watch watch(rig.queue.enqueue(endpointOf(server), messages, "x", SlotKind::Benefits));
    QVERIFY(QTest::qWaitFor([&] { return watch.finished(); }, kWaitMs));
    QCOMPARE(watch.outcome.state, SlotJobState::Done);
    QCOMPARE(watch.outcome.usage, (SlotUsage{(characters + 3) / 4, 6, true}));

    // A post's sum is estimated when any part of it is.
    SlotUsage total{100, 10, false};
    total += watch.outcome.usage;
    QCOMPARE(total, (SlotUsage{100 + (characters + 3) / 4, 16, true}));
}

void tst_GenerationQueue::truncatedAtTheTokenLimit()
{
    TestHttpServer server;
    openai::Stream stream;
    stream.pieces = QStringList{"Quieter trains mean that"};
    stream.finishReason = QStringLiteral("length");
    server.route(openai::chatPath, openai::streamed(stream));
    Rig rig;
    Watch watch(rig.queue.enqueue(endpointOf(server), messagesFor("x"), "x", SlotKind::Benefits));
    QVERIFY(QTest::qWaitFor([&] { return watch.finished(); }, kWaitMs));
    QCOMPARE(watch.outcome.state, SlotJobState::Truncated);
    QCOMPARE(watch.outcome.text, QStringLiteral("Quieter trains mean that"));
    QVERIFY(watch.outcome.message.contains(QStringLiteral("token limit")));
}

void tst_GenerationQueue::droppedStreamIsIncompleteAndKeepsText()
{
    TestHttpServer server;
    QByteArray body = openai::chunkEvent(QJsonObject{{"content", "First, "}});
    body += openai::chunkEvent(QJsonObject{{"content", "second, "}});
    const qsizetype dropAt = body.size();
    body += openai::chunkEvent(QJsonObject{{"content", "never seen."}});
    body += openai::chunkEvent(QJsonObject{}, QStringLiteral("stop"));
    ScriptedResponse response = openai::rawStream(body, 9);
    response.closeAfterBytes = dropAt + 20;
    server.route(openai::chatPath, response);
    Rig rig;
    Watch watch(rig.queue.enqueue(endpointOf(server), messagesFor("x"), "x", SlotKind::Benefits));
    QVERIFY(QTest::qWaitFor([&] { return watch.finished(); }, kWaitMs));
    QCOMPARE(watch.outcome.state, SlotJobState::Incomplete);
    QCOMPARE(watch.outcome.error, ChatError::Incomplete);
    QCOMPARE(watch.outcome.text, QStringLiteral("First, second,"));
    QVERIFY(!watch.outcome.message.isEmpty());
}

void tst_GenerationQueue::droppedInsideALabelKeepsNoLabel()
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
    Watch watch(rig.queue.enqueue(endpointOf(server), messagesFor("x"), "x", SlotKind::Benefits));
    QVERIFY(QTest::qWaitFor([&] { return watch.finished(); }, kWaitMs));
    QCOMPARE(watch.outcome.state, SlotJobState::Incomplete);
    // What arrived was only the start of the label: nothing of it is the slot's text.
    QCOMPARE(watch.outcome.text, QString());
    QVERIFY(watch.texts.isEmpty());
}

void tst_GenerationQueue::emptyReplyFails()
{
    TestHttpServer server;
    openai::Stream stream;
    stream.pieces = QStringList{"**Benefits:**", "\n\n"};
    server.route(openai::chatPath, openai::streamed(stream));
    Rig rig;
    Watch watch(rig.queue.enqueue(endpointOf(server), messagesFor("x"), "x", SlotKind::Benefits));
    QVERIFY(QTest::qWaitFor([&] { return watch.finished(); }, kWaitMs));
    QCOMPARE(watch.outcome.state, SlotJobState::Failed);
    QVERIFY(watch.outcome.text.isEmpty());
    QVERIFY(watch.outcome.message.contains(QStringLiteral("nothing usable")));
    QVERIFY(watch.texts.isEmpty());
}

void tst_GenerationQueue::unauthorizedNeverShowsTheKey()
{
    TestHttpServer server;
    server.route(openai::chatPath,
                 openai::apiError(401, "Incorrect API key provided: " + kKey + ".", QString(),
                                  "invalid_api_key"));
    Rig rig;
    Watch watch(
        rig.queue.enqueue(endpointOf(server, kKey), messagesFor("x"), "x", SlotKind::Benefits));
    QVERIFY(QTest::qWaitFor([&] { return watch.finished(); }, kWaitMs));
    QCOMPARE(watch.outcome.state, SlotJobState::Failed);
    QCOMPARE(watch.outcome.error, ChatError::Unauthorized);
    QVERIFY(watch.outcome.message.contains(QStringLiteral("API key")));
    QVERIFY(!watch.outcome.message.contains(QStringLiteral("SECRET")));
    QVERIFY(watch.outcome.text.isEmpty());
    QCOMPARE(server.requests().first().header("Authorization"), "Bearer " + kKey.toLatin1());
}

void tst_GenerationQueue::labelOrHeadingNeverShows_data()
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

void tst_GenerationQueue::labelOrHeadingNeverShows()
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
    Watch watch(rig.queue.enqueue(endpointOf(server), messagesFor("x"), "x", SlotKind(kind)));
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

void tst_GenerationQueue::predictionDateIsRead()
{
    TestHttpServer server;
    openai::Stream stream;
    stream.pieces = QStringList{
        "Artificial General Intelligence ", "(March ", "2031): ", "Labs ", "scale ", "up."};
    server.route(openai::chatPath, openai::streamed(stream));
    Rig rig;
    Watch watch(rig.queue.enqueue(endpointOf(server), messagesFor("x"), "prediction-1",
                                  SlotKind::Prediction,
                                  QStringLiteral("Artificial General Intelligence")));
    QVERIFY(QTest::qWaitFor([&] { return watch.finished(); }, kWaitMs));
    QCOMPARE(watch.outcome.state, SlotJobState::Done);
    QCOMPARE(watch.outcome.predictionDate, QStringLiteral("March 2031"));
    QCOMPARE(watch.outcome.text, QStringLiteral("Labs scale up."));
    QCOMPARE(watch.job->event(), QStringLiteral("Artificial General Intelligence"));
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
            rig.queue.enqueue(endpointOf(server), messagesFor(id), id, SlotKind::Benefits)));
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
    Watch watch(rig.queue.enqueue(endpointOf(server), messagesFor("x"), "x", SlotKind::Benefits));
    QVERIFY(QTest::qWaitFor([&] { return watch.finished(); }, kWaitMs));
    QCOMPARE(watch.outcome.state, SlotJobState::Done);
    QCOMPARE(watch.outcome.text, QStringLiteral("After the wait."));
    QCOMPARE(watch.states, (QList<SlotJobState>{SlotJobState::Waiting, SlotJobState::Streaming,
                                                SlotJobState::Done}));
}

QTEST_GUILESS_MAIN(tst_GenerationQueue)
#include "tst_generationqueue.moc"
