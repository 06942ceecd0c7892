#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace digest {

// Limits of one event stream (issue 11's resource envelope). A chat completion's events are a
// few hundred bytes; a whole answer is far below them all.
// One line, and one event's data lines together: an event is one chunk of the answer, a few
// tokens, though a server may send a long reasoning in one; two megabytes are half a million words.
inline constexpr qsizetype kSseMaxLineBytes = 2 * 1024 * 1024;
inline constexpr qsizetype kSseMaxEventBytes = 2 * 1024 * 1024;
// Events of one stream: an event a token, more than the tokens that fit into
// kChatMaxAnswerBytes (a streamed token costs 150 bytes or more); only tiny events reach it.
inline constexpr qsizetype kSseMaxEvents = 250'000;

struct SseEvent
{
    QByteArray event; // the "event:" field, empty for the default "message"
    QByteArray data;  // the "data:" lines joined with "\n"

    bool operator==(const SseEvent&) const = default;
};

// A text/event-stream decoder (WHATWG server-sent events): bytes in, whole events out.
//
// Lines end in LF, CRLF or CR, and a CR that ends one read followed by an LF that starts the
// next is one line break. One space after the colon is removed ("data:x" and "data: x" are the
// same). Comment lines (": keep-alive") and the "id" and "retry" fields are ignored: a chat
// completion is never resumed. An event without a "data" line is not dispatched. The work is
// linear in the bytes fed: nothing already consumed is scanned again. A line, an event or a
// count of events beyond the limits above ends the stream: overLimit() then says which, and
// nothing more is decoded.
class SseStream final
{
public:
    // Feeds bytes as they arrive (split anywhere); returns the events these bytes completed.
    QList<SseEvent> feed(QByteArrayView bytes);
    // The end of the stream: an event not closed by a blank line is still dispatched (servers
    // that close the connection right after their last "data:" line lose nothing). The decoder
    // is then ready for a new stream; overLimit() still says what ended the last one.
    QList<SseEvent> finish();
    // Which limit the stream went over, for people; empty while it is within them all.
    QString overLimit() const { return m_overLimit; }

private:
    void takeLine(QList<SseEvent>& events);
    void dispatch(QList<SseEvent>& events);

    QByteArray m_line;           // the line being read, up to its ending
    QByteArray m_event;          // the current event's "event" field
    QByteArray m_data;           // its "data" lines, each followed by "\n"
    bool m_hasData = false;      // a "data" line was seen (an empty one counts)
    bool m_skipLineFeed = false; // the last byte was a CR: an LF right after it is its pair
    bool m_firstLine = true;     // a byte order mark may open the stream
    qsizetype m_events = 0;      // dispatched so far
    QString m_overLimit;
};

} // namespace digest
