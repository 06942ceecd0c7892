// Benchmark, not a test: "Start Today's Post" from the click to a publishable post (the desk's
// proofreader finds no error), against a loopback Reddit listing and RSS feed and a loopback
// OpenAI-compatible server that answers each request after a fixed latency, streamed, with 4
// requests at a time. Prints the whole time and each step's, per round.
//   bench_dailyflow [LATENCY_MS] [ROUNDS]

#include "core/lint/lint.h"
#include "core/settings/settings.h"
#include "desk/desk.h"
#include "desk/proofreader.h"
#include "desk/todaysdigest.h"
#include "document/postdocument.h"
#include "openaiserver.h"
#include "testhttpserver.h"
#include "topicfixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <map>

namespace {

using namespace digest;
using digest::test::ScriptedResponse;
using digest::test::TestHttpServer;
namespace openai = digest::test::openai;

const QString kRedditPath = QStringLiteral("/r/MachineLearning/top.json");
const QString kFeedPath = QStringLiteral("/news.xml");

ScriptedResponse slowAnswer(int latencyMs)
{
    openai::Stream stream;
    const QString text = QStringLiteral(
        "March 2027: smaller labs can run capable models on their own hardware, which lowers "
        "costs and makes research easier to reproduce.");
    for (const QString& word : text.split(u' '))
        stream.pieces.append(word + u' ');
    stream.pieces.last() = stream.pieces.last().trimmed();
    stream.bytesPerPiece = 96;
    ScriptedResponse response = openai::streamed(stream);
    response.delayMs = latencyMs;
    return response;
}

struct Round
{
    std::map<TodaysDigest::Step, qint64> stepMs;
    qint64 flowMs = -1;
    qint64 lintMs = 0;
    qint64 publishableMs = -1;
    int errors = -1;
    int warnings = 0;
    int slotCount = 0;
    QString message;
};

Round runOnce(int latencyMs)
{
    Round round;
    QTemporaryDir dir;
    qputenv("XDG_CACHE_HOME", dir.filePath(QStringLiteral("cache")).toUtf8());
    TestHttpServer topics;
    topics.route(kRedditPath,
                 ScriptedResponse::ok(test::fixture(QStringLiteral("topics/reddit-top.json")),
                                      "application/json"));
    topics.route(kFeedPath, ScriptedResponse::ok(test::fixture(QStringLiteral("topics/rss2.xml")),
                                                 "application/rss+xml"));
    TestHttpServer model;
    model.route(QString::fromLatin1(openai::chatPath), slowAnswer(latencyMs));
    const QString site = dir.filePath(QStringLiteral("site"));
    QDir().mkpath(site + QStringLiteral("/content/posts"));

    Desk desk(std::make_unique<Settings>(dir.filePath(QStringLiteral("settings.ini"))));
    Settings& settings = desk.settings();
    settings.setTopicSources(
        {{topics.url(kRedditPath + QStringLiteral("?t=day")), TopicSection::Consequences},
         {topics.url(kFeedPath), TopicSection::Trending}});
    settings.setSiteFolder(site);
    settings.setModelBaseUrl(model.url(QString()).toString());
    settings.setModelName(QStringLiteral("bench-model"));
    settings.setModelParallelRequests(4);
    // Spelling is the proofreader's warning, never an error; off, so that a dictionary read
    // does not take part in the figures.
    settings.setSpellingLanguage(QString());

    TodaysDigest& today = desk.todaysDigest();
    QElapsedTimer clock;
    TodaysDigest::Step current = TodaysDigest::Step::Idle;
    qint64 stepStart = 0;
    QObject::connect(&today, &TodaysDigest::stepChanged, [&](TodaysDigest::Step step) {
        const qint64 now = clock.elapsed();
        if (current != TodaysDigest::Step::Idle)
            round.stepMs[current] += now - stepStart;
        current = step;
        stepStart = now;
    });
    QEventLoop loop;
    QObject::connect(&today, &TodaysDigest::finished, [&](const TodaysDigestOutcome& outcome) {
        round.flowMs = clock.elapsed();
        round.slotCount = outcome.slotsCompleted;
        round.message = outcome.message;
        loop.quit();
    });
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    clock.start();
    if (const Status started = today.start(); !started) {
        round.message = started.errorMessage();
        return round;
    }
    loop.exec();
    if (round.flowMs < 0)
        return round;
    const qint64 lintStart = clock.elapsed();
    const QList<Problem> problems = desk.proofreader().lintNow();
    round.lintMs = clock.elapsed() - lintStart;
    round.errors = 0;
    for (const Problem& problem : problems) {
        if (problem.severity == Problem::Severity::Error) {
            ++round.errors;
            std::printf("  error %d:%d %s: %s\n", problem.line, problem.column,
                        qPrintable(problem.rule), qPrintable(problem.message));
        } else {
            ++round.warnings;
        }
    }
    if (round.errors == 0)
        round.publishableMs = clock.elapsed();
    return round;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    test::clearProxyEnvironment();
    // No secret store and no model from the environment: the settings are all there is.
    QTemporaryDir noBus;
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + noBus.filePath("no-bus").toLocal8Bit());
    for (const char* name :
         {"OPENAI_BASE_URL", "OPENAI_MODEL", "OPENAI_API_KEY", "DIGEST_TOPIC_SOURCES"})
        qunsetenv(name);
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int latencyMs = arguments.size() > 1 ? arguments.at(1).toInt() : 500;
    const int rounds = arguments.size() > 2 ? arguments.at(2).toInt() : 3;

    std::printf("Start Today's Post, model latency %d ms per request, 4 at a time\n", latencyMs);
    std::printf("%-6s %8s %8s %8s %8s %8s %6s %12s %6s %6s\n", "round", "fetch", "open", "choose",
                "generate", "lint", "slots", "publishable", "errors", "warns");
    int failures = 0;
    for (int i = 1; i <= rounds; ++i) {
        const Round round = runOnce(latencyMs);
        const auto step = [&](TodaysDigest::Step s) {
            const auto found = round.stepMs.find(s);
            return found == round.stepMs.end() ? qint64(0) : found->second;
        };
        std::printf("%-6d %6lld ms %5lld ms %5lld ms %5lld ms %5lld ms %6d %9lld ms %6d %6d\n", i,
                    step(TodaysDigest::Step::FetchingTopics), step(TodaysDigest::Step::OpeningPost),
                    step(TodaysDigest::Step::ChoosingTopics), step(TodaysDigest::Step::Generating),
                    round.lintMs, round.slotCount, round.publishableMs, round.errors,
                    round.warnings);
        if (round.publishableMs < 0) {
            ++failures;
            std::printf("  not publishable: %s\n", qPrintable(round.message));
        }
    }
    return failures == 0 ? 0 : 1;
}
