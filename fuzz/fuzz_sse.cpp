// Fuzzes the server-sent events decoder and the chat chunks it carries: the stream is fed
// whole, then cut at places taken from its own bytes, and every event's data is parsed as a
// streamed chunk; the whole input also as a non-streamed completion.
//
// Checked beyond "no crash": however the bytes are cut, the events are the same (SseStream's
// promise: bytes may be split anywhere).
#include "core/generation/chatchunk.h"
#include "core/generation/ssestream.h"

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

QList<digest::SseEvent> decodeWhole(QByteArrayView bytes)
{
    digest::SseStream stream;
    QList<digest::SseEvent> events = stream.feed(bytes);
    events += stream.finish();
    return events;
}

// Cuts after every byte whose value is odd, capped to a length from 1 to 8: many cuts, a CR
// at the end of a piece often, and the same cuts each time the input is replayed.
QList<digest::SseEvent> decodeCut(QByteArrayView bytes)
{
    digest::SseStream stream;
    QList<digest::SseEvent> events;
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if ((bytes[i] & 1) || i - start >= 1 + (bytes[i] & 7)) {
            events += stream.feed(bytes.sliced(start, i + 1 - start));
            start = i + 1;
        }
    }
    events += stream.feed(bytes.sliced(start));
    events += stream.finish();
    return events;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QList<digest::SseEvent> events = decodeWhole(bytes);
    if (decodeCut(bytes) != events)
        std::abort();
    for (const auto& event : events)
        (void)digest::parseChatChunk(event.data);
    (void)digest::parseChatCompletion(bytes.toByteArray());
    return 0;
}
