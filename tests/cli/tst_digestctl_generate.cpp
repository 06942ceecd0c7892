#include "core/generation/replycleanup.h"
#include "core/generation/slotplan.h"
#include "core/outline/outline.h"
#include "openaiserver.h"
#include "processenvironment.h"
#include "testhttpserver.h"
#include "topicfixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using digest::PlannedSlot;
using digest::SlotKind;
using digest::test::fixture;
using digest::test::RecordedRequest;
using digest::test::ScriptedResponse;
using digest::test::TestHttpServer;
namespace openai = digest::test::openai;

Q_DECLARE_METATYPE(digest::test::ScriptedResponse)

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString kKey = QStringLiteral("sk-test-SECRET");
// Markdown that must not change the post's structure, and words to find again.
const QString kReply = QStringLiteral("Labs cut costs by 30% & ship_faster [soon] <b>.");

ScriptedResponse answer(const QString& text, const QString& finishReason = "stop")
{
    openai::Stream stream;
    stream.pieces = QStringList{text.left(10), text.mid(10)};
    stream.finishReason = finishReason;
    return openai::streamed(stream);
}

QString readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList chatModels(const TestHttpServer& server)
{
    QStringList models;
    for (const RecordedRequest& request : server.requests())
        models.append(openai::requestJson(request).value("model").toString());
    return models;
}

} // namespace

// `digestctl new --generate` against loopback servers: the topic sources and an
// OpenAI-compatible model. The servers answer from this process's event loop, so digestctl
// runs without blocking it.
class tst_DigestctlGenerate final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { digest::test::clearProxyEnvironment(); }
    void init();
    void helpListsTheOptions();
    void writesTheWholePost();
    void jobsLimitTheRequestsAtATime();
    void predictionsGetTheirDate();
    void slotThatWasNotFilledIsNamed_data();
    void slotThatWasNotFilledIsNamed();
    void noEndpointWritesNothing();
    void wrongUsageExitsWithTwo_data();
    void wrongUsageExitsWithTwo();

private:
    Run digestctl(const QStringList& arguments, bool withEndpoint = true);
    QStringList generateArguments(int topics) const;
    QString output() const { return m_home->filePath(QStringLiteral("post.md")); }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<TestHttpServer> m_sources;
    std::unique_ptr<TestHttpServer> m_model;
};

void tst_DigestctlGenerate::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_sources = std::make_unique<TestHttpServer>();
    m_sources->route(QStringLiteral("/r/MachineLearning/top.json"),
                     ScriptedResponse::ok(fixture(QStringLiteral("topics/reddit-top.json")),
                                          "application/json"));
    m_sources->route(QStringLiteral("/r/machinelearningnews/top.json"),
                     ScriptedResponse::ok(fixture(QStringLiteral("topics/reddit-news-top.json")),
                                          "application/json"));
    m_model = std::make_unique<TestHttpServer>();
    m_model->route(openai::chatPath, answer(kReply));
}

