// Benchmark, not a test: prints the wall time to fill a post's 12 slots (5 topics' Benefits and
// Ramifications, 2 predictions) through GenerationQueue against a loopback OpenAI-compatible
// server that answers every request after a fixed latency (streamed), at several limits per
// endpoint, beside the latency of one request alone.
//   bench_generation [LATENCY_MS] [ROUNDS]

#include "core/generation/chatclient.h"
#include "core/generation/prompts.h"
#include "core/generation/slotjob.h"
#include "core/net/httpclient.h"
#include "openaiserver.h"
#include "testhttpserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>
#include <cstdio>

namespace {

using namespace digest;
namespace openai = digest::test::openai;

struct Slot
{
    QString id;
    QList<ChatMessage> messages;
    SlotKind kind;
    QString event;
};

QList<Slot> postRequests()
{
    const PromptTemplates templates = PromptTemplates::defaults();
    QList<Slot> planned;
    for (int topic = 1; topic <= 5; ++topic) {
        for (const SlotKind kind : {SlotKind::Benefits, SlotKind::Ramifications}) {
            SlotRequest request;
            request.kind = kind;
            request.title = QStringLiteral("Topic number %1 of the day").arg(topic);
            request.link = QStringLiteral("https://example.org/r/news/%1").arg(topic);
            request.text = QStringLiteral("What the thread says about it. ").repeated(20);
            planned.append({QStringLiteral("consequence-%1/%2").arg(topic).arg(slotKindKey(kind)),
                            buildSlotMessages(templates, request), kind, QString()});
        }
    }
    for (const QString& event : {QStringLiteral("Artificial General Intelligence"),
                                 QStringLiteral("Fusion power on the grid")}) {
        SlotRequest request;
        request.kind = SlotKind::Prediction;
        request.event = event;
        planned.append({QStringLiteral("prediction-%1").arg(planned.size() - 9),
                        buildSlotMessages(templates, request), SlotKind::Prediction, event});
    }
    return planned;
}

// Fills the planned at `limit` per endpoint; the wall time in milliseconds, or -1 when a slot
// did not come back done.
double fill(const QList<Slot>& planned, const ChatEndpoint& endpoint, int limit)
{
    HttpClientOptions options;
    // The HTTP layer must not be what holds requests back.
    options.maxConnections = 64;
    options.maxConnectionsPerHost = 64;
    HttpClient http(options);
    ChatClient client(http);
    GenerationQueue queue(client);
    queue.setLimitPerEndpoint(limit);
    QEventLoop loop;
    QObject::connect(&queue, &GenerationQueue::idle, &loop, &QEventLoop::quit);
    bool allDone = true;
    QElapsedTimer timer;
    timer.start();
    for (const Slot& slot : planned) {
        SlotJob* job = queue.enqueue(endpoint, slot.messages, slot.id, slot.kind, slot.event);
        QObject::connect(job, &SlotJob::finished, [&allDone, job](const SlotOutcome& outcome) {
            if (outcome.state != SlotJobState::Done) {
                std::fprintf(stderr, "bench_generation: %s: %s %s\n", qPrintable(job->slotId()),
                             qPrintable(slotJobStateName(outcome.state)),
                             qPrintable(outcome.message));
                allDone = false;
            }
        });
    }
    loop.exec();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    return allDone ? ms : -1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int latencyMs = arguments.size() > 1 ? arguments.at(1).toInt() : 500;
    const int rounds = std::max(1, arguments.size() > 2 ? arguments.at(2).toInt() : 3);
    digest::test::clearProxyEnvironment();

    digest::test::TestHttpServer server;
    openai::Stream stream;
    stream.pieces = QStringList{"Quieter ", "trains ", "let ", "people ", "sleep ",
                                "on ",      "the ",    "way ", "to ",     "work."};
    digest::test::ScriptedResponse answer = openai::streamed(stream);
    answer.delayMs = latencyMs;
    server.route(openai::chatPath, answer);
    ChatEndpoint endpoint;
    endpoint.baseUrl = server.url(QString()).toString();
    endpoint.model = QStringLiteral("bench-model");

    const QList<Slot> planned = postRequests();
    const QList<Slot> one{planned.first()};
    // The best of the rounds: what the machine can do, not what a busy moment made of it.
    auto best = [&](const QList<Slot>& which, int limit) {
        double fastest = -1;
        for (int round = 0; round < rounds; ++round) {
            const double ms = fill(which, endpoint, limit);
            if (ms < 0)
                return -1.0;
            fastest = fastest < 0 ? ms : std::min(fastest, ms);
        }
        return fastest;
    };
    const double single = best(one, 1);
    if (single < 0)
        return 1;
    std::printf("server latency %d ms; one request alone: %.0f ms (best of %d)\n", latencyMs,
                single, rounds);
    std::printf("%-28s %10s %14s\n", "12 slots", "wall ms", "x one request");
    for (const int limit : {1, GenerationQueue::kDefaultLimit, 12}) {
        const double ms = best(planned, limit);
        if (ms < 0)
            return 1;
        const QString name = limit == GenerationQueue::kDefaultLimit
                                 ? QStringLiteral("limit %1 (default)").arg(limit)
                                 : QStringLiteral("limit %1").arg(limit);
        std::printf("%-28s %10.0f %14.2f\n", qPrintable(name), ms, ms / single);
    }
    return 0;
}
