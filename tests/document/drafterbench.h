#pragma once

// What the drafter's tests share: new posts as the archetype makes them, a streaming answer,
// and a drafter over a post on a real chat client and queue talking to a loopback server.

#include "core/generation/chatclient.h"
#include "core/generation/slotjob.h"
#include "core/generation/slotplan.h"
#include "core/net/httpclient.h"
#include "core/outline/outline.h"
#include "core/post/archetype.h"
#include "document/postdocument.h"
#include "drafting/slotdrafter.h"
#include "openaiserver.h"
#include "testhttpserver.h"

#include <QSignalSpy>
#include <QTest>

using digest::PlannedSlot;
using digest::SlotDrafter;
using digest::SlotJobState;
using digest::test::ScriptedResponse;
using digest::test::TestHttpServer;
namespace openai = digest::test::openai;
using namespace std::chrono_literals;

namespace drafterbench {

inline constexpr int kWaitMs = 15000;

// The archetype's post with a date, as a new post starts: 5 empty items, 3 empty headlines,
// 2 predictions without text; "gpt-4o-mini" as the model tag.
inline QString newPost()
{
    const digest::Result<QString> text =
        digest::Archetype::builtIn().fill({QStringLiteral("2026-12-01T05:30:00Z"),
                                           QStringLiteral("2026-12-01-ai-auto-summary"),
                                           {},
                                           QStringLiteral("posts")});
    return text ? text.value() : QString();
}

// The new post with two topics laid out.
inline QString twoTopics()
{
    QString text = newPost();
    const qsizetype from = text.indexOf(QStringLiteral("1. **...**"));
    const qsizetype to = text.indexOf(QStringLiteral("\n\n## Currently trending"));
    return text.replace(
        from, to - from,
        QStringLiteral("1. **First**\n\n   - *Benefits:*\n\n   - *Ramifications:*\n\n"
                       "2. **Second**\n\n   - *Benefits:*\n\n   - *Ramifications:*"));
}

inline QString replaced(QString text, const QString& before, const QString& after)
{
    return text.replace(before, after);
}

inline ScriptedResponse streamOf(const QStringList& pieces, int delayMs = 0)
{
    openai::Stream stream;
    stream.pieces = pieces;
    stream.pieceDelayMs = delayMs;
    stream.bytesPerPiece = 64;
    return openai::streamed(stream);
}

inline PlannedSlot slotOf(const QString& text, const QString& id)
{
    for (const PlannedSlot& slot : digest::planSlots(digest::parseOutline(text))) {
        if (slot.id == id)
            return slot;
    }
    return {};
}

// One drafter over a post, on a real chat client and queue, talking to `server`.
struct Bench
{
    explicit Bench(const TestHttpServer& server, const QString& text = twoTopics(), int limit = 4,
                   digest::PostDocument* external = nullptr)
        : document(external ? *external : own)
    {
        if (!external)
            document.load(text, {});
        queue.setLimitPerEndpoint(limit);
        digest::ChatEndpoint endpoint;
        endpoint.baseUrl = server.url(QString()).toString();
        endpoint.model = QStringLiteral("test-model");
        endpoint.connectTimeout = 2s;
        endpoint.idleTimeout = 5s;
        drafter.setEndpoint(endpoint);
        drafter.setFollowModelTag(false);
    }

    // Runs until the drafter's run is over.
    bool waitForRun()
    {
        return QTest::qWaitFor([this] { return finished.count() > 0; }, kWaitMs);
    }
    QString text() const { return document.plainText(); }

    digest::HttpClient http;
    digest::ChatClient client{http};
    digest::GenerationQueue queue{client};
    digest::PostDocument own;
    digest::PostDocument& document;
    SlotDrafter drafter{document, queue};
    QSignalSpy finished{&drafter, &SlotDrafter::runFinished};
};

} // namespace drafterbench

using namespace drafterbench;