Run tst_DigestctlGenerate::digestctl(const QStringList& arguments, bool withEndpoint)
{
    QProcess process;
    QProcessEnvironment environment = digest::test::pinnedLocaleEnvironment();
    // Settings and cache of this test only; the endpoint only from here.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_home->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
    for (const char* name :
         {"DIGEST_TOPIC_SOURCES", "OPENAI_BASE_URL", "OPENAI_MODEL", "OPENAI_API_KEY"})
        environment.remove(QString::fromLatin1(name));
    if (withEndpoint) {
        environment.insert(QStringLiteral("OPENAI_BASE_URL"), m_model->url(QString()).toString());
        environment.insert(QStringLiteral("OPENAI_MODEL"), QStringLiteral("env-model"));
    }
    environment.insert(QStringLiteral("OPENAI_API_KEY"), kKey);
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(DIGESTCTL_PATH), QStringList{QStringLiteral("new")} + arguments);
    if (!finished.wait(30000))
        qFatal("digestctl did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QStringList tst_DigestctlGenerate::generateArguments(int topics) const
{
    const QString day = QDateTime::currentDateTimeUtc().date().addDays(-1).toString(Qt::ISODate);
    return {QStringLiteral("--date"),
            day,
            QStringLiteral("--generate"),
            QStringLiteral("--source"),
            m_sources->url(QStringLiteral("/r/MachineLearning/top.json")).toString(),
            QStringLiteral("--source"),
            QStringLiteral("trending=") +
                m_sources->url(QStringLiteral("/r/machinelearningnews/top.json")).toString(),
            QStringLiteral("--topics"),
            QString::number(topics),
            QStringLiteral("-o"),
            output()};
}

void tst_DigestctlGenerate::helpListsTheOptions()
{
    const Run run = digestctl({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char* option : {"--generate", "--source", "--topics", "--jobs", "--model"})
        QVERIFY2(run.out.contains(QString::fromLatin1(option)), option);
}

void tst_DigestctlGenerate::writesTheWholePost()
{
    const Run run =
        digestctl(generateArguments(3) + QStringList{QStringLiteral("--model"), "test-model-1"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), output());
    const QString post = readFile(output());
    const digest::Outline outline = digest::parseOutline(post);

    // The three best topics not covered, in the sources' order, as items.
    QCOMPARE(outline.consequences.size(), 3);
    QCOMPARE(outline.consequences.at(0).title,
             QStringLiteral("Sparse routers that learn when to stop thinking"));
    QCOMPARE(outline.consequences.at(2).title,
             QStringLiteral("A tiny library for reproducible tokenizer benchmarks"));
    // The trending source's headlines (the one it shares with the other source is an item).
    QCOMPARE(outline.trending.size(), 2);
    QCOMPARE(outline.trending.at(0).title,
             QStringLiteral("Open weights model tops the long-context leaderboard"));

    // Every slot filled with the model's text, escaped.
    const QList<PlannedSlot> plan = digest::planSlots(outline);
    QCOMPARE(plan.size(), 3 * 2 + 2);
    for (const PlannedSlot& slot : plan) {
        QVERIFY2(slot.state == PlannedSlot::State::Filled, qPrintable(slot.id));
        QVERIFY2(slot.text.startsWith(QStringLiteral("Labs cut costs by 30%")),
                 qPrintable(slot.text));
    }
    QVERIFY(post.contains(digest::cleanSlotReply(kReply, SlotKind::Benefits)));
    QVERIFY(!post.contains(kReply)); // as escaped, not as written
    QVERIFY(post.contains(QStringLiteral("\"test-model-1\"]")));

    // One request a slot, to the model asked for, each about its own topic.
    QCOMPARE(m_model->requestCount(openai::chatPath), plan.size());
    QCOMPARE(chatModels(*m_model), QStringList(plan.size(), QStringLiteral("test-model-1")));
    QCOMPARE(m_model->requests().constFirst().header("Authorization"), "Bearer " + kKey.toLatin1());
    QVERIFY(std::any_of(m_model->requests().cbegin(), m_model->requests().cend(),
                        [](const RecordedRequest& request) {
                            return request.body.contains("Sparse routers that learn");
                        }));
    // Progress per slot, and the key nowhere.
    QVERIFY2(run.err.contains(QStringLiteral("consequence-3/ramifications: done")),
             qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("prediction-2: done")));
    for (const QString& text : {run.out, run.err, post})
        QVERIFY(!text.contains(QStringLiteral("SECRET")));
}

void tst_DigestctlGenerate::jobsLimitTheRequestsAtATime()
{
    ScriptedResponse slow = answer(kReply);
    slow.delayMs = 150;
    m_model->route(openai::chatPath, slow);
    const Run run = digestctl(generateArguments(2) + QStringList{QStringLiteral("--jobs"), "2"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(m_model->requestCount(openai::chatPath), 2 * 2 + 2);
    QCOMPARE(m_model->maxConcurrentConnections(), 2);
    // Without --model, the configured one asks and is the tag.
    QCOMPARE(chatModels(*m_model), QStringList(6, QStringLiteral("env-model")));
    QVERIFY(readFile(output()).contains(QStringLiteral("\"env-model\"]")));
}

void tst_DigestctlGenerate::predictionsGetTheirDate()
{
    // One request at a time, in the post's order: the predictions come last.
    QList<ScriptedResponse> answers(2 * 2, answer(kReply));
    answers.append(answer(QStringLiteral("(March 2031): Labs *scale* reasoning up.")));
    m_model->route(openai::chatPath, answers);
    const Run run = digestctl(generateArguments(2) + QStringList{QStringLiteral("--jobs"), "1"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString post = readFile(output());
    QVERIFY2(post.contains(QStringLiteral("- **Artificial General Intelligence** (March 2031)  \n"
                                          "  Labs scale reasoning up.\n")),
             qPrintable(post));
    const digest::Outline outline = digest::parseOutline(post);
    QCOMPARE(outline.predictions.size(), 2);
    QCOMPARE(outline.predictions.at(1).when, QStringLiteral("March 2031"));
    QCOMPARE(outline.predictions.at(1).text, QStringLiteral("Labs scale reasoning up."));
}

void tst_DigestctlGenerate::slotThatWasNotFilledIsNamed_data()
{
    QTest::addColumn<ScriptedResponse>("second");
    QTest::addColumn<QString>("message");
    QTest::newRow("server error") << openai::apiError(500, "backend rejected " + kKey)
                                  << "consequence-1/ramifications: failed";
    QTest::newRow("truncated") << answer(QStringLiteral("Cut off in the"), "length")
                               << "consequence-1/ramifications: truncated";
}

void tst_DigestctlGenerate::slotThatWasNotFilledIsNamed()
{
    QFETCH(ScriptedResponse, second);
    QFETCH(QString, message);
    // One request at a time: the second answer goes to the first topic's Ramifications.
    m_model->route(openai::chatPath,
                   QList<ScriptedResponse>{answer(kReply), second, answer(kReply)});
    const Run run = digestctl(generateArguments(2) + QStringList{QStringLiteral("--jobs"), "1"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("digestctl: ") + message), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("nothing is lost")));
    QVERIFY(!run.err.contains(QStringLiteral("SECRET")));
    // The post is written all the same, with everything else filled.
    QCOMPARE(run.out.trimmed(), output());
    const QString post = readFile(output());
    const QList<PlannedSlot> plan = digest::planSlots(digest::parseOutline(post));
    QCOMPARE(plan.size(), 2 * 2 + 2);
    for (const PlannedSlot& slot : plan) {
        if (slot.id == QStringLiteral("consequence-1/ramifications"))
            continue;
        QVERIFY2(slot.state == PlannedSlot::State::Filled, qPrintable(slot.id));
    }
    QVERIFY(!post.contains(QStringLiteral("SECRET")));
}

void tst_DigestctlGenerate::noEndpointWritesNothing()
{
    const Run run = digestctl(generateArguments(2), false);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("OPENAI_BASE_URL")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("Nothing was written")));
    QVERIFY(!QFile::exists(output()));
    QCOMPARE(run.out, QString());
    // Nothing fetched either.
    QCOMPARE(m_sources->requests().size(), 0);
    QVERIFY(!run.err.contains(QStringLiteral("SECRET")));
}

void tst_DigestctlGenerate::wrongUsageExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("topics 0") << QStringList{"--generate", "--topics", "0", "-o", "x.md"};
    QTest::newRow("jobs not a number") << QStringList{"--generate", "--jobs", "many", "-o", "x.md"};
    QTest::newRow("jobs without generate") << QStringList{"--jobs", "2", "-o", "x.md"};
    QTest::newRow("source without generate")
        << QStringList{"--source", "http://127.0.0.1:9/x.rss", "-o", "x.md"};
}

void tst_DigestctlGenerate::wrongUsageExitsWithTwo()
{
    QFETCH(QStringList, arguments);
    const Run run = digestctl(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith(QStringLiteral("digestctl: ")));
    QCOMPARE(m_model->requests().size(), 0);
}

QTEST_GUILESS_MAIN(tst_DigestctlGenerate)
#include "tst_digestctl_generate.moc"
