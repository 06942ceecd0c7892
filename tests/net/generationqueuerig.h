#pragma once

// What the tests of the generation queue share: a queue on a real HTTP client, and a record of
// what one job showed.

#include "core/generation/chatclient.h"
#include "core/generation/slotjob.h"
#include "core/net/httpclient.h"
#include "openaiserver.h"
#include "testendpoint.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QPointer>
#include <QTest>

#include <memory>
#include <vector>

namespace digest::test::generation {

using namespace std::chrono_literals;
using digest::ChatClient;
using digest::ChatEndpoint;
using digest::ChatMessage;
using digest::GenerationQueue;
using digest::HttpClient;
using digest::HttpClientOptions;
using digest::SlotJob;
using digest::SlotJobState;
using digest::SlotOutcome;
using digest::test::endpointFor;
using digest::test::ScriptedResponse;
using digest::test::TestHttpServer;
namespace openai = digest::test::openai;

inline constexpr int kWaitMs = 15000;
inline const QString kKey = QStringLiteral("sk-test-SECRET-0123456789abcdef");

inline QList<ChatMessage> messagesFor(const QString& topic)
{
    return {{QStringLiteral("system"), QStringLiteral("You write a news digest.")},
            {QStringLiteral("user"), QStringLiteral("Benefits of %1?").arg(topic)}};
}

// The user message a request to the server carried.
inline QString topicOf(const digest::test::RecordedRequest& request)
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

inline bool waitForAll(const std::vector<std::unique_ptr<Watch>>& watches)
{
    return QTest::qWaitFor(
        [&watches] {
            return std::all_of(watches.cbegin(), watches.cend(),
                               [](const auto& watch) { return watch->finished(); });
        },
        kWaitMs);
}

inline ScriptedResponse slowAnswer(const QString& text, int delayMs)
{
    openai::Stream stream;
    stream.pieces = QStringList{text};
    ScriptedResponse response = openai::streamed(stream);
    response.delayMs = delayMs;
    return response;
}

} // namespace digest::test::generation
